/**
 * Proleptic Gregorian calendar arithmetic in UTC for any year, as ISO 8601 and EDTF count them
 * (year 0 is 1 BCE). Pure; no time zone and no `Date` range limit (±271,821 years) in the maths.
 */
import type {Season} from './types.js';

/** Milliseconds in 400 Gregorian years (146,097 days): the calendar repeats after them. */
const FOUR_CENTURIES = 146_097 * 86_400_000;

/** The instants a `Date` can hold: ±8.64e15 ms from 1970 (ECMAScript's time value range). */
export const DATE_LIMIT_MS = 8.64e15;

/**
 * `Date.UTC` for any year, without its mapping of years 0–99 onto 1900–1999: the year is moved by
 * whole 400-year cycles (same weekdays, same leap days) into a range `Date.UTC` computes exactly,
 * and the cycles are added back. Beyond ±2^53 ms (about 285,000 years) the result is rounded.
 */
export function utc(year: number, monthIndex: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const cycles = Math.floor(year / 400);
  const inCycle = year - cycles * 400; // 0–399
  return Date.UTC(inCycle + 400, monthIndex, day, hour, minute, second, ms) + (cycles - 1) * FOUR_CENTURIES;
}

/** Days in a calendar month of a proleptic Gregorian year (any year, 0 and negative ones too). */
export function daysInMonth(year: number, monthIndex: number): number {
  if (monthIndex !== 1) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][monthIndex]!;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}

/** Which hemisphere's seasons EDTF's 21–24 name: meteorological seasons, whole months. */
export type Hemisphere = 'northern' | 'southern';

const SEASONS: readonly Season[] = ['spring', 'summer', 'autumn', 'winter'];

/**
 * A season's name and its months: meteorological seasons (spring is March–May in the north),
 * so that `2022-24` (winter 2022) runs from December 2022 to the end of February 2023.
 * In the south the names move by half a year: summer 2022 is December 2022 – February 2023.
 */
export function seasonBounds(
  year: number,
  code: 21 | 22 | 23 | 24,
  hemisphere: Hemisphere = 'northern',
): {season: Season; start: number; end: number} {
  const index = code - 21; // 0 spring … 3 winter
  // First month index of the season: spring starts in March (north) or September (south).
  const firstMonth = (2 + index * 3 + (hemisphere === 'southern' ? 6 : 0)) % 12;
  return {season: SEASONS[index]!, start: utc(year, firstMonth, 1), end: utc(year, firstMonth + 3, 1)};
}

/** Whether an instant fits in a `Date` (and so can be drawn on a d3 time scale and formatted by Intl). */
export function fitsDate(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= DATE_LIMIT_MS;
}
