import {expect, oneEvent} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import type {ArticleTimeline, TimelineView} from '../src/element/article-timeline.js';
import {articleTimeline, eventLi, isOpen, labelOf, parts, settle, tooltip, drawnIds, reveal, timelineFrom} from './helpers/timeline.js';
import type {TimelineDocument} from '../src/document/types.js';
import {pointer} from './helpers/gestures.js';

const span = (el: ArticleTimeline) => +el.view.end - +el.view.start;
const plot = (el: ArticleTimeline) => el.shadowRoot!.querySelector<HTMLElement>('.plot')!;

function wheel(el: ArticleTimeline, init: WheelEventInit) {
  const r = plot(el).getBoundingClientRect();
  const event = new WheelEvent('wheel', {
    bubbles: true,
    cancelable: true,
    composed: true,
    clientX: r.left + r.width * 0.9,
    clientY: r.top + r.height / 2,
    ...init,
  });
  plot(el).dispatchEvent(event);
  return event;
}

/** Clicks the reset button (the last of the controls) and waits for the drawing. */
async function resetView(el: ArticleTimeline) {
  [...parts(el, 'controls')[0]!.querySelectorAll('button')].at(-1)!.click();
  await settle(el);
}

const tickTexts = (el: ArticleTimeline) => [...parts(el, 'axis')[0]!.querySelectorAll('.tick text')].map((t) => t.textContent);

