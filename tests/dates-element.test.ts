/**
 * The element with the dates of EDTF level 1 and date-times (issue #17): history before year 1, one
 * day in hours, open-ended periods, seasons, a document whose every event is rejected, and the
 * errors of `start` and `view`.
 */
import {expect, oneEvent} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import type {TimelineDocument} from '../src/document/types.js';
import type {ArticleTimeline} from '../src/element/article-timeline.js';
import {eventLi, isOpen, labelOf, parts, settle, timelineFrom, tooltip} from './helpers/timeline.js';

const TEXT = 'Caesar was killed. Augustus died. The talks began. The talks went on. Lunch. A vote. A statement. Night fell.';
const doc = (dates: string[], quote = 'The talks began'): TimelineDocument => ({
  source: {title: 'Dates', text: TEXT},
  events: dates.map((date, i) => ({id: `e${i}`, date, title: `Event ${i} (${date})`, quote})),
});
const tickTexts = (el: ArticleTimeline) =>
  [...el.shadowRoot!.querySelectorAll('[part~="axis"] .tick text')].map((t) => t.textContent ?? '');
const nameOf = (el: ArticleTimeline, id: string) => labelOf(el, id).getAttribute('aria-label') ?? '';
const statusText = (el: ArticleTimeline) => el.shadowRoot!.querySelector('.status')?.textContent ?? '';
const markOf = (el: ArticleTimeline, id: string) => eventLi(el, id).querySelector<HTMLElement>('[part~="event-mark"]')!;
const plotRect = (el: ArticleTimeline) => el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();

describe('the element with dates before year 1', () => {
  it('names BCE dates and years with their era, on the axis and in the events', async () => {
    const el = await timelineFrom(doc(['-0043-03-15', '-0030', '0014-08-19']), 900);
    expect(el.problems).to.deep.equal([]);
    expect(nameOf(el, 'e0')).to.contain('March 15, 44 BC');
    expect(nameOf(el, 'e1')).to.contain('31 BC');
    const ticks = tickTexts(el);
    expect(ticks.length).to.be.greaterThan(2);
    expect(
      ticks.some((t) => / BC$/.test(t)),
      ticks.join(' | '),
    ).to.equal(true);
    // Year 0 is 1 BC: no tick may read a bare "1" next to "1 BC" or "1 AD".
    expect(
      ticks.filter((t) => t === '1'),
      ticks.join(' | '),
    ).to.deep.equal([]);
  });
});

describe('the element with one day in hours', () => {
  const hours = ['09:00', '10:30', '12:15', '14:00', '17:45', '20:00'];
  const day = doc(hours.map((h) => `2023-03-20T${h}:00.000Z`));

  it('fills the width with the hours of the day, and names the zone on the axis as in the details', async () => {
    const el = await timelineFrom(day, 1000);
    const plot = plotRect(el);
    const first = markOf(el, 'e0').getBoundingClientRect();
    const last = markOf(el, 'e5').getBoundingClientRect();
    // 11 hours padded by a tenth on each side: the events span 5/6 of the plot (a day of padding gave a fifth).
    expect((last.left - first.left) / plot.width).to.be.greaterThan(0.75);
    const ticks = tickTexts(el);
    expect(ticks.filter((t) => t.includes('UTC')).length, ticks.join(' | ')).to.equal(1);
    expect(
      ticks.some((t) => /^1[0-9]:00$/.test(t)),
      ticks.join(' | '),
    ).to.equal(true);
    expect(nameOf(el, 'e0')).to.contain('09:00 UTC');
  });

  it('names no zone anywhere for times written without one', async () => {
    const el = await timelineFrom(doc(hours.map((h) => `2023-03-20T${h}:00`)), 1000);
    expect(tickTexts(el).join(' ')).not.to.contain('UTC');
    expect(nameOf(el, 'e0')).to.contain('09:00').and.not.contain('UTC');
  });

  it('takes toISOString() output in start and end, and in view', async () => {
    const el = await timelineFrom(day, 1000, {start: '2023-03-20T08:00:00.000Z', end: '2023-03-20T21:00:00.000Z'});
    expect(el.problems).to.deep.equal([]);
    el.view = {start: '2023-03-20T11:00:00.000Z', end: '2023-03-20T15:00:00.000Z'};
    await settle(el);
    expect(el.view.start.toISOString()).to.equal('2023-03-20T11:00:00.000Z');
    expect(el.view.end.toISOString()).to.equal('2023-03-20T15:00:00.001Z');
  });
});

describe('the element with open and unknown ends', () => {
  it('draws an open end to the edge of the period, faded, and says the period goes on', async () => {
    const el = await timelineFrom(doc(['2014/..', '2016', '2020-05-01']), 1000);
    expect(el.problems).to.deep.equal([]);
    expect(nameOf(el, 'e0')).to.contain('since 2014');
    const mark = markOf(el, 'e0');
    expect(mark.classList.contains('open-end')).to.equal(true);
    expect(getComputedStyle(mark).maskImage).to.contain('linear-gradient');
    // It reaches past the last event, to the end of the drawn period.
    const lastEvent = markOf(el, 'e2').getBoundingClientRect();
    expect(mark.getBoundingClientRect().right).to.be.greaterThan(lastEvent.right);
    expect(mark.getBoundingClientRect().right).to.be.closeTo(plotRect(el).right, 40);
  });

  it('marks an unknown start as such and says so', async () => {
    const el = await timelineFrom(doc(['/1985', '1990']), 1000);
    expect(markOf(el, 'e0').classList.contains('unknown-start')).to.equal(true);
    expect(nameOf(el, 'e0')).to.contain('start unknown – 1985');
  });
});

