/**
 * How finely a date is known. A year is not a day: `decade` is `201X`, `century` is `20XX`,
 * `season` is `2022-22`; `second` is any date-time (fractional seconds included).
 */
export type Precision = 'century' | 'decade' | 'year' | 'season' | 'month' | 'day' | 'second';

/** EDTF seasons 21–24, by name. */
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** One end of an EDTF date or interval. */
export interface EdtfPoint {
  /** Inclusive start, as UTC epoch milliseconds (00:00 UTC of the first day covered). */
  start: number;
  /**
   * Exclusive end, as UTC epoch milliseconds: the first ms after the period (next year, month or day;
   * +1 s for a date-time, or one unit of its last written digit: +100 ms for `…:09.4Z`).
   */
  end: number;
  precision: Precision;
  /** `~` qualifier (or `%`). */
  approximate: boolean;
  /** `?` qualifier (or `%`). */
  uncertain: boolean;
  /**
   * The year as written, astronomical numbering (`0000` is 1 BCE, `-0043` is 44 BCE); for `201X`,
   * `20XX`, the first year covered. Absent on points made outside the parser.
   */
  year?: number;
  /** Digits written as `X` below the precision: `2004-XX` (`month`), `1985-04-XX` (`day`), `1985-XX-XX` (`month-and-day`). */
  unspecified?: 'month' | 'day' | 'month-and-day';
  /** The season of a `season` precision point. */
  season?: Season;
  /**
   * A date-time written without a zone (`2023-03-17T09:00:00`). EDTF reads it as local time; here it is
   * the local time of the place where it happened, zone unknown: it is placed as if it were UTC (so that
   * every reader sees the same axis) and shown without a zone name.
   */
  localTime?: boolean;
}

/** An interval end that is not a date: `..` (`open`, the period reaches on) or empty (`unknown`). */
export type OpenEnd = 'open' | 'unknown';

/**
 * A parsed EDTF date (level 0 and level 1; ISO date-times as JavaScript writes them):
 * a single date, or an interval `a/b`. Calendar dates are UTC so that they
 * read the same in every time zone.
 */
export interface EdtfDate {
  /** The original EDTF string, trimmed. */
  edtf: string;
  /** Inclusive start of the whole date, UTC ms. For an open or unknown start, the start of the known side. */
  start: number;
  /** Exclusive end of the whole date, UTC ms. For an open or unknown end, the end of the known side. */
  end: number;
  /**
   * For a single date, `from` and `to` are the same object; so are they for an interval with an open or
   * unknown side, where both are the known side's point.
   */
  from: EdtfPoint;
  to: EdtfPoint;
  isInterval: boolean;
  /**
   * `../1991` (`open`: the period reaches back before what is drawn) or `/1985` (`unknown`: its start is not known).
   * `start` is then the known side's start: a drawing extends it to the edge of the data's period.
   */
  openStart?: OpenEnd;
  /** `2014/..` (`open`: the period goes on) or `1985-04/` (`unknown`: its end is not known); `end` is the known side's end. */
  openEnd?: OpenEnd;
}
