/**
 * Issue #13, part 4: the story at a glance. The demo page as it loads, untouched (no zoom, no
 * click), in a frame of each size; its first timeline must show every one of the article's 21
 * events with a mark and a readable label of its own.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import {articleTimeline, drawnIds, eventLi, labelOf, mountArticle, overlaps, parts, settle, visibleLabelRects} from './helpers/timeline.js';

/** The five events the product was designed around: Vladivostok, Dushanbe, the invasion, the ICC warrant, the Moscow visit. */
const NAMED = ['vladivostok-pancakes', 'dushanbe-birthday', 'invasion-of-ukraine', 'icc-warrant', 'state-visit'];

interface Box {
  id: string;
  mark: DOMRect;
  label: DOMRect;
  /** The label's text runs wider than its box (cut with an ellipsis). */
  shortened: boolean;
  visible: boolean;
}

interface FirstLook {
  events: number;
  clusters: number;
  boxes: Box[];
  vertical: boolean;
  height: number;
}

/** Loads the demo in a frame `width` × `height` px and reads its first timeline once drawn. */
async function demoAt(width: number, height: number): Promise<FirstLook> {
  await setViewport({width: Math.max(width, 800), height: Math.max(height, 600)});
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  frame.src = '/demo/index.html';
  document.body.append(frame);
  try {
    const doc = await new Promise<Document>((resolve) => frame.addEventListener('load', () => resolve(frame.contentDocument!)));
    const el = doc.querySelector('#main')! as HTMLElement & {updateComplete: Promise<unknown>};
    // Drawn: every event of the document has its item (or a cluster), and a few frames have passed.
    for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('[data-event-id] .label'); i++) await new Promise((r) => setTimeout(r, 50));
    for (let i = 0; i < 5; i++) {
      await el.updateComplete;
      await new Promise((r) => frame.contentWindow!.requestAnimationFrame(r));
    }
    const root = el.shadowRoot!;
    const items = [...root.querySelectorAll<HTMLElement>('li[data-event-id]:not([data-clustered])')];
    const boxes = items.map((li): Box => {
      const label = li.querySelector<HTMLElement>('.label')!;
      const style = frame.contentWindow!.getComputedStyle(label);
      const rect = label.getBoundingClientRect();
      return {
        id: li.dataset.eventId!,
        mark: li.querySelector('.mark')!.getBoundingClientRect(),
        label: rect,
        shortened: label.scrollWidth > label.clientWidth + 1,
        visible:
          !label.classList.contains('unlabelled') &&
          rect.width > 8 &&
          rect.height > 8 &&
          style.visibility !== 'hidden' &&
          style.display !== 'none' &&
          (label.textContent ?? '').trim().length > 0,
      };
    });
    return {
      events: items.length,
      clusters: root.querySelectorAll('[part~="cluster"]').length,
      boxes,
      // Down the page: every mark on one track.
      vertical: boxes.every((b) => Math.abs(b.mark.left + b.mark.width / 2 - (boxes[0]!.mark.left + boxes[0]!.mark.width / 2)) < 1),
      height: el.getBoundingClientRect().height,
    };
  } finally {
    frame.remove();
  }
}

const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

function expectTheStory(look: FirstLook) {
  expect(look.clusters, 'cluster marks').to.equal(0);
  expect(look.events, 'events with a mark of their own').to.equal(21);
  const unreadable = look.boxes.filter((b) => !b.visible).map((b) => b.id);
  expect(unreadable, 'drawn events without a visible label').to.deep.equal([]);
  const pairs: string[] = [];
  for (let a = 0; a < look.boxes.length; a++)
    for (let b = a + 1; b < look.boxes.length; b++)
      if (overlap(look.boxes[a]!.label, look.boxes[b]!.label)) pairs.push(`${look.boxes[a]!.id} × ${look.boxes[b]!.id}`);
  expect(pairs, 'overlapping labels').to.deep.equal([]);
  for (const id of NAMED) {
    const box = look.boxes.find((b) => b.id === id);
    expect(box, `${id} has a mark of its own`).to.not.equal(undefined);
    expect(box!.visible, `${id} has a visible label`).to.equal(true);
    expect(box!.shortened, `${id}'s label is in full`).to.equal(false);
  }
}

