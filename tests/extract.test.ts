import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {buildModel} from '../src/document/model.js';
import {extractTimeline, ExtractError} from '../src/extract/index.js';
import type {TimelineDocument} from '../src/document/types.js';

/** The events of `text` as `dateText → date`, for short assertions. */
function dates(text: string, published = '2023-03-20', lang?: string): Record<string, string> {
  const doc = extractTimeline(text, {published, lang});
  return Object.fromEntries(doc.events.map((e) => [e.dateText, e.date]));
}

/** A draft must load in the element's model with no problem at all. */
function expectLoads(doc: TimelineDocument) {
  const model = buildModel(doc);
  expect(model.problems, JSON.stringify(model.problems)).to.deep.equal([]);
  expect(model.events.length).to.equal(doc.events.length);
}

describe('extractTimeline: dates at the precision the phrase gives', () => {
  it('reads years, months and days', () => {
    expect(dates('The band formed in 1964. The album came out in January 2021. The court ruled on March 3, 2023.')).to.deep.equal({
      'in 1964': '1964',
      'in January 2021': '2021-01',
      'on March 3, 2023': '2023-03-03',
    });
  });

  it('reads bare years used as adjectives and after "since"', () => {
    expect(dates('He recalled a 2019 meeting in Tajikistan.')).to.deep.equal({'2019': '2019'});
    expect(dates('She has led the company since 2009.')).to.deep.equal({'since 2009': '2009/..'});
    expect(dates('The results follow a difficult 2023, when sales fell.')).to.deep.equal({'2023': '2023'});
  });

  it('resolves weekdays by the tense of their clause', () => {
    // Published on Monday 2023-03-20.
    expect(dates('The White House expressed concern on Friday.')).to.deep.equal({'on Friday': '2023-03-17'});
    expect(dates('Talks will continue on Tuesday.')).to.deep.equal({'on Tuesday': '2023-03-21'});
    expect(dates('Xi landed on Monday.')).to.deep.equal({'on Monday': '2023-03-20'});
    expect(dates('They will meet again next Thursday.')).to.deep.equal({'next Thursday': '2023-03-30'});
  });

  it('gives "last week" as its Monday–Sunday interval and "last month" as a month', () => {
    expect(dates('A spokesman said last week that talks would go on.')).to.deep.equal({'last week': '2023-03-13/2023-03-19'});
    expect(dates('Last month, Beijing issued a position paper.')).to.deep.equal({'Last month': '2023-02'});
  });

  it('takes the tense from the verb nearest the phrase', () => {
    // Published Monday 2023-05-29: "said" is nearer "on Thursday" than "expected" is.
    expect(dates('A spokesman said on Thursday that a decision was expected soon.', '2023-05-29')).to.deep.equal({
      'on Thursday': '2023-05-25',
    });
    expect(dates('The company had planned to close the deal by the end of June.', '2024-05-14')).to.deep.equal({
      'by the end of June': '2024-06~',
    });
    expect(dates('Gov. Park has scheduled a visit to the site for Friday.', '2022-01-27')).to.deep.equal({Friday: '2022-01-28'});
    expect(dates('The utility said the last customers should be reconnected by Wednesday.', '2024-06-17')).to.deep.equal({
      'by Wednesday': '2024-06-19',
    });
    // "held" after "be" is a passive, not the past that "said" is.
    expect(dates('Quinn said auditions would be held over the summer.', '2025-05-14')).to.deep.equal({'over the summer': '2025-22'});
  });

  it('points "until" ahead', () => {
    expect(dates('The bridge will stay closed until at least April.', '2022-01-27')).to.deep.equal({April: '2022-04'});
    expect(dates('Harbor Bridge stays shut until spring', '2022-01-27')).to.deep.equal({'until spring': '2022-21'});
  });

  it('places a month without a year by tense', () => {
    expect(dates('The two last met in September.')).to.deep.equal({'in September': '2022-09'});
    expect(dates('The two will meet again in September.')).to.deep.equal({'in September': '2023-09'});
  });

  it('reads "since" as an open interval, and a comparison as the earlier date itself', () => {
    expect(dates('Shares have tripled since January. Rates have risen since March 2022.', '2024-10-24')).to.deep.equal({
      'since January': '2024-01/..',
      'since March 2022': '2022-03/..',
    });
    expect(dates('He has been missing since Friday. The outbreak has grown since early January.', '2024-10-24')).to.deep.equal({
      'since Friday': '2024-10-18/..',
      'since early January': '2024-01~/..',
    });
    expect(dates("It is the state's largest outbreak since 2019, when 71 cases were reported.")).to.deep.equal({'since 2019': '2019'});
    expect(dates('Turnout was the highest for a local election since 1992.')).to.deep.equal({'since 1992': '1992'});
    expect(dates('Die Werft gehört seit 2012 zur Gruppe. Das ist der höchste Stand seit 1992.', '2025-04-10', 'de')).to.deep.equal({
      'seit 2012': '2012/..',
      'seit 1992': '1992',
    });
    expect(dates("Il gère l'immeuble depuis 2008. C'est le plus bas niveau depuis 2010.", '2024-03-21', 'fr')).to.deep.equal({
      'depuis 2008': '2008/..',
      'depuis 2010': '2010',
    });
  });

  it('places a month without a year after an infinitive or a future ahead of the publication day', () => {
    expect(dates('The airline expects to finish the checks by early December.', '2024-10-02')).to.deep.equal({
      'by early December': '2024-12~',
    });
    expect(dates('The developer plans to begin clearing the site in January.', '2025-11-20')).to.deep.equal({'in January': '2026-01'});
    expect(dates('Vogt kündigte an, im Sommer über weitere Hilfen zu entscheiden.', '2025-04-10', 'de')).to.deep.equal({
      'im Sommer': '2025-22',
    });
  });

  it('reads a year-less date near the publication day as this year when the tense is unclear', () => {
    // "booked" and "filed" are the phrases' own verbs; an "-ed" form is no sure past ("will be paid").
    expect(dates('Passengers who booked before Oct. 15 can change their tickets.', '2024-10-02')).to.deep.equal({'Oct. 15': '2024-10-15'});
    expect(dates('Refund requests filed in September will be paid within 30 days.', '2024-10-02')).to.deep.equal({
      'in September': '2024-09',
    });
    // A German present with no marker: the nearest 24 April.
    expect(dates('Der Landtag berät am 24. April über den Fall.', '2025-04-10', 'de')).to.deep.equal({'am 24. April': '2025-04-24'});
    // Further away, the "-ed" past holds: August is three months ahead of May 29.
    expect(dates('Talks over a new ground stalled in August.', '2023-05-29')).to.deep.equal({'in August': '2022-08'});
  });

  it('keeps fuzzy phrases fuzzy, never inventing a day', () => {
    const got = dates(
      'Sales fell in late September. The plant opened in the summer of 2022. A vote is expected early next year. The line should open by mid-2026.',
      '2022-10-10',
    );
    expect(got['in late September']).to.equal('2022-09~');
    expect(got['in the summer of 2022']).to.equal('2022-22');
    expect(got['early next year']).to.equal('2023-01/2023-04');
    expect(got['by mid-2026']).to.equal('2026-05/2026-08');
  });

  it('reads weekends as Saturday–Sunday and centuries with unspecified digits', () => {
    // Published Monday 2024-06-17.
    expect(
      dates('Crews worked over the weekend. The fair opens this weekend. The church was built in the 19th century.', '2024-06-17'),
    ).to.deep.equal({
      'over the weekend': '2024-06-15/2024-06-16',
      'this weekend': '2024-06-22/2024-06-23',
      'in the 19th century': '18XX',
    });
    expect(dates("L'église date du XIXe siècle.", '2024-06-17', 'fr')).to.deep.equal({'du XIXe siècle': '18XX'});
  });

  it('reads halves and calendar quarters, not fiscal ones', () => {
    expect(
      dates(
        'Production starts in the second half of 2025. Sales fell in Q3 2024. Profit rose in the third quarter. Income rose in the fiscal third quarter.',
        '2024-10-24',
      ),
    ).to.deep.equal({
      'in the second half of 2025': '2025-07/2025-12',
      'in Q3 2024': '2024-07/2024-09',
      'in the third quarter': '2024-07/2024-09',
    });
  });

  it('reads decades with unspecified digits and year ranges as intervals', () => {
    expect(dates('Prices rose through the 1990s.')).to.deep.equal({'the 1990s': '199X'});
    expect(dates('He served from 2010 to 2015.')).to.deep.equal({'from 2010 to 2015': '2010/2015'});
  });
});

