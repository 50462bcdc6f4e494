/**
 * The look of a mark says how well its date is known (#13.2): a dot for a known day, a bar with an
 * edge for a known period, and for a coarse date (a year, a month) a band with no edge, whose ends
 * fade out, rather than dashes (a row of tiny boxes at 1x).
 */
import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import '../src/define.js';
import type {ArticleTimeline} from '../src/element/article-timeline.js';
import {articleTimeline, eventLi, timelineFrom} from './helpers/timeline.js';

function markOf(el: ArticleTimeline, id: string): HTMLElement {
  return eventLi(el, id).querySelector<HTMLElement>('[part~="event-mark"]')!;
}

/** The colour stops of a gradient layer, in order ("transparent" or an rgb()). */
function firstAndLastStop(layer: string): [string, string] {
  const colours = layer.match(/rgba?\([^)]*\)|transparent/g) ?? [];
  return [colours[0] ?? '', colours[colours.length - 1] ?? ''];
}

const clear = (c: string) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);

describe('coarse marks', () => {
  before(() => setViewport({width: 1280, height: 900}));

  for (const orientation of ['horizontal', 'vertical']) {
    it(`${orientation}: a year is a band with no edge and faded ends, not dashes`, async () => {
      const el = await articleTimeline(orientation === 'vertical' ? 420 : 1200, {orientation});
      const style = getComputedStyle(markOf(el, 'vladivostok-pancakes'));
      expect(markOf(el, 'vladivostok-pancakes').classList.contains('coarse')).to.be.true;
      expect(style.borderTopStyle === 'none' || style.borderTopWidth === '0px', 'no border').to.be.true;
      expect(style.backgroundImage).not.to.contain('repeating');
      // Two layers, the line and the band, each fading from and to transparent along the time axis.
      const layers = style.backgroundImage.split(/,\s*(?=linear-gradient)/);
      expect(layers).to.have.length(2);
      for (const layer of layers) {
        // Along the axis: 90deg, or the default (180deg, which the browser leaves out) when vertical.
        if (orientation === 'vertical') expect(layer).not.to.match(/\b90deg/);
        else expect(layer).to.contain('90deg');
        const [first, last] = firstAndLastStop(layer);
        expect(clear(first) && clear(last), `${layer} fades at both ends`).to.be.true;
      }
    });
  }

  it('a month is coarse too; a known day is a dot and a known period a bar with a solid edge', async () => {
    const el = await timelineFrom(
      {
        source: {title: 'T', text: 'In May 2020 it began. On 3 June it met. From 1 to 9 July it sat.'},
        events: [
          {id: 'month', date: '2020-05', title: 'Began', quote: 'In May 2020 it began.'},
          {id: 'day', date: '2020-06-03', title: 'Met', quote: 'On 3 June it met.'},
          {id: 'period', date: '2020-07-01/2020-07-09', title: 'Sat', quote: 'From 1 to 9 July it sat.'},
        ],
      },
      800,
      {orientation: 'horizontal'},
    );
    expect(markOf(el, 'month').classList.contains('coarse')).to.be.true;
    expect(getComputedStyle(markOf(el, 'month')).backgroundImage).to.contain('linear-gradient');
    const day = markOf(el, 'day');
    expect(day.classList.contains('point') && !day.classList.contains('coarse')).to.be.true;
    const period = getComputedStyle(markOf(el, 'period'));
    expect(markOf(el, 'period').classList.contains('coarse')).to.be.false;
    expect(period.borderTopStyle).to.equal('solid');
    expect(period.backgroundImage).to.equal('none');
  });

  it('an uncertain coarse date ("2018?") keeps a look of its own: a dotted line', async () => {
    const el = await timelineFrom(
      {
        source: {title: 'T', text: 'They met in 2018, perhaps. Then in 2020.'},
        events: [
          {id: 'a', date: '2018?', title: 'Met, perhaps', quote: 'They met in 2018, perhaps.'},
          {id: 'b', date: '2020', title: 'Met', quote: 'Then in 2020.'},
        ],
      },
      800,
      {orientation: 'horizontal'},
    );
    const uncertain = getComputedStyle(markOf(el, 'a')).backgroundImage;
    const certain = getComputedStyle(markOf(el, 'b')).backgroundImage;
    expect(uncertain).to.contain('repeating-linear-gradient');
    expect(certain).not.to.contain('repeating');
  });
});
