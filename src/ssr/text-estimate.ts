/**
 * Text widths without a canvas, for server rendering (and the first render that takes over a
 * server-rendered timeline, which must lay out exactly as the server did). Advances are in
 * hundredths of an em for the default label font stack (`system-ui, …, sans-serif`), as Chromium
 * on Linux resolves it (DejaVu Sans, the widest of the usual system faces, so the estimate errs
 * wide rather than cutting a label short): U+0020-U+007E and U+00A0-U+00FF. Other characters take
 * 0.62 em (Latin, Greek, Cyrillic and the like) or 1 em (CJK, kana, Hangul, full-width forms).
 * The browser measures the real widths once it runs, and lays out again if they differ.
 */
const ASCII = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84, 84, 84, 53, 100, 68,
  69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55,
  63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84,
];
const LATIN1 = [
  32, 40, 64, 64, 64, 64, 34, 50, 50, 100, 47, 61, 84, 0, 100, 50, 50, 84, 40, 40, 50, 64, 64, 32, 50, 40, 47, 61, 97, 97, 97, 53, 68, 68,
  68, 68, 68, 68, 97, 70, 63, 63, 63, 63, 29, 29, 29, 29, 77, 75, 79, 79, 79, 79, 79, 84, 79, 73, 73, 73, 73, 61, 60, 63, 61, 61, 61, 61,
  61, 61, 98, 55, 62, 62, 62, 62, 28, 28, 28, 28, 61, 63, 61, 61, 61, 61, 61, 84, 61, 63, 63, 63, 63, 59, 63, 59,
];
const WIDE_EM = 1;
const OTHER_EM = 0.62;
/** The same margin the canvas measurement adds for kerning it does not see. */
const KERNING_MARGIN = 1.03;

function advanceEm(code: number): number {
  if (code >= 0x20 && code < 0x7f) return ASCII[code - 0x20]! / 100;
  if (code >= 0xa0 && code < 0x100) return LATIN1[code - 0xa0]! / 100;
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
