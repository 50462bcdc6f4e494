/**
 * Calendar arithmetic for relative phrases, with date-fns. A day is held as a Date at noon
 * in the runtime's calendar: whole-day arithmetic there is the same as in UTC (calendars do
 * not differ by zone), and noon keeps daylight-saving shifts from ever crossing midnight.
 * Fields are read back with the same calendar, so no zone leaks into the result.
 */
import {addDays, addMonths, endOfISOWeek, getDaysInMonth, startOfISOWeek} from 'date-fns';
import type {CalendarPoint, Season} from './types.js';

export type Direction = 'past' | 'future';

/** A calendar day as a Date (noon, runtime calendar). */
export function toDate(p: CalendarPoint): Date {
  return new Date(p.year, (p.month ?? 1) - 1, p.day ?? 1, 12);
}

/** The calendar day of a Date made by {@link toDate} or date-fns from one. */
export function toDay(d: Date): Required<CalendarPoint> {
  return {year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate()};
}

export function shiftDays(p: CalendarPoint, days: number): Required<CalendarPoint> {
  return toDay(addDays(toDate(p), days));
}

/** The month `months` away from the month of `p`. */
export function shiftMonths(p: CalendarPoint, months: number): CalendarPoint {
  const d = addMonths(toDate({year: p.year, month: p.month ?? 1, day: 1}), months);
  return {year: d.getFullYear(), month: d.getMonth() + 1};
}

/** Monday to Sunday of the week `weeks` away from the week holding `p` (ISO weeks). */
export function weekOf(p: CalendarPoint, weeks = 0): {start: CalendarPoint; end: CalendarPoint} {
  const d = addDays(toDate(p), 7 * weeks);
  return {start: toDay(startOfISOWeek(d)), end: toDay(endOfISOWeek(d))};
}

/** The last day of a month. */
export function lastDayOf(year: number, month: number): number {
  return getDaysInMonth(toDate({year, month, day: 1}));
}

/** The weekday (0 = Sunday … 6 = Saturday) nearest `ref` in `direction`; the reference day itself counts. */
export function nearestWeekday(ref: CalendarPoint, weekday: number, direction: Direction): Required<CalendarPoint> {
  const refDay = toDate(ref).getDay();
  const delta = direction === 'past' ? -((refDay - weekday + 7) % 7) : (weekday - refDay + 7) % 7;
  return shiftDays(ref, delta);
}

/**
 * A month (and day) without a year, placed in the year that makes it fall on the side of
 * `ref` the sentence's tense points to. The reference month itself counts for both sides.
 */
export function placeInYear(ref: Required<CalendarPoint>, month: number, day: number | undefined, direction: Direction): number {
  const given = month * 100 + (day ?? 0);
  const today = ref.month * 100 + (day === undefined ? 0 : ref.day);
  if (direction === 'past') return given <= today ? ref.year : ref.year - 1;
  return given >= today ? ref.year : ref.year + 1;
}

/** Days from `b` to `a` (both calendar points, missing fields as the middle of their span). */
function daysBetween(a: CalendarPoint, b: CalendarPoint): number {
  return Math.round(
    (toDate({year: a.year, month: a.month ?? 7, day: a.day ?? 15}).getTime() - toDate({...b, day: b.day ?? 15}).getTime()) / 864e5,
  );
}

/** What is known when placing a month (and day) written without a year. */
export interface YearlessContext {
  /** The publication day. */
  ref: Required<CalendarPoint>;
  /** The tense of the clause, and whether a clear marker gave it. */
  tense: {direction: Direction; certain: boolean};
  /** A day or month the story is telling, far from the publication year ("On Jan. 31, 1953 … on Feb. 6"). */
  story?: CalendarPoint | undefined;
}

/**
 * The year of a month (and day) written without one. In a story told in another year, the
 * year that puts it nearest the story's last date. Otherwise the side of the publication day the
 * tense points to; but when the tense is unclear ("filed in September", a bare present) and the
 * other side's date is within two months of the day, that one: news style leaves out the current year.
 */
export function placeYearless(month: number, day: number | undefined, {ref, tense, story}: YearlessContext): number {
  if (story) {
    return [story.year - 1, story.year, story.year + 1]
      .map((year) => ({year, distance: Math.abs(daysBetween({year, month, ...(day === undefined ? {} : {day})}, story))}))
      .reduce((a, b) => (b.distance < a.distance ? b : a)).year;
  }
  const year = placeInYear(ref, month, day, tense.direction);
  if (tense.certain) return year;
  // An unclear tense gives way to a date within two months on the other side of the day.
  const other = placeInYear(ref, month, day, tense.direction === 'past' ? 'future' : 'past');
  return Math.abs(daysBetween({year: other, month, ...(day === undefined ? {} : {day})}, ref)) <= NEAR_DAYS ? other : year;
}

/** How near the publication day a year-less date must be to be read against an unclear tense. */
const NEAR_DAYS = 62;

/** Meteorological seasons, northern hemisphere: the first and last month, winter running into the next year. */
const SEASON_MONTHS: Record<Season, [number, number]> = {spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 2]};

/** The months a season of `year` covers; winter 2022 is December 2022 to February 2023. */
export function seasonSpan(season: Season, year: number): {start: CalendarPoint; end: CalendarPoint} {
  const [first, last] = SEASON_MONTHS[season];
  return {start: {year, month: first}, end: {year: last < first ? year + 1 : year, month: last}};
}

/** The season a day falls in, named by the year it starts in. */
export function seasonOf(p: Required<CalendarPoint>): {season: Season; year: number} {
  const m = p.month;
  if (m >= 3 && m <= 5) return {season: 'spring', year: p.year};
  if (m >= 6 && m <= 8) return {season: 'summer', year: p.year};
  if (m >= 9 && m <= 11) return {season: 'autumn', year: p.year};
  return {season: 'winter', year: m === 12 ? p.year : p.year - 1};
}

/**
 * The year of a season named without one. `last` is the latest that has ended before `ref`,
 * `next` the first that starts after it, `this` the one of `ref`'s year (the current one for
 * winter when `ref` is in it); a bare name follows the tense, counting the current season.
 */
export function placeSeason(ref: Required<CalendarPoint>, season: Season, how: 'last' | 'this' | 'next' | Direction): number {
  const refKey = ref.year * 100 + ref.month;
  const key = (p: CalendarPoint) => p.year * 100 + (p.month ?? 1);
  const current = seasonOf(ref);
  if (how === 'this') return current.season === 'winter' && season === 'winter' ? current.year : ref.year;
  for (let step = 0; step < 3; step++) {
    const year = how === 'last' || how === 'past' ? ref.year - step : ref.year + step - 1;
    const span = seasonSpan(season, year);
    if (how === 'last' && key(span.end) < refKey) return year;
    if (how === 'past' && key(span.start) <= refKey) return year;
    if (how === 'next' && key(span.start) > refKey) return year;
    if (how === 'future' && key(span.end) >= refKey) return year;
  }
  return ref.year;
}
