import {expect} from '@open-wc/testing';
import {placeTickLabels} from '../src/element/axis.js';
import {tickLabels} from '../src/time/ticks.js';
import {articleTimeline, parts, settle} from './helpers/timeline.js';

const utc = (iso: string) => new Date(`${iso}Z`);

describe('tick labels: which name a new day, month or year', () => {
  it('marks the changes of the larger unit after the first tick', () => {
    const hours = ['2023-03-19T18:00', '2023-03-20T00:00', '2023-03-20T06:00', '2023-03-21T00:00'].map(utc);
    expect(tickLabels(hours, 'en')).to.deep.equal({
      labels: ['Mar 19, 18:00 UTC', 'Mar 20', '06:00', 'Mar 21'],
      major: [false, true, false, true],
    });
    const days = ['2023-03-30', '2023-03-31', '2023-04-01', '2023-04-02'].map((d) => utc(`${d}T00:00`));
    expect(tickLabels(days, 'en').major).to.deep.equal([false, false, true, false]);
    const months = ['2022-11-01', '2022-12-01', '2023-01-01'].map((d) => utc(`${d}T00:00`));
    expect(tickLabels(months, 'en').major).to.deep.equal([false, false, true]);
  });
});

describe('placeTickLabels', () => {
  const shown = (places: {hidden: boolean}[]) => places.flatMap((p, i) => (p.hidden ? [] : [i]));

  it('shows a new day before a long first label that would hide it', () => {
    // "Mar 19, 18:00 UTC" at the left edge (anchored there), "Mar 20" 60 px on, hours after it.
    const places = placeTickLabels(
      [
        {x: 0, w: 110},
        {x: 60, w: 40},
        {x: 100, w: 35},
        {x: 160, w: 35},
      ],
      [false, true, false, false],
      400,
    );
    expect(places[0]!.anchor).to.equal('left');
    expect(shown(places)).to.deep.equal([1, 3]);
  });

  it('keeps a new month among dense days, and 6 px between all labels shown', () => {
    const ticks = [10, 30, 50, 70, 90].map((x) => ({x, w: 18}));
    // Left to right alone would show 0, 2, 4; the first of the month (3) goes first.
    expect(shown(placeTickLabels(ticks, [false, false, false, true, false], 200))).to.deep.equal([0, 3]);
    expect(shown(placeTickLabels(ticks, [false, false, false, false, false], 200))).to.deep.equal([0, 2, 4]);
    // Exactly 6 px apart is enough; 5 px is not.
    expect(
      shown(
        placeTickLabels(
          [
            {x: 20, w: 20},
            {x: 46, w: 20},
          ],
          [false, false],
          100,
        ),
      ),
    ).to.deep.equal([0, 1]);
    expect(
      shown(
        placeTickLabels(
          [
            {x: 20, w: 20},
            {x: 45, w: 20},
          ],
          [false, false],
          100,
        ),
      ),
    ).to.deep.equal([0]);
  });

  it('anchors the edge labels inward in time order either way (rtl: the first tick is the rightmost)', () => {
    const places = placeTickLabels(
      [
        {x: 395, w: 60},
        {x: 200, w: 30},
        {x: 3, w: 40},
      ],
      [false, false, false],
      400,
    );
    expect(places.map((p) => p.anchor)).to.deep.equal(['right', undefined, 'left']);
    expect(shown(places)).to.deep.equal([0, 1, 2]);
  });
});

describe('the axis zoomed to hours from an evening', () => {
  /** The day ticks (at midnight) in view, with their labels and whether they show. */
  const dayTicks = (el: HTMLElement & {shadowRoot: ShadowRoot | null}) =>
    [...parts(el as never, 'axis')[0]!.querySelectorAll<SVGGElement & {__data__: Date}>('.tick')]
      .filter((t) => +t.__data__ % 864e5 === 0)
      .map((t) => {
        const text = t.querySelector('text')!;
        return {label: text.textContent, shown: text.getAttribute('visibility') !== 'hidden'};
      });

  for (const [width, scale] of [
    [1000, 'linear'],
    [600, 'linear'],
    [600, 'auto'],
  ] as const) {
    it(`shows each new day's label, though the first tick's label is long (${width} px, ${scale})`, async () => {
      const el = await articleTimeline(width, {orientation: 'horizontal', scale});
      el.view = {start: utc('2023-03-19T18:00'), end: utc('2023-03-22T12:00')};
      await settle(el);
      const days = dayTicks(el);
      if (scale === 'linear') expect(days.map((d) => d.label)).to.include.members(['Mar 20', 'Mar 21', 'Mar 22']);
      // With a break in view (zoom magnifies the auto scale's whole drawing), each stretch's first day
      // names its month and year ("Mar 20, 2023"), the next ones their day ("21").
      else
        for (const day of ['20', '21', '22'])
          expect(
            days.some((d) => new RegExp(`\\b${day}\\b`).test(d.label!)),
            day,
          ).to.equal(true);
      for (const day of days) expect(day.shown, `${day.label} shown`).to.equal(true);
    });
  }
});

describe('break lengths on a horizontal axis', () => {
  /** The break lengths shown, with their boxes. */
  const shownBreaks = (el: HTMLElement & {shadowRoot: ShadowRoot | null}) =>
    parts(el as never, 'axis-break')
      .map((g) => g.querySelector('text')!)
      .filter((t) => t.getAttribute('visibility') !== 'hidden')
      .map((t) => ({label: t.textContent, box: t.getBoundingClientRect()}));

  for (const width of [1280, 768, 600, 480]) {
    it(`never writes one over another, and shows most of them (the article at ${width} px)`, async () => {
      const el = await articleTimeline(width - 40, {orientation: 'horizontal'});
      const breaks = parts(el, 'axis-break');
      const shown = shownBreaks(el);
      expect(breaks.length).to.be.greaterThan(3);
      expect(shown.length, 'at least half shown').to.be.at.least(breaks.length / 2);
      for (let i = 1; i < shown.length; i++) {
        const [a, b] = [shown[i - 1]!, shown[i]!];
        expect(b.box.left - a.box.right, `${a.label} | ${b.label}`).to.be.at.least(2);
      }
    });
  }
});
