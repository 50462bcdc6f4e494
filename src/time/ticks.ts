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

/**
 * Returns a tick formatter for these ticks. The first tick and each change of the
 * larger unit (a new year among months, a new month among days, a new day among hours) carry
 * that larger unit, so a reader always knows where on the calendar the axis is. When the axis
 * reaches year 0 (1 BCE) or before, every year carries its era ("44 BC", "AD 14"), so that
 * year 0 never reads as 1.
 */
export function tickFormat(ticks: readonly Date[], locale: string, {zone = true}: TickFormatOptions = {}): (d: Date, i: number) => string {
  const unit = tickUnit(ticks);
  const era: Intl.DateTimeFormatOptions = ticks.some((t) => t.getUTCFullYear() <= 0) ? {era: 'short'} : {};
  const newDay = (i: number) => i === 0 || Math.floor(+ticks[i - 1]! / DAY) !== Math.floor(+ticks[i]! / DAY);
  // A day that starts at its tick is named by its date alone ("Mar 21", not "Mar 21, 00:00"):
  // short enough that the axis never hides it for the hours around it.
  const showsTime = (i: number) => !(newDay(i) && +ticks[i]! % DAY === 0);
  const zoneAt = unit === 'hour' && zone ? ticks.findIndex((_, i) => showsTime(i)) : -1;
  return (d, i) => {
    const prev = i > 0 ? ticks[i - 1] : undefined;
    const newYear = !prev || prev.getUTCFullYear() !== d.getUTCFullYear();
    switch (unit) {
      case 'year':
        return formatter(locale, {year: 'numeric', ...era}).format(d);
      case 'month':
        return formatter(locale, newYear ? {month: 'short', year: 'numeric', ...era} : {month: 'short'}).format(d);
      case 'day': {
        const newMonth = newYear || prev!.getUTCMonth() !== d.getUTCMonth();
        return formatter(
          locale,
          newYear
            ? {day: 'numeric', month: 'short', year: 'numeric', ...era}
            : newMonth
              ? {day: 'numeric', month: 'short'}
              : {day: 'numeric'},
        ).format(d);
      }
      case 'hour': {
        if (!showsTime(i)) return formatter(locale, {day: 'numeric', month: 'short'}).format(d);
        const time: Intl.DateTimeFormatOptions = i === zoneAt ? {...TIME, timeZoneName: 'short'} : TIME;
        return formatter(locale, newDay(i) ? {day: 'numeric', month: 'short', ...time} : time).format(d);
      }
    }
  };
}
