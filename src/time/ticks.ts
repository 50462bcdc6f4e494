/** Axis tick labels in a locale, at the granularity the ticks step by. Pure; UTC throughout. */
import {dateTimeFormat} from './intl-cache.js';

const DAY = 864e5;

export type TickUnit = 'year' | 'month' | 'day' | 'hour';

/** Options for {@link tickFormat}. */
export interface TickFormatOptions {
  /**
   * Name the zone (`UTC`) on the first tick that shows a time of day, as the details do. Default true;
   * false for times written without a zone (local times, zone unknown), which name none.
   */
  zone?: boolean;
}

/** The unit a run of ticks steps by (the smallest gap between neighbours decides). */
export function tickUnit(ticks: readonly Date[]): TickUnit {
  let step = Infinity;
  for (let i = 1; i < ticks.length; i++) step = Math.min(step, +ticks[i]! - +ticks[i - 1]!);
  if (!Number.isFinite(step)) return 'year';
  if (step >= 360 * DAY) return 'year';
  if (step >= 28 * DAY) return 'month';
  if (step >= DAY) return 'day';
  return 'hour';
}

/** A tick formatter in UTC; 'en' second, as for the details (format.ts). */
const formatter = (locale: string, options: Intl.DateTimeFormatOptions) => dateTimeFormat([locale, 'en'], {...options, timeZone: 'UTC'});

/** A time of day as the details write it: 24-hour, two-digit hours. */
const TIME: Intl.DateTimeFormatOptions = {hour: '2-digit', minute: '2-digit', hourCycle: 'h23'};

/** Tick labels, and which of them begin a new year, month or day (see {@link tickLabels}). */
export interface TickLabels {
  labels: string[];
  /**
   * The ticks after the first that name a larger unit than their neighbours ("Mar 21" among hours,
   * "Apr 1" among days, "Jan 2024" among months): the axis keeps these before the others.
   */
  major: boolean[];
}

/**
 * Labels for these ticks. The first tick and each change of the larger unit (a new year among
 * months, a new month among days, a new day among hours) carry that larger unit, so a reader
 * always knows where on the calendar the axis is. When the axis reaches year 0 (1 BCE) or before,
 * every year carries its era ("44 BC", "AD 14"), so that year 0 never reads as 1.
 */
export function tickLabels(ticks: readonly Date[], locale: string, {zone = true}: TickFormatOptions = {}): TickLabels {
  const unit = tickUnit(ticks);
  const era: Intl.DateTimeFormatOptions = ticks.some((t) => t.getUTCFullYear() <= 0) ? {era: 'short'} : {};
  const newDay = (i: number) => i === 0 || Math.floor(+ticks[i - 1]! / DAY) !== Math.floor(+ticks[i]! / DAY);
  // A day that starts at its tick is named by its date alone ("Mar 21", not "Mar 21, 00:00"):
  // short enough that the axis never hides it for the hours around it.
  const showsTime = (i: number) => !(newDay(i) && +ticks[i]! % DAY === 0);
  const zoneAt = unit === 'hour' && zone ? ticks.findIndex((_, i) => showsTime(i)) : -1;
  const major: boolean[] = [];
  const labels = ticks.map((d, i) => {
    const prev = ticks[i - 1];
    const newYear = !prev || prev.getUTCFullYear() !== d.getUTCFullYear();
    // This tick names the larger unit: a new year among months, a new month among days, a new day among hours.
    const larger =
      unit === 'month' ? newYear : unit === 'day' ? newYear || prev.getUTCMonth() !== d.getUTCMonth() : unit === 'hour' && newDay(i);
    major.push(!!prev && larger);
    const year: Intl.DateTimeFormatOptions = newYear ? {year: 'numeric', ...era} : {};
    const time: Intl.DateTimeFormatOptions = i === zoneAt ? {...TIME, timeZoneName: 'short'} : TIME;
    const options: Intl.DateTimeFormatOptions =
      unit === 'year'
        ? {year: 'numeric', ...era}
        : unit === 'month'
          ? {month: 'short', ...year}
          : unit === 'day'
            ? larger
              ? {day: 'numeric', month: 'short', ...year}
              : {day: 'numeric'}
            : !showsTime(i)
              ? {day: 'numeric', month: 'short'}
              : larger
                ? {day: 'numeric', month: 'short', ...time}
                : time;
    return formatter(locale, options).format(d);
  });
  return {labels, major};
}

/** The labels of {@link tickLabels} as a d3-axis tick format for these same ticks. */
export function tickFormat(ticks: readonly Date[], locale: string, options?: TickFormatOptions): (d: Date, i: number) => string {
  const {labels} = tickLabels(ticks, locale, options);
  return (_d, i) => labels[i] ?? '';
}
