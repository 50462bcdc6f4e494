/** A label to place in a horizontal lane, at a mark's position. */
export interface LaneLabel {
  /** The mark's x (px): the label starts here, or ends just before it when placed to its left. */
  anchor: number;
  /** Measured label width (px). */
  width: number;
  /** Higher is placed first (so it is the last to be hidden); default 0. */
  priority?: number;
}

/** Bounds and limits for {@link assignLanes}. */
export interface LaneOptions {
  /** Leftmost x a label may start at. */
  min: number;
  /** Rightmost x a label may end at. */
  max: number;
  /** Free space kept between two labels in the same lane (px). */
  gap: number;
  /** How many lanes there are; a label that fits none is hidden. */
  maxLanes: number;
  /** Failing both ends of its anchor, a label may also slide to any place that spans it; default false. */
  slide?: boolean;
}

/** Where a label went: its left edge and lane, `lane === -1` when hidden. */
export interface LanePlacement {
  x: number;
  /** 0 is the lane nearest the marks; -1 means the label did not fit and is hidden. */
  lane: number;
  /** `'after'`: the label starts at (or was pushed left of) the anchor; `'before'`: it ends `gap` before the anchor. */
  side: 'after' | 'before';
}

/**
 * `n` numbers, all `v`, in a plain array. A zoom step makes a dozen arrays as long as the events,
 * and a fresh typed array's memory is page-faulted in on its first writes: 10,000 int32s cost
 * Chromium 0.13 ms to fill, a plain array 0.005 ms (it lives in the engine's young heap).
 */
export const filled = (n: number, v = 0): number[] => new Array<number>(n).fill(v);