// Tests that measure a zoom by the length of the view in time run on the linear scale, where it is
// what a reader sees; zoom-auto.test.ts checks the default scale by the marks on screen.
describe('<article-timeline> zoom and pan', () => {
  it('zooms with Ctrl + wheel around the pointer, and says so with timeline-view-change', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal'});
    const before = span(el);
    const changed = oneEvent(el, 'timeline-view-change');
    wheel(el, {deltaY: -300, ctrlKey: true});
    const {detail} = await changed;
    await settle(el);
    expect(span(el)).to.be.lessThan(before * 0.8);
    expect(+(detail as TimelineView).end - +(detail as TimelineView).start).to.equal(span(el));
    // Around the pointer (at 90 % of the width): the end moved far less than the start.
    expect(+el.view.start - +el.model!.events[0]!.date.start).to.be.greaterThan(0);
  });

  it('draws a burst of wheel events once per frame, each step going on from the last', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal', scale: 'linear'});
    const before = span(el);
    let changes = 0;
    el.addEventListener('timeline-view-change', () => changes++);
    // Three pinch steps in one task, as a trackpad sends them between two frames: 2^0.5 each.
    for (let i = 0; i < 3; i++) wheel(el, {deltaY: -25, ctrlKey: true});
    expect(changes, 'nothing is drawn before the frame').to.equal(0);
    await new Promise((r) => requestAnimationFrame(r));
    await settle(el);
    expect(changes, 'one view change for the burst').to.equal(1);
    expect(before / span(el)).to.be.closeTo(2 ** 1.5, 0.01);
  });

  it('lets a plain vertical wheel scroll the page and shows how to zoom instead', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal'});
    const before = el.view;
    const event = wheel(el, {deltaY: 120});
    await settle(el);
    expect(event.defaultPrevented).to.be.false;
    expect(+el.view.start).to.equal(+before.start);
    expect(+el.view.end).to.equal(+before.end);
    expect(el.shadowRoot!.querySelector('.zoom-hint')!.textContent).to.match(/(Ctrl|⌘) \+ scroll to zoom/);
  });

  it('pans with a horizontal wheel', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal'});
    el.view = {start: '2018', end: '2018'};
    await settle(el);
    const event = wheel(el, {deltaX: 200});
    await settle(el);
    expect(event.defaultPrevented).to.be.true;
    expect(+el.view.start).to.be.greaterThan(Date.UTC(2018, 0, 1));
    expect(span(el)).to.be.closeTo(Date.UTC(2019, 0, 1) - Date.UTC(2018, 0, 1), 1000);
  });

  it('zooms with + and −, pans with Shift + arrows, resets with 0', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal', scale: 'linear'});
    const whole = span(el);
    labelOf(el, 'icc-warrant').focus();
    await sendKeys({press: '+'});
    await settle(el);
    expect(span(el)).to.be.closeTo(whole / 2, whole * 0.01);
    await sendKeys({press: '+'});
    await settle(el);
    const zoomed = el.view;
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'ArrowLeft'});
    await sendKeys({up: 'Shift'});
    await settle(el);
    expect(+el.view.start).to.be.lessThan(+zoomed.start);
    await sendKeys({press: '-'});
    await settle(el);
    expect(span(el)).to.be.closeTo(whole / 2, whole * 0.01);
    await sendKeys({press: '0'});
    await settle(el);
    expect(span(el)).to.equal(whole);
  });

  it('vertical: zooming in spreads the events in view along an axis at least as long as the whole one', async () => {
    const el = await articleTimeline(375, {orientation: 'vertical'});
    const axis = () => parts(el, 'axis')[0]!.querySelector('.domain')!.getBoundingClientRect().height;
    const height = () => plot(el).getBoundingClientRect().height;
    const [wholeAxis, wholeHeight] = [axis(), height()];
    const y = (id: string) => eventLi(el, id).getBoundingClientRect().top;
    const gap = y('dushanbe-birthday') - y('vladivostok-pancakes');
    expect(gap).to.be.greaterThan(0);
    el.view = {start: new Date(Date.UTC(2018, 0, 1)), end: new Date(Date.UTC(2020, 0, 1))};
    await settle(el);
    // Two years of eleven: a zoom in, which must not shrink the drawing around its two events.
    expect(axis()).to.be.at.least(wholeAxis - 1);
    expect(y('dushanbe-birthday') - y('vladivostok-pancakes')).to.be.greaterThan(gap * 3);
    // Reset: the whole period, drawn as before.
    await resetView(el);
    expect(axis()).to.equal(wholeAxis);
    expect(height()).to.equal(wholeHeight);
  });

  it('zoomed to hours, the axis names each new day by its date alone, short enough to stay visible', async () => {
    // Linear: hours are ticked (the auto scale ticks an article known to the day by days, at the finest).
    const el = await articleTimeline(1000, {orientation: 'horizontal', scale: 'linear'});
    el.view = {start: new Date(Date.UTC(2023, 2, 19)), end: new Date(Date.UTC(2023, 2, 22))};
    await settle(el);
    const ticks = [...parts(el, 'axis')[0]!.querySelectorAll<SVGGElement & {__data__: Date}>('.tick')];
    const midnights = ticks.filter((t) => +t.__data__ % 864e5 === 0);
    expect(midnights.length).to.be.at.least(2);
    expect(ticks.length).to.be.greaterThan(midnights.length * 2);
    for (const tick of midnights) {
      const text = tick.querySelector('text')!;
      expect(text.textContent).to.match(/^Mar \d+$/);
      expect(text.getAttribute('visibility'), text.textContent!).to.equal(null);
    }
  });

  it('horizontal: zooming keeps the axis in place, so the pointer stays on the timeline and the page below does not move', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal'});
    const axisTop = () => parts(el, 'axis')[0]!.getBoundingClientRect().top;
    const bottom = () => el.getBoundingClientRect().bottom;
    const [wholeAxis, wholeBottom, wholeLabels] = [axisTop(), bottom(), el.shadowRoot!.querySelectorAll('.label:not(.unlabelled)').length];
    // Into 2018-2019 with Ctrl + wheel: two labelled events, one lane where the whole view needs several.
    el.view = {start: new Date(Date.UTC(2017, 6, 1)), end: new Date(Date.UTC(2020, 0, 1))};
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('.label:not(.unlabelled)').length).to.be.lessThan(wholeLabels);
    expect(axisTop()).to.equal(wholeAxis);
    expect(bottom()).to.equal(wholeBottom);
    // The lanes in use sit on the marks, the room left over above them.
    const label = labelOf(el, 'vladivostok-pancakes').getBoundingClientRect();
    const box = plot(el).getBoundingClientRect();
    expect(label.top - box.top).to.be.greaterThan(box.height / 2);
    for (let i = 0; i < 4; i++) wheel(el, {deltaY: -100, ctrlKey: true});
    await new Promise((r) => requestAnimationFrame(r));
    await settle(el);
    expect(axisTop()).to.equal(wholeAxis);
    // Reset: the whole period, drawn as before.
    await resetView(el);
    expect(axisTop()).to.equal(wholeAxis);
    expect(bottom()).to.equal(wholeBottom);
  });

  it('a zoomed timeline turned from vertical to horizontal is not kept as tall as the vertical one', async () => {
    const el = await articleTimeline(375, {orientation: 'auto'});
    el.view = {start: new Date(Date.UTC(2018, 0, 1)), end: new Date(Date.UTC(2020, 0, 1))};
    await settle(el);
    const vertical = plot(el).getBoundingClientRect().height;
    el.parentElement!.style.width = '1000px';
    await new Promise((r) => requestAnimationFrame(r));
    await settle(el);
    expect(el.shadowRoot!.querySelector('.vertical')).to.equal(null);
    expect(plot(el).getBoundingClientRect().height).to.be.lessThan(vertical / 2);
  });

  it('compressed: the + button zooms about the middle of the axis, not the middle of the period', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal', scale: 'compressed'});
    const whole = span(el);
    // The event whose mark is nearest the middle of the axis (on this scale, in the busy last years).
    const box = plot(el).getBoundingClientRect();
    const middle = box.left + box.width / 2;
    const nearest = parts(el, 'event')
      .map((li) => {
        const r = li.querySelector('[part~="event-mark"]')!.getBoundingClientRect();
        return {id: li.dataset.eventId!, d: Math.abs((r.left + r.right) / 2 - middle)};
      })
      .sort((a, b) => a.d - b.d)[0]!;
    const [plus, , reset] = parts(el, 'controls')[0]!.querySelectorAll('button');
    plus!.click();
    await settle(el);
    expect(span(el)).to.be.closeTo(whole / 2, whole * 0.01);
    expect(drawnIds(el).has(nearest.id), `${nearest.id} stays in view`).to.be.true;
    const byButton = el.view;
    // The same from the keyboard, with the focus on the controls rather than on an event.
    reset!.click();
    await settle(el);
    plus!.focus();
    await sendKeys({press: '+'});
    await settle(el);
    expect(el.view).to.deep.equal(byButton);
  });

  it('re-ticks the axis from years to days as it zooms', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal', locale: 'en'});
    expect(tickTexts(el)).to.include('2018');
    el.view = {start: '2023-03-15', end: '2023-03-22'};
    await settle(el);
    const ticks = tickTexts(el);
    expect(ticks.some((t) => /Mar/.test(t ?? ''))).to.be.true;
    expect(ticks.some((t) => /^\d{1,2}$/.test(t ?? ''))).to.be.true;
    // Only the events of that week are drawn.
    const ids = parts(el, 'event').map((e) => e.dataset.eventId);
    expect(ids).to.include('talks-continue');
    expect(ids).not.to.include('vladivostok-pancakes');
  });

  it('has zoom buttons with accessible names in part="controls"', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal', locale: 'en'});
    const controls = parts(el, 'controls')[0]!;
    const buttons = [...controls.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Zoom in', 'Zoom out', 'Show the whole period']);
    const whole = span(el);
    buttons[0]!.click();
    await settle(el);
    expect(span(el)).to.be.lessThan(whole);
    buttons[2]!.click();
    await settle(el);
    expect(span(el)).to.equal(whole);
  });

  it('is bounded: never beyond the data, never below an hour', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal'});
    const whole = span(el);
    (await reveal(el, 'talks-continue')).focus();
    for (let i = 0; i < 20; i++) await sendKeys({press: '+'});
    await settle(el);
    expect(span(el)).to.equal(36e5);
    for (let i = 0; i < 30; i++) await sendKeys({press: '-'});
    await settle(el);
    expect(span(el)).to.equal(whole);
  });

  it('brings a selected event into view', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal'});
    el.view = {start: '2023-03-15', end: '2023-03-22'};
    await settle(el);
    el.selected = 'vladivostok-pancakes';
    await new Promise((r) => setTimeout(r, 400));
    await settle(el);
    expect(+el.view.start).to.be.at.most(Date.UTC(2018, 0, 1));
    expect(+el.view.end).to.be.at.least(Date.UTC(2019, 0, 1));
    expect(isOpen(tooltip(el))).to.be.true;
    expect(eventLi(el, 'vladivostok-pancakes')).to.exist;
  });

  it('keeps every event reachable by keyboard while zoomed in', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal'});
    el.view = {start: '2023-03-19', end: '2023-03-23'};
    await settle(el);
    const visited: string[] = [];
    labelOf(el, 'talks-continue').focus();
    await sendKeys({press: 'Home'});
    await settle(el);
    // Cluster marks are stops too (just before their first event); every event is one.
    for (let i = 0; visited.length < el.model!.events.length && i < 60; i++) {
      const id = el.shadowRoot!.activeElement!.closest('[data-event-id]')?.getAttribute('data-event-id');
      if (id) visited.push(id);
      else expect(el.shadowRoot!.activeElement!.closest('[part~="cluster"]'), 'a stop is an event or a cluster').to.exist;
      await sendKeys({press: 'ArrowRight'});
      await settle(el);
    }
    expect(visited).to.deep.equal(el.model!.events.map((e) => e.id));
  });

  it('zoomable="false" turns off every gesture, key and button', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal', zoomable: 'false'});
    const whole = el.view;
    expect(parts(el, 'controls')).to.have.length(0);
    let changes = 0;
    el.addEventListener('timeline-view-change', () => changes++);
    wheel(el, {deltaY: -300, ctrlKey: true});
    wheel(el, {deltaX: 300});
    labelOf(el, 'icc-warrant').focus();
    await sendKeys({press: '+'});
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'ArrowLeft'});
    await sendKeys({up: 'Shift'});
    plot(el).dispatchEvent(new MouseEvent('dblclick', {bubbles: true, clientX: 500, clientY: 50}));
    await settle(el);
    expect(changes).to.equal(0);
    expect(+el.view.start).to.equal(+whole.start);
    expect(+el.view.end).to.equal(+whole.end);
    el.zoomable = true;
    await settle(el);
    expect(parts(el, 'controls')).to.have.length(1);
  });
});

