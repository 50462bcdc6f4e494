import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {watchObservers} from './helpers/observers.js';
import {ArticleTimeline} from '../src/define.js';
import type {TimelineEvent, TimelineProblem} from '../src/document/types.js';
import {
  articleTimeline,
  eventLi,
  isOpen,
  labelOf,
  minimalDoc,
  overlaps,
  parts,
  settle,
  timelineFrom,
  tooltip,
  visibleLabelRects,
  drawnIds,
  reveal,
} from './helpers/timeline.js';

const ARTICLE_EVENT_COUNT = 21;

describe('<article-timeline> with the Xi–Putin article', () => {
  it('draws every event of the article, with an axis, and no problems', async () => {
    const el = await articleTimeline(1280);
    expect(el.problems).to.deep.equal([]);
    expect(parts(el, 'error')).to.have.length(0);
    // Each event has its own mark: on the default (auto) scale none is in a cluster at this width (issue #13).
    const drawn = drawnIds(el);
    expect(drawn.size).to.equal(ARTICLE_EVENT_COUNT);
    expect(parts(el, 'cluster')).to.have.length(0);
    expect([...drawn]).to.include.members([
      'xi-takes-office',
      'vladivostok-pancakes',
      'dushanbe-birthday',
      'invasion-of-ukraine',
      'icc-warrant',
      'xi-lands-in-moscow',
    ]);
    const axis = parts(el, 'axis')[0]!;
    expect(axis.querySelectorAll('.tick').length).to.be.greaterThan(2);
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal(
      'Xi-Putin meeting: Chinese president arrives in Moscow for talks',
    );
  });

  it('lists events in time order for the keyboard and screen readers', async () => {
    // Vertically every event has room for its label, so every event is an item of the list.
    const el = await articleTimeline(1280, {orientation: 'vertical'});
    const ids = parts(el, 'event').map((e) => e.dataset.eventId);
    expect(ids).to.have.length(ARTICLE_EVENT_COUNT);
    expect(ids[0]).to.equal('xi-takes-office');
    expect(ids[ids.length - 1]).to.equal('talks-continue');
    const starts = ids.map((id) => el.model!.events.find((e) => e.id === id)!.date.start);
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
  });

  it('keeps calendar dates whole west of UTC: Xi took office in 2012, not 2011', async () => {
    // The test browser runs in America/Los_Angeles (web-test-runner.config.mjs).
    expect(new Date(2012, 0, 1).getTimezoneOffset()).to.be.greaterThan(0);
    const el = await articleTimeline(1280, {locale: 'en'});
    expect(labelOf(el, 'xi-takes-office').getAttribute('aria-label')).to.contain('2012');
    expect(labelOf(el, 'xi-takes-office').getAttribute('aria-label')).not.to.contain('2011');
    expect((await reveal(el, 'visit-announced')).getAttribute('aria-label')).to.contain('Friday, March 17, 2023');
  });

  it('draws a day as a point and a year or a range as a span', async () => {
    const el = await articleTimeline(1280);
    const mark = (id: string) => eventLi(el, id).querySelector('[part~="event-mark"]')!;
    await reveal(el, 'visit-announced');
    expect(mark('visit-announced').classList.contains('point')).to.be.true;
    await reveal(el, 'state-visit');
    expect(mark('vladivostok-pancakes').classList.contains('span')).to.be.true;
    expect(mark('vladivostok-pancakes').classList.contains('coarse')).to.be.true;
    expect(mark('state-visit').classList.contains('span')).to.be.true;
    expect(mark('state-visit').classList.contains('coarse')).to.be.false;
    // A year covers its year: far wider than a day's dot.
    expect(mark('vladivostok-pancakes').getBoundingClientRect().width).to.be.greaterThan(40);
  });

  it('shows the verbatim sentence, quote highlighted, on hover', async () => {
    const el = await articleTimeline(1280);
    const label = labelOf(el, 'vladivostok-pancakes');
    label.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
    await settle(el);
    const tip = tooltip(el);
    expect(isOpen(tip)).to.be.true;
    const event = el.model!.events.find((e) => e.id === 'vladivostok-pancakes')!;
    const sentence = el.model!.source.text.slice(event.sentenceSpan.start, event.sentenceSpan.end);
    expect(sentence.startsWith('Past meetings between the leaders')).to.be.true;
    expect(tip.querySelector('blockquote')!.textContent!.trim()).to.equal(sentence);
    expect(tip.querySelector('mark')!.textContent).to.equal(event.quote);
    expect(tip.textContent).to.contain('Xi and Putin cook pancakes in Vladivostok');
    expect(tip.textContent).to.contain('2018');
    expect(tip.textContent).to.contain('Vladivostok');
    expect(tip.textContent).to.contain('“in 2018”');
  });

  it('places the detail inside the viewport without covering its mark', async () => {
    for (const id of ['xi-takes-office', 'talks-continue', 'sco-summit']) {
      const el = await articleTimeline(1280);
      (await reveal(el, id)).dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
      await settle(el);
      const tip = tooltip(el).getBoundingClientRect();
      const mark = eventLi(el, id).querySelector('[part~="event-mark"]')!.getBoundingClientRect();
      expect(tip.left, id).to.be.at.least(0);
      expect(tip.right, id).to.be.at.most(document.documentElement.clientWidth);
      expect(tip.top, id).to.be.at.least(0);
      expect(overlaps(tip, mark), `${id}: detail covers its mark`).to.be.false;
    }
  });

  it('opens the detail on keyboard focus, moves with arrows, pins with Enter, closes with Escape', async () => {
    const el = await articleTimeline(1280);
    const first = labelOf(el, 'xi-takes-office');
    expect(first.tabIndex).to.equal(0);
    expect(labelOf(el, 'vladivostok-pancakes').tabIndex).to.equal(-1);
    first.focus();
    await settle(el);
    expect(isOpen(tooltip(el))).to.be.true;
    expect(tooltip(el).textContent).to.contain('took office in 2012');
    expect(first.getAttribute('aria-describedby')).to.equal(tooltip(el).id);

    first.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowRight', bubbles: true, composed: true}));
    await settle(el);
    const second = labelOf(el, 'vladivostok-pancakes');
    expect(el.shadowRoot!.activeElement).to.equal(second);
    expect(second.tabIndex).to.equal(0);
    expect(tooltip(el).textContent).to.contain('cooked Russian pancakes together');

    const selected = oneEvent(el, 'timeline-select');
    // The label is a role="button" span: the element itself activates it on Enter, as a browser does a <button>.
    second.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, composed: true}));
    const {detail} = await selected;
    expect((detail as TimelineEvent).id).to.equal('vladivostok-pancakes');
    expect(el.selected).to.equal('vladivostok-pancakes');
    expect(el.getAttribute('selected')).to.equal('vladivostok-pancakes');

    second.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true, composed: true}));
    await settle(el);
    expect(el.selected).to.equal('');
    expect(isOpen(tooltip(el))).to.be.false;

    second.dispatchEvent(new KeyboardEvent('keydown', {key: 'End', bubbles: true, composed: true}));
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(labelOf(el, 'talks-continue'));
  });

  it('activates a label from the keyboard as a button: Enter on press, Space on release without scrolling', async () => {
    const el = await articleTimeline(1280);
    const label = labelOf(el, 'icc-warrant');
    expect(label.getAttribute('role')).to.equal('button');
    label.focus();
    await sendKeys({press: 'Enter'});
    await settle(el);
    expect(el.selected).to.equal('icc-warrant');
    expect(labelOf(el, 'icc-warrant').getAttribute('aria-pressed')).to.equal('true');
    // Space: its keydown is cancelled (no page scroll); the press ends on keyup, which toggles.
    const down = new KeyboardEvent('keydown', {key: ' ', bubbles: true, composed: true, cancelable: true});
    labelOf(el, 'icc-warrant').dispatchEvent(down);
    expect(down.defaultPrevented, 'Space keydown cancelled').to.be.true;
    expect(el.selected, 'nothing happens on keydown').to.equal('icc-warrant');
    await sendKeys({press: 'Space'});
    await settle(el);
    expect(el.selected).to.equal('');
    expect(labelOf(el, 'icc-warrant').getAttribute('aria-pressed')).to.equal('false');
  });

  it('gives every event an accessible name with its date, at the data’s precision', async () => {
    const el = await articleTimeline(1280, {locale: 'en'});
    // The name is the visible title, then the date (WCAG 2.5.3: the visible label starts the name).
    const name = (id: string) => labelOf(el, id).getAttribute('aria-label');
    expect(labelOf(el, 'vladivostok-pancakes').textContent!.trim()).to.equal('Xi and Putin cook pancakes in Vladivostok');
    expect(name('vladivostok-pancakes')).to.equal('Xi and Putin cook pancakes in Vladivostok, 2018');
    expect(name('invasion-of-ukraine')).to.equal('Russia invades Ukraine, February 2022');
    await reveal(el, 'visit-announced');
    expect(name('visit-announced')).to.match(/, Friday, March 17, 2023$/);
    expect(el.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).to.be.a('string').and.not.empty;
  });

  it('fires timeline-select with bubbles and composed when the reader clicks an event', async () => {
    const el = await articleTimeline(1280);
    const pending = oneEvent(document.body, 'timeline-select');
    labelOf(el, 'icc-warrant').click();
    const event = await pending;
    expect(event.bubbles).to.be.true;
    expect(event.composed).to.be.true;
    expect((event.detail as TimelineEvent).id).to.equal('icc-warrant');
    expect((event.detail as TimelineEvent).quote).to.contain('International Criminal Court');
  });

  it('opens the detail of the event named by the selected attribute', async () => {
    const el = await articleTimeline(1280);
    el.setAttribute('selected', 'talks-continue');
    await settle(el);
    expect(isOpen(tooltip(el))).to.be.true;
    expect(tooltip(el).textContent).to.contain('talks will continue on Tuesday');
    expect(eventLi(el, 'talks-continue').hasAttribute('data-selected')).to.be.true;
  });
});

