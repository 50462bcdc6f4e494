/**
 * Property tests: random inputs, many of them hostile, through every layer of the pipeline
 * (EDTF parsing, model building, layout, the element). A failure prints the seed and path;
 * set SEED below to replay it.
 */
import fc from 'fast-check';
import {expect, fixture, html} from '@open-wc/testing';
import {EdtfError, parseEdtf} from '../src/time/edtf.js';
import {buildModel} from '../src/document/model.js';
import {layoutTimeline, type LayoutItemInput, type LayoutResult} from '../src/layout/index.js';
import '../src/define.js';
import type {ArticleTimeline} from '../src/element/article-timeline.js';
import type {TimelineDocument} from '../src/document/types.js';
import {parts, settle} from './helpers/timeline.js';

/** Fixed so that `npm test` is reproducible; change it (or use Date.now()) to explore. */
const SEED = 20261126;
const NUM_RUNS = 300;
fc.configureGlobal({seed: SEED, numRuns: NUM_RUNS});

/** fc.assert, with the seed named in the failure so it can be replayed. */
function check<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>, params: fc.Parameters<Ts> = {}) {
  const fail = (error: unknown): never => {
    const message = error instanceof Error ? error.message : String(error);
    // fast-check 4 keeps the property's own error as the cause.
    const cause = error instanceof Error && error.cause !== undefined ? `\nCaused by: ${String(error.cause)}` : '';
    throw new Error(`property failed with fast-check seed ${params.seed ?? SEED}:\n${message}${cause}`);
  };
  try {
    const result = fc.assert(property as fc.IProperty<Ts>, params) as unknown;
    return result instanceof Promise ? result.catch(fail) : result;
  } catch (error) {
    return fail(error);
  }
}

// --- EDTF -------------------------------------------------------------------

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** Days in a month of the proleptic Gregorian calendar, computed independently of the parser. */
const daysIn = (year: number, month: number) =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
/** UTC ms of a calendar date; setUTCFullYear keeps years 0–99 literal. */
const utcMs = (y: number, m: number, d: number, hh = 0, mm = 0, ss = 0) => {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  date.setUTCHours(hh, mm, ss, 0);
  return date.getTime();
};

interface GeneratedDate {
  text: string;
  start: number;
  end: number;
}

const qualifier = fc.constantFrom('', '?', '~', '%');
const yearArb = fc.integer({min: 0, max: 9999});
const yearDate: fc.Arbitrary<GeneratedDate> = fc.tuple(yearArb, qualifier).map(([y, q]) => ({
  text: `${pad(y, 4)}${q}`,
  start: utcMs(y, 1, 1),
  end: utcMs(y + 1, 1, 1),
}));
const monthDate: fc.Arbitrary<GeneratedDate> = fc.tuple(yearArb, fc.integer({min: 1, max: 12}), qualifier).map(([y, m, q]) => ({
  text: `${pad(y, 4)}-${pad(m)}${q}`,
  start: utcMs(y, m, 1),
  end: m === 12 ? utcMs(y + 1, 1, 1) : utcMs(y, m + 1, 1),
}));
const dayDate: fc.Arbitrary<GeneratedDate> = fc
  .tuple(yearArb, fc.integer({min: 1, max: 12}), fc.integer({min: 1, max: 31}), qualifier)
  .map(([y, m, d, q]) => {
    const day = Math.min(d, daysIn(y, m));
    return {text: `${pad(y, 4)}-${pad(m)}-${pad(day)}${q}`, start: utcMs(y, m, day), end: utcMs(y, m, day) + 864e5};
  });
