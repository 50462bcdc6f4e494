// The bundle gives d3-scale small stand-ins for parts of d3 (scripts/slim/), trims d3-selection to
// the methods used and marks d3-time's and d3-array's constants pure.
// These tests pin that each stand-in answers exactly as the d3 function it replaces, for the inputs
// those packages give it, so the bundled element behaves like the one the other tests check.
import {expect} from '@open-wc/testing';
import {axisBottom, axisLeft} from 'd3-axis';
import * as d3i from 'd3-interpolate';
import {scaleUtc} from 'd3-scale';
import * as d3s from 'd3-selection';
import * as d3t from 'd3-time';

type Interpolator<T> = (a: T, b: T) => ((t: number) => T) & {duration?: number};
interface SlimInterpolate {
  interpolate: Interpolator<unknown>;
  interpolateNumber: Interpolator<number>;
  interpolateRound: Interpolator<number>;
  interpolateRgb: () => never;
  piecewise: () => never;
}

// A non-literal specifier: these are plain JS modules outside the TypeScript project.
const load = (path: string): Promise<unknown> => import(path);
const slim = (await load('/scripts/slim/d3-interpolate.mjs')) as SlimInterpolate;
const slimFormat = (await load('/scripts/slim/d3-time-format.mjs')) as {utcFormat: (s: string) => (d: Date) => string};

const TS = [0, 0.1, 0.25, 1 / 3, 0.5, 0.77, 0.999, 1];

