// Bundle-only stand-in for d3-time-format, given to d3-scale (see plugin.mjs). d3-scale's time scales
// build their default `scale.tickFormat()` from it; we never call that (axis labels come from
// src/time/ticks.ts with Intl), so the locale tables and parser (~3 KB gzipped) are left out.
const iso = (date) => new Date(+date).toISOString();

/** Any specifier formats as an ISO 8601 string. */
export const utcFormat = () => iso;
export const timeFormat = utcFormat;
