// The bundle gives d3-scale small stand-ins for parts of d3 (scripts/slim/).
// These tests pin that each stand-in answers exactly as the d3 function it replaces, for the inputs
// those packages give it, so the bundled element behaves like the one the other tests check.
import {expect} from '@open-wc/testing';
import * as d3i from 'd3-interpolate';
import {scaleUtc} from 'd3-scale';

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
});
