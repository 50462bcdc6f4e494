import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {readLightDomDocument} from '../src/document/light-dom.js';
import {buildModel} from '../src/document/model.js';
import '../src/define.js';
import type {ArticleTimeline} from '../src/element/article-timeline.js';
import {minimalDoc, parts, settle} from './helpers/timeline.js';
import {watchObservers} from './helpers/observers.js';

/** Parses markup into a detached host, as the page would have written it. */
function host(markup: string, heading?: string): HTMLElement {
  const el = document.createElement('div');
  if (heading !== undefined) el.setAttribute('heading', heading);
  el.innerHTML = markup;
  return el;
}

const LIST = `
  <ol>
    <li data-id="pancakes" data-place="Vladivostok">
      <time datetime="2018">In 2018</time> <strong>Pancakes and vodka</strong>
      <q>In 2018, the two leaders made pancakes together in Vladivostok.</q>
    </li>
    <li>
      <time datetime="2023-03-20">Monday</time> —
      Xi lands in Moscow
      <blockquote>
        Xi arrived in Moscow on
        a state visit.
      </blockquote>
    </li>
  </ol>`;

describe('readLightDomDocument', () => {
  it('reads date, title, quote, id and place from each item', () => {
    const doc = readLightDomDocument(host(LIST, 'Xi and Putin'))!;
    expect(doc.source.title).to.equal('Xi and Putin');
    expect(doc.events).to.deep.equal([
      {
        id: 'pancakes',
        date: '2018',
        title: 'Pancakes and vodka',
        place: 'Vladivostok',
        quote: 'In 2018, the two leaders made pancakes together in Vladivostok.',
        dateText: 'In 2018',
      },
      // No <strong>: the title is the item's own text without its date, quote and separators.
      {id: 'event-2', date: '2023-03-20', title: 'Xi lands in Moscow', quote: 'Xi arrived in Moscow on a state visit.'},
    ]);
  });

  it('builds an article text in which every quote and date phrase anchors', () => {
    const doc = readLightDomDocument(host(LIST))!;
    expect(doc.source.title).to.equal('Timeline');
    const model = buildModel(doc);
    expect(model.problems).to.deep.equal([]);
    expect(model.events.map((e) => e.id)).to.deep.equal(['pancakes', 'event-2']);
    const pancakes = model.events[0]!;
    // Each quote is its own passage: the sentence shown is the quote, not its neighbour.
    expect(model.source.text.slice(pancakes.sentenceSpan.start, pancakes.sentenceSpan.end)).to.equal(pancakes.quote);
    expect(model.source.text.slice(pancakes.dateTextSpan!.start, pancakes.dateTextSpan!.end)).to.equal('In 2018');
  });

  it('leaves out a date phrase the quote does not contain', () => {
    const doc = readLightDomDocument(host(LIST))!;
    expect(doc.events[1]!).not.to.have.property('dateText');
  });

  it('reads a <ul> too, and nothing when there is no list or no item', () => {
    expect(readLightDomDocument(host('<ul><li><time datetime="2019">2019</time> <q>Q.</q> T</li></ul>'))!.events[0]!.title).to.equal('T');
    expect(readLightDomDocument(host('<p>Just text</p>'))).to.equal(undefined);
    expect(readLightDomDocument(host('<ol></ol>'))).to.equal(undefined);
    // Only a direct child list counts: a list nested in other content is the page's, not ours.
    expect(readLightDomDocument(host('<div><ol><li>x</li></ol></div>'))).to.equal(undefined);
  });

  it('keeps a missing date or quote empty, so the schema names the item', () => {
    const doc = readLightDomDocument(host('<ol><li><strong>No date, no quote</strong></li></ol>'))!;
    const model = buildModel(doc);
    expect(model.events).to.have.length(0);
    const paths = model.problems.map((p) => p.path);
    expect(paths).to.include('events[0].date');
    expect(paths).to.include('events[0].quote');
  });

  it('reads text only: markup inside a quote is not interpreted', () => {
    const doc = readLightDomDocument(
      host(
        '<ol><li><time datetime="2020">2020</time> <strong>A &lt;b&gt;</strong> <q>It said <em>&lt;img src=x onerror=alert(1)&gt;</em>.</q></li></ol>',
      ),
    )!;
    expect(doc.events[0]!.title).to.equal('A <b>');
    expect(doc.events[0]!.quote).to.equal('It said <img src=x onerror=alert(1)>.');
  });
});

