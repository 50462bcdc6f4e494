import {expect} from '@open-wc/testing';
import {EdtfError, formatEdtf, isEdtf, isoDateTimeAttribute, normalizeLocale, parseEdtf, tryParseEdtf} from '../src/time/index.js';
import {tickFormat, tickUnit} from '../src/time/ticks.js';

const iso = (ms: number) => new Date(ms).toISOString();
const fmt = (edtf: string, locale: string, style?: 'long' | 'short') => formatEdtf(parseEdtf(edtf), locale, style);

/** The error parseEdtf throws for `input`; fails the test if it does not throw one. */
function rejection(input: string): EdtfError {
  try {
    parseEdtf(input);
  } catch (error) {
    expect(error).to.be.instanceOf(EdtfError);
    return error as EdtfError;
  }
  throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
}

describe('parseEdtf', () => {
  describe('precision and bounds', () => {
    it('reads a year as the whole year, end exclusive', () => {
      const date = parseEdtf(' 2018 ');
      expect(date.edtf).to.equal('2018');
      expect(date.start).to.equal(Date.UTC(2018, 0, 1));
      expect(date.end).to.equal(Date.UTC(2019, 0, 1));
      expect(date.from.precision).to.equal('year');
      expect(date.isInterval).to.equal(false);
      expect(date.to).to.equal(date.from);
    });

    it('reads a month as the whole month, rolling over December', () => {
      const feb = parseEdtf('2022-02');
      expect([feb.start, feb.end]).to.deep.equal([Date.UTC(2022, 1, 1), Date.UTC(2022, 2, 1)]);
      expect(feb.from.precision).to.equal('month');
      const dec = parseEdtf('2022-12');
      expect([dec.start, dec.end]).to.deep.equal([Date.UTC(2022, 11, 1), Date.UTC(2023, 0, 1)]);
    });

    it('reads a day as that day, rolling over the year', () => {
      const day = parseEdtf('2023-03-17');
      expect([day.start, day.end]).to.deep.equal([Date.UTC(2023, 2, 17), Date.UTC(2023, 2, 18)]);
      expect(day.from.precision).to.equal('day');
      expect(parseEdtf('2023-12-31').end).to.equal(Date.UTC(2024, 0, 1));
    });

    it('reads a date-time as one second, converting offsets to UTC', () => {
      const z = parseEdtf('2023-03-17T14:05:09Z');
      expect(z.start).to.equal(Date.UTC(2023, 2, 17, 14, 5, 9));
      expect(z.end).to.equal(z.start + 1000);
      expect(z.from.precision).to.equal('second');
      expect(parseEdtf('2023-03-17T16:05:09+02:00').start).to.equal(z.start);
      expect(parseEdtf('2023-03-17T08:35:09-05:30').start).to.equal(z.start);
      expect(parseEdtf('2023-03-17T14:05:09').start, 'no offset: placed as if UTC').to.equal(z.start);
      expect(parseEdtf('2023-03-17T14:05:09').from.localTime, 'no offset: a local time').to.equal(true);
      expect(z.from.localTime, 'Z: not a local time').to.equal(undefined);
      expect(iso(parseEdtf('2023-03-17T01:00:00+03:00').start)).to.equal('2023-03-16T22:00:00.000Z');
    });

    it('knows leap years', () => {
      expect(parseEdtf('2024-02-29').start).to.equal(Date.UTC(2024, 1, 29));
      expect(parseEdtf('2000-02-29').start).to.equal(Date.UTC(2000, 1, 29));
      expect(rejection('2023-02-29').message).to.equal('"2023-02-29" is not a valid date: February 2023 has 28 days');
      expect(rejection('1900-02-29').message).to.contain('February 1900 has 28 days');
    });

    it('keeps years 0000–0099 in the first century, not the 1900s', () => {
      expect(iso(parseEdtf('0050').start)).to.equal('0050-01-01T00:00:00.000Z');
      expect(iso(parseEdtf('0000').start)).to.equal('0000-01-01T00:00:00.000Z');
      expect(iso(parseEdtf('0004-02-29').start)).to.equal('0004-02-29T00:00:00.000Z');
      expect(rejection('0100-02-29').message).to.contain('February 0100 has 28 days');
      expect(iso(parseEdtf('9999').end)).to.equal('+010000-01-01T00:00:00.000Z');
    });

    it('gives every day of four centuries and of the years 0000–0099 the instant Date gives it', () => {
      // The reference is the engine's own calendar, set field by field (no 1900s mapping there).
      const reference = (y: number, m: number, d: number) => {
        const date = new Date(0);
        date.setUTCFullYear(y, m, d);
        return date.getTime();
      };
      const pad = (n: number, w = 2) => String(n).padStart(w, '0');
      let checked = 0;
      for (const y of [0, 1, 4, 50, 99, 100, 399, 400, 1582, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999]) {
        for (let m = 0; m < 12; m++) {
          const days = new Date(Date.UTC(2000 + (y % 400), m + 1, 0)).getUTCDate();
          for (const d of [1, 15, 28, days]) {
            const date = parseEdtf(`${pad(y, 4)}-${pad(m + 1)}-${pad(d)}`);
            expect(date.start, `${y}-${m + 1}-${d}`).to.equal(reference(y, m, d));
            expect(date.end - date.start).to.equal(86_400_000);
            checked++;
          }
          expect(rejection(`${pad(y, 4)}-${pad(m + 1)}-${pad(days + 1)}`).code).to.equal('day-range');
        }
      }
      expect(checked).to.equal(17 * 12 * 4);
    });

    it('tells months 13–20 from seasons 21–24 and from level 2 divisions 25–41, alone and in an interval', () => {
      expect(rejection('2023-13').code).to.equal('month-range');
      expect(rejection('2023-20/2024').code).to.equal('month-range');
      expect(parseEdtf('2023-21').from.precision).to.equal('season');
      expect(parseEdtf('2023-21/2024').from.season).to.equal('spring');
      expect(rejection('2023/2024-33').params.feature).to.equal('season');
      expect(rejection('2023-42').code).to.equal('month-range');
      expect(rejection('2023-21-05').code, 'a season has no days').to.equal('month-range');
    });
  });

  describe('intervals', () => {
    it('spans from the start of the first side to the end of the second', () => {
      const date = parseEdtf('2023-03-20/2023-03-22');
      expect(date.isInterval).to.equal(true);
      expect(date.start).to.equal(Date.UTC(2023, 2, 20));
      expect(date.end).to.equal(Date.UTC(2023, 2, 23));
      expect(date.from.end).to.equal(Date.UTC(2023, 2, 21));
      expect(date.to.start).to.equal(Date.UTC(2023, 2, 22));
    });

    it('allows sides of different precision, including a coarser end', () => {
      const mixed = parseEdtf('2018/2023-03-17');
      expect([mixed.from.precision, mixed.to.precision]).to.deep.equal(['year', 'day']);
      expect([mixed.start, mixed.end]).to.deep.equal([Date.UTC(2018, 0, 1), Date.UTC(2023, 2, 18)]);
      expect(parseEdtf('2023-05/2023').end).to.equal(Date.UTC(2024, 0, 1));
      expect(parseEdtf('2023-03-17/2023-03-17').end).to.equal(Date.UTC(2023, 2, 18));
    });
  });

  describe('qualifiers', () => {
    it('reads ~ as approximate, ? as uncertain, % as both, without moving the bounds', () => {
      const flags = (edtf: string) => {
        const {approximate, uncertain} = parseEdtf(edtf).from;
        return {approximate, uncertain};
      };
      expect(flags('2018~')).to.deep.equal({approximate: true, uncertain: false});
      expect(flags('2023-03-17?')).to.deep.equal({approximate: false, uncertain: true});
      expect(flags('2022-02%')).to.deep.equal({approximate: true, uncertain: true});
      expect(flags('2022-02')).to.deep.equal({approximate: false, uncertain: false});
      expect(parseEdtf('2018~').start).to.equal(Date.UTC(2018, 0, 1));
      expect(parseEdtf('2022-02%').end).to.equal(Date.UTC(2022, 2, 1));
    });

    it('qualifies each side of an interval on its own', () => {
      const {from, to} = parseEdtf('2018~/2020?');
      expect([from.approximate, from.uncertain]).to.deep.equal([true, false]);
      expect([to.approximate, to.uncertain]).to.deep.equal([false, true]);
    });
  });

  describe('rejections', () => {
    const cases: [input: string, reason: string][] = [
      ['March 2023', 'is not an EDTF date (expected YYYY, YYYY-MM, YYYY-MM-DD'],
      ['23', 'is not an EDTF date'],
      ['2023-3-17', 'is not an EDTF date'],
      ['2023-03-17 10:00', 'is not an EDTF date'],
      ['2018?~', 'is not an EDTF date'],
      ['2023-13', 'month 13 does not exist'],
      ['2023-00', 'month 00 does not exist'],
      ['2023-04-31', 'April 2023 has 30 days'],
      ['2023-01-00', 'day 00 does not exist'],
      ['2023-03-17T24:00:01Z', 'hour 24 is out of range'],
      ['2023-03-17T25:00:00Z', 'hour 25 is out of range'],
      ['2023-03-17T10:60:00Z', 'minute 60 is out of range'],
      ['2023-03-17T10:00:00Z?', 'qualifiers apply to dates, not to date-times'],
      ['2023/2022', 'is not a valid interval: it ends (2022) before it starts (2023)'],
      ['2023-03-17T12:00:00Z/2023-03-17T11:59:59Z', 'ends (2023-03-17T11:59:59Z) before it starts'],
      ['2023/03/17', 'an interval has exactly one "/"'],
      ['1XXX', 'unspecified digits ("X") other than a year\'s last one or two'],
      ['201X-05', 'unspecified digits ("X") in the year of a month or day'],
      ['2004-XX-05', 'a day under an unspecified month'],
      ['2004-06-XX/2004-07-03', 'unspecified digits ("X") in an interval'],
      ['Y9999', 'a "Y" year has more than four digits'],
      ['Y017000', 'no leading zero'],
      ['Y17000?', 'qualifiers on a "Y" year'],
      ['Y17E7', 'exponents in years'],
      ['1950S2', 'significant digits'],
      ['2023-25', 'seasons, quarters and halves 25–41'],
      ['-0000', 'year zero has no sign'],
      ['[2018,2019]', 'sets'],
      ['2004-?06-11', 'qualifiers inside or before a date'],
      ['?2004', 'qualifiers inside or before a date'],
      ['../..', 'neither end is a date'],
      ['/', 'neither end is a date'],
      ['2023-03-17T10:00:00+15:00', 'offset +15:00 is beyond ±14:00'],
      ['2023-03-17T10:00:00-00:00', 'offset -00:00 is not allowed'],
      ['2023-03-17T10:00Z', 'is not an EDTF date-time (expected YYYY-MM-DDThh:mm:ss'],
    ];
    for (const [input, reason] of cases) {
      it(`rejects ${JSON.stringify(input)}: ${reason}`, () => {
        const error = rejection(input);
        expect(error.message).to.contain(`"${input}"`).and.to.contain(reason);
        expect(error.input).to.equal(input);
        expect(error.name).to.equal('EdtfError');
      });
    }

    it('rejects an empty string and plain whitespace', () => {
      expect(rejection('').message).to.match(/^"" is not an EDTF date: the string is empty/);
      expect(rejection('   ').message).to.contain('empty');
    });

    it('rejects a bad day on either side of an interval', () => {
      expect(rejection('2023-01/2023-02-30').message).to.equal('"2023-01/2023-02-30" is not a valid date: February 2023 has 28 days');
    });
  });

  it('tryParseEdtf returns the error instead of throwing; isEdtf says yes or no', () => {
    expect(tryParseEdtf('2023-02-30')).to.be.instanceOf(EdtfError);
    expect((tryParseEdtf('2018') as {start: number}).start).to.equal(Date.UTC(2018, 0, 1));
    expect(isEdtf('2023-03-20/2023-03-22')).to.equal(true);
    expect(isEdtf('2023-03-17?')).to.equal(true);
    expect(isEdtf('March 2023')).to.equal(false);
    expect(isEdtf('201X')).to.equal(true);
    expect(isEdtf('2001-25')).to.equal(false);
  });
});

