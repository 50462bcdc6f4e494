/**
 * EDTF (ISO 8601-2, Library of Congress) parsing: all of level 0 and level 1 — qualifiers `? ~ %`,
 * unspecified digits (`201X`, `2004-XX`, `1985-04-XX`), seasons 21–24, negative years, `Y` years,
 * open and unknown interval ends (`2014/..`, `/1985`) — and ISO date-times as JavaScript writes them
 * (`2023-03-20T09:00:00.000Z`). Level 2 is rejected by name. Every calendar date is read in UTC, so
 * the same string gives the same instants whatever the reader's time zone; the calendar is the
 * proleptic Gregorian one that ISO 8601 uses, before 1582 too.
 */
import {daysInMonth, fitsDate, seasonBounds, utc, type Hemisphere} from './calendar.js';
import {checkDay, checkMonth, negativeZero, type Context} from './date-fields.js';
import {EDTF_FORMATS, EdtfError, type EdtfErrorParams} from './edtf-error.js';
import type {EdtfDate, EdtfPoint, OpenEnd} from './types.js';
import {parseDateTime} from './date-time.js';

export {EdtfError} from './edtf-error.js';
export type {EdtfErrorCode, EdtfErrorParams} from './edtf-error.js';
export type {Hemisphere} from './calendar.js';

/** Options for {@link parseEdtf}. */
export interface ParseOptions {
  /** Whose seasons `-21`…`-24` name: `northern` (default; summer is June–August) or `southern` (summer is December–February). */
  hemisphere?: Hemisphere;
}

const EXPECTED = `expected ${EDTF_FORMATS}`;

/** `2018`, `2022-02`, `2023-03-17`, with a month that exists: most dates, read without the general parser. */
const PLAIN = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(\d\d))?)?$/;
/** A date: a sign, a year (whose last one or two digits may be X), a month, season or XX, a day or XX, a qualifier. */
const DATE = /^(-?)(\d\d(?:\d\d|\dX|XX))(?:-(\d\d|XX)(?:-(\d\d|XX))?)?([?~%])?$/;
/** A year beyond four digits: `Y10000`, `Y-170000002`. */
const Y_YEAR = /^Y(-?)(\d+)$/;
/** Past this many digits a year's instants lose all meaning as numbers. */
const MAX_YEAR_DIGITS = 15;

/**
 * Parses an EDTF string: `2018`, `2022-02`, `2023-03-17`, `2023-03-17T10:30:00Z` (fractional seconds,
 * `±hh:mm` within ±14:00, converted to UTC), a trailing qualifier (`2018~`, `2023-03-17?`, `2022-02%`),
 * a season (`2022-22`), unspecified digits (`201X`, `1985-04-XX`), a negative or long year (`-0043-03-15`,
 * `Y-20000`), or an interval `a/b` of any two of those, one of whose ends may be open (`..`) or unknown (empty).
 * @throws {EdtfError} whose message names the input and what is wrong with it.
 */
export function parseEdtf(input: string, options: ParseOptions = {}): EdtfDate {
  if (typeof input !== 'string') {
    throw new EdtfError(String(input), `${describe(input)} is not an EDTF date: expected a string`, 'not-string', {
      type: describe(input),
    });
  }
  // Most dates are a plain year, month or day: read at once, to the same answer as below.
  const [, y, m, d] = PLAIN.exec(input) ?? [];
  if (y && !(d && (d < '01' || +d > daysInMonth(+y, +m! - 1)))) {
    const year = +y;
    const month = m ? +m - 1 : 0;
    const day = d ? +d : 1;
    const start = utc(year, month, day);
    // The next day, month or year (Date.UTC carries day 32 and month 12 over).
    const end = utc(year, month + (d ? 0 : m ? 1 : 12), day + (d ? 1 : 0));
    const point: EdtfPoint = {start, end, precision: d ? 'day' : m ? 'month' : 'year', approximate: false, uncertain: false, year};
    return {edtf: input, start, end, from: point, to: point, isInterval: false};
  }
  const edtf = input.trim();
  const ctx: Context = {input, quoted: JSON.stringify(edtf)};
  const {quoted} = ctx;
  if (edtf === '') throw new EdtfError(input, `"" is not an EDTF date: the string is empty (${EXPECTED})`, 'empty');
  rejectLevel2(edtf, ctx);

  const sides = edtf.split('/');
  if (sides.length > 2) {
    throw new EdtfError(input, `${quoted} is not an EDTF date: an interval has exactly one "/"`, 'interval-slashes');
  }
  if (sides.length === 1) {
    const point = parsePoint(edtf, ctx, options);
    return {edtf, start: point.start, end: point.end, from: point, to: point, isInterval: false};
  }

  const [a, b] = sides as [string, string];
  const openStart = openSide(a);
  const openEnd = openSide(b);
  if (openStart && openEnd) {
    throw new EdtfError(
      input,
      `${quoted} is not a valid interval: neither end is a date (give at least one: "2014/..", "../1991", "/1985")`,
      'open-interval',
    );
  }
  if (/X/.test(edtf)) throw unsupported(ctx, 'unspecified digits ("X") in an interval (EDTF level 2)', 'unspecified-digits');
  if (openStart || openEnd) {
    const point = parsePoint(openStart ? b : a, ctx, options);
    return {edtf, start: point.start, end: point.end, from: point, to: point, isInterval: true, ...(openStart ? {openStart} : {openEnd})};
  }
  const from = parsePoint(a, ctx, options);
  const to = parsePoint(b, ctx, options);
  // The end side may be coarser than the start (`2023-05/2023`); only an empty interval is wrong.
  if (to.end <= from.start) {
    throw new EdtfError(input, `${quoted} is not a valid interval: it ends (${b}) before it starts (${a})`, 'interval-order', {
      start: a,
      end: b,
    });
  }
  return {edtf, start: from.start, end: to.end, from, to, isInterval: true};
}