describe('<article-timeline> attributes', () => {
  it('maps every observed attribute to a property of the same meaning', () => {
    const observed = (ArticleTimeline as unknown as {observedAttributes: string[]}).observedAttributes;
    expect([...observed].sort()).to.deep.equal(
      ['end', 'heading', 'locale', 'orientation', 'overview', 'scale', 'selected', 'src', 'start', 'zoomable'].sort(),
    );
    const el = document.createElement('article-timeline');
    const values: Record<string, string> = {
      end: '2023-03',
      heading: 'H',
      locale: 'de',
      orientation: 'vertical',
      selected: 'x',
      src: '/x.json',
      start: '2022',
      scale: 'compressed',
    };
    for (const attr of observed.filter((a) => a !== 'zoomable' && a !== 'overview')) {
      el.setAttribute(attr, values[attr]!);
      expect((el as unknown as Record<string, unknown>)[attr], attr).to.equal(values[attr]);
    }
    expect(el.zoomable).to.be.true;
    el.setAttribute('zoomable', 'false');
    expect(el.zoomable).to.be.false;
    el.setAttribute('zoomable', '');
    expect(el.zoomable).to.be.true;
    expect(el.overview).to.be.false;
    el.setAttribute('overview', '');
    expect(el.overview).to.be.true;
  });

  it('draws straight ticks after turning from horizontal to vertical and back (a phone turned)', async () => {
    const el = await articleTimeline(800, {orientation: 'horizontal'});
    const ticks = () => [...parts(el, 'axis')[0]!.querySelectorAll('.tick line')];
    // Straight: a vertical axis' ticks run along x only, a horizontal one's along y only.
    const slanted = (vertical: boolean) => ticks().filter((line) => Number(line.getAttribute(vertical ? 'y2' : 'x2') ?? 0) !== 0).length;
    expect(ticks().length).to.be.greaterThan(3);
    expect(slanted(false)).to.equal(0);
    el.orientation = 'vertical';
    await settle(el);
    expect(ticks().length).to.be.greaterThan(3);
    expect(slanted(true)).to.equal(0);
    el.orientation = 'horizontal';
    await settle(el);
    expect(slanted(false)).to.equal(0);
  });

  it('orientation="vertical" runs time down the page; auto turns vertical below 600 px', async () => {
    const el = await articleTimeline(1000, {orientation: 'vertical'});
    const section = el.shadowRoot!.querySelector('section')!;
    expect(section.classList.contains('vertical')).to.be.true;
    const y = (id: string) => eventLi(el, id).querySelector('[part~="event-mark"]')!.getBoundingClientRect().top;
    expect(y('xi-takes-office')).to.be.lessThan(y('talks-continue'));

    el.orientation = 'horizontal';
    await settle(el);
    expect(section.classList.contains('horizontal')).to.be.true;

    const narrow = await articleTimeline(400);
    expect(narrow.shadowRoot!.querySelector('section')!.classList.contains('vertical')).to.be.true;
    const wide = await articleTimeline(900);
    expect(wide.shadowRoot!.querySelector('section')!.classList.contains('horizontal')).to.be.true;
  });

  it('locale changes every date on screen', async () => {
    const el = await articleTimeline(1280, {locale: 'de'});
    expect(labelOf(el, 'invasion-of-ukraine').getAttribute('aria-label')).to.contain('Februar 2022');
    expect([...parts(el, 'axis')[0]!.querySelectorAll('.tick text')].map((t) => t.textContent).join(' ')).to.match(/\d/);
    el.locale = 'fr';
    await settle(el);
    expect(labelOf(el, 'invasion-of-ukraine').getAttribute('aria-label')).to.contain('février 2022');
    el.locale = 'ru';
    await settle(el);
    expect(labelOf(el, 'invasion-of-ukraine').getAttribute('aria-label')).to.match(/феврал[ья] 2022/i);
    el.locale = 'uk';
    await settle(el);
    expect(labelOf(el, 'invasion-of-ukraine').getAttribute('aria-label')).to.match(/лют(ий|ого) 2022/i);
    el.locale = 'zh';
    await settle(el);
    expect(labelOf(el, 'invasion-of-ukraine').getAttribute('aria-label')).to.contain('2022年2月');
    // Title and date joined as the language joins them (a full-width comma in Chinese).
    expect(labelOf(el, 'invasion-of-ukraine').getAttribute('aria-label')).to.match(/Russia invades Ukraine，/);
  });

  it('start and end narrow the period to what they name', async () => {
    const el = await articleTimeline(1280, {start: '2023-03', end: '2023-03'});
    const ids = parts(el, 'event').map((e) => e.dataset.eventId);
    expect(ids).to.include('icc-warrant');
    expect(ids).to.include('talks-continue');
    expect(ids).not.to.include('xi-takes-office');
    expect(ids).not.to.include('position-paper');
    el.start = '2012';
    await settle(el);
    expect(parts(el, 'event').map((e) => e.dataset.eventId)).to.include('xi-takes-office');
  });

  it('reports an invalid start as a problem and still draws', async () => {
    const el = await articleTimeline(1280, {start: 'last spring'});
    expect(drawnIds(el).size).to.equal(ARTICLE_EVENT_COUNT);
    expect(parts(el, 'error')[0]!.textContent).to.contain('start');
    expect(parts(el, 'error')[0]!.textContent).to.contain('last spring');
  });

  it('heading sets the visible title and the accessible name', async () => {
    const el = await articleTimeline(1280, {heading: 'Xi in Moscow'});
    const h = el.shadowRoot!.querySelector('[part~="heading"]')!;
    expect(h.textContent).to.equal('Xi in Moscow');
    expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-labelledby')).to.equal(h.id);
  });

  for (const width of [320, 768, 1280]) {
    it(`never overlaps two visible labels at ${width} px`, async () => {
      for (const orientation of ['auto', 'horizontal', 'vertical']) {
        const el = await articleTimeline(width, {orientation});
        const rects = visibleLabelRects(el);
        expect(rects.length, `${orientation}: some labels shown`).to.be.greaterThan(2);
        for (let i = 0; i < rects.length; i++)
          for (let j = i + 1; j < rects.length; j++)
            expect(overlaps(rects[i]!, rects[j]!), `${orientation} at ${width}px: labels ${i} and ${j} overlap`).to.be.false;
        const host = el.getBoundingClientRect();
        for (const r of rects) {
          expect(r.left).to.be.at.least(host.left - 0.5);
          expect(r.right).to.be.at.most(host.right + 0.5);
        }
        // Every event is still drawn (alone or in a cluster) and in the keyboard order.
        expect(drawnIds(el).size).to.equal(ARTICLE_EVENT_COUNT);
      }
    });
  }
});