// The cluster and deep-link tests need the article's March 2023 cluster: the linear scale has it (the
// default auto scale gives every event its own mark at these widths, issue #13).
describe('<article-timeline> clusters', () => {
  it('merges dots too close to point at, and splits them when zoomed in', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal', scale: 'linear'});
    const clusters = parts(el, 'cluster');
    expect(clusters.length).to.be.greaterThan(0);
    const counted = clusters.reduce((n, c) => n + Number(c.dataset.count), 0);
    expect(counted).to.be.greaterThan(2);
    // Every event stays in the keyboard order.
    expect(drawnIds(el).size).to.equal(el.model!.events.length);
    const whole = span(el);
    clusters[clusters.length - 1]!.click();
    await settle(el);
    expect(span(el)).to.be.lessThan(whole / 10);
    el.view = {start: '2023-03-16', end: '2023-03-22'};
    await settle(el);
    expect(parts(el, 'cluster').reduce((n, c) => n + Number(c.dataset.count), 0)).to.be.lessThan(counted);
  });
});

describe('<article-timeline overview>', () => {
  it('shows the whole period with a window for the view; dragging the window pans', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal', overview: ''});
    const strip = parts(el, 'overview')[0]!;
    expect(strip).to.exist;
    // One stroke per pixel column holding an event: as many as distinct columns, at most one per event.
    const strokes = strip.querySelector('.overview-ticks path')!.getAttribute('d')!.match(/M/g)!.length;
    expect(strokes).to.be.within(5, el.model!.events.length);
    el.view = {start: '2018', end: '2019'};
    await settle(el);
    const win = strip.querySelector<HTMLElement>('.overview-window')!;
    const r = win.getBoundingClientRect();
    expect(r.width).to.be.lessThan(strip.getBoundingClientRect().width / 3);
    const before = +el.view.start;
    let changes = 0;
    el.addEventListener('timeline-view-change', () => changes++);
    const at = (x: number, type: string) =>
      win.dispatchEvent(new PointerEvent(type, {bubbles: true, composed: true, clientX: x, clientY: r.top + 5, pointerId: 1, button: 0}));
    at(r.left + r.width / 2, 'pointerdown');
    at(r.left + r.width / 2 + 100, 'pointermove');
    at(r.left + r.width / 2 + 100, 'pointerup');
    await settle(el);
    expect(+el.view.start).to.be.greaterThan(before);
    expect(changes).to.be.greaterThan(0);
    // The window is a keyboard control too.
    const dragged = +el.view.start;
    win.focus();
    win.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowLeft', bubbles: true, composed: true}));
    await settle(el);
    expect(+el.view.start).to.be.lessThan(dragged);
  });

  it('is not drawn without the attribute', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal'});
    expect(parts(el, 'overview')).to.have.length(0);
  });
});

