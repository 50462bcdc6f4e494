import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {EdtfError, parseEdtf, tryParseEdtf} from '../src/time/edtf.js';

// Plain years, months and days are read by a shortcut. A space in front sends the same date through
// the general parser (which trims it), so the two must agree on every such string.

const general = (s: string) => tryParseEdtf(` ${s}`);

function expectSameAsGeneral(s: string) {
  const fast = tryParseEdtf(s);
  const slow = general(s);
  if (slow instanceof EdtfError) {
    expect(fast, s).to.be.instanceOf(EdtfError);
    expect((fast as EdtfError).message).to.equal(slow.message);
    expect((fast as EdtfError).code).to.equal(slow.code);
  } else {
    expect(fast, s).to.deep.equal(slow);
  }
}

describe('parseEdtf: plain years, months and days', () => {
  it('reads them as the general parser does, leap days and month ends included', () => {
    for (const s of [
      '2018',
      '0000',
      '0001',
      '9999',
      '2022-02',
      '2022-12',
      '2023-03-17',
      '2024-02-29',
      '2000-02-29',
      '1900-02-28',
      '2023-12-31',
      '0400-02-29',
      '0099-01-01',
    ]) {
      expectSameAsGeneral(s);
    }
    expect(parseEdtf('2023-03-17')).to.deep.equal({
      edtf: '2023-03-17',
      start: Date.UTC(2023, 2, 17),
      end: Date.UTC(2023, 2, 18),
      from: {start: Date.UTC(2023, 2, 17), end: Date.UTC(2023, 2, 18), precision: 'day', approximate: false, uncertain: false, year: 2023},
      to: {start: Date.UTC(2023, 2, 17), end: Date.UTC(2023, 2, 18), precision: 'day', approximate: false, uncertain: false, year: 2023},
      isInterval: false,
    });
  });

  it('leaves days and months that do not exist to the general parser, which names them', () => {
    for (const s of ['2023-02-29', '1900-02-29', '2023-04-31', '2023-03-00', '2023-13', '2023-00', '2023-13-01', '2023-03-32']) {
      expectSameAsGeneral(s);
      expect(tryParseEdtf(s), s).to.be.instanceOf(EdtfError);
    }
  });

  it('agrees with the general parser on random plain-looking dates', () => {
    const two = fc.integer({min: 0, max: 99}).map((n) => String(n).padStart(2, '0'));
    const year = fc.integer({min: 0, max: 9999}).map((n) => String(n).padStart(4, '0'));
    const date = fc.oneof(
      year,
      fc.tuple(year, two).map(([y, m]) => `${y}-${m}`),
      fc.tuple(year, two, two).map(([y, m, d]) => `${y}-${m}-${d}`),
    );
    fc.assert(
      fc.property(date, (s) => expectSameAsGeneral(s)),
      {numRuns: 2000},
    );
  });
});
