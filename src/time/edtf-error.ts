/** Why a string is not an EDTF date this package supports: the error, its stable codes and details. */

/** The date forms this package reads: notation, the same in every language (errors name them). */
export const EDTF_FORMATS =
  'YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm:ss[.sss][Z|±hh:mm], a season YYYY-21…24, 201X, 2004-XX, -0043, Y-20000, or an interval a/b, a/.., ../b';

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
  | 'negative-zero'
  | 'month-range'
  | 'day-zero'
  | 'day-range'
  | 'time-range'
  | 'offset-range'
  | 'year-range';

/** The details of an {@link EdtfError}, by code; all plain values so that messages can be rebuilt in any language. */
export type EdtfErrorParams = {
  /** `unsupported`: which EDTF feature (all of level 2, and qualifiers or `X` on a `Y` year). */
  feature?: 'long-year' | 'unspecified-digits' | 'set' | 'season' | 'inner-qualifier' | 'exponent' | 'significant-digits';
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
  /** `offset-range`: the offset as written (`+15:00`, `-00:00`). */
  offset?: string;
  /** `not-string`: the type given. */
  type?: string;
};

/** Thrown (or returned by `tryParseEdtf`) when a string is not an EDTF date this module supports. */
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