describe('<article-timeline> data errors', () => {
  it('names the event and field of a quote missing from the text, and draws the rest', async () => {
    const doc = minimalDoc([
      {id: 'a', date: '2023-03-20', title: 'A', quote: 'A happened', dateText: 'On Monday'},
      {id: 'ghost', date: '2019', title: 'Ghost', quote: 'never written'},
      {id: 'b', date: '2019', title: 'B', quote: 'B happened', dateText: 'In 2019'},
    ]);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
    const el = document.createElement('article-timeline');
    const errored = oneEvent(el, 'timeline-error');
    el.timeline = doc;
    wrapper.append(el);
    const {detail} = await errored;
    await settle(el);
    const problems = detail as TimelineProblem[];
    expect(problems.some((p) => p.eventId === 'ghost' && p.field === 'quote')).to.be.true;
    const error = parts(el, 'error')[0]!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('ghost');
    expect(error.textContent).to.contain('quote');
    expect(parts(el, 'event').map((e) => e.dataset.eventId)).to.deep.equal(['b', 'a']);
  });

  it('shows a readable error when the document cannot be fetched', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
    const el = document.createElement('article-timeline');
    const errored = oneEvent(el, 'timeline-error');
    el.src = '/data/does-not-exist.json';
    wrapper.append(el);
    await errored;
    await settle(el);
    const error = parts(el, 'error')[0]!;
    expect(error.textContent).to.contain('does-not-exist.json');
    expect(error.textContent).to.contain('404');
    expect(parts(el, 'event')).to.have.length(0);
  });

  it('never turns data into markup', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const text = `Intro. ${payload} happened on Monday. End.`;
    const el = await timelineFrom(
      minimalDoc([{id: 'x', date: '2023-03-20', title: payload, place: payload, quote: payload, dateText: 'on Monday'}], text),
    );
    labelOf(el, 'x').focus();
    await settle(el);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    expect(labelOf(el, 'x').textContent).to.contain(payload);
    expect(tooltip(el).querySelector('mark')!.textContent).to.equal(payload);
    expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
  });

  it('reads an inline JSON document', async () => {
    const doc = minimalDoc([{id: 'a', date: '2023-03-20', title: 'Inline A', quote: 'A happened'}]);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
    wrapper.innerHTML = `<article-timeline><script type="application/json">${JSON.stringify(doc)}</script></article-timeline>`;
    const el = wrapper.querySelector('article-timeline')!;
    await oneEvent(el, 'timeline-load');
    await settle(el);
    expect(labelOf(el, 'a').textContent).to.contain('Inline A');
  });
});