/** Like {@link parseEdtf}, but returns the error instead of throwing it. */
export function tryParseEdtf(input: string, options?: ParseOptions): EdtfDate | EdtfError {
  try {
    return parseEdtf(input, options);
  } catch (error) {
    if (error instanceof EdtfError) return error;
    throw error;
  }
}

/** Whether `input` is an EDTF date {@link parseEdtf} accepts. */
export function isEdtf(input: string, options?: ParseOptions): boolean {
  return !(tryParseEdtf(input, options) instanceof EdtfError);
}

/**
 * The error for a parsed date that a `Date` cannot hold (before about 271,821 BCE or after 275,759):
 * `Y170000002` is valid EDTF, but no time scale or Intl formatter can place it. Undefined when it fits.
 */
export function beyondDateRange(date: EdtfDate, input: string = date.edtf): EdtfError | undefined {
  if (fitsDate(date.start) && fitsDate(date.end)) return undefined;
  return new EdtfError(
    input,
    `${JSON.stringify(date.edtf)} is valid EDTF but beyond the years a timeline can draw (271,821 BCE to 275,759 CE)`,
    'year-range',
  );
}

function openSide(side: string): OpenEnd | undefined {
  return side === '' ? 'unknown' : side === '..' ? 'open' : undefined;
}

function unsupported({input, quoted}: Context, what: string, feature: EdtfErrorParams['feature']): EdtfError {
  return new EdtfError(input, `${quoted} uses an EDTF feature that is not supported: ${what}`, 'unsupported', {feature});
}

/** Names EDTF level 2 features, rather than calling them malformed. */
function rejectLevel2(edtf: string, ctx: Context): void {
  if (/[[\]{}]/.test(edtf)) throw unsupported(ctx, 'sets ("[…]", "{…}"; EDTF level 2)', 'set');
  if (/(^|\/)[?~%]|[?~%](?=[\dX-])/.test(edtf)) {
    throw unsupported(ctx, 'qualifiers inside or before a date (EDTF level 2; only at its end: "2023-03-17?")', 'inner-qualifier');
  }
  if (/\dE\d/.test(edtf)) throw unsupported(ctx, 'exponents in years ("Y17E7"; EDTF level 2)', 'exponent');
  if (/\dS\d/.test(edtf)) throw unsupported(ctx, 'significant digits ("1950S2"; EDTF level 2)', 'significant-digits');
}