describe('time-zone independence', () => {
  // Meaningful off UTC: run with e.g. TZ=America/Los_Angeles or TZ=Pacific/Kiritimati.
  it(`computes UTC instants, not local midnight (browser zone: ${Intl.DateTimeFormat().resolvedOptions().timeZone})`, () => {
    expect(parseEdtf('2012').start).to.equal(Date.UTC(2012, 0, 1));
    expect(parseEdtf('2012-01-01').start).to.equal(Date.UTC(2012, 0, 1));
    expect(parseEdtf('2011-12').end).to.equal(Date.UTC(2012, 0, 1));
  });

  it('accepts a calendar day that some zone skipped (Samoa went from 29 to 31 December 2011)', () => {
    expect(parseEdtf('2011-12-30').start).to.equal(Date.UTC(2011, 11, 30));
  });

  it('formats calendar dates at year boundaries as written', () => {
    expect(fmt('2012', 'en')).to.equal('2012');
    expect(fmt('2012-01', 'en')).to.equal('January 2012');
    expect(fmt('2012-01-01', 'en')).to.equal('Sunday, January 1, 2012');
    expect(fmt('2011-12-31', 'en')).to.equal('Saturday, December 31, 2011');
    expect(isoDateTimeAttribute(parseEdtf('2012-01-01'))).to.equal('2012-01-01');
  });
});