describe('<article-timeline> cluster details', () => {
  it('lists a cluster’s events, title and date, on hover', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal', scale: 'linear', locale: 'en'});
    const cluster = parts(el, 'cluster').pop()!;
    cluster.dispatchEvent(new PointerEvent('pointerenter'));
    await settle(el);
    const tip = tooltip(el);
    expect(isOpen(tip)).to.be.true;
    const items = [...tip.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.have.length(Number(cluster.dataset.count));
    expect(items.some((t) => t.includes('Xi–Putin talks continue') && /Mar 21, 2023/.test(t))).to.be.true;
    expect(tip.querySelector('.tip-title')!.textContent).to.equal(`${cluster.dataset.count} events`);
  });

  it('keeps a cluster list taller than the room above and below on screen, beside the cluster', async () => {
    const [width, height] = [innerWidth, innerHeight];
    await setViewport({width: 1280, height: 360});
    try {
      const el = await articleTimeline(1000, {orientation: 'horizontal', scale: 'linear'});
      const cluster = parts(el, 'cluster').sort((a, b) => Number(b.dataset.count) - Number(a.dataset.count))[0]!;
      cluster.scrollIntoView({block: 'center'});
      cluster.dispatchEvent(new PointerEvent('pointerenter'));
      await settle(el);
      const tip = tooltip(el).getBoundingClientRect();
      const mark = cluster.getBoundingClientRect();
      expect(tip.top, 'top on screen').to.be.at.least(0);
      expect(tip.bottom, 'bottom on screen').to.be.at.most(innerHeight);
      const covers = tip.left < mark.right && mark.left < tip.right && tip.top < mark.bottom && mark.top < tip.bottom;
      expect(covers, 'the list does not cover its cluster').to.be.false;
    } finally {
      await setViewport({width, height});
    }
  });

  it('zooms to an event selected inside a cluster and opens its detail', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal', scale: 'linear'});
    const whole = span(el);
    const inCluster = parts(el, 'cluster').pop()!.dataset.ids!.split(' ');
    const id = inCluster.includes('talks-continue') ? 'talks-continue' : inCluster[0]!;
    el.selected = id;
    await settle(el);
    expect(span(el)).to.be.lessThan(whole / 20);
    expect(isOpen(tooltip(el))).to.be.true;
    expect(eventLi(el, id)).to.exist;
  });
});

