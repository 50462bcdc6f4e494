/**
 * Text widths without a canvas, for server rendering (and the first render that takes over a
 * server-rendered timeline, which must lay out exactly as the server did). Advances are in
 * hundredths of an em for the default label font stack (`system-ui, …, sans-serif`), as Chromium
 * on Linux resolves it (DejaVu Sans, the widest of the usual system faces, so the estimate errs
 * wide rather than cutting a label short): U+0020-U+007E and U+00A0-U+00FF. Other characters take
 * 0.62 em (Latin, Greek, Cyrillic and the like) or 1 em (CJK, kana, Hangul, full-width forms).
 * The browser measures the real widths once it runs; at the server's width it keeps each label at
 * least as wide as estimated (layout-state.ts), so only a title wider than its estimate moves.
 */
/**
 * The advances, one character each (its code minus 26): U+0020-U+007E, then U+00A0-U+00FF. A
 * string, not an array of numbers: it is in the element's bundle, and a third the size.
 */
const ADVANCES =
  ':BHnZyh5AALn:>:<ZZZZZZZZZZ<<nnnO~^_`gYTge77\\RpeiVi_YWc^}_W_A<AnLLWYQYX=YY66T6{YWYYCNAYUlUUNZ<Zn:BZZZZ<LL~IWn5~LLnBBLZZ:LBIW{{{O^^^^^^{`YYYY7777geiiiiiniccccWVYWWWWWW|QXXXX6666WYWWWWWnWYYYYUYU';
const WIDE_EM = 1;
const OTHER_EM = 0.62;
/** The same margin the canvas measurement adds for kerning it does not see. */
const KERNING_MARGIN = 1.03;

function advanceEm(code: number): number {
  // The soft hyphen shows only where a line breaks, which a label never does.
  if (code === 0xad) return 0;
  if (code >= 0x20 && code < 0x7f) return (ADVANCES.charCodeAt(code - 0x20) - 26) / 100;
  if (code >= 0xa0 && code < 0x100) return (ADVANCES.charCodeAt(code - 0xa0 + 95) - 26) / 100;
  if (
    (code >= 0x1100 && code < 0x1200) ||
    (code >= 0x2e80 && code < 0xa4d0) ||
    (code >= 0xac00 && code < 0xd7b0) ||
    (code >= 0xf900 && code < 0xfb00) ||
    (code >= 0xff00 && code < 0xff61)
  ) {
    return WIDE_EM;
  }
  // Combining marks and zero-width characters take no room of their own.
  if ((code >= 0x300 && code < 0x370) || (code >= 0x200b && code < 0x2010)) return 0;
  return OTHER_EM;
}

/** Estimated width in CSS px of `text` at `fontSizePx` in the default label font. */
export function estimateTextWidth(text: string, fontSizePx: number): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) em += advanceEm(text.charCodeAt(i));
  return em * fontSizePx * KERNING_MARGIN;
}