const dateTime: fc.Arbitrary<GeneratedDate> = fc
  .tuple(
    yearArb,
    fc.integer({min: 1, max: 12}),
    fc.integer({min: 1, max: 31}),
    fc.integer({min: 0, max: 23}),
    fc.integer({min: 0, max: 59}),
    fc.integer({min: 0, max: 59}),
  )
  .map(([y, m, d, hh, mm, ss]) => {
    const day = Math.min(d, daysIn(y, m));
    const start = utcMs(y, m, day, hh, mm, ss);
    return {text: `${pad(y, 4)}-${pad(m)}-${pad(day)}T${pad(hh)}:${pad(mm)}:${pad(ss)}Z`, start, end: start + 1000};
  });
const singleDate = fc.oneof(yearDate, monthDate, dayDate, dateTime);
/** Two dates put in an order that makes a non-empty interval (the end side may be coarser). */
const intervalDate: fc.Arbitrary<GeneratedDate> = fc
  .tuple(singleDate, singleDate)
  .filter(([a, b]) => b.end > a.start || a.end > b.start)
  .map(([a, b]) => (b.end > a.start ? [a, b] : [b, a]))
  .map(([a, b]) => ({text: `${a!.text}/${b!.text}`, start: a!.start, end: b!.end}));

/** Strings that look like EDTF: digits, separators, qualifiers and the features the parser rejects. */
const edtfish = fc.oneof(
  fc.string({unit: fc.constantFrom(...'0123456789-/?~%TZ:+.XY[]{},. \t\n'.split('')), maxLength: 30}),
  fc.tuple(fc.oneof(singleDate, intervalDate), fc.string({maxLength: 4}), fc.nat(30)).map(([d, junk, at]) => {
    const i = Math.min(at, d.text.length);
    return d.text.slice(0, i) + junk + d.text.slice(i);
  }),
  fc.string({unit: 'binary', maxLength: 40}),
  fc.string({unit: fc.constantFrom('1', '9', '0', '-', '/', '..'), maxLength: 40}),
);

function canStringify(x: unknown): boolean {
  try {
    String(x);
    return true;
  } catch {
    return false;
  }
}

describe('property: parseEdtf', () => {
  it('throws nothing but EdtfError, and whatever it returns is a non-empty finite period', () => {
    check(
      fc.property(edtfish, (input) => {
        let parsed;
        try {
          parsed = parseEdtf(input);
        } catch (error) {
          if (!(error instanceof EdtfError)) throw error;
          expect(error.message).to.be.a('string').and.not.equal('');
          expect(error.input).to.equal(input);
          return;
        }
        expect(Number.isFinite(parsed.start) && Number.isFinite(parsed.end), input).to.be.true;
        expect(parsed.start, input).to.be.lessThan(parsed.end);
      }),
    );
  });

  it('throws EdtfError, not TypeError, for values that are not strings', () => {
    check(
      // Objects that String() itself cannot convert ({toString: 0}, null prototype) are left out: reported.
      fc.property(
        fc.anything().filter((x) => typeof x !== 'string' && canStringify(x)),
        (input) => {
          expect(() => parseEdtf(input as string)).to.throw(EdtfError);
        },
      ),
    );
  });

  it('parses every valid year, month, day, date-time and interval to exactly its period', () => {
    check(
      fc.property(fc.oneof(singleDate, intervalDate), (d) => {
        const parsed = parseEdtf(d.text);
        expect(parsed.start, d.text).to.equal(d.start);
        expect(parsed.end, d.text).to.equal(d.end);
        expect(parsed.start, d.text).to.be.lessThan(parsed.end);
        expect(parsed.isInterval, d.text).to.equal(d.text.includes('/'));
      }),
    );
  });
});

// --- documents --------------------------------------------------------------

/** Strings that stress text handling: empty, huge, astral, combining, markup, quotes. */
const nastyString = fc.oneof(
  {weight: 3, arbitrary: fc.string({maxLength: 40})},
  fc.string({unit: 'binary', maxLength: 40}),
  fc.string({unit: 'grapheme', maxLength: 20}),
  fc.constantFrom('', ' ', '\u0000', '\u202e', '\ud800', '"', '</script>', '<b>x</b>', 'a\u0301', '👩‍👩‍👧', 'x'.repeat(600)),
);
/** Any JSON value, sometimes deep. */
const anyJson = fc.jsonValue({maxDepth: 2});