describe('formatEdtf', () => {
  it('formats each precision in English (long by default, and short)', () => {
    expect(fmt('2018', 'en')).to.equal('2018');
    expect(fmt('2022-02', 'en')).to.equal('February 2022');
    expect(fmt('2023-03-17', 'en')).to.equal('Friday, March 17, 2023');
    expect(fmt('2023-03-17T14:05:09Z', 'en')).to.equal('Friday, March 17, 2023 at 14:05 UTC');
    expect(fmt('2018', 'en', 'short')).to.equal('2018');
    expect(fmt('2022-02', 'en', 'short')).to.equal('Feb 2022');
    expect(fmt('2023-03-17', 'en', 'short')).to.equal('Mar 17, 2023');
    expect(fmt('2023-03-17T14:05:09Z', 'en', 'short')).to.equal('Mar 17, 2023, 14:05 UTC');
  });

  it('shows a date-time with an offset at its UTC time', () => {
    expect(fmt('2023-03-17T16:05:09+02:00', 'en')).to.equal(fmt('2023-03-17T14:05:09Z', 'en'));
  });

  it('follows British order in en-GB', () => {
    expect(fmt('2023-03-17', 'en-GB')).to.equal('Friday, 17 March 2023');
    expect(fmt('2023-03-17', 'en-GB', 'short')).to.equal('17 Mar 2023');
  });

  it('formats each precision in German', () => {
    expect(fmt('2018', 'de')).to.equal('2018');
    expect(fmt('2022-02', 'de')).to.equal('Februar 2022');
    expect(fmt('2023-03-17', 'de')).to.equal('Freitag, 17. März 2023');
    expect(fmt('2023-03-17T14:05:09Z', 'de')).to.equal('Freitag, 17. März 2023 um 14:05 UTC');
    expect(fmt('2022-02', 'de', 'short')).to.equal('Feb. 2022');
    expect(fmt('2023-03-17', 'de', 'short')).to.equal('17. März 2023');
  });

  it('uses the locale’s month and weekday names in fr, ru, uk, zh', () => {
    expect(fmt('2018', 'fr')).to.contain('2018');
    expect(fmt('2022-02', 'fr')).to.match(/^février 2022$/);
    expect(fmt('2023-03-17', 'fr')).to.match(/vendredi 17 mars 2023/);
    expect(fmt('2018', 'ru')).to.contain('2018');
    expect(fmt('2022-02', 'ru')).to.match(/^февраль 2022/);
    expect(fmt('2023-03-17', 'ru')).to.match(/^пятница, 17 марта 2023/);
    expect(fmt('2018', 'uk')).to.contain('2018');
    expect(fmt('2022-02', 'uk')).to.match(/^лютий 2022/);
    expect(fmt('2023-03-17', 'uk')).to.match(/^п.ятниця, 17 березня 2023/);
    expect(fmt('2018', 'zh')).to.equal('2018年');
    expect(fmt('2022-02', 'zh')).to.equal('2022年2月');
    expect(fmt('2023-03-17', 'zh')).to.match(/^2023年3月17日星期五$/);
  });

  describe('intervals', () => {
    it('uses formatRange when both sides share a precision', () => {
      expect(fmt('2023-03-20/2023-03-22', 'en', 'short')).to.equal('Mar 20 – 22, 2023');
      expect(fmt('2023-03-20/2023-03-22', 'en')).to.equal('Monday, March 20 – Wednesday, March 22, 2023');
      expect(fmt('2023-03-20/2023-03-22', 'de', 'short')).to.equal('20.–22. März 2023');
      expect(fmt('2018/2020', 'en')).to.equal('2018 – 2020');
      expect(fmt('2018/2020', 'de')).to.equal('2018–2020');
      expect(fmt('2023-03-17T10:00:00Z/2023-03-17T12:30:00Z', 'en', 'short')).to.equal('Mar 17, 2023, 10:00 – 12:30 UTC');
    });

    it('shows the last period of the interval, not its exclusive end', () => {
      expect(fmt('2022-02/2022-03', 'en')).to.equal('February – March 2022');
    });

    it('joins sides of different precision with a dash', () => {
      expect(fmt('2018/2023-03-17', 'en', 'short')).to.equal('2018 – Mar 17, 2023');
      expect(fmt('2018/2023-03-17', 'de', 'short')).to.equal('2018 – 17. März 2023');
    });
  });

  describe('qualifiers', () => {
    it('words approximate and uncertain dates in English', () => {
      expect(fmt('2018~', 'en')).to.equal('about 2018');
      expect(fmt('2018?', 'en')).to.equal('2018?');
      expect(fmt('2022-02%', 'en')).to.equal('about February 2022?');
      expect(fmt('2023-03-17~', 'en', 'short')).to.equal('about Mar 17, 2023');
    });

    it('qualifies each side of an interval', () => {
      expect(fmt('2018~/2020?', 'en')).to.equal('about 2018 – 2020?');
      expect(fmt('2018~/2020~', 'de')).to.equal('um 2018 – um 2020');
    });

    it('words them in de, fr, ru, uk, zh', () => {
      expect(fmt('2018~', 'de')).to.equal('um 2018');
      expect(fmt('2022-02~', 'de')).to.equal('etwa Februar 2022');
      expect(fmt('2018~', 'fr')).to.equal('vers 2018');
      expect(fmt('2018?', 'fr')).to.equal('2018\u202f?');
      expect(fmt('2018~', 'ru')).to.equal('около 2018');
      expect(fmt('2022-02~', 'ru')).to.match(/^примерно февраль 2022/);
      expect(fmt('2018~', 'uk')).to.equal('близько 2018');
      expect(fmt('2018~', 'zh')).to.equal('约2018年');
      expect(fmt('2018?', 'zh')).to.equal('2018年？');
      expect(fmt('2018~', 'zh-TW')).to.equal('約2018年');
    });

    it('falls back to the base language, then English', () => {
      expect(fmt('2018~', 'de-AT')).to.equal('um 2018');
      expect(fmt('2018~', 'fr-CA')).to.equal('vers 2018');
      expect(fmt('2018~', 'ja')).to.equal('about 2018年');
    });
  });

  it('falls back to English for an invalid or unknown locale, without throwing', () => {
    const english = fmt('2022-02~', 'en');
    expect(fmt('2022-02~', 'not a locale')).to.equal(english);
    expect(fmt('2022-02~', '')).to.equal(english);
    expect(fmt('2022-02~', 'xx')).to.equal(english);
  });
});

