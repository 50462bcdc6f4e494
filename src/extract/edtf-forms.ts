/**
 * How a date value is written as EDTF: the only place that chooses forms. Seasons are EDTF
 * seasons (`2022-22`, northern meteorological, as the date parser reads them), decades have
 * unspecified digits (`199X`), "since X" is an open interval `X/..`: the state began then and
 * goes on (the element draws it fading out to the right). A "since" that only compares ("the
 * largest since 2019") is X itself: see `sinceValue` in `mentions.ts`.
 */
import type {CalendarPoint, DateValue, Season} from './types.js';

const SEASON_CODE: Record<Season, number> = {spring: 21, summer: 22, autumn: 23, winter: 24};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2023`, `2023-03` or `2023-03-20`, at the point's precision. */
export function pointEdtf(p: CalendarPoint): string {
  let out = pad(p.year, 4);
  if (p.month !== undefined) {
    out += `-${pad(p.month)}`;
    if (p.day !== undefined) out += `-${pad(p.day)}`;
  }
  return out;
}

export function toEdtf(value: DateValue): string {
  switch (value.kind) {
    case 'point':
      return pointEdtf(value.point) + (value.approximate ? '~' : '');
    case 'interval': {
      const start = pointEdtf(value.start);
      const end = pointEdtf(value.end);
      if (start === end) return start + (value.approximate ? '~' : '');
      // A qualifier on each side: the parser takes qualifiers per point.
      return value.approximate ? `${start}~/${end}~` : `${start}/${end}`;
    }
    case 'season':
      return `${pad(value.year, 4)}-${SEASON_CODE[value.season]}`;
    case 'since': {
      const from = value.from;
      // An interval's start, with its qualifier: "since early 2023" is 2023-01/.. .
      const start = from.kind === 'interval' ? pointEdtf(from.start) + (from.approximate ? '~' : '') : toEdtf(from).replace(/\/.*$/, '');
      return `${start}/..`;
    }
    case 'decade':
      return `${pad(value.decade / 10, 3)}X`;
    case 'century':
      return `${pad(value.century / 100, 2)}XX`;
  }
}
