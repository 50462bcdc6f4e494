/** A calendar day, month or year as the text gives it: fields past the precision are absent. */
export interface CalendarPoint {
  year: number;
  /** 1–12. */
  month?: number;
  /** 1–31; only with `month`. */
  day?: number;
}

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/**
 * What a temporal phrase says, before it is written as EDTF. Kept apart from the EDTF
 * string so that the written form (see `edtf-forms.ts`) can change in one place.
 */
export type DateValue =
  | {kind: 'point'; point: CalendarPoint; approximate?: boolean}
  | {kind: 'interval'; start: CalendarPoint; end: CalendarPoint; approximate?: boolean}
  | {kind: 'season'; year: number; season: Season}
  /** "has led it since 2009": a state that began at `from` and goes on (EDTF `2009/..`). */
  | {kind: 'since'; from: SinceStart}
  /** "the 1990s": `decade` is the first year, 1990. */
  | {kind: 'decade'; decade: number}
  /** "the 19th century": `century` is the first year, 1800 (as EDTF `18XX` writes it). */
  | {kind: 'century'; century: number};

/** What a "since" can start from: a day, month or year, a season, or the start of an interval ("since early 2023"). */
export type SinceStart = Extract<DateValue, {kind: 'point' | 'interval' | 'season'}>;

/** One temporal phrase found in the text and what it means. */
export interface Mention {
  /** UTF-16 offsets into the whole article text. */
  start: number;
  end: number;
  /** The phrase exactly as written (`text.slice(start, end)`). */
  text: string;
  value: DateValue;
  /** Whether the value depends on the publication day ("last week", "on Friday"). */
  relative: boolean;
  /** Where the mention came from, for debugging: `chrono`, `year`, `season`, `week`, … */
  source: string;
}

/** Languages with parsers and word lists. */
export type ExtractLanguage = 'en' | 'de' | 'fr';