describe('extractTimeline: phrases dated from the story', () => {
  it('counts "two days later", "the next day", "that evening", "a day earlier" from the date the text last gave', () => {
    const text =
      'The intruders first logged in on Aug. 3. Two days later, they copied files. Staff noticed traffic on Aug. 12 and shut the network that evening. ' +
      'The next day, it diverted ambulances. It restored its systems on Aug. 25. A ransom note had arrived a day earlier.';
    expect(dates(text, '2025-09-10')).to.deep.equal({
      'on Aug. 3': '2025-08-03',
      'Two days later': '2025-08-05',
      'on Aug. 12': '2025-08-12',
      'The next day': '2025-08-13',
      'on Aug. 25': '2025-08-25',
      'a day earlier': '2025-08-24',
    });
  });

  it('gives "the following week" as the Monday–Sunday week after the anchor, and "the following year" a year', () => {
    expect(
      dates('A blade cracked on Sept. 14. No one was hurt. Regulators issued a directive the following week.', '2024-10-02'),
    ).to.deep.equal({'on Sept. 14': '2024-09-14', 'the following week': '2024-09-16/2024-09-22'});
    expect(dates('A plan collapsed in 2018, and the city bought the land the following year.', '2025-11-20')).to.deep.equal({
      'in 2018': '2018',
      'the following year': '2019',
    });
  });

  it('never invents a day: a coarse anchor, or none near, drops the phrase', () => {
    // A year anchor gives no day two days on; a week needs a day too.
    expect(dates('The plant opened in 2016. Two days later, it closed.', '2024-10-02')).to.deep.equal({'in 2016': '2016'});
    expect(dates('Sales fell last autumn. Two weeks later, staff were cut.', '2024-10-02')).to.deep.equal({'last autumn': '2023-23'});
    // Nothing dated in the two sentences before: no anchor, and not the publication day either.
    expect(dates('Rain fell. Roads closed. Schools shut. The next day, the river rose.', '2024-10-02')).to.deep.equal({});
    // An offset from the clause that follows is no story date.
    expect(dates('The bridge opened on May 2, 2019. It carried 18,000 vehicles a day before it was shut.')).to.deep.equal({
      'on May 2, 2019': '2019-05-02',
    });
  });

  it('takes the year of a day-by-day story told long ago for the dates that follow it', () => {
    const text = 'On the night of Jan. 31, 1953, the sea wall broke. Boats reached the town the next morning. The king visited on Feb. 6.';
    expect(dates(text, '2023-02-01')).to.deep.equal({
      'Jan. 31, 1953': '1953-01-31',
      'the next morning': '1953-02-01',
      'on Feb. 6': '1953-02-06',
    });
    // A year alone is no such story: "died on Jan. 3" after "born in 1931" is this year's.
    expect(dates('She was born in 1931. She died on Jan. 3 at home.', '2025-01-14')).to.deep.equal({
      'in 1931': '1931',
      'on Jan. 3': '2025-01-03',
    });
  });

  it('gives "that September" the year of the story, and a "when" clause the year before it', () => {
    expect(dates('He joined in the summer of 2019 and made his debut that September.', '2024-02-27')).to.deep.equal({
      'in the summer of 2019': '2019-22',
      'that September': '2019-09',
    });
    expect(dates('She was elected in November 2013 and took office that January.', '2025-06-18')).to.deep.equal({
      'in November 2013': '2013-11',
      'that January': '2014-01',
    });
    expect(
      dates('The worst year on record remains 2022, when a dry winter was followed by two heat waves in July and August.', '2025-09-30'),
    ).to.deep.equal({'2022': '2022', 'in July': '2022-07', August: '2022-08'});
  });

  it('reads German and French story phrases', () => {
    expect(dates('Der Prozess begann am 11. März. Am Tag darauf sagten zwei Zeugen aus.', '2024-03-21', 'de')).to.deep.equal({
      'am 11. März': '2024-03-11',
      'Am Tag darauf': '2024-03-12',
    });
    expect(dates("Le procès s'est ouvert le 11 mars. Le lendemain, deux locataires ont témoigné.", '2024-03-21', 'fr')).to.deep.equal({
      'le 11 mars': '2024-03-11',
      'Le lendemain': '2024-03-12',
    });
  });
});

