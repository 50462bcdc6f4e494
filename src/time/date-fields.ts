/** Checks of a date's fields (month, day, year zero) that name what is wrong, shared by dates and date-times. */
import {daysInMonth} from './calendar.js';
import {EdtfError} from './edtf-error.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The input as given (for the error) and as quoted in messages (trimmed). */
export interface Context {
  input: string;
  quoted: string;
}

export function negativeZero({input, quoted}: Context): EdtfError {
  return new EdtfError(input, `${quoted} is not an EDTF date: year zero has no sign (0000 is 1 BCE)`, 'negative-zero');
}

/** Returns the month index (0–11) of a 1-based month, or throws. */
export function checkMonth(month: number, {input, quoted}: Context): number {
  if (month < 1 || month > 12) {
    throw new EdtfError(input, `${quoted} is not a valid date: month ${pad(month)} does not exist (expected 01–12)`, 'month-range', {
      month,
    });
  }
  return month - 1;
}

export function checkDay(year: number, monthIndex: number, day: number, {input, quoted}: Context): number {
  if (day < 1) throw new EdtfError(input, `${quoted} is not a valid date: day 00 does not exist`, 'day-zero');
  const days = daysInMonth(year, monthIndex);
  if (day > days) {
    const written = `${year < 0 ? '-' : ''}${pad(Math.abs(year), 4)}`;
    throw new EdtfError(input, `${quoted} is not a valid date: ${MONTHS[monthIndex]} ${written} has ${days} days`, 'day-range', {
      month: monthIndex + 1,
      year,
      days,
    });
  }
  return day;
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
