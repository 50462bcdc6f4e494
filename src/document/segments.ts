import type {TextSpan} from './types.js';

/** A run of text in a passage, with what it is. */
export interface Segment {
  text: string;
  kind: 'plain' | 'quote' | 'date' | 'quote-date';
}

/**
 * Cuts `passage` (a span of `text`) into runs, marking the quote and the date phrase.
 * The element renders each run as a text node, so nothing from the text is ever markup.
 */
export function passageSegments(text: string, passage: TextSpan, quote: TextSpan, date?: TextSpan): Segment[] {
  const cuts = new Set<number>([passage.start, passage.end]);
  for (const span of [quote, date]) {
    if (!span) continue;
    for (const at of [span.start, span.end]) if (at > passage.start && at < passage.end) cuts.add(at);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const inside = (span: TextSpan | undefined, at: number) => !!span && at >= span.start && at < span.end;
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (to <= from) continue;
    const q = inside(quote, from);
    const d = inside(date, from);
    const kind: Segment['kind'] = q && d ? 'quote-date' : q ? 'quote' : d ? 'date' : 'plain';
    const last = segments[segments.length - 1];
    if (last && last.kind === kind) last.text += text.slice(from, to);
    else segments.push({text: text.slice(from, to), kind});
  }
  return segments;
}