describe('extractTimeline: what is not a date', () => {
  it('leaves out durations and offsets from other events', () => {
    expect(dates('Nine years after the crash, the case is closed.')).to.deep.equal({});
    expect(dates('The warranty lasts twelve months.')).to.deep.equal({});
    expect(dates('The probe ended a 25-day flight.')).to.deep.equal({});
    expect(dates('Repairs must finish within twelve months.')).to.deep.equal({});
    // A stretch counted from now: "over the next year" is no "next year".
    expect(dates('Eleven more fires followed over the next year.')).to.deep.equal({});
    expect(dates('Prices rose 5% in the past month, and sales fell last year.')).to.deep.equal({'last year': '2022'});
  });

  it('keeps a date whole when an offset or a part of the day stands next to it', () => {
    // chrono alone merges these into one relative phrase and loses the date.
    expect(
      dates('He was arrested on the night of Oct. 3, 2022, two days after an audit flagged the transfers.', '2024-01-12'),
    ).to.deep.equal({
      'Oct. 3, 2022': '2022-10-03',
    });
    expect(dates('Sentencing is set for Feb. 14.', '2024-01-12')).to.deep.equal({'Feb. 14': '2024-02-14'});
  });

  it('leaves out numbers that look like years', () => {
    expect(dates('The bridge carried 18,000 vehicles a day before it was shut.')).to.deep.equal({});
    expect(dates('The city paid $48 million for 2000 vehicles.')).to.deep.equal({});
  });

  it('leaves out lower-case words that chrono takes for weekdays', () => {
    expect(dates('In the spring the club sat second from bottom, close to the sun.')).to.deep.equal({'In the spring': '2023-21'});
  });

  it('leaves out the reporting clock', () => {
    expect(dates('Now the town has twelve parks.')).to.deep.equal({});
    expect(dates('Today, more than half of households own a car.')).to.deep.equal({});
    expect(dates('The mayor resigned today.')).to.deep.equal({today: '2023-03-20'});
  });

  it('makes one event of the same happening told twice in a sentence', () => {
    const doc = extractTimeline('On Monday the court met, and on Monday it ruled.', {published: '2023-03-20'});
    expect(doc.events.map((e) => e.date)).to.deep.equal(['2023-03-20']);
  });
});

