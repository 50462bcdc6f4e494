// The element's derived geometry: from the model, the attributes and the host's size to the events
// in view and their layout. Kept between renders, and redone only when one of its inputs changed.
import type {ScaleTime} from 'd3-scale';
import type {TimelineEvent, TimelineModel, TimelineProblem} from '../document/types.js';
import {invalidDate} from '../document/model.js';
import {tryParseEdtf} from '../time/edtf.js';
import {
  layoutScale,
  layoutTimeline,
  mirrorLayout,
  mirrorScale,
  timeDomain,
  twoLines,
  VERTICAL_LABEL_INSET,
  type LayoutInput,
  type LayoutItemInput,
  type LayoutResult,
  type TwoLines,
} from '../layout/index.js';
import {clampView} from '../layout/view.js';
import {findGaps, type Gap} from '../layout/compressed.js';
import {textDirection, type Direction} from '../i18n/direction.js';
import {axisNamesZone} from './axis.js';
import {measureLabel} from './measure.js';
import {ESTIMATED_FONT} from './server-drawing.js';
import {estimateTextWidth} from '../ssr/text-estimate.js';
import {AUTO_VERTICAL_BELOW, CLUSTER_RADIUS, HORIZONTAL_MARGIN, isPoint, VERTICAL_MARGIN} from './shared.js';

/** Up to this many events in view, every title may wrap to two lines; beyond, only those one line would cut. */
const WRAP_ALL_BELOW = 200;

/** Everything the layout depends on. */
export interface LayoutInputs {
  model: TimelineModel | undefined;
  width: number;
  orientation: string;
  start: string;
  end: string;
  scale: 'auto' | 'linear' | 'compressed';
  font: {css: string; size: string};
  direction: string;
  /** The zoomed period, or null for the whole period. */
  view: [number, number] | null;
}

export class LayoutState {
  /** The layout of what is in view, or undefined when nothing can be drawn. */
  layout?: LayoutResult;
  /** The events within `start`/`end`, in time order: the layout's items follow them. */
  visibleEvents: TimelineEvent[] = [];
  /** The whole period of the visible events (padded on a linear scale). */
  fullDomain: [number, number] = [0, 1];
  /** The breaks of the current view's scale (none on a linear scale). */
  gaps: Gap[] = [];
  /** The whole period on screen at zoom 1, for gestures and the overview. */
  baseScale?: ScaleTime<number, number>;
  /** What zoom and pan are linear on: the auto scale's whole drawing; time on the other scales. */
  warp?: ScaleTime<number, number>;
  vertical = false;
  /** No event in view is known to the time of day (the axis of a scale with breaks then ticks days at the finest). */
  daysAtFinest = true;
  /** The axis names the zone on its hours: unless every date-time in view was written without one. */
  zone = true;
  /** The host's computed direction is rtl: time runs right to left, a vertical axis stands on the right. */
  rtl = false;
  /** The way the article's text runs: a title mixing both directions is taken to run this way. */
  textDir: Direction = 'ltr';
  /** Problems with the `start`/`end` attributes. */
  rangeProblems: TimelineProblem[] = [];

  private layoutKey = '';
  /** The inputs of `dataKey`, and what they give: the layout's items, the events' dates. */
  private dataKey = '';
  private layoutModel?: TimelineModel;
  private layoutItems: LayoutItemInput[] = [];
  private visibleDates: TimelineEvent['date'][] = [];
  private baseRange: [number, number] = [0, 0];
  /**
   * The drawing's height (horizontal) or its axis' length, margins included (vertical), at the whole
   * period; a zoomed view keeps at least this. Set by every whole-period layout, and forgotten on a
   * change of size or orientation (a phone turned while zoomed), until the next one.
   */
  private wholeHeight?: number;
  /** Measured label widths of the current model's events, for the font they were measured in. */
  private labelWidths = new WeakMap<TimelineEvent, number>();
  /** The same events' titles on two lines (null: a title that cannot wrap), for the same font. */
  private wrappedTitles = new WeakMap<TimelineEvent, TwoLines | null>();
  private labelWidthsFont = '';
  /** The width last laid out with estimated text widths: a server's first paint, taken over. */
  private estimatedAt = 0;
  /** Index of each event in `visibleEvents` (and in the layout's items). */
  private indexById = new Map<string, number>();

  /** @param onNewData called when the events in view, the size or the font changed. */
  constructor(private readonly onNewData: () => void) {}

  /** Whether a model other than the one laid out has arrived. */
  isNewModel(model: TimelineModel | undefined): boolean {
    return model !== this.layoutModel;
  }

  /** The event in view with this id. */
  event(id: string): TimelineEvent | undefined {
    return this.visibleEvents[this.indexById.get(id) ?? -1];
  }

