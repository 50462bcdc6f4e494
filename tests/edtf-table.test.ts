/**
 * The test strings of edtf.js (inukshuk/edtf.js, test/parser.js) and the examples of the Library of
 * Congress EDTF specification (2019), levels 0 and 1, each with what this parser decides: the period
 * it reads (start inclusive, end exclusive) or why it rejects it. Expected instants are written as ISO
 * strings and read by the engine's own `Date.parse`, not by the code under test. Where we differ from
 * edtf.js on purpose, the row says why.
 */
import {expect} from '@open-wc/testing';
import {EdtfError, parseEdtf, type EdtfDate, type EdtfErrorCode, type EdtfPoint} from '../src/time/index.js';

/** An instant from an ISO string; a bare date (`2016-05-02`, `-000043-03-15`) is its midnight UTC. */
const ms = (iso: string) => {
  const value = Date.parse(iso.includes('T') ? iso : `${iso}T00:00:00Z`);
  if (Number.isNaN(value)) throw new Error(`bad expected value ${iso}`);
  return value;
};

/** Days from 0000-01-01 to 1 January of `year`, proleptic Gregorian, any year: counted, not computed by Date. */
const daysBefore = (year: number) => 365 * year + Math.ceil(year / 4) - Math.ceil(year / 100) + Math.ceil(year / 400);
/** 1 January of a year no Date can hold, in epoch ms. */
const yearStart = (year: number) => (daysBefore(year) - daysBefore(1970)) * 864e5;

type Flags = Partial<Pick<EdtfPoint, 'precision' | 'approximate' | 'uncertain' | 'unspecified' | 'season' | 'localTime'>> &
  Partial<Pick<EdtfDate, 'openStart' | 'openEnd'>>;
type Row = {input: string; start: number; end: number; flags?: Flags; note?: string} | {input: string; code: EdtfErrorCode; note?: string};

const ok = (input: string, start: string | number, end: string | number, flags?: Flags, note?: string): Row => ({
  input,
  start: typeof start === 'number' ? start : ms(start),
  end: typeof end === 'number' ? end : ms(end),
  flags,
  note,
});
const no = (input: string, code: EdtfErrorCode, note?: string): Row => ({input, code, note});
/** A second of a date-time written with a zone. */
const sec = (input: string, utcIso: string): Row => ok(input, utcIso, ms(utcIso) + 1000, {precision: 'second'});

