/**
 * Text width in CSS px for a CSS font. Scripts whose glyphs do not join or reorder (Latin, Greek,
 * Cyrillic, CJK, Hangul) are measured as the sum of per-character advances, each measured once
 * per font: measuring ten thousand whole labels on a canvas takes a sixth of a second, summing
 * cached advances a few milliseconds. The sum ignores kerning (within about 2.5 % here), so it is
 * padded by 3 % to err wide, never cutting a label short. Other scripts are measured whole,
 * uncached: the element keeps each title's width per font itself, and tick labels are a handful.
 */
let context: CanvasRenderingContext2D | null | undefined;
/** The font last set on the canvas: setting it parses it. */
let contextFont = '';
const advances = new Map<string, Map<number, number>>();
const KERNING_MARGIN = 1.03;

function canvas(font: string): CanvasRenderingContext2D | null {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  if (context && font !== contextFont) {
    context.font = font;
    contextFont = font;
  }
  return context;
}

/** Characters whose advance does not depend on their neighbours (beyond kerning). */
function independent(code: number): boolean {
  return (
    code < 0x0590 || // Latin, IPA, combining marks (measured wide alone), Greek, Cyrillic, Armenian
    // Latin extended additional, Greek extended, punctuation, symbols, arrows, currency, dingbats
    (code >= 0x1e00 && code < 0x2e00) ||
    (code >= 0x3000 && code < 0xa000) || // CJK punctuation, kana, CJK ideographs
    (code >= 0xac00 && code < 0xd7b0) || // Hangul syllables
    (code >= 0xff00 && code < 0xfff0) // full-width forms
  );
}

export function measureLabel(text: string, font: string): number {
  const ctx = canvas(font);
  // No canvas (very old or locked-down browsers): a generous estimate.
  if (!ctx) return text.length * 8;
  let perFont = advances.get(font);
  if (!perFont) advances.set(font, (perFont = new Map()));
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!independent(code)) return ctx.measureText(text).width;
    let w = perFont.get(code);
    if (w === undefined) {
      w = ctx.measureText(text[i]!).width;
      perFont.set(code, w);
    }
    width += w;
  }
  return width * KERNING_MARGIN;
}

/** Forgets every width measured: a web font that has loaded since measured as its fallback. */
export function forgetMeasurements(): void {
  advances.clear();
  // Set the canvas font again: a browser may have resolved it when it was set.
  contextFont = '';
}