function parsePoint(text: string, ctx: Context, options: ParseOptions): EdtfPoint {
  if (text.startsWith('Y')) return parseLongYear(text, ctx);
  if (text.includes('T')) return parseDateTime(text, ctx);
  const match = DATE.exec(text);
  if (!match) {
    if (/X/.test(text)) {
      throw unsupported(
        ctx,
        'unspecified digits ("X") other than a year\'s last one or two (201X, 20XX), a month (2004-XX) or a day (1985-04-XX) (EDTF level 2)',
        'unspecified-digits',
      );
    }
    throw new EdtfError(ctx.input, `${ctx.quoted} is not an EDTF date (${EXPECTED})`, 'not-edtf');
  }
  const [, sign, y, m, d, qualifier] = match as unknown as [
    string,
    string,
    string,
    string | undefined,
    string | undefined,
    string | undefined,
  ];
  if (sign && /^0+$/.test(y)) throw negativeZero(ctx);
  const qualifiers = {
    approximate: qualifier === '~' || qualifier === '%',
    uncertain: qualifier === '?' || qualifier === '%',
  };
  if (y.includes('X')) {
    if (m !== undefined) {
      throw unsupported(
        ctx,
        'unspecified digits ("X") in the year of a month or day (EDTF level 2; level 1 has them in a year alone: 201X)',
        'unspecified-digits',
      );
    }
    return unspecifiedYears(sign === '-', y, qualifiers);
  }
  const year = sign ? -Number(y) : Number(y);
  const point = (start: number, end: number, precision: EdtfPoint['precision'], extra: Partial<EdtfPoint> = {}): EdtfPoint => ({
    start,
    end,
    precision,
    ...qualifiers,
    year,
    ...extra,
  });
  if (m === undefined) return point(utc(year, 0, 1), utc(year + 1, 0, 1), 'year');
  if (m === 'XX') {
    if (d !== undefined && d !== 'XX') {
      throw unsupported(ctx, 'a day under an unspecified month ("2004-XX-05"; EDTF level 2)', 'unspecified-digits');
    }
    return point(utc(year, 0, 1), utc(year + 1, 0, 1), 'year', {unspecified: d === undefined ? 'month' : 'month-and-day'});
  }
  const monthNumber = Number(m);
  if (d === undefined && monthNumber >= 21 && monthNumber <= 41) {
    if (monthNumber > 24) {
      throw unsupported(ctx, 'seasons, quarters and halves 25–41 (EDTF level 2; level 1 has the seasons 21–24)', 'season');
    }
    const {season, start, end} = seasonBounds(year, monthNumber as 21 | 22 | 23 | 24, options.hemisphere);
    return point(start, end, 'season', {season});
  }
  const month = checkMonth(monthNumber, ctx);
  if (d === undefined) return point(utc(year, month, 1), utc(year, month + 1, 1), 'month');
  if (d === 'XX') return point(utc(year, month, 1), utc(year, month + 1, 1), 'month', {unspecified: 'day'});
  const day = checkDay(year, month, Number(d), ctx);
  return point(utc(year, month, day), utc(year, month, day + 1), 'day');
}

/** `201X` (a decade) or `20XX` (a century); with a sign, the same years before year 0. */
function unspecifiedYears(negative: boolean, digits: string, qualifiers: Pick<EdtfPoint, 'approximate' | 'uncertain'>): EdtfPoint {
  const unknownDigits = digits.length - digits.replace(/X/g, '').length;
  const span = 10 ** unknownDigits;
  const base = Number(digits.replace(/X/g, '0'));
  // -201X is the years -2019 to -2010: the X digits count away from zero.
  const first = negative ? -(base + span - 1) : base;
  return {
    start: utc(first, 0, 1),
    end: utc(first + span, 0, 1),
    precision: unknownDigits === 1 ? 'decade' : 'century',
    ...qualifiers,
    year: first,
  };
}

/** `Y10000`, `Y-170000002`: a year alone, more than four digits, no qualifier. */
function parseLongYear(text: string, ctx: Context): EdtfPoint {
  const {input, quoted} = ctx;
  const match = Y_YEAR.exec(text);
  if (!match) {
    if (/^Y-?\d+[?~%]$/.test(text)) throw unsupported(ctx, 'qualifiers on a "Y" year', 'long-year');
    if (/^Y-?[\dX]+$/.test(text)) throw unsupported(ctx, 'unspecified digits ("X") in a "Y" year', 'long-year');
    throw new EdtfError(
      input,
      `${quoted} is not an EDTF date: a "Y" year is a year alone, "Y" then its digits (Y10000, Y-170000002)`,
      'not-edtf',
    );
  }
  const [, sign, digits] = match as unknown as [string, string, string];
  if (digits.length <= 4 || digits.startsWith('0')) {
    throw new EdtfError(
      input,
      `${quoted} is not an EDTF date: a "Y" year has more than four digits and no leading zero (Y10000); shorter years are written YYYY`,
      'not-edtf',
    );
  }
  if (digits.length > MAX_YEAR_DIGITS) {
    throw new EdtfError(input, `${quoted} is not a supported date: years have at most ${MAX_YEAR_DIGITS} digits`, 'year-range');
  }
  const year = sign ? -Number(digits) : Number(digits);
  return {start: utc(year, 0, 1), end: utc(year + 1, 0, 1), precision: 'year', approximate: false, uncertain: false, year};
}

function describe(value: unknown): string {
  return value === null ? 'null' : typeof value;
}
