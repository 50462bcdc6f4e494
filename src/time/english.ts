// English dates without Intl. A page's first Intl date or number formatter loads the browser's
// locale data: 40–110 ms on a desktop, ~300 ms on a phone (4× throttled), before the first label.
// For English (`en`, `en-US`), the formats the element draws are written here exactly as Intl writes
// them, so an English page draws without that wait; any other locale or option goes to Intl.
// tests/english.test.ts compares them with Intl's own output.

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
/** The options written here, with the values they may take. */
const KNOWN: Record<string, string> = {
  weekday: 'long',
  year: 'numeric',
  month: 'long short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
  timeZone: 'UTC',
};

/** Locales written here: `en` or `en-US` first (alone or in a list). */
export const isEnglish = (locales: unknown) => /^en(-US)?(,|$)/.test(String(locales));

/** A date as Intl's English writes it with these options (UTC, 24-hour). */
function written(o: Intl.DateTimeFormatOptions, date: unknown): string {
  const d = new Date(Number(date));
  const month = MONTHS[d.getUTCMonth()]!;
  let s = o.month ? (o.month === 'short' ? month.slice(0, 3) : month) : '';
  if (o.day) s = `${s} ${d.getUTCDate()}`.trim();
  if (o.year) s = `${s}${o.day ? ',' : ''} ${d.getUTCFullYear()}`.trim();
  if (o.weekday) s = `${DAYS[d.getUTCDay()]}, ${s}`;
  if (!o.hour) return s;
  // "…T09:07:00.000Z": hours and minutes are 13 to 8 characters from the end, whatever the year.
  const time = d.toISOString().slice(-13, -8) + (o.timeZoneName ? ' UTC' : '');
  return s ? `${s}${o.weekday ? ' at' : ','} ${time}` : time;
}

/**
 * A formatter for English UTC dates with the options the element uses (see the module comment), or
 * undefined for any other locale or option. What it does not write itself (a range of times, parts)
 * it asks `real` for.
 */
export function englishDateFormat(
  locales: unknown,
  o: Intl.DateTimeFormatOptions = {},
  real: () => Intl.DateTimeFormat,
): Intl.DateTimeFormat | undefined {
  const {year, month, day} = o;
  if (!isEnglish(locales) || !o.timeZone || Object.entries(o).some(([k, v]) => !KNOWN[k]?.includes(v))) return undefined;
  let made: Intl.DateTimeFormat | undefined;
  const intl = () => (made ??= real());
  const format = (date?: unknown) => written(o, date ?? Date.now());
  return {
    format,
    formatToParts: (date) => intl().formatToParts(date),
    formatRange(a, b) {
      if (o.hour || !year) return intl().formatRange(a, b);
      // The two ISO strings agree up to the year (-20 from the end), the month (-17) or the day (-14).
      const same = (end: number) => new Date(Number(a)).toISOString().slice(0, end) === new Date(Number(b)).toISOString().slice(0, end);
      // Equal at the precision shown: one date.
      if (same(day ? -14 : month ? -17 : -20)) return format(a);
      if (!same(-20) || !month) return `${format(a)} – ${format(b)}`;
      // "Mar 13 – 19, 2023"; else the first without the year they share: "March – April 2023".
      if (same(-17) && !o.weekday) return `${written({month, day}, a)} – ${written({day, year}, b)}`;
      return `${written({...o, year: undefined}, a)} – ${format(b)}`;
    },
  } as Intl.DateTimeFormat;
}