describe('<article-timeline> lifecycle', () => {
  it('can be defined twice without throwing', async () => {
    await import('../src/define.js?again' as string);
    expect(customElements.get('article-timeline')).to.equal(ArticleTimeline);
  });

  it('disconnects its resize observer when removed, and works again when re-added', async () => {
    const observers = watchObservers();
    try {
      const el = await articleTimeline(800);
      expect(observers.count(el, 'resize')).to.equal(1);
      const parent = el.parentElement!;
      el.remove();
      expect(observers.count(el, 'resize')).to.equal(0);
      parent.append(el);
      await settle(el);
      expect(observers.count(el, 'resize')).to.equal(1);
      expect(drawnIds(el).size).to.equal(ARTICLE_EVENT_COUNT);
    } finally {
      observers.restore();
    }
  });

  it('redraws when its container resizes', async () => {
    const el = await articleTimeline(1200, {orientation: 'horizontal', scale: 'linear'});
    const x = () => eventLi(el, 'sco-summit').querySelector('[part~="event-mark"]')!.getBoundingClientRect().left;
    const before = x();
    el.parentElement!.style.width = '700px';
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect(x()).to.be.lessThan(before - 200);
  });

  it('renders once when its size is first reported, if its layout already used that width', async () => {
    const box = document.createElement('div');
    box.style.width = '700px';
    const el = document.createElement('article-timeline') as ArticleTimeline;
    let updates = 0;
    const updated = Object.getPrototypeOf(el).updated as () => void;
    Object.defineProperty(el, 'updated', {value: () => (updates++, updated.call(el))});
    box.append(el);
    document.body.append(box);
    const frames = async (n: number) => {
      for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
    };
    try {
      await el.updateComplete;
      // The observer reports after the first layout, a frame later; its report of the same width
      // would render again in the frame after that.
      await frames(4);
      expect(updates).to.equal(1);
      // A real change of width still renders.
      box.style.width = '500px';
      await frames(4);
      expect(updates).to.equal(2);
    } finally {
      box.remove();
    }
  });

  it('shows only the last of two quick src changes', async () => {
    const el = await articleTimeline(800);
    const doc = minimalDoc([{id: 'a', date: '2023-03-20', title: 'Only A', quote: 'A happened'}]);
    const url = URL.createObjectURL(new Blob([JSON.stringify(doc)], {type: 'application/json'}));
    el.src = '/data/xi-putin-moscow-2023.timeline.json?first';
    await el.updateComplete;
    el.src = url;
    await oneEvent(el, 'timeline-load');
    await new Promise((r) => setTimeout(r, 200));
    await settle(el);
    expect(parts(el, 'event').map((e) => e.dataset.eventId)).to.deep.equal(['a']);
  });
});
