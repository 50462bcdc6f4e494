/** The time module's public API: EDTF parsing and display. */
export type {EdtfDate, EdtfPoint, Precision} from './types.js';
export {EdtfError, isEdtf, parseEdtf, tryParseEdtf} from './edtf.js';
export type {DateStyle} from './format.js';
export {formatEdtf, formatEdtfPoint, isoDateTimeAttribute, normalizeLocale} from './format.js';