describe('<article-timeline> clusters by keyboard', () => {
  it('takes focus in the arrow order, lists its events, and on Enter zooms to them and focuses the first', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal', scale: 'linear'});
    const cluster = parts(el, 'cluster').pop()!;
    const ids = cluster.dataset.ids!.split(' ');
    // Arrow from the event just before the cluster's first one.
    const order = el.model!.events.map((e) => e.id);
    const before = order[order.indexOf(ids[0]!) - 1]!;
    (await reveal(el, before)).focus();
    await settle(el);
    await sendKeys({press: 'ArrowRight'});
    await settle(el);
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.getAttribute('part')).to.equal('cluster');
    expect(focused.dataset.ids).to.equal(ids.join(' '));
    expect(isOpen(tooltip(el))).to.be.true;
    expect(tooltip(el).querySelectorAll('.tip-list li')).to.have.length(ids.length);
    const whole = span(el);
    await sendKeys({press: 'Enter'});
    await settle(el);
    expect(span(el)).to.be.lessThan(whole / 20);
    expect(el.shadowRoot!.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id')).to.equal(ids[0]);
    // ArrowLeft from the first event goes back to the event before (the cluster has split).
    expect(parts(el, 'cluster').some((c) => c.dataset.ids === ids.join(' '))).to.be.false;
  });

  it('Escape closes the list of a focused cluster', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal', scale: 'linear'});
    const cluster = parts(el, 'cluster').pop()!;
    cluster.focus();
    await settle(el);
    expect(isOpen(tooltip(el))).to.be.true;
    await sendKeys({press: 'Escape'});
    await settle(el);
    expect(isOpen(tooltip(el))).to.be.false;
  });
});

