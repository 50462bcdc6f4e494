import {expect} from '@open-wc/testing';
import {compressedScale, compressedTicks, findGaps, gapLength, inGap} from '../src/layout/compressed.js';
import {articleTimeline, eventLi, parts, reveal} from './helpers/timeline.js';

const DAY = 864e5;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe('compressed scale (pure)', () => {
  const items = [
    {start: utc(2012), end: utc(2013)},
    {start: utc(2018), end: utc(2019)},
    {start: utc(2023, 3, 17), end: utc(2023, 3, 18)},
    {start: utc(2023, 3, 20), end: utc(2023, 3, 23)},
  ];
  const domain: [number, number] = [utc(2012), utc(2023, 3, 23)];

  it('finds the long empty stretches, and only those', () => {
    const gaps = findGaps(items, domain);
    expect(gaps).to.have.length(2);
    expect(gaps[0]!.start).to.be.at.least(utc(2013));
    expect(gaps[0]!.end).to.be.at.most(utc(2018));
    expect(gaps[1]!.start).to.be.at.least(utc(2019));
    expect(gaps[1]!.end).to.be.at.most(utc(2023, 3, 17));
    // No gap inside an event, nor between the two March events three days apart.
    for (const item of items) expect(inGap((item.start + item.end) / 2, gaps)).to.be.false;
  });

  it('is monotonic and gives the dense fortnight far more room than a linear scale', () => {
    const gaps = findGaps(items, domain);
    const scale = compressedScale(domain, [0, 1000], gaps);
    let last = -Infinity;
    for (let t = domain[0]; t <= domain[1]; t += 7 * DAY) {
      const x = scale(t);
      expect(x).to.be.at.least(last);
      last = x;
    }
    expect(scale(domain[0])).to.equal(0);
    expect(scale(domain[1])).to.be.closeTo(1000, 1e-6);
    const linearWeek = (1000 * 6 * DAY) / (domain[1] - domain[0]);
    expect(scale(utc(2023, 3, 23)) - scale(utc(2023, 3, 17))).to.be.greaterThan(linearWeek * 20);
    // Each gap takes the same small width.
    for (const g of gaps) expect(scale(g.end) - scale(g.start)).to.be.closeTo(28, 0.001);
  });

  it('ticks each stretch on its own and never inside a gap', () => {
    const gaps = findGaps(items, domain);
    const scale = compressedScale(domain, [0, 1000], gaps);
    const ticks = compressedTicks(scale, gaps, 90);
    expect(ticks.length).to.be.greaterThan(3);
    for (const t of ticks) expect(inGap(+t, gaps)).to.be.false;
    expect(ticks.map(Number)).to.deep.equal([...ticks.map(Number)].sort((a, b) => a - b));
  });

  it('is the linear scale when there is no gap', () => {
    const scale = compressedScale([0, 10 * DAY], [0, 100], []);
    expect(scale(5 * DAY)).to.equal(50);
  });

  it('says how much time a gap skips, in the locale', () => {
    expect(gapLength({start: utc(2013), end: utc(2018)}, 'en')).to.equal('5 years');
    expect(gapLength({start: utc(2022, 3), end: utc(2022, 9)}, 'en')).to.equal('6 months');
    expect(gapLength({start: utc(2013), end: utc(2018)}, 'de')).to.equal('5 Jahre');
  });
});

describe('<article-timeline scale="compressed">', () => {
  it('draws a labelled break mark for each compressed gap and keeps time order', async () => {
    const el = await articleTimeline(1280, {orientation: 'horizontal', scale: 'compressed', locale: 'en'});
    const breaks = parts(el, 'axis-break');
    expect(breaks.length).to.be.greaterThan(1);
    const skips = breaks.map((b) => b.getAttribute('data-skips'));
    expect(skips).to.include('5 years');
    for (const b of breaks) expect(b.textContent!.trim()).to.equal(b.getAttribute('data-skips'));
    const x = (id: string) => {
      const r = eventLi(el, id).querySelector('[part~="event-mark"]')!.getBoundingClientRect();
      return r.left + r.width / 2;
    };
    // Dots (known days) are centred on their day: their order on screen is their order in time
    // (a dot inside a cluster is drawn when it has the keyboard focus).
    const ids = el.model!.events.filter((e) => !e.date.isInterval && e.date.from.precision === 'day').map((e) => e.id);
    const xs: number[] = [];
    for (const id of ids) {
      await reveal(el, id);
      xs.push(x(id));
    }
    for (let i = 1; i < xs.length; i++) expect(xs[i]!, ids[i]).to.be.at.least(xs[i - 1]! - 0.5);
    // The visit's days are far apart on screen, unlike on the linear axis.
    expect(xs[ids.indexOf('talks-continue')]! - xs[ids.indexOf('visit-announced')]!).to.be.greaterThan(10);
    // The event is still named with its true date.
    expect(eventLi(el, 'vladivostok-pancakes').querySelector('[part~="event-label"]')!.getAttribute('aria-label')).to.contain('2018');
  });

  it('scale="linear" draws no break', async () => {
    const el = await articleTimeline(1280, {orientation: 'horizontal', scale: 'linear'});
    expect(parts(el, 'axis-break')).to.have.length(0);
    el.scale = 'compressed';
    await el.updateComplete;
    expect(parts(el, 'axis-break').length).to.be.greaterThan(0);
  });
});
