/** Text width in CSS px for a CSS font, measured once per (font, text) on a shared canvas. */
let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();
const MAX_CACHE = 20_000;

export function measureLabel(text: string, font: string): number {
  const key = font + '\u0000' + text;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  let width: number;
  if (context) {
    context.font = font;
    width = context.measureText(text).width;
  } else {
    // No canvas (very old or locked-down browsers): a generous estimate.
    width = text.length * 8;
  }
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(key, width);
  return width;
}
