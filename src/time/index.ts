/** The time module's public API: EDTF parsing and display. */
export type {EdtfDate, EdtfPoint, OpenEnd, Precision, Season} from './types.js';
export type {EdtfErrorCode, EdtfErrorParams, Hemisphere, ParseOptions} from './edtf.js';
export {EdtfError, beyondDateRange, isEdtf, parseEdtf, tryParseEdtf} from './edtf.js';
export type {DateStyle} from './format.js';
export {formatEdtf, formatEdtfPoint, formatYear, isoDateTimeAttribute, normalizeLocale} from './format.js';
export {fitsDate} from './calendar.js';