describe('extractTimeline: sentences, quotes, titles and ids', () => {
  it('quotes whole sentences verbatim, not cut at a.m., U.S., Mr., initials or decimals', () => {
    const text =
      'The U.S. team, led by Mr. J. R. Smith, landed at 9 a.m. Tuesday after a 3.5-hour delay on March 3, 2023. It left in 2019.';
    const doc = extractTimeline(text, {published: '2023-03-20'});
    expect(doc.events.map((e) => e.quote)).to.deep.equal([
      text.slice(0, text.indexOf(' It left')),
      text.slice(0, text.indexOf(' It left')),
      'It left in 2019.',
    ]);
    expect(doc.events.map((e) => e.dateText)).to.deep.equal(['at 9 a.m. Tuesday', 'on March 3, 2023', 'in 2019']);
    expectLoads(doc);
  });

  it('keeps closing quotes with their sentence', () => {
    const text = '“We will win,” she said on Friday. “Never,” he replied in 2019.';
    const doc = extractTimeline(text, {published: '2023-03-20'});
    expect(doc.events.map((e) => e.quote)).to.deep.equal(['“We will win,” she said on Friday.', '“Never,” he replied in 2019.']);
  });

  it('drafts titles of at most 80 characters cut on whole words, and stable unique ids', () => {
    const sentence =
      'On Friday the regional transport authority announced that the long-delayed northern tram extension would finally be tendered to private operators.';
    const doc = extractTimeline(`${sentence} ${sentence.replace('On Friday', 'On Monday')}`, {published: '2023-03-20'});
    for (const e of doc.events) {
      expect(e.title.length).to.be.at.most(80);
      const words = e.title.replace(/…$/, '').split(' ');
      for (const w of words) expect(sentence.toLowerCase()).to.include(w.toLowerCase());
    }
    expect(doc.events[0]!.title.startsWith('The regional transport authority announced')).to.equal(true);
    expect(doc.events[0]!.id).to.not.equal(doc.events[1]!.id);
    const again = extractTimeline(`${sentence} ${sentence.replace('On Friday', 'On Monday')}`, {published: '2023-03-20'});
    expect(again.events.map((e) => e.id)).to.deep.equal(doc.events.map((e) => e.id));
  });

  it('drops asides before cutting a long title, and keeps paired dates in it', () => {
    const doc = extractTimeline(
      'Mr. Roe, who has led the company for nine years and steered it through two recessions, told investors last week that the company would not raise its offer. Trains will run on Thursday and Friday.',
      {published: '2024-05-14'},
    );
    expect(doc.events.map((e) => e.title)).to.deep.equal([
      'Mr. Roe told investors that the company would not raise its offer',
      'Trains will run on Thursday and Friday',
      'Trains will run on Thursday and Friday',
    ]);
  });

  it('fills the source from the options and the text', () => {
    const doc = extractTimeline('Bridge reopens\n\nThe bridge reopened on Friday.', {
      published: '2023-03-20',
      publisher: 'Daily',
      url: 'https://example.com/a',
    });
    expect(doc.source).to.deep.equal({
      title: 'Bridge reopens',
      publisher: 'Daily',
      published: '2023-03-20',
      url: 'https://example.com/a',
      text: 'Bridge reopens\n\nThe bridge reopened on Friday.',
    });
    expectLoads(doc);
  });

  it('gives no events for an empty text', () => {
    expect(extractTimeline('', {published: '2023-03-20'}).events).to.deep.equal([]);
  });
});

