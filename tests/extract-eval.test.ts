// The extraction quality bar, in CI: every article with a gold list in tests/fixtures/articles/
// (listed in manifest.json) keeps recall and precision of at least 0.9. `npm run eval:extract`
// prints the same scores as a table.
import {expect} from '@open-wc/testing';
import {buildModel} from '../src/document/model.js';
import {extractTimeline} from '../src/extract/index.js';
import {goldEvents, scoreDraft, type GoldFile} from '../src/extract/score.js';
import type {TimelineDocument} from '../src/document/types.js';

const base = new URL('/tests/fixtures/articles/', location.href);
const get = async (url: URL) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response;
};

describe('extraction scores on the gold articles', () => {
  let names: string[] = [];
  before(async () => {
    names = await (await get(new URL('manifest.json', base))).json();
  });

  it('lists at least five articles of our own besides the Xi article', () => {
    expect(names).to.include('xi-putin-moscow-2023');
    expect(names.length).to.be.at.least(5);
  });

  it('scores recall and precision of at least 0.9 on each, its draft loading with no problem', async () => {
    const failures: string[] = [];
    for (const name of names) {
      const goldUrl = new URL(`${name}.gold.json`, base);
      const file: GoldFile = await (await get(goldUrl)).json();
      const text = await (await get(new URL(file.text, goldUrl))).text();
      const document: TimelineDocument | undefined = file.document ? await (await get(new URL(file.document, goldUrl))).json() : undefined;
      const draft = extractTimeline(text, {published: file.published, lang: file.lang, title: file.title});
      const problems = buildModel(draft).problems;
      if (problems.length) failures.push(`${name}: the draft has problems: ${JSON.stringify(problems.slice(0, 3))}`);
      const s = scoreDraft(text, draft, goldEvents(file, document));
      if (s.recall < 0.9 || s.precision < 0.9) {
        failures.push(
          `${name}: recall ${s.recall.toFixed(2)}, precision ${s.precision.toFixed(2)}; missed ${JSON.stringify(s.missed.map((g) => g.quote))}; extra ${JSON.stringify(s.extra.map((e) => e.dateText))}`,
        );
      }
    }
    expect(failures).to.deep.equal([]);
  });
});

describe('scoreDraft', () => {
  const text = 'It opened in 2019. It closed on Friday.';
  const doc = (events: {date: string; quote: string}[]): TimelineDocument => ({
    source: {title: 't', text},
    events: events.map((e, i) => ({id: `e${i}`, title: 't', ...e})),
  });

  it('matches on an accepted date, qualifiers aside, and an overlapping quote', () => {
    const s = scoreDraft(text, doc([{date: '2019~', quote: 'It opened in 2019.'}]), [{dates: ['2019'], quote: 'opened in 2019'}]);
    expect([s.recall, s.precision]).to.deep.equal([1, 1]);
  });

  it('takes two forms of the same span as the same date', () => {
    const s = scoreDraft(text, doc([{date: '2019-22', quote: 'It opened in 2019.'}]), [
      {dates: ['2019-06/2019-08'], quote: 'opened in 2019'},
    ]);
    expect([s.recall, s.precision]).to.deep.equal([1, 1]);
    const other = scoreDraft(text, doc([{date: '2019-23', quote: 'It opened in 2019.'}]), [
      {dates: ['2019-06/2019-08'], quote: 'opened in 2019'},
    ]);
    expect([other.recall, other.precision]).to.deep.equal([0, 0]);
  });

  it('does not match a right date in another sentence, nor a wrong date in the right one', () => {
    const s = scoreDraft(
      text,
      doc([
        {date: '2019', quote: 'It closed on Friday.'},
        {date: '2020', quote: 'It opened in 2019.'},
      ]),
      [{dates: ['2019'], quote: 'It opened in 2019.'}],
    );
    expect([s.recall, s.precision]).to.deep.equal([0, 0]);
    expect(s.extra.length).to.equal(2);
  });

  it('leaves optional gold out of recall but counts it for precision', () => {
    const s = scoreDraft(text, doc([{date: '2023-03-17', quote: 'It closed on Friday.'}]), [
      {dates: ['2019'], quote: 'It opened in 2019.'},
      {dates: ['2023-03-17'], quote: 'It closed on Friday.', optional: true},
    ]);
    expect([s.recall, s.precision]).to.deep.equal([0, 1]);
  });

  it('says which quote is not verbatim', () => {
    expect(() => scoreDraft(text, doc([]), [{dates: ['2019'], quote: 'It opened in 2018.'}])).to.throw(/gold event 0 is not verbatim/);
  });
});
