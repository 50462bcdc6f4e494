/**
 * EDTF (ISO 8601-2, Library of Congress) parsing: level 0 plus the level 1
 * qualifiers `?`, `~`, `%`. Every date is a calendar date in UTC, so the same
 * string gives the same instants whatever the reader's time zone.
 */
import {getDaysInMonth} from 'date-fns';
import type {EdtfDate, EdtfPoint} from './types.js';

/** Why a string is not an EDTF date this module supports: a stable key for programs and translations. */
export type EdtfErrorCode =
  | 'not-string'
  | 'empty'
  | 'unsupported'
  | 'interval-slashes'
  | 'open-interval'
  | 'interval-order'
  | 'qualifier-on-time'
  | 'not-edtf'
  | 'month-range'
  | 'day-zero'
  | 'day-range'
  | 'time-range';

/** The details of an {@link EdtfError}, by code; all plain values so that messages can be rebuilt in any language. */
export type EdtfErrorParams = {
  /** `unsupported`: which EDTF feature. */
  feature?: 'long-year' | 'unspecified-digits' | 'set' | 'negative-year' | 'season' | 'inner-qualifier';
  /** `interval-order`: the two sides as written. */
  start?: string;
  end?: string;
  /** `month-range`, `day-range`: the month (1–12) as written; `day-range` also the year and its days. */
  month?: number;
  year?: number;
  days?: number;
  /** `time-range`: which part, the number written and the largest allowed. */
  unit?: 'hour' | 'minute' | 'second' | 'offset-hour' | 'offset-minute';
  actual?: number;
  max?: number;
  /** `not-string`: the type given. */
  type?: string;
};

/** Thrown (or returned by {@link tryParseEdtf}) when a string is not an EDTF date this module supports. */
export class EdtfError extends Error {
  /** The string that failed to parse, as given. */
  readonly input: string;
  /** Why, as a stable key; the message says the same in English. */
  readonly code: EdtfErrorCode;
  readonly params: Readonly<EdtfErrorParams>;

  constructor(input: string, message: string, code: EdtfErrorCode = 'not-edtf', params: EdtfErrorParams = {}) {
    super(message);
    this.name = 'EdtfError';
    this.input = input;
    this.code = code;
    this.params = params;
  }
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** The input as given (for the error) and as quoted in messages (trimmed). */
interface Context {
  input: string;
  quoted: string;
}

const EXPECTED = 'expected YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm:ss or an interval a/b';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z|[+-]\d{2}(?::\d{2})?)?$/;

/**
 * Parses an EDTF string: `2018`, `2022-02`, `2023-03-17`, `2023-03-17T10:30:00Z`
 * (or `±hh:mm`, converted to UTC), a trailing qualifier (`2018~`, `2023-03-17?`, `2022-02%`),
 * or an interval `a/b` of any two of those.
 * @throws {EdtfError} whose message names the input and what is wrong with it.
 */