describe('the element with seasons', () => {
  it('names the season in the reader’s language and draws it as a coarse period', async () => {
    const el = await timelineFrom(doc(['2022-22', '2022-12-01']), 900);
    expect(nameOf(el, 'e0')).to.contain('summer 2022');
    expect(markOf(el, 'e0').classList.contains('coarse')).to.equal(true);
    el.locale = 'de';
    await settle(el);
    expect(nameOf(el, 'e0')).to.contain('Sommer 2022');
  });
});

describe('the element when every event is rejected', () => {
  it('says in the plot that all were rejected, not that the period is empty', async () => {
    const el = await timelineFrom(doc(['2023-13', '2023-02-30', 'soon']), 800);
    expect(el.problems).to.have.length(3);
    expect(statusText(el)).to.equal('All 3 events were rejected: see the problems above');
    el.locale = 'de';
    await settle(el);
    expect(statusText(el)).to.equal('Alle 3 Ereignisse wurden abgelehnt: siehe die Probleme oben');
  });

  it('still says the period is empty when events exist outside it', async () => {
    const el = await timelineFrom(doc(['2018', '2019']), 800, {start: '2021', end: '2022'});
    expect(statusText(el)).to.equal('No events in this period');
  });
});

describe('errors of start, end and view', () => {
  it('names a bad start once, without repeating its place', async () => {
    const el = await timelineFrom(doc(['2018', '2019']), 800, {start: '2023-03-20T09:00'});
    const problem = el.problems.find((p) => p.path === 'start')!;
    expect(problem.message).to.match(/^"2023-03-20T09:00" is not an EDTF date-time/);
    const shown = parts(el, 'error')[0]!.textContent ?? '';
    expect(shown).to.contain('start: "2023-03-20T09:00"').and.not.contain('start: start:');
  });

  it('blames the format, not the order, for a view end that does not parse', async () => {
    const el = await timelineFrom(doc(['2018', '2019']), 800);
    expect(() => (el.view = {start: '2018', end: '2019-13'})).to.throw(
      RangeError,
      'view.end: "2019-13" is not a valid date: month 13 does not exist',
    );
    expect(() => (el.view = {start: new Date(NaN), end: '2019'})).to.throw(RangeError, 'view.start: an invalid Date');
    expect(() => (el.view = {start: '2019', end: '2018'})).to.throw(RangeError, 'view: expected start before end');
  });
});

describe('the element with 300 events on one day', () => {
  const center = (el: Element): [number, number] => {
    const r = el.getBoundingClientRect();
    return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
  };
  const crowd = doc([...Array.from({length: 300}, () => '2023-03-20'), '2023-03-01', '2023-04-10']);

  /** The crowd's cluster mark, hovered with the mouse; returns the buttons its detail lists. */
  async function hoverCrowd(el: ArticleTimeline): Promise<HTMLButtonElement[]> {
    // The layout labels a few of them and counts the rest in one cluster mark (the "288" badge).
    const cluster = parts(el, 'cluster').find((c) => Number(c.dataset.count) >= 250);
    expect(cluster, 'a cluster of most of the 300').to.exist;
    await sendMouse({type: 'move', position: center(cluster!)});
    await settle(el);
    expect(isOpen(tooltip(el))).to.equal(true);
    return [...tooltip(el).querySelectorAll<HTMLButtonElement>('button.tip-event')];
  }

  it('lists every clustered one as a button in the cluster’s detail, so each of the 300 is a click away', async () => {
    const el = await timelineFrom(crowd, 1000);
    const labelled = parts(el, 'event-label')
      .filter((l) => !l.classList.contains('unlabelled'))
      .map((l) => l.closest('li')!.dataset.eventId!);
    const buttons = await hoverCrowd(el);
    const reachable = new Set([...labelled, ...buttons.map((b) => b.dataset.eventId!)]);
    const crowdIds = Array.from({length: 300}, (_, i) => `e${i}`);
    expect(
      crowdIds.filter((id) => !reachable.has(id)),
      'events reachable by neither a label nor a button',
    ).to.deep.equal([]);
    const target = buttons[150]!;
    target.scrollIntoView({block: 'nearest'});
    const id = target.dataset.eventId!;
    const selected = oneEvent(el, 'timeline-select');
    await sendMouse({type: 'move', position: center(target)});
    await sendMouse({type: 'click', position: center(target)});
    expect((await selected).detail.id).to.equal(id);
    await settle(el);
    expect(el.selected).to.equal(id);
    expect(tooltip(el).querySelector('.tip-title')?.textContent).to.equal(el.model!.events.find((e) => e.id === id)!.title);
    await sendMouse({type: 'move', position: [0, 0]});
  });

  it('opens the event whose button has focus on Enter', async () => {
    const el = await timelineFrom(crowd, 1000);
    const buttons = await hoverCrowd(el);
    const target = buttons[7]!;
    target.focus();
    const selected = oneEvent(el, 'timeline-select');
    await sendKeys({press: 'Enter'});
    expect((await selected).detail.id).to.equal(target.dataset.eventId);
    await sendMouse({type: 'move', position: [0, 0]});
  });
});