/** An article text with a few sentences, some unicode. */
const articleText = fc
  .array(fc.oneof(fc.lorem({maxCount: 8}), nastyString), {minLength: 0, maxLength: 8})
  .map((parts) => parts.map((p) => `${p}.`).join(' '));

/** A field that is usually the right type, sometimes anything, sometimes missing (undefined drops the key). */
const field = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({weight: 6, arbitrary: good}, {weight: 1, arbitrary: anyJson}, {weight: 1, arbitrary: fc.constant(undefined)});

/** Stands for a substring of the article text, resolved once the text is known. */
class Slice {
  constructor(
    readonly start: number,
    readonly length: number,
  ) {}
}
const slice = (maxLength: number) => fc.tuple(fc.nat(2000), fc.nat(maxLength)).map(([s, len]) => new Slice(s, len + 1));

/** An event whose quote and date phrase are often real substrings of the article (Slices), or not. */
const eventArb = fc
  .record({
    id: field(fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/), nastyString)),
    date: field(
      fc.oneof(
        singleDate.map((d) => d.text),
        intervalDate.map((d) => d.text),
        edtfish,
      ),
    ),
    title: field(nastyString),
    place: field(nastyString),
    quote: field(fc.oneof({weight: 3, arbitrary: slice(60)}, {weight: 1, arbitrary: nastyString})),
    dateText: field(fc.oneof(slice(12), nastyString)),
    tags: field(fc.array(nastyString, {maxLength: 3})),
  })
  .map(dropUndefined);

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Replaces every Slice with that part of `text` (offsets wrap around its length). */
function resolveSlices(value: unknown, text: string): unknown {
  if (value instanceof Slice) {
    const start = text.length ? value.start % text.length : 0;
    return text.slice(start, start + value.length);
  }
  if (Array.isArray(value)) return value.map((v) => resolveSlices(v, text));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveSlices(v, text)]));
  }
  return value;
}

/** A timeline document, valid or broken in any field. */
const documentArb: fc.Arbitrary<unknown> = fc.oneof(
  {weight: 1, arbitrary: anyJson},
  {
    weight: 8,
    arbitrary: fc
      .record({
        text: articleText,
        textKind: fc.constantFrom('text', 'text', 'text', 'text', 'json', 'none'),
        textJson: anyJson,
        source: field(
          fc
            .record({
              title: field(nastyString),
              publisher: field(nastyString),
              published: field(
                fc.oneof(
                  dayDate.map((d) => d.text.replace(/[?~%]$/, '')),
                  nastyString,
                ),
              ),
              url: field(fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'data:text/html,x'), nastyString)),
            })
            .map(dropUndefined),
        ),
        events: field(fc.array(eventArb, {maxLength: 8})),
        extra: fc.option(anyJson, {nil: undefined}),
      })
      .map(({text, textKind, textJson, source, ...rest}) => {
        const withText =
          typeof source === 'object' && source !== null && !Array.isArray(source) && textKind !== 'none'
            ? {...source, text: textKind === 'text' ? text : textJson}
            : source;
        return resolveSlices(dropUndefined({...rest, source: withText}), text);
      }),
  },
);

describe('property: buildModel', () => {
  it('never throws, and every kept event is anchored where its quote and date phrase are', () => {
    check(
      fc.property(documentArb, (doc) => {
        const model = buildModel(doc);
        const text = model.source.text;
        expect(text).to.be.a('string');
        for (const p of model.problems) {
          expect(p.path).to.be.a('string').and.not.equal('');
          expect(p.message).to.be.a('string').and.not.equal('');
        }
        for (const e of model.events) {
          expect(text.slice(e.quoteSpan.start, e.quoteSpan.end), e.id).to.equal(e.quote);
          expect(e.sentenceSpan.start).to.be.at.most(e.quoteSpan.start);
          expect(e.sentenceSpan.end).to.be.at.least(e.quoteSpan.end);
          if (e.dateTextSpan) expect(text.slice(e.dateTextSpan.start, e.dateTextSpan.end)).to.equal(e.dateText);
          expect(e.date.start).to.be.lessThan(e.date.end);
        }
        const ids = model.events.map((e) => e.id);
        expect(new Set(ids).size, 'ids are unique').to.equal(ids.length);
        const starts = model.events.map((e) => e.date.start);
        expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
      }),
    );
  });
});

