/**
 * ISO 8601 date-times as EDTF level 0 and JavaScript's `toISOString()` write them:
 * `2023-03-20T09:00:00`, `…Z`, `…+05:30`, `…+05`, with fractional seconds (`…T09:00:00.000Z`).
 */
import {utc} from './calendar.js';
import {checkDay, checkMonth, negativeZero, pad, type Context} from './date-fields.js';
import {EdtfError, type EdtfErrorParams} from './edtf-error.js';
import type {EdtfPoint} from './types.js';

const DATE_TIME = /^(-?)(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?(Z|[+-]\d\d(?::\d\d)?)?$/;

/** The widest offsets in use: UTC−12:00 (Baker Island) to UTC+14:00 (Line Islands); ±14:00 is accepted. */
const MAX_OFFSET_MINUTES = 14 * 60;

/**
 * A date-time as the second (or the fraction of it) it names, in UTC. `24:00:00` is the end of its day
 * (ISO 8601, ECMAScript). Without a zone it is a local time whose zone is unknown: placed as if UTC
 * and marked `localTime`.
 */
export function parseDateTime(text: string, ctx: Context): EdtfPoint {
  const match = DATE_TIME.exec(text);
  if (!match) {
    const {input, quoted} = ctx;
    if (/[?~%]$/.test(text)) {
      throw new EdtfError(input, `${quoted} is not an EDTF date: qualifiers apply to dates, not to date-times`, 'qualifier-on-time');
    }
    throw new EdtfError(
      input,
      `${quoted} is not an EDTF date-time (expected YYYY-MM-DDThh:mm:ss, then optionally .sss, and Z or ±hh:mm)`,
      'not-edtf',
    );
  }
  const [, sign, y, m, d, hh, mm, ss, fraction, zone] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string | undefined,
    string | undefined,
  ];
  if (sign && y === '0000') throw negativeZero(ctx);
  const year = sign ? -Number(y) : Number(y);
  const month = checkMonth(Number(m), ctx);
  const day = checkDay(year, month, Number(d), ctx);
  const minute = checkRange(Number(mm), 59, 'minute', ctx);
  const second = checkRange(Number(ss), 59, 'second', ctx);
  const endOfDay = hh === '24' && minute === 0 && second === 0 && !/[1-9]/.test(fraction ?? '');
  const hour = endOfDay ? 24 : checkRange(Number(hh), 23, 'hour', ctx);
  // Milliseconds are what a Date holds: finer digits narrow nothing further.
  const ms = fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
  const step = fraction ? 10 ** Math.max(0, 3 - fraction.length) : 1000;
  const start = utc(year, month, day, hour, minute, second, ms) - offsetMinutes(zone, ctx) * 60_000;
  const point: EdtfPoint = {start, end: start + step, precision: 'second', approximate: false, uncertain: false, year};
  if (zone === undefined) point.localTime = true;
  return point;
}

/** `Z`, `+05`, `-03:30` to minutes east of UTC; within ±14:00, and never `-00:00`. */
function offsetMinutes(zone: string | undefined, ctx: Context): number {
  if (zone === undefined || zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const hours = Number(zone.slice(1, 3));
  const minutes = checkRange(Number(zone.slice(4, 6) || '0'), 59, 'offset-minute', ctx);
  const total = hours * 60 + minutes;
  const {input, quoted} = ctx;
  if (sign < 0 && total === 0) {
    throw new EdtfError(input, `${quoted} is not a valid date-time: offset ${zone} is not allowed (UTC is Z or +00:00)`, 'offset-range', {
      offset: zone,
    });
  }
  if (total > MAX_OFFSET_MINUTES) {
    throw new EdtfError(input, `${quoted} is not a valid date-time: offset ${zone} is beyond ±14:00`, 'offset-range', {offset: zone});
  }
  return sign * total;
}

function checkRange(value: number, max: number, unit: NonNullable<EdtfErrorParams['unit']>, {input, quoted}: Context): number {
  if (value > max) {
    const what = unit.replace('offset-', 'time-zone offset ');
    throw new EdtfError(input, `${quoted} is not a valid date-time: ${what} ${pad(value)} is out of range (00–${max})`, 'time-range', {
      unit,
      actual: value,
      max,
    });
  }
  return value;
}