const finiteOr = (v: number | undefined, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

/** Left edge for a label of `width` wanting to start at `x`, kept inside [min, max] where it fits. */
function clampStart(x: number, width: number, min: number, max: number): number {
  return Math.max(min, Math.min(x, max - width));
}

/**
 * Puts labels into horizontal lanes so that no two labels of a lane overlap
 * (gap included). Greedy: by priority, then anchor, then input order; each
 * label takes the first lane where it fits either after its anchor (shifted
 * left at the right edge) or, failing that, ending `gap` before its anchor. Labels are
 * kept within [min, max] when they are not wider than it (wider ones start at
 * `min`). Returns one placement per label, in input order.
 */
export function assignLanes(labels: readonly LaneLabel[], opts: LaneOptions): LanePlacement[] {
  const n = labels.length;
  const anchors = new Float64Array(n);
  const widths = new Float64Array(n);
  const priorities = new Float64Array(n);
  labels.forEach((label, i) => {
    anchors[i] = finiteOr(label.anchor, NaN);
    widths[i] = finiteOr(label.width, 0);
    priorities[i] = finiteOr(label.priority, 0);
  });
  const {lane, x, before} = placeLabels(anchors, widths, priorities, opts);
  return labels.map((_, i) => ({x: x[i]!, lane: lane[i]!, side: before[i] ? 'before' : 'after'}));
}

/**
 * {@link assignLanes} on arrays of numbers, for the layout: ten thousand labels per zoom step as objects
 * in and out were more time in the garbage collector than in placing them. `anchors` NaN means the
 * left bound. Returns, per label, its lane (-1: hidden), left edge, and 1 where it ends before its anchor.
 */
export function placeLabels(
  anchors: ArrayLike<number>,
  widths: ArrayLike<number>,
  priorities: ArrayLike<number> | null,
  opts: LaneOptions,
  /**
   * Labels that may also wrap: their width on two lines (NaN: they cannot), which takes two
   * neighbouring lanes, and 1 where two lines come first (one line would shorten the title).
   */
  wrap?: {width: ArrayLike<number>; first: ArrayLike<number>},
): {lane: number[]; x: number[]; before: number[]; lines: number[]} {
  const n = anchors.length;
  const min = finiteOr(opts.min, 0);
  const max = Math.max(min, finiteOr(opts.max, min));
  const gap = Math.max(0, finiteOr(opts.gap, 0));
  const maxLanes = Math.max(0, Math.floor(finiteOr(opts.maxLanes, 0)));
  const lanes = Array.from({length: maxLanes}, () => new IntervalRow());
  const anchor = filled(n);
  const width = filled(n);
  for (let i = 0; i < n; i++) {
    const a = anchors[i]!;
    anchor[i] = Number.isNaN(a) ? min : Math.min(max, Math.max(min, a));
    width[i] = Math.max(0, widths[i]!);
  }
  const priority = (i: number) => (priorities ? priorities[i]! : 0);
  const order = Array.from({length: n}, (_, i) => i);
  const inOrder = (a: number, b: number) => priority(b) - priority(a) || anchor[a]! - anchor[b]! || a - b;
  // A timeline hands its labels over in time order: sort only when they are not in order already.
  for (let k = 1; k < n; k++) {
    if (inOrder(order[k - 1]!, order[k]!) > 0) {
      order.sort(inOrder);
      break;
    }
  }

  const lane = filled(n, -1);
  const x = filled(n);
  const before = filled(n);
  const lines = filled(n, 1);
  const slide = !!opts.slide;
  /** Leftmost x in [lo, hi] where `w` px fit in lanes l..l+span-1, or NaN. */
  const slot = (l: number, span: number, lo: number, hi: number, w: number): number => {
    let x = lo;
    // Each collision pushes x past the interval it hits; a few rounds settle it across lanes.
    for (let round = 0; round < 64 && x <= hi; round++) {
      let moved = false;
      for (let k = l; k < l + span; k++) {
        const end = lanes[k]!.blocking(x, x + w, gap);
        if (end !== null) {
          x = end + gap;
          moved = true;
        }
      }
      if (!moved) return x;
    }
    return NaN;
  };
  /** Tries label `i` at `w` px wide over `span` lanes from each lane up; true when placed. */
  const tryPlace = (i: number, w: number, span: number): boolean => {
    const after = clampStart(anchor[i]!, w, min, max);
    // Ending `gap` short of the anchor lets a label sit on each side of one mark.
    const left = clampStart(anchor[i]! - gap - w, w, min, max);
    const fits = (l: number, a: number) => {
      for (let k = l; k < l + span; k++) if (!lanes[k]!.fits(a, a + w, gap)) return false;
      return true;
    };
    // Failing both ends, a label may slide along so that it still spans its anchor (its leader
    // meets it), `gap` in from either end, when `slide` is on.
    const lo = Math.max(min, anchor[i]! - w - gap);
    const hi = Math.min(max - w, anchor[i]!);
    for (let l = 0; l + span <= maxLanes; l++) {
      let at: number;
      if (slide) {
        // Packed: the leftmost place from ending before the anchor to starting at it.
        if (hi >= lo && !Number.isNaN((at = slot(l, span, lo, hi, w)))) {
          // found
        } else if (fits(l, after)) at = after;
        else continue;
      } else if (fits(l, after)) at = after;
      else if (left !== after && fits(l, left)) at = left;
      else continue;
      for (let k = l; k < l + span; k++) lanes[k]!.add(at, at + w);
      x[i] = at;
      before[i] = at === after ? 0 : 1;
      lane[i] = l;
      lines[i] = span;
      return true;
    }
    return false;
  };
  for (const i of order) {
    const w = width[i]!;
    x[i] = clampStart(anchor[i]!, w, min, max);
    const w2 = wrap ? finiteOr(wrap.width[i], NaN) : NaN;
    if (Number.isNaN(w2)) tryPlace(i, w, 1);
    else if (wrap!.first[i]) tryPlace(i, w2, 2) || tryPlace(i, w, 1);
    else tryPlace(i, w, 1) || tryPlace(i, w2, 2);
  }
  return {lane, x, before, lines};
}

/**
 * Intervals along one row (a label lane, a row of bars) that keep a gap between them, sorted so
 * that a collision check is a binary search rather than a scan of the row.
 */
export class IntervalRow {
  private readonly starts: number[] = [];
  /** Non-decreasing too: intervals that keep a gap cannot nest. */
  private readonly ends: number[] = [];

  /** True when [x0, x1) keeps `gap` from every interval in the row. */
  fits(x0: number, x1: number, gap: number): boolean {
    // An interval [a0, a1) collides when a0 < x1 + gap and x0 < a1 + gap: the first with a1 > x0 - gap
    // is the only candidate, as starts and ends both increase along the row.
    // Most labels of a crowded view fit no lane, and the interval that starts last usually says so.
    const k = this.ends.length - 1;
    if (k >= 0 && this.starts[k]! < x1 + gap && x0 < this.ends[k]! + gap) return false;
    const i = firstAbove(this.ends, x0 - gap);
    return i > k || this.starts[i]! >= x1 + gap;
  }

  /** The end of the last interval that [x0, x1) would come within `gap` of, or null when it fits. */
  blocking(x0: number, x1: number, gap: number): number | null {
    let end: number | null = null;
    for (let i = firstAbove(this.ends, x0 - gap); i < this.starts.length && this.starts[i]! < x1 + gap; i++) end = this.ends[i]!;
    return end;
  }

  /** Adds [x0, x1); the caller has checked that it fits. */
  add(x0: number, x1: number): void {
    const i = firstAbove(this.starts, x0);
    this.starts.splice(i, 0, x0);
    this.ends.splice(i, 0, x1);
  }
}

/** Index of the first value greater than `x` in an ascending array (its length when none is). */
function firstAbove(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Bounds for {@link dodge}. */
export interface DodgeOptions {
  /** Smallest position a label may take. */
  min: number;
  /** Largest position a label's far edge should reach; exceeded rather than overlapping. */
  max?: number;
  /** Free space kept between neighbouring labels. */
  gap: number;
}

/**
 * One-dimensional label placement (a vertical timeline's labels): each label
 * wants to start at `positions[i]` and is `sizes[i]` long. Labels keep the
 * order of their desired positions (ties: input order), never overlap
 * (`next >= pos + size + gap`) and move as little as possible: overlapping
 * labels are merged into clusters placed at the mean of their desired
 * positions (least squares), clamped to [min, max]. When they cannot all fit
 * before `max` they run past it; the needed extent is `max(pos[i] + sizes[i])`.
 * Returns positions in input order.
 */
export function dodge(positions: readonly number[], sizes: readonly number[], opts: DodgeOptions): number[] {
  const min = finiteOr(opts.min, 0);
  const max = opts.max === undefined ? Infinity : finiteOr(opts.max, Infinity);
  const gap = Math.max(0, finiteOr(opts.gap, 0));
  const items = positions
    .map((p, index) => ({index, raw: finiteOr(p, min), size: Math.max(0, finiteOr(sizes[index], 0))}))
    // Sort on the raw wish so that labels wanting to be above `min` still keep their order.
    .sort((a, b) => a.raw - b.raw || a.index - b.index)
    .map((item) => ({...item, want: Math.max(min, item.raw)}));

  interface Cluster {
    /** Members, in order. */
    members: typeof items;
    /** Sum over members of (desired position - offset in cluster): its mean is the best start. */
    sum: number;
    /** Length from the first member's start to the last member's end. */
    length: number;
    start: number;
  }
  const place = (c: Cluster) => {
    const best = c.sum / c.members.length;
    // `min` wins over `max`: a cluster too long for the space overflows at the end.
    c.start = Math.max(min, Math.min(best, max - c.length));
  };

  const stack: Cluster[] = [];
  for (const item of items) {
    const c: Cluster = {members: [item], sum: item.want, length: item.size, start: 0};
    place(c);
    stack.push(c);
    // Merge while the last cluster collides with the one before it.
    while (stack.length > 1) {
      const b = stack[stack.length - 1];
      const a = stack[stack.length - 2];
      if (a.start + a.length + gap <= b.start) break;
      const shift = a.length + gap;
      a.sum += b.sum - shift * b.members.length;
      a.members.push(...b.members);
      a.length += gap + b.length;
      place(a);
      stack.pop();
    }
  }

  const result: number[] = new Array(positions.length);
  for (const c of stack) {
    let y = c.start;
    for (const m of c.members) {
      result[m.index] = y;
      y += m.size + gap;
    }
  }
  return result;
}