// The in-place changes are string transforms of d3's own files: run them here on the same files.
const source = async (path: string) => (await fetch(path)).text();
const moduleOf = (code: string) => URL.createObjectURL(new Blob([code], {type: 'text/javascript'}));
const {slimSelection, SELECTION_METHODS} = (await load('/scripts/slim/d3-selection.mjs')) as {
  slimSelection: (source: string) => string;
  SELECTION_METHODS: string[];
};
const {markPure} = (await load('/scripts/slim/pure.mjs')) as {markPure: (source: string) => string};
const slimSel = (await load(moduleOf(slimSelection(await source('/node_modules/d3-selection/dist/d3-selection.mjs'))))) as typeof d3s;
const pureArrayUrl = moduleOf(markPure(await source('/node_modules/d3-array/dist/d3-array.mjs')));
/** The d3-array functions checked below (it has no type declarations here). */
interface ArrayModule {
  ticks: (start: number, stop: number, count: number) => number[];
  tickStep: (start: number, stop: number, count: number) => number;
  bisectRight: (array: number[], x: number) => number;
  bisector: <T>(f: (d: T) => number) => {center: (array: T[], x: number) => number};
  blur: (data: number[], radius: number) => number[];
}
// d3-array as the test server serves it (bare imports rewritten), like the d3-time text below.
const d3a = (await load('/node_modules/d3-array/dist/d3-array.mjs')) as ArrayModule;
const pureArray = (await load(pureArrayUrl)) as ArrayModule;
const pureTimeSource = markPure(await source('/node_modules/d3-time/dist/d3-time.mjs'));
const pureTime = (await load(moduleOf(pureTimeSource.replace(/from\s*(['"])[^'"]*d3-array[^'"]*\1/, `from '${pureArrayUrl}'`)))) as typeof d3t;

describe('slim d3 stand-ins (bundle only)', () => {
  it('interpolate numbers exactly as d3-interpolate does', () => {
    for (const [a, b] of [[0, 1], [-250.5, 980], [1e12, 1.7e12], [3, 3]] as const) {
      for (const t of TS) {
        expect(slim.interpolateNumber(a, b)(t)).to.equal(d3i.interpolateNumber(a, b)(t));
        expect(slim.interpolateRound(a, b)(t)).to.equal(d3i.interpolateRound(a, b)(t));
        expect(slim.interpolate(a, b)(t)).to.equal(d3i.interpolate(a, b)(t));
      }
    }
    expect(slim.interpolate(1, null)(0.5)).to.equal(d3i.interpolate(1, null)(0.5));
  });

  it('give a UTC time scale the same pixels and the same inverted dates', () => {
    const domain = [new Date(Date.UTC(2012, 0, 1)), new Date(Date.UTC(2023, 2, 22))];
    const real = scaleUtc().domain(domain).range([16, 984]);
    const slimmed = real.copy().interpolate(slim.interpolate as never);
    const rounded = scaleUtc().domain(domain).rangeRound([16, 984]);
    const slimRounded = rounded.copy().interpolate(slim.interpolateRound as never);
    for (const ms of [Date.UTC(2012, 0, 1), Date.UTC(2018, 8, 12), Date.UTC(2023, 2, 20, 12), Date.UTC(2030, 0, 1)]) {
      expect(slimmed(new Date(ms))).to.equal(real(new Date(ms)));
      expect(slimRounded(new Date(ms))).to.equal(rounded(new Date(ms)));
    }
    for (const px of [0, 16, 500.5, 984]) expect(+slimmed.invert(px)).to.equal(+real.invert(px));
  });

  it('say loudly when code reaches a part that is not bundled', () => {
    expect(() => slim.interpolate('red', 'blue')).to.throw(/not in the bundle/);
    expect(() => slim.interpolate(new Date(0), new Date(1))).to.throw(/interpolate for a Date/);
    expect(() => slim.interpolateRgb()).to.throw(/interpolateRgb is not in the bundle/);
    expect(() => slim.piecewise()).to.throw(/piecewise/);
  });

  it('format a default time tick as ISO 8601', () => {
    expect(slimFormat.utcFormat('%Y')(new Date(Date.UTC(2018, 8, 12)))).to.equal('2018-09-12T00:00:00.000Z');
  });

  describe('d3-selection trimmed to the methods used', () => {
    const domain = [new Date(Date.UTC(2012, 0, 1)), new Date(Date.UTC(2023, 2, 22))];

    /** Draws the axis as the element does, with one d3-selection or the other, and returns its SVG. */
    function draw(select: typeof d3s.select, vertical: boolean, g: SVGGElement, count: number, end = domain[1]!) {
      const scale = scaleUtc().domain([domain[0]!, end]).range([16, 784]);
      const values = scale.ticks(count);
      const axis = (vertical ? axisLeft(scale) : axisBottom(scale))
        .tickValues(values)
        .tickFormat((d, i) => `${i}:${(d as Date).getUTCFullYear()}`)
        .tickSizeOuter(0);
      select(g).call(axis);
      select(g).attr('font-family', null).attr('font-size', null);
      return g.outerHTML;
    }

    it('draws, redraws and shrinks the axis exactly as d3-selection does', () => {
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      document.body.append(svg);
      try {
        for (const vertical of [false, true]) {
          const [real, slim] = [0, 1].map(() => svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'g')));
          // First draw (enter), more ticks (enter + update), fewer ticks (exit), a new domain (update).
          for (const [count, end] of [[6], [12], [3], [8, new Date(Date.UTC(2030, 5, 1))]] as [number, Date?][]) {
            const expected = draw(d3s.select, vertical, real!, count, end);
            expect(draw(slimSel.select, vertical, slim!, count, end)).to.equal(expected);
            expect(slim!.querySelectorAll('.tick').length).to.equal(real!.querySelectorAll('.tick').length);
          }
          expect(slim!.querySelectorAll('.tick').length).to.be.greaterThan(3);
        }
      } finally {
        svg.remove();
      }
    });

    it('keeps every method d3-axis and the element call, and only those', () => {
      const selection = slimSel.select(document.body) as unknown as Record<string, unknown>;
      for (const name of SELECTION_METHODS) expect(typeof selection[name], name).to.equal('function');
      for (const name of ['style', 'on', 'join', 'classed', 'html', 'datum', 'property']) expect(selection[name], name).to.equal(undefined);
      expect(slimSel.select(document.body).attr('lang', 'de').attr('lang')).to.equal('de');
      document.body.removeAttribute('lang');
    });
  });

  describe('d3-time and d3-array with their constants marked pure', () => {
    it('export the same names', () => {
      expect(Object.keys(pureTime).sort()).to.deep.equal(Object.keys(d3t).sort());
      expect(Object.keys(pureArray).sort()).to.deep.equal(Object.keys(d3a).sort());
      expect(pureTimeSource).to.include('/* @__PURE__ */ timeWeekday(1)');
      expect(pureTimeSource, 'the local-time year and its every() are one pure initialiser').to.match(/const timeYear = \/\* @__PURE__ \*\/ \(\(\) => \{/);
    });

    it('give every interval the same floor, ceil, offset and range', () => {
      const dates = [Date.UTC(2012, 1, 29, 13, 45, 30, 500), Date.UTC(2023, 2, 20, 0, 0, 0), Date.UTC(1999, 11, 31, 23, 59, 59, 999)];
      const timeModule = d3t as unknown as Record<string, d3t.TimeInterval>;
      const pureModule = pureTime as unknown as Record<string, d3t.TimeInterval>;
      let intervals = 0;
      for (const [name, real] of Object.entries(timeModule)) {
        if (typeof real?.floor !== 'function') continue;
        const pure = pureModule[name]!;
        intervals++;
        for (const ms of dates) {
          const date = new Date(ms);
          expect(+pure.floor(date), name).to.equal(+real.floor(date));
          expect(+pure.ceil(date), name).to.equal(+real.ceil(date));
          expect(+pure.offset(date, 3), name).to.equal(+real.offset(date, 3));
          expect(pure.range(date, real.offset(date, 5)).map(Number), name).to.deep.equal(real.range(date, real.offset(date, 5)).map(Number));
          // every() is attached by a statement of its own in d3's file, folded into the interval's initialiser here.
          type Every = {every?: (k: number) => d3t.TimeInterval | null};
          const [pe, re] = [(pure as Every).every, (real as Every).every];
          expect(typeof pe, `${name}.every`).to.equal(typeof re);
          const [p3, r3] = [pe?.(3), re?.(3)];
          expect(p3 ? +p3.floor(date) : null, `${name}.every(3)`).to.equal(r3 ? +r3.floor(date) : null);
        }
      }
      expect(intervals).to.be.greaterThan(30);
    });

    it('make the same time ticks and the same array helpers', () => {
      const spans = [[Date.UTC(2012, 0, 1), Date.UTC(2023, 2, 22)], [Date.UTC(2023, 2, 17), Date.UTC(2023, 2, 20, 12)], [0, 1500]];
      for (const [a, b] of spans) {
        for (const count of [3, 10, 40]) {
          const [start, stop] = [new Date(a!), new Date(b!)];
          expect(pureTime.utcTicks(start, stop, count).map(Number)).to.deep.equal(d3t.utcTicks(start, stop, count).map(Number));
          expect(pureTime.timeTicks(start, stop, count).map(Number)).to.deep.equal(d3t.timeTicks(start, stop, count).map(Number));
          expect(String(pureTime.utcTickInterval(start, stop, count)?.range(start, stop).length)).to.equal(
            String(d3t.utcTickInterval(start, stop, count)?.range(start, stop).length),
          );
        }
      }
      expect(pureArray.ticks(-1.3, 7.9, 10)).to.deep.equal(d3a.ticks(-1.3, 7.9, 10));
      expect(pureArray.tickStep(0, 1e12, 7)).to.equal(d3a.tickStep(0, 1e12, 7));
      expect(pureArray.bisectRight([1, 2, 2, 3], 2)).to.equal(d3a.bisectRight([1, 2, 2, 3], 2));
      expect(pureArray.bisector((d: {x: number}) => d.x).center([{x: 1}, {x: 5}], 4)).to.equal(1);
      expect(pureArray.blur([0, 0, 9, 0, 0], 1)).to.deep.equal(d3a.blur([0, 0, 9, 0, 0], 1));
    });
  });
});

const {dedentTemplates} = (await load('/scripts/slim/lit-html.mjs')) as {dedentTemplates: (source: string) => string};

describe('lit templates without their indentation (bundle only)', () => {
  it('drops only the indentation of static template text, keeping lines, expressions and other code', () => {
    const src = [
      'const a = html`<ol',
      '    class="x">',
      '    ${items.map((i) => {',
      '      // a comment with a ` backtick and a { brace',
      "      const s = '}`';",
      '      return svg`<g>',
      '          <line></line>',
      '        </g>`;',
      '    })}',
      '  </ol>`;',
      'const plain = `keep',
      '    this`;',
      '  const indented = 1;',
    ].join('\n');
    expect(dedentTemplates(src)).to.equal(
      [
        'const a = html`<ol',
        'class="x">',
        '${items.map((i) => {',
        '      // a comment with a ` backtick and a { brace',
        "      const s = '}`';",
        '      return svg`<g>',
        '<line></line>',
        '</g>`;',
        '    })}',
        '</ol>`;',
        'const plain = `keep',
        '    this`;',
        '  const indented = 1;',
      ].join('\n'),
    );
  });

  it('changes the element only in whitespace, line for line', async () => {
    const original = await source('/src/element/article-timeline.ts');
    const dedented = dedentTemplates(original);
    expect(dedented.length, 'something was dropped').to.be.below(original.length);
    expect(dedented.split('\n').length).to.equal(original.split('\n').length);
    expect(dedented.replace(/[ \t]/g, '')).to.equal(original.replace(/[ \t]/g, ''));
  });

  it('fails loudly on a template that does not end', () => {
    expect(() => dedentTemplates('html`<p>${x}')).to.throw(/does not end/);
  });
});
