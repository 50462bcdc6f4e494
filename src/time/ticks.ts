/** Axis tick labels in a locale, at the granularity the ticks step by. Pure; UTC throughout. */

const DAY = 864e5;

export type TickUnit = 'year' | 'month' | 'day' | 'hour';

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

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {...options, timeZone: 'UTC'});
    cache.set(key, f);
  }
  return f;
}

/**
 * Returns a tick formatter for these ticks. The first tick and each change of the
 * larger unit (a new year among months, a new month among days, a new day among hours) carry
 * that larger unit, so a reader always knows where on the calendar the axis is.
 */
export function tickFormat(ticks: readonly Date[], locale: string): (d: Date, i: number) => string {
  const unit = tickUnit(ticks);
  return (d, i) => {
    const prev = i > 0 ? ticks[i - 1] : undefined;
    const newYear = !prev || prev.getUTCFullYear() !== d.getUTCFullYear();
    switch (unit) {
      case 'year':
        return formatter(locale, {year: 'numeric'}).format(d);
      case 'month':
        return formatter(locale, newYear ? {month: 'short', year: 'numeric'} : {month: 'short'}).format(d);
      case 'day': {
        const newMonth = newYear || prev!.getUTCMonth() !== d.getUTCMonth();
        return formatter(locale, newYear ? {day: 'numeric', month: 'short', year: 'numeric'} : newMonth ? {day: 'numeric', month: 'short'} : {day: 'numeric'}).format(d);
      }
      case 'hour': {
        const newDay = !prev || Math.floor(+prev / DAY) !== Math.floor(+d / DAY);
        // A day that starts at its tick is named by its date alone ("Mar 21", not "Mar 21, 12:00 AM"):
        // short enough that the axis never hides it for the hours around it.
        return formatter(
          locale,
          newDay ? (+d % DAY ? {day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit'} : {day: 'numeric', month: 'short'}) : {hour: 'numeric', minute: '2-digit'},
        ).format(d);
      }
    }
  };
}