describe('<article-timeline> with thousands of events', () => {
  /** `n` events over ten years, each quoted from a generated article. */
  const big = (n: number): TimelineDocument => {
    const sentences: string[] = [];
    const events = Array.from({length: n}, (_, i) => {
      // Deterministic spread: a few dense weeks and the rest across the decade; days, months and years.
      const day = i % 3 === 0 ? (i * 7919) % 3650 : 400 * (i % 9) + (i % 17);
      const d = new Date(Date.UTC(2014, 0, 1) + day * 864e5).toISOString();
      const date = i % 10 === 0 ? d.slice(0, 7) : i % 29 === 0 ? d.slice(0, 4) : d.slice(0, 10);
      const quote = `event number ${i} happened`;
      sentences.push(`We report that ${quote}.`);
      return {id: `e${i}`, date, title: `Event ${i}`, quote};
    });
    return {source: {title: 'Generated', text: sentences.join(' ')}, events};
  };

  it('draws only what can be seen: every event on its own or in a cluster, in under 2,000 elements', async function () {
    this.timeout(60_000);
    const el = await timelineFrom(big(5000), 1280);
    expect(el.model!.events).to.have.length(5000);
    const drawn = drawnIds(el);
    expect(drawn.size).to.equal(5000);
    const elements = el.shadowRoot!.querySelectorAll('*').length;
    expect(elements).to.be.below(2000);
    // Zoomed in, events out of view leave the DOM.
    el.view = {start: '2014-01', end: '2014-03'};
    await settle(el);
    const inView = drawnIds(el);
    expect(inView.size).to.be.within(1, 4999);
    for (const id of inView) {
      const e = el.model!.events.find((ev) => ev.id === id)!;
      expect(e.date.end > +el.view.start && e.date.start < +el.view.end, `${id} is in view`).to.be.true;
    }
  });

  it('centres each unlabelled 24 px target on its mark, horizontal and vertical', async function () {
    this.timeout(60_000);
    for (const [width, atLeast] of [
      [1280, 10],
      [360, 1],
    ] as const) {
      const el = await timelineFrom(big(1000), width);
      const targets = [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.event')].filter((li) =>
        li.querySelector('[part~="event-label"]')!.classList.contains('unlabelled'),
      );
      expect(targets.length, `${width} px: unlabelled events are drawn`).to.be.at.least(atLeast);
      for (const li of targets) {
        const mark = li.querySelector('[part~="event-mark"]')!.getBoundingClientRect();
        const box = li.querySelector('[part~="event-label"]')!.getBoundingClientRect();
        const id = li.dataset.eventId;
        expect(box.width, id).to.equal(24);
        expect(box.height, id).to.equal(24);
        expect(box.x + 12, `${width} px, ${id}: centred along x`).to.be.closeTo(mark.x + mark.width / 2, 0.5);
        expect(box.y + 12, `${width} px, ${id}: centred along y`).to.be.closeTo(mark.y + mark.height / 2, 0.5);
        // A mark is at least as long as the layout's shortest bar, and as thick as the track.
        expect(Math.max(mark.width, mark.height), id).to.be.at.least(6);
        expect(Math.min(mark.width, mark.height), id).to.be.within(8, 10);
      }
      el.remove();
    }
  });

  it('stays a few screens tall at phone width: labels near their marks, the rest in clusters, every event reachable', async function () {
    this.timeout(60_000);
    const el = await timelineFrom(big(5000), 360);
    expect(el.shadowRoot!.querySelector('.vertical'), 'auto is vertical at 360 px').to.exist;
    // Before, every label was drawn: 5,000 events made a column ~200,000 px tall.
    expect(el.getBoundingClientRect().height).to.be.below(4000);
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(2000);
    expect(drawnIds(el).size).to.equal(5000);
    const clusters = parts(el, 'cluster');
    expect(clusters.length).to.be.greaterThan(0);
    // A cluster mark sits on the axis' track, below the previous one; Enter zooms to its events.
    const first = clusters[0]!;
    const ids = first.dataset.ids!.split(' ');
    first.focus();
    await sendKeys({press: 'Enter'});
    await settle(el);
    expect(drawnIds(el).has(ids[0]!)).to.be.true;
    expect(
      parts(el, 'cluster').some((c) => c.dataset.ids === ids.join(' ')),
      'the cluster has split',
    ).to.be.false;
  });
});

