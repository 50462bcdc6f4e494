// The bundle gives d3-scale small stand-ins for parts of d3 (scripts/slim/) and trims d3-selection
// to the methods used. These tests pin that each stand-in answers exactly as the d3 function it
// replaces, for the inputs those packages give it; the element's tests then run on the bundle itself
// (web-test-runner.bundle.config.mjs).
import {expect} from '@open-wc/testing';
import {axisBottom, axisLeft} from 'd3-axis';
import * as d3i from 'd3-interpolate';
import {scaleUtc} from 'd3-scale';
import * as d3s from 'd3-selection';

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

// The d3-selection trim is a string transform of d3's own file: run it here on the same file.
const source = async (path: string) => (await fetch(path)).text();
const moduleOf = (code: string) => URL.createObjectURL(new Blob([code], {type: 'text/javascript'}));
const {slimSelection, SELECTION_METHODS} = (await load('/scripts/slim/d3-selection.mjs')) as {
  slimSelection: (source: string) => string;
  SELECTION_METHODS: string[];
};
const slimSel = (await load(moduleOf(slimSelection(await source('/node_modules/d3-selection/dist/d3-selection.mjs'))))) as typeof d3s;

describe('slim d3 stand-ins (bundle only)', () => {
  it('interpolate numbers exactly as d3-interpolate does', () => {
    for (const [a, b] of [
      [0, 1],
      [-250.5, 980],
      [1e12, 1.7e12],
      [3, 3],
    ] as const) {
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
});