const EDTF_JS_LEVEL_0: Row[] = [
  ok('2016', '2016-01-01', '2017-01-01', {precision: 'year'}),
  ok('0409', '0409-01-01', '0410-01-01'),
  ok('0023', '0023-01-01', '0024-01-01'),
  ok('0007', '0007-01-01', '0008-01-01'),
  ok('0000', '0000-01-01', '0001-01-01'),
  ok('9999', '9999-01-01', '+010000-01-01'),
  ok('-0002', '-000002-01-01', '-000001-01-01'),
  ok('-9999', '-009999-01-01', '-009998-01-01'),
  no('-0000', 'negative-zero'),
  no('12345', 'not-edtf', 'five digits need the Y prefix'),
  ok('2016-05', '2016-05-01', '2016-06-01', {precision: 'month'}),
  ok('2016-01', '2016-01-01', '2016-02-01'),
  ok('2016-12', '2016-12-01', '2017-01-01'),
  no('2016-13', 'month-range'),
  no('2016-00', 'month-range'),
  ok('2016-05-01', '2016-05-01', '2016-05-02', {precision: 'day'}),
  ok('2016-05-13', '2016-05-13', '2016-05-14'),
  ok('2016-05-29', '2016-05-29', '2016-05-30'),
  ok('2016-05-30', '2016-05-30', '2016-05-31'),
  ok('2016-05-31', '2016-05-31', '2016-06-01'),
  no('2016-05-00', 'day-zero'),
  no('2016-05-32', 'day-range'),
  no('2016-02-30', 'day-range'),
  no('2016-02-31', 'day-range'),
  no('2016-04-31', 'day-range'),
  no('2016-06-31', 'day-range'),
  no('2016-09-31', 'day-range'),
  no('2016-11-31', 'day-range'),
  ok('2016-05-02T16:54:59', '2016-05-02T16:54:59Z', '2016-05-02T16:55:00Z', {localTime: true}, 'no zone: a local time, placed as if UTC'),
  ok('2016-05-02T16:54:59.042', '2016-05-02T16:54:59.042Z', '2016-05-02T16:54:59.043Z', {localTime: true}),
  ok('2016-05-02T24:00:00', '2016-05-03T00:00:00Z', '2016-05-03T00:00:01Z', {localTime: true}, '24:00 ends the day'),
  no('2016-05-02T24:00:01', 'time-range'),
  no('2016-05-02T00:61:00', 'time-range'),
  no('2016-05-02T01:01:60', 'time-range'),
  ok('2016-05-02T16:54:59.04200000', '2016-05-02T16:54:59.042Z', '2016-05-02T16:54:59.043Z', {}, 'a Date holds milliseconds'),
  ok('2016-05-02T16:54:59.4', '2016-05-02T16:54:59.400Z', '2016-05-02T16:54:59.500Z', {}, 'one digit: a tenth of a second'),
  ok('2016-05-02T16:54:59.42', '2016-05-02T16:54:59.420Z', '2016-05-02T16:54:59.430Z'),
  ok('2016-05-02T16:54:59.042123', '2016-05-02T16:54:59.042Z', '2016-05-02T16:54:59.043Z'),
  sec('2016-05-02T16:54:59Z', '2016-05-02T16:54:59Z'),
  ok('2016-05-02T16:54:59.042Z', '2016-05-02T16:54:59.042Z', '2016-05-02T16:54:59.043Z', {localTime: undefined}),
  sec('2016-05-02T16:54:59+02:30', '2016-05-02T14:24:59Z'),
  sec('2016-05-02T16:54:59+00:00', '2016-05-02T16:54:59Z'),
  sec('2016-05-02T16:54:59+14:00', '2016-05-02T02:54:59Z'),
  sec('2016-05-02T16:54:59+13:30', '2016-05-02T03:24:59Z'),
  sec('2016-05-02T16:54:59+12:00', '2016-05-02T04:54:59Z'),
  sec('2016-05-02T16:54:59+04:10', '2016-05-02T12:44:59Z'),
  sec('2016-05-02T16:54:59-00:15', '2016-05-02T17:09:59Z'),
  sec('2016-05-02T16:54:59-11:59', '2016-05-03T04:53:59Z'),
  sec('2016-05-02T16:54:59-12:00', '2016-05-03T04:54:59Z'),
  no('2016-05-02T12:00:00-00:00', 'offset-range'),
  // edtf.js stops at −12:00, the widest offset in use today; we accept ±14:00 (zones have been wider: Manila was −15:56 until 1844).
  sec('2016-05-02T12:00:00-12:01', '2016-05-03T00:01:00Z'),
  sec('2016-05-02T12:00:00-13:00', '2016-05-03T01:00:00Z'),
  sec('2016-05-02T12:00:00-14:00', '2016-05-03T02:00:00Z'),
  no('2016-05-02T12:00:00+14:01', 'offset-range'),
  // EDTF requires the extended format (colons); edtf.js also reads the basic one.
  no('2016-05-02T16:54:59+0230', 'not-edtf', 'basic format offset'),
  no('2016-05-02T16:54:59+0000', 'not-edtf'),
  no('2016-05-02T16:54:59+1400', 'not-edtf'),
  no('2016-05-02T16:54:59-1200', 'not-edtf'),
  no('2016-05-02T12:00:00-0000', 'not-edtf'),
  no('2016-05-02T12:00:00-2000', 'not-edtf'),
  sec('2016-05-02T16:54:59+14', '2016-05-02T02:54:59Z'),
  sec('2016-05-02T16:54:59-12', '2016-05-03T04:54:59Z'),
  no('2016-05-02T12:00:00-00', 'offset-range'),
  sec('2016-05-02T12:00:00-13', '2016-05-03T01:00:00Z'),
  sec('2016-05-02T12:00:00-14', '2016-05-03T02:00:00Z'),
  no('2016-05-02T12:00:00+15', 'offset-range'),
  // Two-digit centuries are level 2 (ISO 8601-1 reduced precision, left out of EDTF level 0/1 here).
  no('19', 'not-edtf'),
  no('00', 'not-edtf'),
  no('-04', 'not-edtf'),
  no('-00', 'not-edtf'),
  ok('1980/1994', '1980-01-01', '1995-01-01'),
  ok('1980-08/1994', '1980-08-01', '1995-01-01'),
  ok('2004-02-01/2005', '2004-02-01', '2006-01-01'),
  ok('2004-06/2006-08', '2004-06-01', '2006-09-01'),
  ok('2004-02-01/2005-02-08', '2004-02-01', '2005-02-09'),
];

