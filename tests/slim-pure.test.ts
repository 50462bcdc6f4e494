// The bundle marks d3-time's and d3-array's load-time constants pure (scripts/slim/pure.mjs), so
// the ones nothing reaches are left out. These tests run the marked text of the real files and pin
// that it exports and answers exactly as d3 does, so the bundled element behaves like the one the
// other tests check.
import {expect} from '@open-wc/testing';
import * as d3t from 'd3-time';

// A non-literal specifier: these are plain JS modules outside the TypeScript project.
const load = (path: string): Promise<unknown> => import(path);
const source = async (path: string) => (await fetch(path)).text();
const moduleOf = (code: string) => URL.createObjectURL(new Blob([code], {type: 'text/javascript'}));
const {markPure} = (await load('/scripts/slim/pure.mjs')) as {markPure: (source: string) => string};
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
const pureTime = (await load(
  moduleOf(pureTimeSource.replace(/from\s*(['"])[^'"]*d3-array[^'"]*\1/, `from '${pureArrayUrl}'`)),
)) as typeof d3t;

describe('slim d3 (bundle only)', () => {
  describe('d3-time and d3-array with their constants marked pure', () => {
    it('export the same names', () => {
      expect(Object.keys(pureTime).sort()).to.deep.equal(Object.keys(d3t).sort());
      expect(Object.keys(pureArray).sort()).to.deep.equal(Object.keys(d3a).sort());
      expect(pureTimeSource).to.include('/* @__PURE__ */ timeWeekday(1)');
      expect(pureTimeSource, 'the local-time year and its every() are one pure initialiser').to.match(
        /const timeYear = \/\* @__PURE__ \*\/ \(\(\) => \{/,
      );
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
          expect(pure.range(date, real.offset(date, 5)).map(Number), name).to.deep.equal(
            real.range(date, real.offset(date, 5)).map(Number),
          );
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
      const spans = [
        [Date.UTC(2012, 0, 1), Date.UTC(2023, 2, 22)],
        [Date.UTC(2023, 2, 17), Date.UTC(2023, 2, 20, 12)],
        [0, 1500],
      ];
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
