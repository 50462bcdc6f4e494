/**
 * How a date value is written as EDTF. The only place that chooses forms, so that when the
 * date parser learns seasons (`2022-22`) and open intervals (`2009/..`) the drafts can use
 * them by changing this file alone. Until then: seasons and decades as closed intervals,
 * "since X" as X itself (the happening the phrase dates is the start).
 */
import {seasonSpan} from './calendar.js';
import type {CalendarPoint, DateValue} from './types.js';

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
    case 'season': {
      const span = seasonSpan(value.season, value.year);
      return `${pointEdtf(span.start)}/${pointEdtf(span.end)}`;
    }
    case 'since':
      return pointEdtf(value.start);
    case 'decade':
      return `${pad(value.decade, 4)}/${pad(value.decade + 9, 4)}`;
  }
}