const EDTF_JS_LEVEL_1: Row[] = [
  ok('2016?', '2016-01-01', '2017-01-01', {uncertain: true, approximate: false}),
  ok('2016~', '2016-01-01', '2017-01-01', {approximate: true, uncertain: false}),
  ok('2016%', '2016-01-01', '2017-01-01', {approximate: true, uncertain: true}),
  ok('2016-05?', '2016-05-01', '2016-06-01', {uncertain: true}),
  ok('2016-05~', '2016-05-01', '2016-06-01', {approximate: true}),
  ok('2016-05%', '2016-05-01', '2016-06-01', {approximate: true, uncertain: true}),
  ok('2016-05-03?', '2016-05-03', '2016-05-04', {uncertain: true}),
  ok('2016-05-03~', '2016-05-03', '2016-05-04', {approximate: true}),
  ok('2016-05-03%', '2016-05-03', '2016-05-04', {approximate: true, uncertain: true}),
  ok('2016-05-XX', '2016-05-01', '2016-06-01', {precision: 'month', unspecified: 'day'}),
  no('2016-13-XX', 'month-range'),
  ok('2016-XX', '2016-01-01', '2017-01-01', {precision: 'year', unspecified: 'month'}),
  // Level 1 allows X for a year's last one or two digits only (the spec); edtf.js takes XXXX too.
  no('XXXX', 'unsupported'),
  ok('19XX', '1900-01-01', '2000-01-01', {precision: 'century'}),
  ok('198X', '1980-01-01', '1990-01-01', {precision: 'decade'}),
  no('XXXX-XX', 'unsupported'),
  no('XXXX-XX-XX', 'unsupported'),
  ok('Y170002', '+170002-01-01', '+170003-01-01', {precision: 'year'}),
  ok('Y10000', '+010000-01-01', '+010001-01-01'),
  no('Y9999', 'not-edtf'),
  no('Y00001', 'not-edtf'),
  ok('Y-170002', '-170002-01-01', '-170001-01-01'),
  ok('Y-10000', '-010000-01-01', '-009999-01-01'),
  no('Y-9999', 'not-edtf'),
  no('Y-00001', 'not-edtf'),
  // Meteorological seasons of the northern hemisphere (edtf.js uses calendar quarters).
  ok('2001-21', '2001-03-01', '2001-06-01', {precision: 'season', season: 'spring'}),
  ok('2001-22', '2001-06-01', '2001-09-01', {season: 'summer'}),
  ok('2001-23', '2001-09-01', '2001-12-01', {season: 'autumn'}),
  ok('2001-24', '2001-12-01', '2002-03-01', {season: 'winter'}),
  ok('1980?/1994~', '1980-01-01', '1995-01-01'),
  // An interval with no date at either end cannot be placed on a timeline.
  no('/', 'open-interval'),
  no('../..', 'open-interval'),
  ok('../2016', '2016-01-01', '2017-01-01', {openStart: 'open', openEnd: undefined}),
  ok('2016-05/..', '2016-05-01', '2016-06-01', {openEnd: 'open', openStart: undefined}),
  ok('2004-06-01/..', '2004-06-01', '2004-06-02', {openEnd: 'open'}),
  ok('/2016-05', '2016-05-01', '2016-06-01', {openStart: 'unknown'}),
  ok('/1960-11', '1960-11-01', '1960-12-01', {openStart: 'unknown'}),
  ok('/2015', '2015-01-01', '2016-01-01', {openStart: 'unknown'}),
  ok('/1960', '1960-01-01', '1961-01-01', {openStart: 'unknown'}),
  ok('2016-05-31/..', '2016-05-31', '2016-06-01', {openEnd: 'open'}),
];