// --- layout -----------------------------------------------------------------

/** Any number, mostly plausible, sometimes not finite. */
const wildNumber = (min: number, max: number) =>
  fc.oneof(
    {weight: 8, arbitrary: fc.double({min, max, noNaN: true})},
    {weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, 0, -1, 1e300)},
  );

const T0 = Date.UTC(1900, 0, 1);
const T1 = Date.UTC(2100, 0, 1);

const layoutItem = (sane: boolean): fc.Arbitrary<LayoutItemInput> =>
  fc
    .record({
      id: fc.string({maxLength: 4}),
      start: sane ? fc.integer({min: T0, max: T1}) : wildNumber(-1e16, 1e16),
      length: sane ? fc.integer({min: 0, max: 400 * 864e5}) : wildNumber(-1e12, 1e12),
      point: fc.boolean(),
      labelWidth: sane ? fc.integer({min: 1, max: 400}) : wildNumber(-10, 5000),
      labelHeight: sane ? fc.integer({min: 8, max: 40}) : wildNumber(-10, 200),
      wrapWidth: sane ? fc.option(fc.integer({min: 1, max: 250}), {nil: undefined}) : fc.option(wildNumber(-10, 5000), {nil: undefined}),
      wrapHeight: sane ? fc.integer({min: 16, max: 80}) : wildNumber(-10, 200),
      shortened: fc.boolean(),
    })
    .map(({length, ...item}) => ({...item, end: item.start + length}));

const layoutInput = (sane: boolean) =>
  fc.record({
    items: fc.array(layoutItem(sane), {maxLength: 40}),
    orientation: fc.constantFrom('horizontal' as const, 'vertical' as const),
    width: sane ? fc.integer({min: 50, max: 2500}) : wildNumber(-100, 5000),
    height: sane ? fc.integer({min: 0, max: 2000}) : wildNumber(-100, 5000),
    domain: sane
      ? fc
          .tuple(fc.integer({min: T0, max: T1}), fc.integer({min: 864e5, max: 50 * 365 * 864e5}))
          .map(([a, len]): [number, number] => [a, a + len])
      : fc.tuple(wildNumber(-1e16, 1e16), wildNumber(-1e16, 1e16)),
    margin: fc.record({top: wildNumber(0, 50), right: wildNumber(0, 50), bottom: wildNumber(0, 50), left: wildNumber(0, 100)}),
    laneHeight: sane ? fc.integer({min: 10, max: 40}) : wildNumber(-5, 60),
    // Not 1e300: assignLanes allocates one array per lane, so a huge finite count is a RangeError (reported, not ours to fix).
    maxLanes: sane ? fc.integer({min: 0, max: 8}) : fc.oneof(fc.double({min: -2, max: 12}), fc.constantFrom(NaN, Infinity, -Infinity)),
    labelGap: sane ? fc.integer({min: 0, max: 16}) : wildNumber(-5, 30),
    auto: fc.boolean(),
  });

const numbersOf = (r: LayoutResult) => [
  r.width,
  r.height,
  r.axisX,
  r.axisY,
  r.trackX,
  r.trackY,
  r.ticks,
  ...r.range,
  ...r.gaps.flatMap((g) => [g.start, g.end, r.scale(g.start), r.scale(g.end)]),
  ...r.items.flatMap((i) => [
    i.x0,
    i.x1,
    i.y0,
    i.y1,
    i.labelX,
    i.labelY,
    i.labelWidth,
    i.labelHeight,
    ...(i.leader ? Object.values(i.leader) : []),
  ]),
];