describe('<article-timeline> from its light-DOM list', () => {
  async function fromList(markup = LIST): Promise<ArticleTimeline> {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    const el = document.createElement('article-timeline');
    el.setAttribute('heading', 'From the list');
    el.innerHTML = markup;
    const loaded = oneEvent(el, 'timeline-load');
    wrapper.append(el);
    await loaded;
    await settle(el);
    return el;
  }

  it('draws the list as a timeline and keeps the list in the DOM but out of view', async () => {
    const el = await fromList();
    expect(parts(el, 'event').map((e) => e.dataset.eventId)).to.deep.equal(['pancakes', 'event-2']);
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal('From the list');
    const list = el.querySelector('ol')!;
    expect(list.isConnected).to.be.true;
    expect(list.getClientRects().length, 'the slotted list is not rendered').to.equal(0);
    expect(el.shadowRoot!.querySelector('slot')!.hidden).to.be.true;
  });

  it('shows the list (and the problems) when it cannot be drawn', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    const el = document.createElement('article-timeline');
    el.innerHTML = '<ol><li><time datetime="not a date">someday</time> <strong>T</strong> <q>Q.</q></li></ol>';
    const failed = oneEvent(el, 'timeline-error');
    wrapper.append(el);
    const {detail} = await failed;
    await settle(el);
    expect(detail.map((p: {path: string}) => p.path)).to.include('events[0].date');
    expect(el.querySelector('ol')!.getClientRects().length, 'the fallback list is visible').to.be.greaterThan(0);
  });

  it('reads the list again when the page changes it', async () => {
    const el = await fromList();
    const reloaded = oneEvent(el, 'timeline-load');
    const li = document.createElement('li');
    li.dataset.id = 'added';
    li.innerHTML = '<time datetime="2021">2021</time> <strong>Added later</strong> <q>Something happened in 2021.</q>';
    el.querySelector('ol')!.append(li);
    await reloaded;
    await settle(el);
    expect(parts(el, 'event').map((e) => e.dataset.eventId)).to.include('added');

    // A text edit inside a quote counts too.
    const edited = oneEvent(el, 'timeline-load');
    el.querySelector('[data-id="pancakes"] strong')!.firstChild!.textContent = 'Blini';
    await edited;
    await settle(el);
    expect(el.model!.events.find((e) => e.id === 'pancakes')!.title).to.equal('Blini');
  });

  it('lets `timeline` take precedence over the list', async () => {
    const el = await fromList();
    const loaded = oneEvent(el, 'timeline-load');
    el.timeline = minimalDoc([{id: 'from-property', date: '2019', title: 'B', quote: 'B happened'}]);
    await loaded;
    el.querySelector('ol')!.append(document.createElement('li'));
    await settle(el);
    expect(el.model!.events.map((e) => e.id)).to.deep.equal(['from-property']);
  });

  it('stops watching the list once removed, and reads it again when re-attached', async () => {
    const observers = watchObservers();
    try {
      const el = await fromList();
      expect(observers.count(el, 'mutation')).to.equal(1);
      const parent = el.parentElement!;
      el.remove();
      expect(observers.count(el, 'mutation')).to.equal(0);
      el.querySelector('[data-id="pancakes"]')!.remove();
      const reloaded = oneEvent(el, 'timeline-load');
      parent.append(el);
      await reloaded;
      await settle(el);
      expect(observers.count(el, 'mutation')).to.equal(1);
      expect(parts(el, 'event').map((e) => e.dataset.eventId)).to.deep.equal(['event-1']);
    } finally {
      observers.restore();
    }
  });

  it('has a light-DOM list that is usable before the element is defined', async () => {
    // The same markup in an element that is never defined: the page's list is all the reader sees.
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<article-timeline-undefined>${LIST}</article-timeline-undefined>`;
    const items = wrapper.querySelectorAll('li');
    expect(items).to.have.length(2);
    expect(items[0]!.getClientRects().length).to.be.greaterThan(0);
  });
});