describe('extractTimeline: the Xi article', () => {
  it('drafts a document that loads with no problems, its dates among the hand-made ones', async () => {
    const text = await (await fetch('/data/xi-putin-moscow-2023.txt')).text();
    const doc = extractTimeline(text, {published: '2023-03-20', title: 'Xi-Putin meeting'});
    expectLoads(doc);
    const byText = Object.fromEntries(doc.events.map((e) => [e.dateText, e.date]));
    expect(byText['in 2012']).to.equal('2012');
    expect(byText['Last February']).to.equal('2022-02');
    expect(byText['in September']).to.equal('2022-09');
    expect(byText['on Friday']).to.equal('2023-03-17');
    expect(byText['on Tuesday']).to.equal('2023-03-21');
    expect(byText['last week']).to.equal('2023-03-13/2023-03-19');
  });
});

describe('extractTimeline: German and French', () => {
  it('reads German dates', () => {
    const got = dates(
      'Der Vertrag wurde am 3. März 2023 unterzeichnet. Am Montag trat der Minister zurück. Letzte Woche stiegen die Preise. Im Sommer 2022 brannte die Halle.',
      '2023-03-22',
      'de',
    );
    expect(got['am 3. März 2023']).to.equal('2023-03-03');
    expect(got['Am Montag']).to.equal('2023-03-20');
    expect(got['Letzte Woche']).to.equal('2023-03-13/2023-03-19');
    expect(got['Im Sommer 2022']).to.equal('2022-22');
  });

  it('reads German months without a day, bare years before a verb, and scheduled dates', () => {
    const got = dates(
      'Im Oktober sank der Umsatz. Die Brücke wurde 1962 eröffnet. Die nächste Runde ist für den 18. März angesetzt. Es wurden 1500 neue Wohnungen gebaut.',
      '2024-11-08',
      'de',
    );
    expect(got).to.deep.equal({'Im Oktober': '2024-10', '1962': '1962', 'den 18. März': '2025-03-18'});
  });

  it('reads French dates', () => {
    const got = dates(
      "L'accord a été signé le 3 mars 2023. La semaine dernière, les prix ont augmenté. Le musée a ouvert en 1964. Lundi dernier, le ministre a démissionné.",
      '2023-03-22',
      'fr',
    );
    expect(got['le 3 mars 2023']).to.equal('2023-03-03');
    expect(got['La semaine dernière']).to.equal('2023-03-13/2023-03-19');
    expect(got['en 1964']).to.equal('1964');
    expect(got['Lundi dernier']).to.equal('2023-03-20');
  });

  it('reads French months without a day, "l\'an dernier" and "jusqu\'à dimanche"', () => {
    const got = dates(
      "Les travaux ont été lancés en janvier 2023. L'an dernier, le festival a attiré 8 000 spectateurs. Le trafic sera perturbé jusqu'à dimanche, a annoncé la SNCF.",
      '2025-02-27',
      'fr',
    );
    expect(got).to.deep.equal({'en janvier 2023': '2023-01', "L'an dernier": '2024', 'à dimanche': '2025-03-02'});
  });
});