/** Level 2 stays rejected; each says which feature. */
const EDTF_JS_LEVEL_2: Row[] = [
  ...['?2001', '2001~-09', '2001-?09~-09', '2004?-06-~11', '2004-06-~01/2004-06-~20'].map((s) => no(s, 'unsupported')),
  ...[
    '156X-12-31',
    '156X-09-31',
    '15XX-12-25',
    '15XX-12-XX',
    '15XX-01-3X',
    '15XX-02-3X',
    '15XX-XX-25',
    '1500-1X-25',
    '15XX-0X-25',
    '15XX-2X-25',
    '15XX-X2',
    '1XXX-XX',
    '1XXX-12',
    '1XX3',
    '2004-06-XX/2004-07-03',
    '1800/1X01',
  ].map((s) => no(s, 'unsupported')),
  ...['Y17E7', 'Y-17E7', '1950S2', 'Y17101000S3', 'Y-17101E3S3'].map((s) => no(s, 'unsupported')),
  ...['2001-25', '2001-36', '2001-39'].map((s) => no(s, 'unsupported')),
  ...['193', '019', '009', '000', '-193', '-019', '-000', '197~', '197?', '197%', '19~', '19?', '19%'].map((s) => no(s, 'not-edtf')),
  ...[
    '[1667,1668, 1670..1672]',
    '[..1760-12-03]',
    '[1760-12..]',
    '[1760..]',
    '[1667, 1672-12]',
    '{1667, 1670..1672}',
    '{1960 ,  1961-12}',
    '{1760..}',
    '{..1760}',
    '[1999}',
    '{1999]',
    '[1999',
    '{1999',
  ].map((s) => no(s, 'unsupported')),
];

/** edtf.js's "level 3" (its own, non-standard) and its plain rejections. */
const EDTF_JS_OTHER: Row[] = [
  // Seasons in intervals are not level 2 features, and a reader understands them: accepted.
  ok('2018-21/2018-23', '2018-03-01', '2018-12-01'),
  ok('2018/2018-23', '2018-01-01', '2018-12-01'),
  no('2018-21/2017-01-01', 'interval-order'),
  ok('2018-01?/2018-23', '2018-01-01', '2018-12-01'),
  no('2001?-23', 'unsupported'),
  no('2001-33?', 'unsupported'),
  no('20XX-41', 'unsupported'),
  ok('2012-21/2012-22', '2012-03-01', '2012-09-01'),
  no('', 'empty'),
  no('-', 'not-edtf'),
];