describe('tickFormat', () => {
  const labels = (isos: string[], locale = 'en') => {
    const ticks = isos.map((t) => new Date(t));
    const format = tickFormat(ticks, locale);
    return ticks.map((d, i) => format(d, i));
  };

  it('steps by the smallest gap between ticks', () => {
    expect(tickUnit(['2018', '2019', '2020'].map((t) => new Date(t)))).to.equal('year');
    expect(tickUnit(['2022-11', '2022-12', '2023-01'].map((t) => new Date(t)))).to.equal('month');
    expect(tickUnit(['2023-03-20', '2023-03-21'].map((t) => new Date(t)))).to.equal('day');
    expect(tickUnit(['2023-03-20T06:00Z', '2023-03-20T12:00Z'].map((t) => new Date(t)))).to.equal('hour');
  });

  it('names the larger unit at the first tick and wherever it changes', () => {
    expect(labels(['2018', '2019'])).to.deep.equal(['2018', '2019']);
    expect(labels(['2022-11', '2022-12', '2023-01', '2023-02'])).to.deep.equal(['Nov 2022', 'Dec', 'Jan 2023', 'Feb']);
    expect(labels(['2022-12-30', '2022-12-31', '2023-01-01', '2023-01-02'])).to.deep.equal(['Dec 30, 2022', '31', 'Jan 1, 2023', '2']);
    expect(labels(['2023-02-27', '2023-02-28', '2023-03-01'])).to.deep.equal(['Feb 27, 2023', '28', 'Mar 1']);
  });

  it('names a new day among hours by its date alone when the tick is its midnight, so that it stays short', () => {
    expect(labels(['2023-03-20T18:00Z', '2023-03-21T00:00Z', '2023-03-21T06:00Z', '2023-03-21T12:00Z', '2023-03-22T00:00Z'])).to.deep.equal(
      ['Mar 20, 18:00 UTC', 'Mar 21', '06:00', '12:00', 'Mar 22'],
    );
    expect(labels(['2023-03-21T00:00Z', '2023-03-21T06:00Z'], 'de')).to.deep.equal(['21. März', '06:00 UTC']);
  });
});

describe('normalizeLocale', () => {
  it('canonicalizes valid tags and falls back to en', () => {
    expect(normalizeLocale('en-gb')).to.equal('en-GB');
    expect(normalizeLocale('de_DE')).to.equal('de-DE');
    expect(normalizeLocale('zh-hant-tw')).to.equal('zh-Hant-TW');
    expect(normalizeLocale(undefined)).to.equal('en');
    expect(normalizeLocale('')).to.equal('en');
    expect(normalizeLocale('not a locale')).to.equal('en');
  });
});

describe('isoDateTimeAttribute', () => {
  it('gives a <time datetime> value at the data’s precision', () => {
    const attr = (edtf: string) => isoDateTimeAttribute(parseEdtf(edtf));
    expect(attr('2018')).to.equal('2018');
    expect(attr('2022-02~')).to.equal('2022-02');
    expect(attr('2023-03-17')).to.equal('2023-03-17');
    expect(attr('2023-03-17T16:05:09+02:00')).to.equal('2023-03-17T14:05:09Z');
    expect(attr('2023-03-20/2023-03-22')).to.equal('2023-03-20');
  });
});