/** Label boxes overlap (by more than half a pixel, to forgive float error). */
const boxesOverlap = (a: LayoutResult['items'][number], b: LayoutResult['items'][number]) =>
  a.labelX < b.labelX + b.labelWidth - 0.5 &&
  b.labelX < a.labelX + a.labelWidth - 0.5 &&
  a.labelY < b.labelY + b.labelHeight - 0.5 &&
  b.labelY < a.labelY + a.labelHeight - 0.5;

describe('property: layoutTimeline', () => {
  it('gives finite coordinates for any input, however broken', () => {
    check(
      fc.property(layoutInput(false), (input) => {
        const result = layoutTimeline(input);
        expect(result.items).to.have.length(input.items.length);
        for (const n of numbersOf(result)) expect(Number.isFinite(n), String(n)).to.be.true;
      }),
    );
  });

  it('puts later points further along the axis, and never overlaps two visible labels', () => {
    check(
      fc.property(layoutInput(true), (input) => {
        const result = layoutTimeline(input);
        for (const n of numbersOf(result)) expect(Number.isFinite(n)).to.be.true;
        const along = (i: (typeof result.items)[number]) => (input.orientation === 'horizontal' ? i.x0 : i.y0);
        const points = result.items
          .map((item, k) => ({item, t: (input.items[k]!.start + input.items[k]!.end) / 2}))
          .filter(({item}) => item.point && item.inView)
          .sort((a, b) => a.t - b.t);
        for (let k = 1; k < points.length; k++) {
          expect(along(points[k]!.item), 'time runs one way').to.be.at.least(along(points[k - 1]!.item) - 1e-6);
        }
        const visible = result.items.filter((i) => i.inView && i.labelVisible);
        for (let a = 0; a < visible.length; a++) {
          for (let b = a + 1; b < visible.length; b++) {
            expect(boxesOverlap(visible[a]!, visible[b]!), `${visible[a]!.id} / ${visible[b]!.id}`).to.be.false;
          }
        }
      }),
    );
  });
});

/**
 * An article's events as the element hands them to the layout: dates of a year, a month or a day
 * within fifteen years, titles 60 to 420 px wide on one line (at most 340 px, shortened beyond), and
 * a little over half as wide on two.
 */
const articleEvent = fc
  .record({
    day: fc.integer({min: 0, max: 15 * 365}),
    precision: fc.constantFrom('year', 'month', 'day', 'day', 'day'),
    width: fc.integer({min: 60, max: 420}),
  })
  .map(({day, precision, width}) => {
    const d = new Date(Date.UTC(2010, 0, 1) + day * 864e5);
    const [y, m] = [d.getUTCFullYear(), d.getUTCMonth()];
    const start = precision === 'year' ? Date.UTC(y, 0, 1) : precision === 'month' ? Date.UTC(y, m, 1) : +d;
    const end = precision === 'year' ? Date.UTC(y + 1, 0, 1) : precision === 'month' ? Date.UTC(y, m + 1, 1) : +d + 864e5;
    return {
      start,
      end,
      point: precision === 'day',
      labelWidth: Math.min(340, width),
      labelHeight: 21,
      shortened: width > 340,
      wrapWidth: Math.ceil(width * 0.55) + 10,
      wrapHeight: 40,
    };
  });