/** The Library of Congress specification's examples (February 2019), levels 0 and 1. */
const LOC_LEVEL_0: Row[] = [
  ok('1985-04-12', '1985-04-12', '1985-04-13', {precision: 'day'}),
  ok('1985-04', '1985-04-01', '1985-05-01', {precision: 'month'}),
  ok('1985', '1985-01-01', '1986-01-01', {precision: 'year'}),
  ok('1985-04-12T23:20:30', '1985-04-12T23:20:30Z', '1985-04-12T23:20:31Z', {localTime: true}),
  sec('1985-04-12T23:20:30Z', '1985-04-12T23:20:30Z'),
  sec('1985-04-12T23:20:30-04', '1985-04-13T03:20:30Z'),
  sec('1985-04-12T23:20:30+04:30', '1985-04-12T18:50:30Z'),
  ok('1964/2008', '1964-01-01', '2009-01-01'),
  ok('2004-06/2006-08', '2004-06-01', '2006-09-01'),
  ok('2004-02-01/2005-02-08', '2004-02-01', '2005-02-09'),
  ok('2004-02-01/2005-02', '2004-02-01', '2005-03-01'),
  ok('2004-02-01/2005', '2004-02-01', '2006-01-01'),
  ok('2005/2006-02', '2005-01-01', '2006-03-01'),
];

const LOC_LEVEL_1: Row[] = [
  ok('Y170000002', yearStart(170000002), yearStart(170000003), {precision: 'year'}, 'beyond what a Date holds'),
  ok('Y-170000002', yearStart(-170000002), yearStart(-170000001)),
  ok('2001-21', '2001-03-01', '2001-06-01', {season: 'spring'}),
  ok('1984?', '1984-01-01', '1985-01-01', {uncertain: true}),
  ok('2004-06~', '2004-06-01', '2004-07-01', {approximate: true}),
  ok('2004-06-11%', '2004-06-11', '2004-06-12', {approximate: true, uncertain: true}),
  ok('201X', '2010-01-01', '2020-01-01', {precision: 'decade'}),
  ok('20XX', '2000-01-01', '2100-01-01', {precision: 'century'}),
  ok('2004-XX', '2004-01-01', '2005-01-01', {unspecified: 'month'}),
  ok('1985-04-XX', '1985-04-01', '1985-05-01', {unspecified: 'day'}),
  ok('1985-XX-XX', '1985-01-01', '1986-01-01', {unspecified: 'month-and-day'}),
  ok('1985-04-12/..', '1985-04-12', '1985-04-13', {openEnd: 'open'}),
  ok('1985-04/..', '1985-04-01', '1985-05-01', {openEnd: 'open'}),
  ok('1985/..', '1985-01-01', '1986-01-01', {openEnd: 'open'}),
  ok('../1985-04-12', '1985-04-12', '1985-04-13', {openStart: 'open'}),
  ok('../1985-04', '1985-04-01', '1985-05-01', {openStart: 'open'}),
  ok('../1985', '1985-01-01', '1986-01-01', {openStart: 'open'}),
  ok('1985-04-12/', '1985-04-12', '1985-04-13', {openEnd: 'unknown'}),
  ok('1985-04/', '1985-04-01', '1985-05-01', {openEnd: 'unknown'}),
  ok('1985/', '1985-01-01', '1986-01-01', {openEnd: 'unknown'}),
  ok('/1985-04-12', '1985-04-12', '1985-04-13', {openStart: 'unknown'}),
  ok('/1985-04', '1985-04-01', '1985-05-01', {openStart: 'unknown'}),
  ok('/1985', '1985-01-01', '1986-01-01', {openStart: 'unknown'}),
  ok('-1985', '-001985-01-01', '-001984-01-01'),
  ok('1984~/2004-06', '1984-01-01', '2004-07-01'),
  ok('1984/2004-06~', '1984-01-01', '2004-07-01'),
  ok('1984~/2004~', '1984-01-01', '2005-01-01'),
  ok('1984?/2004%', '1984-01-01', '2005-01-01'),
  ok('1984-06?/2004-08?', '1984-06-01', '2004-09-01'),
  ok('1984-06-02?/2004-08-08~', '1984-06-02', '2004-08-09'),
  ok('1984-06-02?/..', '1984-06-02', '1984-06-03', {openEnd: 'open', uncertain: true}),
];