describe('<article-timeline> pointer gestures', () => {
  it('pans by dragging, and a drag that starts on a label does not select it', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal', scale: 'linear'});
    el.view = {start: '2018', end: '2019'};
    await settle(el);
    const before = el.view;
    const label = labelOf(el, 'vladivostok-pancakes');
    const r = label.getBoundingClientRect();
    const y = r.top + r.height / 2;
    pointer(label, 'pointerdown', r.left + 5, y);
    pointer(label, 'pointermove', r.left + 60, y);
    pointer(label, 'pointermove', r.left + 205, y);
    pointer(plot(el), 'pointerup', r.left + 205, y);
    label.click();
    await settle(el);
    // Dragged right: earlier times come into view; the length of the view is kept.
    expect(+el.view.start).to.be.lessThan(+before.start);
    expect(span(el)).to.be.closeTo(+before.end - +before.start, 1000);
    expect(el.selected).to.equal('');
    // A plain press and release still selects.
    labelOf(el, 'vladivostok-pancakes').click();
    await settle(el);
    expect(el.selected).to.equal('vladivostok-pancakes');
  });

  it('zooms with a two-finger pinch', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal', scale: 'linear'});
    const whole = span(el);
    const r = plot(el).getBoundingClientRect();
    const y = r.top + 20;
    const mid = r.left + r.width / 2;
    pointer(plot(el), 'pointerdown', mid - 50, y, 1, 'touch');
    pointer(plot(el), 'pointerdown', mid + 50, y, 2, 'touch');
    pointer(plot(el), 'pointermove', mid - 100, y, 1, 'touch');
    pointer(plot(el), 'pointermove', mid + 100, y, 2, 'touch');
    pointer(plot(el), 'pointerup', mid - 100, y, 1, 'touch');
    pointer(plot(el), 'pointerup', mid + 100, y, 2, 'touch');
    await settle(el);
    // The fingers spread from 100 px to 200 px apart: twice as close.
    expect(span(el)).to.be.closeTo(whole / 2, whole * 0.02);
  });

  it('zooms in on a double-click on the empty plot', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal', scale: 'linear'});
    const whole = span(el);
    const r = plot(el).getBoundingClientRect();
    plot(el).dispatchEvent(
      new MouseEvent('dblclick', {bubbles: true, composed: true, cancelable: true, clientX: r.left + 300, clientY: r.top + 10}),
    );
    await settle(el);
    expect(span(el)).to.be.closeTo(whole / 2, whole * 0.01);
  });
});

describe('<article-timeline> deep links', () => {
  it('zooms to an event selected before the document arrived (a shared link)', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal', scale: 'linear', selected: 'danilov-tweet'});
    const [f0, f1] = [el.model!.events[0]!.date.start, el.model!.events[el.model!.events.length - 1]!.date.end];
    expect(span(el)).to.be.lessThan((f1 - f0) / 20);
    expect(isOpen(tooltip(el))).to.be.true;
    expect(tooltip(el).textContent).to.contain('Oleksiy Danilov');
    expect(eventLi(el, 'danilov-tweet').hasAttribute('data-selected')).to.be.true;
  });
});