export function parseEdtf(input: string): EdtfDate {
  if (typeof input !== 'string') {
    throw new EdtfError(String(input), `${describe(input)} is not an EDTF date: expected a string`, 'not-string', {
      type: describe(input),
    });
  }
  const edtf = input.trim();
  const ctx: Context = {input, quoted: JSON.stringify(edtf)};
  const {quoted} = ctx;
  if (edtf === '') throw new EdtfError(input, `"" is not an EDTF date: the string is empty (${EXPECTED})`, 'empty');
  rejectUnsupported(edtf, ctx);

  const sides = edtf.split('/');
  if (sides.length > 2) {
    throw new EdtfError(input, `${quoted} is not an EDTF date: an interval has exactly one "/"`, 'interval-slashes');
  }
  if (sides.length === 1) {
    const point = parsePoint(edtf, ctx);
    return {edtf, start: point.start, end: point.end, from: point, to: point, isInterval: false};
  }

  const [a, b] = sides as [string, string];
  if (a === '' || b === '' || a === '..' || b === '..') {
    throw new EdtfError(
      input,
      `${quoted} has an open or unknown interval end ("..", or an empty side), which is not supported: give both dates`,
      'open-interval',
    );
  }
  const from = parsePoint(a, ctx);
  const to = parsePoint(b, ctx);
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
export function tryParseEdtf(input: string): EdtfDate | EdtfError {
  try {
    return parseEdtf(input);
  } catch (error) {
    if (error instanceof EdtfError) return error;
    throw error;
  }
}

/** Whether `input` is an EDTF date {@link parseEdtf} accepts. */
export function isEdtf(input: string): boolean {
  return !(tryParseEdtf(input) instanceof EdtfError);
}

/** Names EDTF features that exist but are out of scope, rather than calling them malformed. */
function rejectUnsupported(edtf: string, {input, quoted}: Context): void {
  const unsupported = (what: string, feature: EdtfErrorParams['feature']) =>
    new EdtfError(input, `${quoted} uses an EDTF feature that is not supported: ${what}`, 'unsupported', {feature});
  if (/(^|\/)Y/.test(edtf)) throw unsupported('years beyond four digits ("Y…")', 'long-year');
  if (/X/.test(edtf)) throw unsupported('unspecified digits ("X")', 'unspecified-digits');
  if (/[[\]{}]/.test(edtf)) throw unsupported('sets ("[…]", "{…}")', 'set');
  if (/(^|\/)-\d/.test(edtf)) throw unsupported('negative years', 'negative-year');
  if (/\d{4}-(2[1-9]|3\d|4[01])([?~%]|$|\/)/.test(edtf)) throw unsupported('seasons and quarters (months 21–41)', 'season');
  if (/[?~%](?=[\d-])/.test(edtf)) throw unsupported('qualifiers inside a date (only at its end: "2023-03-17?")', 'inner-qualifier');
}

function parsePoint(text: string, ctx: Context): EdtfPoint {
  const dateTime = DATE_TIME.exec(text);
  if (dateTime) return parseDateTime(dateTime, ctx);

  const date = DATE.exec(text);
  if (!date) {
    const {input, quoted} = ctx;
    if (/T/.test(text) && /[?~%]$/.test(text)) {
      throw new EdtfError(input, `${quoted} is not an EDTF date: qualifiers apply to dates, not to date-times`, 'qualifier-on-time');
    }
    throw new EdtfError(input, `${quoted} is not an EDTF date (${EXPECTED})`, 'not-edtf');
  }
  const [, y, m, d, qualifier] = date;
  const year = Number(y);
  const qualifiers = {
    approximate: qualifier === '~' || qualifier === '%',
    uncertain: qualifier === '?' || qualifier === '%',
  };
  if (m === undefined) {
    return {start: utc(year, 0, 1), end: utc(year + 1, 0, 1), precision: 'year', ...qualifiers};
  }
  const month = checkMonth(Number(m), ctx);
  if (d === undefined) {
    return {start: utc(year, month, 1), end: utc(year, month + 1, 1), precision: 'month', ...qualifiers};
  }
  const day = checkDay(year, month, Number(d), ctx);
  return {start: utc(year, month, day), end: utc(year, month, day + 1), precision: 'day', ...qualifiers};
}

function parseDateTime(match: RegExpExecArray, ctx: Context): EdtfPoint {
  const [, y, m, d, hh, mm, ss, zone] = match;
  const year = Number(y);
  const month = checkMonth(Number(m), ctx);
  const day = checkDay(year, month, Number(d), ctx);
  const hour = checkRange(Number(hh), 23, 'hour', ctx);
  const minute = checkRange(Number(mm), 59, 'minute', ctx);
  const second = checkRange(Number(ss), 59, 'second', ctx);
  const start = utc(year, month, day, hour, minute, second) - offsetMs(zone, ctx);
  return {start, end: start + 1000, precision: 'second', approximate: false, uncertain: false};
}

/** `Z`, `+05`, `-03:30`, or none (read as UTC) to milliseconds east of UTC. */
function offsetMs(zone: string | undefined, ctx: Context): number {
  if (zone === undefined || zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const hours = checkRange(Number(zone.slice(1, 3)), 23, 'offset-hour', ctx);
  const minutes = checkRange(Number(zone.slice(4, 6) || '0'), 59, 'offset-minute', ctx);
  return sign * (hours * 60 + minutes) * 60_000;
}

/** Returns the month index (0–11) of a 1-based month, or throws. */
function checkMonth(month: number, {input, quoted}: Context): number {
  if (month < 1 || month > 12) {
    throw new EdtfError(
      input,
      `${quoted} is not a valid date: month ${pad(month)} does not exist (expected 01–12)`,
      'month-range',
      {month},
    );
  }
  return month - 1;
}

function checkDay(year: number, monthIndex: number, day: number, {input, quoted}: Context): number {
  if (day < 1) throw new EdtfError(input, `${quoted} is not a valid date: day 00 does not exist`, 'day-zero');
  // Every month has 28 days: only a later day needs its month's length.
  const days = day > 28 ? daysInMonth(year, monthIndex) : 28;
  if (day > days) {
    throw new EdtfError(
      input,
      `${quoted} is not a valid date: ${MONTHS[monthIndex]} ${pad(year, 4)} has ${days} days`,
      'day-range',
      {month: monthIndex + 1, year, days},
    );
  }
  return day;
}

function checkRange(value: number, max: number, unit: NonNullable<EdtfErrorParams['unit']>, {input, quoted}: Context): number {
  if (value > max) {
    const what = unit.replace('offset-', 'time-zone offset ');
    throw new EdtfError(input, `${quoted} is not a valid date-time: ${what} ${pad(value)} is out of range (00–${max})`, 'time-range', {
      unit,
      actual: value,
      max,
    });
  }
  return value;
}

/**
 * Days in a calendar month. date-fns reads local time, so it is given a local mid-month date:
 * no time zone can move that into another month. (Its `isExists` is not used: `new Date(y, …)`
 * maps years 0–99 onto 1900–1999, and it fails on days a zone skipped, like 2011-12-30 in Samoa.)
 */
function daysInMonth(year: number, monthIndex: number): number {
  const local = new Date(0);
  local.setFullYear(year, monthIndex, 15);
  return getDaysInMonth(local);
}

/** Milliseconds in 400 Gregorian years (146,097 days): the calendar repeats after them. */
const FOUR_CENTURIES = 146_097 * 86_400_000;

/**
 * `Date.UTC`, except that years 0–99 stay years 0–99 instead of becoming 1900–1999: computed
 * 400 years later, when every date falls on the same weekday and leap day, then moved back.
 */
function utc(year: number, monthIndex: number, day: number, hour = 0, minute = 0, second = 0): number {
  return Date.UTC(year + 400, monthIndex, day, hour, minute, second) - FOUR_CENTURIES;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function describe(value: unknown): string {
  return value === null ? 'null' : typeof value;
}