  /** The index of the event in view with this id. */
  indexOf(id: string): number | undefined {
    return this.indexById.get(id);
  }

  /** The two lines of an event's label, when the layout wraps it. */
  linesOf(event: TimelineEvent): [string, string] | undefined {
    return this.wrappedTitles.get(event)?.lines;
  }

  has(id: string): boolean {
    return this.indexById.has(id);
  }

  /** The period on screen: the zoomed view, or the whole period. */
  currentView(view: [number, number] | null): [number, number] {
    return view ? [...view] : [...this.fullDomain];
  }

  /** Labels are measured again, for a web font that has loaded since. */
  forgetMeasurements(): void {
    this.labelWidthsFont = this.dataKey = this.layoutKey = '';
  }

  /**
   * Lays out what is in view, unless no input changed. Returns the view clamped to the whole period
   * (null for the whole period), and whether a new layout was made.
   */
  compute(inputs: LayoutInputs): {view: [number, number] | null; laidOut: boolean} {
    const {width, font, direction, model} = inputs;
    let view = inputs.view;
    // Hover, focus and selection change no geometry: keep the layout unless an input changed.
    const dataKey = [width, inputs.orientation, inputs.start, inputs.end, inputs.scale, font.css, direction].join('|');
    const key = `${dataKey}|${view?.join()}`;
    if (key === this.layoutKey && model === this.layoutModel) return {view, laidOut: false};
    this.layoutKey = key;
    if (dataKey !== this.dataKey || model !== this.layoutModel) {
      this.dataKey = dataKey;
      this.layoutModel = model;
      this.rtl = direction === 'rtl';
      this.prepareData(inputs);
    }
    if (!this.layoutItems.length) {
      this.layout = undefined;
      return {view, laidOut: false};
    }
    // Zooming and panning only redo this part: the layout of what is in view.
    if (view) view = clampView(view, this.fullDomain);
    const domain = this.currentView(view);
    const compressed = inputs.scale === 'compressed';
    // Anything but the two named scales is the default.
    const auto = !compressed && inputs.scale !== 'linear';
    const labelHeight = this.layoutItems[0]!.labelHeight;
    const input: LayoutInput = {
      auto,
      gaps: compressed ? findGaps(this.visibleDates, domain) : [],
      clusterRadius: CLUSTER_RADIUS,
      items: this.layoutItems,
      orientation: this.vertical ? 'vertical' : 'horizontal',
      width,
      domain,
      whole: this.fullDomain,
      margin: this.vertical ? VERTICAL_MARGIN : HORIZONTAL_MARGIN,
      laneHeight: labelHeight + 4,
      maxLanes: width < 500 ? 4 : 6,
      labelGap: 8,
      // A zoomed view is as tall (horizontal) or as long (vertical) as the whole one at least. Vertical:
      // zooming in spreads its events out rather than shrinking the drawing around the few left in
      // view. Horizontal: fewer lanes would move the axis, and the page below, under a zooming pointer.
      height: view ? this.wholeHeight : 0,
    };
    const layout = layoutTimeline(input);
    // The auto scale finds its own breaks; the compressed one is given them.
    this.gaps = layout.gaps;
    if (!view) this.wholeHeight = this.vertical ? layout.range[1] + VERTICAL_MARGIN.bottom : layout.height;
    this.layout = this.rtl ? mirrorLayout(layout) : layout;
    const [r0, r1] = this.layout.range;
    if (!this.baseScale || this.baseRange[0] !== r0 || this.baseRange[1] !== r1) {
      this.baseRange = [r0, r1];
      // The scale of the whole period, as the layout would draw it over this range: laid out at the
      // whole period over the same range, the layout's own (an auto scale is not free at 100 events).
      const range: [number, number] = [Math.min(r0, r1), Math.max(r0, r1)];
      const whole = {...input, domain: this.fullDomain, gaps: compressed ? findGaps(this.visibleDates, this.fullDomain) : []};
      const own = !view && layout.range[0] === range[0] && layout.range[1] === range[1];
      const base = own ? layout.scale : layoutScale(whole, range).scale;
      // Mirrored within [r0, r1] (the layout's range is mirrored already), as the layout's scale is.
      this.baseScale = this.rtl && !this.vertical ? mirrorScale(base, r0 + r1) : base;
      // Zooming on the auto scale magnifies its whole drawing: zoom and pan on its px (see `zoomedScale`).
      this.warp = auto ? base : undefined;
    }
    return {view, laidOut: true};
  }

