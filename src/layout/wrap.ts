/** A title on two lines: where room is short, a label wraps before it is cut. */
export interface TwoLines {
  /** The two lines, each a run of the title's words (the space between them dropped). */
  lines: [string, string];
  /** Width of the wider line, as `measure` gives it. */
  width: number;
}

/**
 * Splits a title at the space that makes its wider line narrowest (of equals, the last: a first
 * line a little longer than the second reads best), or null when it has no space
 * to split at. `measure` gives a text's width in px (the caller's font); it is asked about each
 * candidate line once. Pure.
 */
export function twoLines(title: string, measure: (text: string) => number): TwoLines | null {
  const text = title.trim();
  let best: TwoLines | null = null;
  for (let at = text.indexOf(' '); at > 0; at = text.indexOf(' ', at + 1)) {
    const first = text.slice(0, at).trimEnd();
    const second = text.slice(at + 1).trimStart();
    if (!first || !second) continue;
    const width = Math.max(measure(first), measure(second));
    if (!best || width <= best.width) best = {lines: [first, second], width};
  }
  return best;
}