/** What issue #17 saw fail, as JavaScript and newsrooms write it. */
const ISSUE_17: Row[] = [
  ok('2023-03-20T09:00:00.000Z', '2023-03-20T09:00:00.000Z', '2023-03-20T09:00:00.001Z', {precision: 'second'}, 'toISOString()'),
  ok('-0043-03-15', '-000043-03-15', '-000043-03-16', {precision: 'day'}, 'the Ides of March, proleptic Gregorian'),
  ok('Y-20000', '-020000-01-01', '-019999-01-01'),
  ok('2014/..', '2014-01-01', '2015-01-01', {openEnd: 'open'}),
  ok('../1991', '1991-01-01', '1992-01-01', {openStart: 'open'}),
  ok('2022-22', '2022-06-01', '2022-09-01', {season: 'summer'}),
  no('2023-03-20T09:00:00+15', 'offset-range'),
  no('2023-03-20T09:00:00-00:00', 'offset-range'),
];

const TABLES: [string, Row[]][] = [
  ['edtf.js level 0', EDTF_JS_LEVEL_0],
  ['edtf.js level 1', EDTF_JS_LEVEL_1],
  ['edtf.js level 2', EDTF_JS_LEVEL_2],
  ['edtf.js other', EDTF_JS_OTHER],
  ['Library of Congress level 0', LOC_LEVEL_0],
  ['Library of Congress level 1', LOC_LEVEL_1],
  ['issue 17', ISSUE_17],
];

function check(row: Row): void {
  const label = JSON.stringify(row.input);
  if ('code' in row) {
    let error: unknown;
    try {
      parseEdtf(row.input);
    } catch (e) {
      error = e;
    }
    expect(error, `${label} should be rejected`).to.be.instanceOf(EdtfError);
    expect((error as EdtfError).code, label).to.equal(row.code);
    expect((error as EdtfError).message, label).to.contain(JSON.stringify(row.input.trim()));
    return;
  }
  const date = parseEdtf(row.input);
  const tolerance = Math.abs(row.start) > 2 ** 53 ? Math.abs(row.start) * 1e-12 : 0;
  expect(date.start, `${label} start`).to.be.closeTo(row.start, tolerance);
  expect(date.end, `${label} end`).to.be.closeTo(row.end, tolerance);
  const point = date.openStart ? date.to : date.from;
  for (const [key, value] of Object.entries(row.flags ?? {})) {
    const actual = key === 'openStart' || key === 'openEnd' ? date[key] : point[key as keyof EdtfPoint];
    expect(actual, `${label} ${key}`).to.equal(value);
  }
}

describe('EDTF strings of edtf.js and the Library of Congress specification', () => {
  for (const [name, rows] of TABLES) {
    it(`${name}: ${rows.length} strings accepted with their bounds, or rejected with their reason`, () => {
      for (const row of rows) check(row);
    });
  }

  it('covers every string of both sources once per table', () => {
    const total = TABLES.reduce((n, [, rows]) => n + rows.length, 0);
    expect(total).to.be.greaterThan(180);
    for (const [name, rows] of TABLES) {
      const inputs = rows.map((r) => r.input);
      expect(new Set(inputs).size, `${name} has a duplicate`).to.equal(inputs.length);
    }
  });

  it("reads the southern hemisphere's seasons when asked", () => {
    const summer = parseEdtf('2022-22', {hemisphere: 'southern'});
    expect([summer.start, summer.end]).to.deep.equal([ms('2022-12-01'), ms('2023-03-01')]);
    const winter = parseEdtf('2022-24', {hemisphere: 'southern'});
    expect([winter.start, winter.end]).to.deep.equal([ms('2022-06-01'), ms('2022-09-01')]);
  });
});