  /** What stays the same while the reader zooms: the events within start/end, their period, label sizes. */
  private prepareData({model, width, font, orientation, scale, start, end}: LayoutInputs): void {
    this.vertical = orientation === 'vertical' || (orientation === 'auto' && width > 0 && width < AUTO_VERTICAL_BELOW);
    this.rangeProblems = [];
    this.baseScale = this.wholeHeight = this.warp = undefined;
    this.onNewData();
    const startMs = this.parseBound('start', start);
    const endMs = this.parseBound('end', end);
    const events = model?.events ?? [];
    this.visibleEvents = events.filter(
      (e) => (startMs === undefined || e.date.end > startMs) && (endMs === undefined || e.date.start < endMs),
    );
    this.indexById = new Map(this.visibleEvents.map((e, i) => [e.id, i]));
    this.visibleDates = this.visibleEvents.map((e) => e.date);
    this.daysAtFinest = !this.visibleDates.some((d) => d.from.precision === 'second' || d.to.precision === 'second');
    this.zone = axisNamesZone(this.visibleEvents);
    this.textDir = textDirection(model?.source.text ?? '');
    this.layoutItems = [];
    if (!this.visibleEvents.length || width <= 0) return;
    const fontSize = parseFloat(font.size) || 14;
    const labelHeight = Math.ceil(fontSize * 1.35) + 2;
    // Vertical labels start right of the axis, mark and leader.
    const maxLabelWidth = this.vertical
      ? Math.max(60, width - VERTICAL_MARGIN.left - VERTICAL_MARGIN.right - VERTICAL_LABEL_INSET)
      : Math.min(340, Math.max(120, width * 0.45));
    // The compressed and auto scales pad nothing: padding would be an empty stretch of its own.
    this.fullDomain = timeDomain(this.visibleDates, {start: startMs, end: endMs, padding: scale === 'linear' ? undefined : 0});
    // Estimated on a server, and by the render that takes over a server's (it must lay out alike).
    // Then, at the server's width, no narrower than estimated: with a font narrower than the
    // estimate's (most system faces are), the server's drawing stays as it is, nothing moves.
    const estimated = font.css === ESTIMATED_FONT;
    if (estimated) this.estimatedAt = width;
    const floor = width === this.estimatedAt;
    const measure = (text: string) => Math.max(floor ? estimateTextWidth(text, fontSize) : 0, estimated ? 0 : measureLabel(text, font.css));
    // Titles are measured once per font, not on every zoom step.
    if (font.css + floor !== this.labelWidthsFont) {
      this.labelWidths = new WeakMap();
      this.wrappedTitles = new WeakMap();
      this.labelWidthsFont = font.css + floor;
    }
    // Two lines are a fallback for every label of an article; in a crowd, only for titles one line would cut.
    const fewEvents = this.visibleEvents.length <= WRAP_ALL_BELOW;
    const wrapped = (e: TimelineEvent) => {
      let two = this.wrappedTitles.get(e);
      if (two === undefined) this.wrappedTitles.set(e, (two = twoLines(e.title, measure)));
      return two;
    };
    const twoLineHeight = Math.ceil(fontSize * 1.35 * 2) + 2;
    const titleWidth = (e: TimelineEvent) => {
      let w = this.labelWidths.get(e);
      if (w === undefined) this.labelWidths.set(e, (w = measure(e.title) + 10));
      return w;
    };
    this.layoutItems = this.visibleEvents.map((e) => {
      const width = titleWidth(e);
      const shortened = width > maxLabelWidth;
      const two = fewEvents || shortened ? wrapped(e) : null;
      return {
        id: e.id,
        // Unclamped: the layout clips marks to the view itself, and tells an event that only touches
        // the view's edge (ends as it starts) from one inside it.
        // An open or unknown end reaches the edge of the whole period, where its mark fades out.
        start: e.date.openStart ? Math.min(e.date.start, this.fullDomain[0]) : e.date.start,
        end: e.date.openEnd ? Math.max(e.date.end, this.fullDomain[1]) : e.date.end,
        point: isPoint(e),
        labelWidth: Math.min(maxLabelWidth, width),
        labelHeight,
        shortened,
        // Measured as the one line is (+10: the label's padding), and cut alike when still too wide.
        wrapWidth: two ? Math.min(maxLabelWidth, two.width + 10) : undefined,
        wrapHeight: two ? twoLineHeight : undefined,
      };
    });
  }

  private parseBound(path: 'start' | 'end', value: string): number | undefined {
    if (!value) return undefined;
    const parsed = tryParseEdtf(value);
    if (parsed instanceof Error) {
      // The message does not repeat the path: the problem list puts the two together.
      this.rangeProblems.push({path, field: path, message: parsed.message, ...invalidDate(parsed)});
      return undefined;
    }
    return path === 'start' ? parsed.start : parsed.end;
  }
}
