/**
 * Clusters for screen readers (#13.3): an event inside a cluster mark must not vanish from the
 * accessibility tree. A cluster is a group within the list of events, named by its count, holding
 * its mark and its events; every event is read once, in time order. Checked on Chromium's own tree
 * (DevTools protocol Accessibility.getFullAXTree, the `ax-tree` command of tests/plugins/).
 */
import {expect} from '@open-wc/testing';
import {executeServerCommand, setViewport} from '@web/test-runner-commands';
import '../src/define.js';
import type {ArticleTimeline} from '../src/element/article-timeline.js';
import type {TimelineDocument} from '../src/document/types.js';
import {formatEdtf} from '../src/time/format.js';
import {articleTimeline, parts, timelineFrom} from './helpers/timeline.js';

interface AxNode {
  id: string;
  role: string;
  name: string;
  ignored: boolean;
  children: string[];
}

/** What a screen reader meets in the timeline's list, in order: groups, buttons and text, by name. */
async function readingOrder(): Promise<{role: string; name: string}[]> {
  const nodes = await executeServerCommand<AxNode[], undefined>('ax-tree');
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const list = nodes.find((n) => n.role === 'list' && n.name === 'Timeline events' && !n.ignored);
  if (!list) throw new Error('no list named "Timeline events" in the accessibility tree');
  const read: {role: string; name: string}[] = [];
  const walk = (n: AxNode) => {
    if (!n.ignored && (n.role === 'button' || n.role === 'StaticText' || n.role === 'group')) {
      read.push({role: n.role, name: n.name});
      // A button's text is its name (an event's label has its title and date as aria-label).
      if (n.role !== 'group') return;
    }
    for (const c of n.children) {
      const child = byId.get(c);
      if (child) walk(child);
    }
  };
  walk(list);
  return read;
}

/** Each event's accessible name, as its label has it, in the timeline's order. */
function eventNames(el: ArticleTimeline): string[] {
  return el.model!.events.map((e) => `${e.title}, ${formatEdtf(e.date, 'en')}`);
}

/** Every event is read exactly once, in time order. */
function expectEveryEventOnceInOrder(read: {name: string}[], names: string[]): void {
  const at = names.map((name) => {
    const hits = read.flatMap((r, k) => (r.name === name ? [k] : []));
    expect(hits, `"${name}" read once`).to.have.length(1);
    return hits[0]!;
  });
  for (let k = 1; k < at.length; k++) expect(at[k], `"${names[k]}" after "${names[k - 1]}"`).to.be.above(at[k - 1]!);
}

/** Twelve events on one day between two others: at 400 px most of them are one cluster mark. */
function crowdedDay(): TimelineDocument {
  const sentences = Array.from({length: 12}, (_, i) => `Meeting ${i + 1} took place on 20 March 2023.`);
  const text = ['The talks began in 2019.', ...sentences, 'They ended in 2025.'].join(' ');
  return {
    source: {title: 'A crowded day', text},
    events: [
      {id: 'start', date: '2019', title: 'Talks begin', quote: 'The talks began in 2019.'},
      ...sentences.map((quote, i) => ({id: `m${i + 1}`, date: '2023-03-20', title: `Meeting ${i + 1}`, quote})),
      {id: 'end', date: '2025', title: 'Talks end', quote: 'They ended in 2025.'},
    ],
  };
}

describe('clusters in the accessibility tree', () => {
  before(() => setViewport({width: 1280, height: 900}));

  it('a crowded day: the cluster is a group named by its count, with its events, all read in order', async () => {
    const el = await timelineFrom(crowdedDay(), 400, {orientation: 'horizontal', locale: 'en'});
    const clusters = parts(el, 'cluster');
    expect(clusters.length, 'the crowded day is clustered').to.be.at.least(1);
    const count = Number(clusters[0]!.getAttribute('data-count'));
    const clusteredIds = clusters[0]!.getAttribute('data-ids')!.split(' ');
    expect(parts(el, 'event').length, 'some events have no item of their own').to.be.below(14);

    const read = await readingOrder();
    expectEveryEventOnceInOrder(read, eventNames(el));
    // The group comes first, then its mark, then its events.
    const group = read.findIndex((r) => r.role === 'group' && r.name === `${count} events`);
    expect(group, 'a group named "N events"').to.be.at.least(0);
    expect(read[group + 1]).to.deep.equal({role: 'button', name: `${count} events`});
    const events = el.model!.events.filter((e) => clusteredIds.includes(e.id));
    const first = read.findIndex((r) => r.name === `${events[0]!.title}, ${formatEdtf(events[0]!.date, 'en')}`);
    expect(first).to.equal(group + 2);
  });

  it('the article at 1280 px: all 21 events are in the tree, once each, in time order', async () => {
    const el = await articleTimeline(1280, {orientation: 'horizontal', locale: 'en'});
    expect(el.model!.events).to.have.length(21);
    expectEveryEventOnceInOrder(await readingOrder(), eventNames(el));
  });

  it('the article on a phone (vertical, 375 px): all 21 read once, in order', async () => {
    const el = await articleTimeline(375, {locale: 'en'});
    expectEveryEventOnceInOrder(await readingOrder(), eventNames(el));
  });

  it('a clustered event that has the keyboard focus: the group still reads it in its place; its own item is the focus target', async () => {
    const el = await timelineFrom(crowdedDay(), 400, {orientation: 'horizontal', locale: 'en'});
    const id = parts(el, 'cluster')[0]!.getAttribute('data-ids')!.split(' ')[1]!;
    el.focusEvent(id);
    await el.updateComplete;
    expect(
      parts(el, 'event').some((li) => li.dataset.eventId === id),
      'drawn on its own while focused',
    ).to.be.true;
    const read = await readingOrder();
    const names = eventNames(el);
    const focused = el.model!.events.findIndex((e) => e.id === id);
    // In order, reading each event's first mention; the focused one is mentioned a second time.
    const first = names.map((name) => read.findIndex((r) => r.name === name));
    for (let k = 1; k < first.length; k++) expect(first[k], names[k]).to.be.above(first[k - 1]!);
    names.forEach((name, k) =>
      expect(
        read.filter((r) => r.name === name),
        name,
      ).to.have.length(k === focused ? 2 : 1),
    );
  });
});