describe('first impression: the demo as it loads (issue #13)', function () {
  this.timeout(60000);

  it('1280 × 800: 21/21 own marks, every label visible, none overlapping, the five named in full, at most 1 in 10 shortened', async () => {
    const look = await demoAt(1280, 800);
    expectTheStory(look);
    const shortened = look.boxes.filter((b) => b.shortened).map((b) => b.id);
    expect(shortened.length, `shortened: ${shortened.join(', ')}`).to.be.at.most(2);
  });

  it('768 × 900: 21/21 own marks, every label visible, none overlapping, the five named in full', async () => {
    expectTheStory(await demoAt(768, 900));
  });

  it('375 × 800 (vertical): the same, each label beside its own mark within 60 px, no empty stretch over 360 px, at most 2,400 px tall', async () => {
    const look = await demoAt(375, 800);
    expect(look.vertical, 'vertical').to.equal(true);
    expectTheStory(look);
    for (const {id, mark, label} of look.boxes) {
      // Beside: right of its mark (no fan from one point), and level with it within 60 px.
      expect(label.left, `${id} right of its mark`).to.be.greaterThan(mark.right);
      const apart = Math.max(0, label.top - mark.bottom, mark.top - label.bottom);
      expect(apart, `${id}: label ${apart.toFixed(1)} px from its mark`).to.be.at.most(60);
    }
    const marks = look.boxes.map((b) => b.mark).sort((a, b) => a.top - b.top);
    let reach = marks[0]!.bottom;
    for (const m of marks.slice(1)) {
      expect(m.top - reach, `empty stretch above the mark at ${m.top.toFixed(0)} px`).to.be.at.most(360);
      reach = Math.max(reach, m.bottom);
    }
    expect(look.height, 'drawing height').to.be.at.most(2400);
  });
});

describe('the auto scale in the element: keyboard, rtl, zoom and the axis (issue #13)', function () {
  this.timeout(60000);

  it('is the default, draws its breaks, and ticks the busy days no finer than a day', async () => {
    const el = await articleTimeline(920, {orientation: 'horizontal'});
    expect(el.scale).to.equal('auto');
    const breaks = parts(el, 'axis-break').map((b) => b.dataset.skips);
    expect(breaks.length).to.be.greaterThan(2);
    expect(breaks).to.include('4 years');
    const ticks = [...el.shadowRoot!.querySelectorAll('[part~="axis"] .tick text')].map((t) => t.textContent!);
    expect(ticks, 'the years are named').to.include.members(['2012', '2018']);
    expect(
      ticks.filter((t) => /\d:\d\d/.test(t)),
      'no time-of-day ticks for events known to the day',
    ).to.deep.equal([]);
  });

  it('visits all 21 events in time order with ArrowRight, with no cluster stop', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal'});
    expect(parts(el, 'cluster')).to.have.length(0);
    const first = el.model!.events[0]!.id;
    labelOf(el, first).focus();
    await settle(el);
    const visited = [first];
    for (let i = 0; i < 20; i++) {
      await sendKeys({press: 'ArrowRight'});
      await settle(el);
      visited.push(el.shadowRoot!.activeElement!.closest('[data-event-id]')!.getAttribute('data-event-id')!);
    }
    expect(visited).to.deep.equal(el.model!.events.map((e) => e.id));
  });

  it('runs right to left under dir="rtl": the earliest mark right of the latest, labels apart and inside', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width:1000px"></div>`);
    const el = await mountArticle(wrapper, {orientation: 'horizontal'});
    const x = (id: string) => eventLi(el, id).querySelector('[part~="event-mark"]')!.getBoundingClientRect();
    expect(x('xi-takes-office').left).to.be.greaterThan(x('talks-continue').right);
    expect(parts(el, 'cluster')).to.have.length(0);
    const rects = visibleLabelRects(el);
    expect(rects).to.have.length(21);
    const box = el.getBoundingClientRect();
    for (let a = 0; a < rects.length; a++) {
      expect(rects[a]!.left).to.be.at.least(box.left - 0.5);
      expect(rects[a]!.right).to.be.at.most(box.right + 0.5);
      for (let b = a + 1; b < rects.length; b++) expect(overlaps(rects[a]!, rects[b]!), `labels ${a} and ${b}`).to.equal(false);
    }
  });

  it('zooms in with the + button and back with reset: fewer events in view, then all 21 again', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal'});
    const whole = [+el.view.start, +el.view.end];
    const button = (name: string) =>
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="controls"] button')].find((b) => b.textContent === name)!;
    for (let i = 0; i < 4; i++) {
      button('+').click();
      await settle(el);
    }
    expect(+el.view.end - +el.view.start).to.be.lessThan((whole[1]! - whole[0]!) / 4);
    for (const li of parts(el, 'event')) {
      const r = li.getBoundingClientRect();
      expect(Number.isFinite(r.left) && Number.isFinite(r.top)).to.equal(true);
    }
    button('⟲').click();
    await settle(el);
    expect([+el.view.start, +el.view.end]).to.deep.equal(whole);
    expect(drawnIds(el).size).to.equal(21);
    expect(parts(el, 'cluster')).to.have.length(0);
  });
});