describe('extractTimeline: bad input', () => {
  it('rejects a publication day that is not a day, naming the option', () => {
    expect(() => extractTimeline('In 2019 it rained.', {published: '2024-13-45'})).to.throw(ExtractError, /published: "2024-13-45"/);
    expect(() => extractTimeline('In 2019 it rained.', {published: 'yesterday'})).to.throw(
      ExtractError,
      /published: expected a day as YYYY-MM-DD/,
    );
  });

  it('needs a publication day only for relative dates', () => {
    const noDay = {published: ''};
    expect(extractTimeline('In 2019 it rained.', noDay).events.map((e) => e.date)).to.deep.equal(['2019']);
    expect(() => extractTimeline('It rained on Friday.', noDay)).to.throw(ExtractError, /"on Friday".*publication day/);
    const text = 'In 2019 it rained. It rained on Friday.';
    try {
      extractTimeline(text, noDay);
      expect.fail('no error');
    } catch (error) {
      expect(error).to.be.instanceOf(ExtractError);
      const e = error as ExtractError;
      expect([e.option, e.phrase, e.offset]).to.deep.equal(['published', 'on Friday', text.indexOf('on Friday')]);
    }
  });

  it('rejects a language it has no parser for', () => {
    expect(() => extractTimeline('x', {published: '2023-03-20', lang: 'xx'})).to.throw(ExtractError, /lang: expected one of en, de, fr/);
  });
});

describe('extractTimeline: any text gives a loadable draft', () => {
  // Words that make dates, numbers that look like years, and sentence ends, shuffled into sentences.
  const PIECES = [
    'on Monday',
    'last week',
    'in 2019',
    'since 2009',
    'on February 30',
    'on March 3, 2023',
    'late September',
    'in the summer of 2022',
    'mid-2026',
    'the 1990s',
    'early next year',
    '18,000 vehicles',
    '$48 million',
    'nine years after',
    'today',
    'now',
    'a.m.',
    'U.S.',
    'Mr.',
    'J. R.',
    '3.5',
    'the 19th century',
    'Q3 2024',
    'over the weekend',
    'from 2010 to 2015',
    '2019–20',
    'next Thursday',
    'yesterday',
    'two weeks ago',
    'will',
    'said',
    'the court',
    'ruled',
    '.',
    '!',
    '?',
    ',',
    '“',
    '”',
    '(',
    ')',
    '\n',
    '\n\n',
    'Ende März',
    'la semaine dernière',
  ];
  const sentence = fc.array(fc.constantFrom(...PIECES), {maxLength: 40}).map((words) => words.join(' '));

  it('quotes verbatim, with valid dates and unique ids, for any mix of date phrases', () => {
    fc.assert(
      fc.property(
        sentence,
        fc.constantFrom('en', 'de', 'fr'),
        fc.date({min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true}),
        (text, lang, day) => {
          const doc = extractTimeline(text, {published: day.toISOString().slice(0, 10), lang});
          const model = buildModel(doc);
          expect(model.problems, JSON.stringify({text, problems: model.problems})).to.deep.equal([]);
          for (const e of doc.events) {
            expect(text.includes(e.quote)).to.equal(true);
            expect(e.quote.includes(e.dateText!)).to.equal(true);
            expect(e.title.length).to.be.within(1, 80);
          }
        },
      ),
      {numRuns: 300},
    );
  });
});