describe('property: the auto scale on articles of up to 30 events, 1024 px and wider', () => {
  it('overlaps no labels, and clusters nothing unless two events share a day', () => {
    check(
      fc.property(fc.array(articleEvent, {minLength: 1, maxLength: 30}), fc.integer({min: 1024, max: 1920}), (events, width) => {
        const items = events.map((e, i) => ({...e, id: `e${i}`}));
        const result = layoutTimeline({
          items,
          auto: true,
          orientation: 'horizontal',
          width,
          domain: [Math.min(...items.map((i) => i.start)), Math.max(...items.map((i) => i.end))],
          margin: {top: 8, right: 16, bottom: 28, left: 16},
          laneHeight: 25,
          maxLanes: 6,
          labelGap: 8,
        });
        const visible = result.items.filter((i) => i.labelVisible);
        for (let a = 0; a < visible.length; a++) {
          for (let b = a + 1; b < visible.length; b++) {
            expect(boxesOverlap(visible[a]!, visible[b]!), `${visible[a]!.id} / ${visible[b]!.id}`).to.be.false;
          }
        }
        const days = items.filter((i) => i.point).map((i) => i.start);
        if (new Set(days).size === days.length) {
          expect(result.clusters, 'clusters').to.have.length(0);
          expect(
            result.items.filter((i) => !i.labelVisible).map((i) => i.id),
            'unlabelled',
          ).to.deep.equal([]);
        }
      }),
      {numRuns: 150},
    );
  });
});

// --- the element ------------------------------------------------------------

/** The two numbers of a `translate(Xpx, Ypx)` transform; none when it is not one. */
const translateNumbers = (transform: string): number[] => {
  const m = /^translate\(([^,]+)px, ([^)]+)px\)$/.exec(transform);
  return m ? [Number(m[1]), Number(m[2])] : [];
};

describe('property: <article-timeline> with random documents', () => {
  let errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  beforeEach(() => {
    errors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('never throws, and ends drawn, empty or with a visible error; every transform is finite', async function () {
    this.timeout(60_000);
    await check(
      fc.asyncProperty(
        documentArb,
        fc.constantFrom('horizontal', 'vertical', 'auto'),
        fc.integer({min: 200, max: 1400}),
        fc.option(
          fc.oneof(
            edtfish,
            dayDate.map((d) => d.text),
          ),
          {nil: undefined},
        ),
        async (doc, orientation, width, start) => {
          const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
          const el = document.createElement('article-timeline') as ArticleTimeline;
          el.orientation = orientation as ArticleTimeline['orientation'];
          if (start !== undefined) el.start = start;
          el.timeline = doc as TimelineDocument;
          wrapper.append(el);
          await settle(el);
          await new Promise((r) => setTimeout(r, 0));
          await settle(el);

          expect(errors, 'uncaught errors').to.deep.equal([]);
          const root = el.shadowRoot!;
          const events = parts(el, 'event');
          const error = parts(el, 'error')[0];
          const status = root.querySelector<HTMLElement>('.status');
          const visible = (node: HTMLElement | null | undefined) => !!node && node.getBoundingClientRect().height > 0;
          expect(root.querySelector('.status[role=status]'), 'still loading').to.equal(null);
          if (doc === null || doc === undefined) {
            // Clearing the property is not an error: the element is simply empty.
            expect(events.length + parts(el, 'error').length, 'empty').to.equal(0);
          } else {
            expect(events.length > 0 || visible(error) || visible(status), 'drawn, an error, or "no events"').to.be.true;
          }
          if (el.problems.length) expect(visible(error), 'problems are shown').to.be.true;
          // Each item is placed as one box, its label at an offset inside it; the mark sits at the
          // box's corner. A NaN would make the browser drop the declaration: so an empty transform fails too.
          for (const node of root.querySelectorAll<HTMLElement>('[part~="event"], [part~="event-label"]')) {
            const numbers = translateNumbers(node.style.transform);
            expect(numbers, `transform ${JSON.stringify(node.style.transform)}`).to.have.length(2);
            for (const n of numbers) expect(Number.isFinite(n), node.style.transform).to.be.true;
          }
          for (const mark of parts(el, 'event-mark')) expect(mark.style.transform, 'a mark is not moved on its own').to.equal('');
          wrapper.remove();
        },
      ),
      {numRuns: 25},
    );
  });
});
