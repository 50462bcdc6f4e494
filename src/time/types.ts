/** How finely a date is known. A year is not a day. */
export type Precision = 'year' | 'month' | 'day' | 'second';

/** One end of an EDTF date or interval. */
export interface EdtfPoint {
  /** Inclusive start, as UTC epoch milliseconds (00:00 UTC of the first day covered). */
  start: number;
  /** Exclusive end, as UTC epoch milliseconds: the first ms after the period (next year, month or day; +1 s for a date-time). */
  end: number;
  precision: Precision;
  /** `~` qualifier (or `%`). */
  approximate: boolean;
  /** `?` qualifier (or `%`). */
  uncertain: boolean;
}

/**
 * A parsed EDTF date (level 0 plus the level 1 `?`, `~`, `%` qualifiers):
 * a single date, or an interval `a/b`. Calendar dates are UTC so that they
 * read the same in every time zone.
 */
export interface EdtfDate {
  /** The original EDTF string, trimmed. */
  edtf: string;
  /** Inclusive start of the whole date, UTC ms. */
  start: number;
  /** Exclusive end of the whole date, UTC ms. */
  end: number;
  /** For a single date, `from` and `to` are the same object. */
  from: EdtfPoint;
  to: EdtfPoint;
  isInterval: boolean;
}
