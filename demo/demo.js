// The demo page's glue: the article under the timeline, kept in step with it, and the examples.
// Plain ES module, no build. Everything from the data is put in the page as text nodes.

const DATA = '../data/xi-putin-moscow-2023.timeline.json';
const HASH_KEY = 'event';

const main = /** @type {HTMLElement & {selected: string, model?: any}} */ (document.getElementById('main'));
const articleBody = /** @type {HTMLElement} */ (document.getElementById('article-body'));
const articleTitle = /** @type {HTMLElement} */ (document.getElementById('article-title'));
const articleByline = /** @type {HTMLElement} */ (document.getElementById('article-byline'));
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

// --- the article ---------------------------------------------------------------

/**
 * Cuts [from, to) of the text into runs at every quote boundary; each run knows the events
 * whose quote covers it, innermost (shortest quote) first. Overlapping or nested quotes thus
 * become adjacent marks, never nested buttons.
 * @param {{start: number, end: number, id: string}[]} spans
 * @returns {{start: number, end: number, ids: string[]}[]}
 */
function runs(from, to, spans) {
  const inside = spans.filter((s) => s.start < to && s.end > from);
  const cuts = new Set([from, to]);
  for (const s of inside) for (const at of [s.start, s.end]) if (at > from && at < to) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    const ids = inside
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))
      .map((s) => s.id);
    out.push({start, end, ids});
  }
  return out;
}

/** Fills `el` with the text of [from, to), quotes wrapped in focusable marks. */
function fillRange(el, text, from, to, spans, titles) {
  for (const run of runs(from, to, spans)) {
    const piece = document.createTextNode(text.slice(run.start, run.end));
    if (!run.ids.length) {
      el.append(piece);
      continue;
    }
    const mark = document.createElement('mark');
    mark.dataset.eventId = run.ids[0];
    mark.dataset.eventIds = run.ids.join(' ');
    if (run.ids.length > 1) mark.dataset.shared = '';
    mark.tabIndex = 0;
    mark.setAttribute('role', 'button');
    // The text stays the accessible name (the article reads as written); title becomes the description.
    const [first, ...rest] = run.ids.map((id) => `“${titles.get(id)}”`);
    mark.title = rest.length
      ? `Show ${first} on the timeline. Activate again for ${rest.join(', then ')}.`
      : `Show ${first} on the timeline.`;
    mark.append(piece);
    el.append(mark);
  }
}

/** Renders the article text as paragraphs, each event's quote a mark. */
function renderArticle(model) {
  const {source, events} = model;
  const text = source.text;
  const spans = events.map((e) => ({start: e.quoteSpan.start, end: e.quoteSpan.end, id: e.id}));
  const titles = new Map(events.map((e) => [e.id, e.title]));

  articleTitle.textContent = source.title;
  articleByline.replaceChildren(...byline(source));

  const blocks = [];
  let first = true;
  for (const line of text.matchAll(/[^\r\n]+/g)) {
    const start = line.index;
    const end = start + line[0].length;
    if (!line[0].trim()) continue;
    // The text opens with the headline, already shown above: skip it unless a quote is in it.
    const isHeadline = first && line[0].trim() === source.title.trim();
    first = false;
    if (isHeadline && !spans.some((s) => s.start < end && s.end > start)) continue;
    const p = document.createElement('p');
    fillRange(p, text, start, end, spans, titles);
    blocks.push(p);
  }
  articleBody.replaceChildren(...blocks);
  articleBody.removeAttribute('aria-busy');
  highlight(main.selected);
}

function byline(source) {
  const parts = [];
  if (source.publisher) parts.push(document.createTextNode(source.publisher));
  if (source.published) {
    const time = document.createElement('time');
    time.dateTime = source.published;
    const date = new Date(`${source.published}T00:00:00Z`);
    time.textContent = Number.isNaN(date.getTime())
      ? source.published
      : new Intl.DateTimeFormat('en', {dateStyle: 'long', timeZone: 'UTC'}).format(date);
    if (parts.length) parts.push(document.createTextNode(', '));
    parts.push(time);
  }
  if (source.url) {
    const a = document.createElement('a');
    a.href = source.url;
    a.textContent = 'original article';
    a.rel = 'noopener';
    if (parts.length) parts.push(document.createTextNode(' · '));
    parts.push(a);
  }
  return parts;
}

function marksOf(id) {
  return id ? [...articleBody.querySelectorAll(`mark[data-event-ids~="${CSS.escape(id)}"]`)] : [];
}

/** Marks the passage of `id` (every run of its quote) and clears the previous one. */
function highlight(id) {
  for (const m of articleBody.querySelectorAll('mark.is-selected')) m.classList.remove('is-selected');
  for (const m of articleBody.querySelectorAll('mark[aria-current]')) m.removeAttribute('aria-current');
  for (const m of marksOf(id)) {
    m.classList.add('is-selected');
    m.setAttribute('aria-current', 'true');
  }
}

function scrollBehavior() {
  return reducedMotion.matches ? 'auto' : 'smooth';
}

function scrollToPassage(id) {
  marksOf(id)[0]?.scrollIntoView({behavior: scrollBehavior(), block: 'center'});
}

function inView(el) {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= innerHeight;
}

/** Brings the timeline into view; if it is taller than the window, its event's label and mark. */
function revealInTimeline(id) {
  const box = main.getBoundingClientRect();
  if (box.height <= innerHeight) {
    if (!inView(main)) main.scrollIntoView({behavior: scrollBehavior(), block: 'start'});
    return;
  }
  // The event's <li> lays out its children absolutely; measure the label and the mark themselves.
  const li = main.shadowRoot?.querySelector(`[part~="event"][data-event-id="${CSS.escape(id)}"]`);
  const rects = li ? [...li.querySelectorAll('[part~="event-label"], [part~="event-mark"]')].map((n) => n.getBoundingClientRect()) : [];
  if (!rects.length) return;
  const top = Math.min(...rects.map((r) => r.top));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  if (top >= 0 && bottom <= innerHeight) return;
  window.scrollTo({top: scrollY + (top + bottom) / 2 - innerHeight / 2, behavior: scrollBehavior()});
}

// --- the URL hash -------------------------------------------------------------------

function idFromHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  return params.get(HASH_KEY) ?? '';
}

function writeHash(id) {
  const current = idFromHash();
  if (current === id) return;
  const url = id ? `#${HASH_KEY}=${encodeURIComponent(id)}` : location.pathname + location.search;
  // replaceState: opening events should not fill the back button's history.
  history.replaceState(history.state, '', url);
}

function openFromHash() {
  const id = idFromHash();
  const known = main.model?.events.some((e) => e.id === id);
  if (id && (known || !main.model)) main.selected = id;
  // A link to an event this document does not have: drop it rather than keep a dead selection.
  else if (id && main.model && main.selected === id) main.selected = '';
}

// --- wiring --------------------------------------------------------------------------

main.addEventListener('timeline-load', (e) => {
  renderArticle(/** @type {CustomEvent} */ (e).detail);
  openFromHash();
});

main.addEventListener('timeline-error', (e) => {
  if (main.model) return; // Problems with some events: the element lists them; the article still renders.
  const problems = /** @type {CustomEvent} */ (e).detail;
  const p = document.createElement('p');
  p.className = 'article-error';
  p.textContent = `The article could not be loaded: ${problems.map((x) => x.message).join('; ')}`;
  articleBody.replaceChildren(p);
  articleBody.removeAttribute('aria-busy');
});

// The reader picked an event on the timeline: show where the article says it.
main.addEventListener('timeline-select', (e) => {
  const id = /** @type {CustomEvent} */ (e).detail.id;
  highlight(id);
  scrollToPassage(id);
});

// `selected` reflects to the attribute: this catches every change (clicks, Escape, ×, script).
new MutationObserver(() => {
  highlight(main.selected);
  writeHash(main.selected);
}).observe(main, {attributes: true, attributeFilter: ['selected']});

function activate(mark) {
  const ids = mark.dataset.eventIds.split(' ');
  // A run shared by several quotes cycles through their events on each activation.
  const at = ids.indexOf(main.selected);
  const id = at === -1 ? ids[0] : ids[(at + 1) % ids.length];
  main.selected = id;
  highlight(id);
  writeHash(id);
  // Wait for the element to render the pinned event before measuring where it is.
  Promise.resolve(/** @type {any} */ (main).updateComplete).then(() => revealInTimeline(id));
}

articleBody.addEventListener('click', (e) => {
  const mark = /** @type {Element} */ (e.target).closest('mark[data-event-ids]');
  if (mark) activate(mark);
});

articleBody.addEventListener('keydown', (e) => {
  const mark = /** @type {Element} */ (e.target).closest('mark[data-event-ids]');
  if (!mark || (e.key !== 'Enter' && e.key !== ' ')) return;
  e.preventDefault(); // Space would scroll the page.
  activate(mark);
});

addEventListener('hashchange', () => {
  // Navigating to an address without an event closes the open one.
  if (!idFromHash()) main.selected = '';
  else openFromHash();
});
openFromHash();
// The element may have loaded before this module ran.
if (main.model) {
  renderArticle(main.model);
  openFromHash();
}

// --- the examples: each element is built from the very code shown under it --------------

const EXAMPLES = [
  {
    title: 'Linear and compressed, one above the other',
    note: 'The same decade and Moscow fortnight on the two other scales. The default, scale="auto" (above), gives each stretch of time room by its events; scale="linear" is true time throughout; scale="compressed" shrinks long empty stretches to labelled breaks and shares the rest by length. overview adds a strip of the whole period; drag its window to pan. Ctrl + scroll, pinch, + and − zoom either one.',
    code: `<article-timeline
  src="${DATA}"
  heading="Linear scale"
  scale="linear">
</article-timeline>
<article-timeline
  src="${DATA}"
  heading="Compressed scale"
  scale="compressed"
  overview>
</article-timeline>`,
  },
  {
    title: 'A static embed',
    note: 'zoomable="false" turns off every zoom and pan gesture, key and button; hover, focus and tap still open the details.',
    code: `<article-timeline
  src="${DATA}"
  zoomable="false">
</article-timeline>`,
  },
  {
    title: 'Vertical',
    note: 'orientation="vertical" stacks the events down the page. The default, auto, turns vertical below 600 px.',
    code: `<article-timeline
  src="${DATA}"
  orientation="vertical">
</article-timeline>`,
  },
  {
    title: 'In German',
    note: 'locale takes a BCP 47 tag; dates, axis ticks and the element’s own words follow it.',
    code: `<article-timeline
  src="${DATA}"
  locale="de">
</article-timeline>`,
  },
  {
    title: 'In Russian',
    note: 'Without a locale attribute, the element follows the nearest lang attribute, then the browser’s language.',
    code: `<article-timeline
  src="${DATA}"
  locale="ru">
</article-timeline>`,
  },
  {
    title: 'Right to left',
    note: 'Under dir="rtl", on the element or any ancestor, time runs right to left: the earliest event is on the right, and arrow keys and drags follow the mirrored axis.',
    code: `<article-timeline
  src="${DATA}"
  dir="rtl"
  lang="ar">
</article-timeline>`,
  },
  {
    title: 'Just March 2023',
    note: 'start and end take EDTF or ISO dates; end="2023-03" includes the whole month.',
    code: `<article-timeline
  src="${DATA}"
  start="2023-03"
  end="2023-03">
</article-timeline>`,
  },
  {
    title: 'A dark theme',
    note: 'Colours, fonts and sizes are CSS custom properties, set on any ancestor.',
    code: `<style>
  .night {
    padding: 1rem;
    border-radius: 0.5rem;
    background: #0f1c2e;
    --article-timeline-background: #0f1c2e;
    --article-timeline-color: #e8eaed;
    --article-timeline-muted-color: #9fb0c8;
    --article-timeline-accent-color: #7cc4ff;
    --article-timeline-span-color: #7cc4ff55;
    --article-timeline-highlight-color: #2f5286;
    --article-timeline-highlight-text-color: #ffffff;
    --article-timeline-tooltip-background: #172a44;
    --article-timeline-tooltip-color: #e8eaed;
    --article-timeline-tooltip-border-color: #35507a;
    --article-timeline-focus-color: #ffd166;
  }
</style>
<div class="night">
  <article-timeline src="${DATA}"></article-timeline>
</div>`,
  },
  {
    title: 'Newsroom light',
    note: 'A serif newsroom look: the page’s own type and a red accent, set through the same custom properties.',
    code: `<style>
  .newsroom {
    padding: 1rem;
    border-top: 3px solid #121212;
    background: #ffffff;
    --article-timeline-background: #ffffff;
    --article-timeline-color: #121212;
    --article-timeline-muted-color: #5a5a5a;
    --article-timeline-accent-color: #c4001a;
    --article-timeline-span-color: #c4001a26;
    --article-timeline-highlight-color: #fff1b8;
    --article-timeline-font: Georgia, 'Times New Roman', serif;
    --article-timeline-font-size: 0.95rem;
    --article-timeline-quote-font: Georgia, serif;
  }
</style>
<div class="newsroom">
  <article-timeline src="${DATA}"></article-timeline>
</div>`,
  },
  {
    title: 'High contrast',
    note: 'Black on white, yellow highlights and a strong blue focus ring, for readers who need it; Windows high-contrast mode (forced-colors) is followed without any of this.',
    code: `<style>
  .contrast {
    padding: 1rem;
    background: #ffffff;
    --article-timeline-background: #ffffff;
    --article-timeline-color: #000000;
    --article-timeline-muted-color: #000000;
    --article-timeline-accent-color: #000000;
    --article-timeline-span-color: #00000040;
    --article-timeline-highlight-color: #ffff00;
    --article-timeline-highlight-text-color: #000000;
    --article-timeline-tooltip-background: #ffffff;
    --article-timeline-tooltip-color: #000000;
    --article-timeline-tooltip-border-color: #000000;
    --article-timeline-focus-color: #0000ee;
    --article-timeline-font-size: 1rem;
  }
</style>
<div class="contrast">
  <article-timeline src="${DATA}"></article-timeline>
</div>`,
  },
  {
    title: 'Your own title',
    note: 'heading replaces the article’s title, as the visible heading and the accessible name.',
    code: `<article-timeline
  src="${DATA}"
  heading="Xi in Moscow: how we got here">
</article-timeline>`,
  },
];

function renderExamples() {
  const list = document.getElementById('examples');
  if (!list) return;
  const figures = EXAMPLES.map(({title, note, code}, i) => {
    const figure = document.createElement('figure');
    figure.className = 'example';
    figure.id = `example-${i + 1}`;
    const caption = document.createElement('figcaption');
    const h = document.createElement('h3');
    h.textContent = title;
    const p = document.createElement('p');
    p.textContent = note;
    caption.append(h, p);
    const stage = document.createElement('div');
    stage.className = 'stage';
    // The one string is both parsed into the live example and shown as its code, so they cannot drift.
    const template = document.createElement('template');
    template.innerHTML = code;
    stage.append(template.content);
    const pre = document.createElement('pre');
    const codeEl = document.createElement('code');
    codeEl.textContent = code;
    pre.append(codeEl);
    pre.tabIndex = 0; // Scrollable regions must be reachable by keyboard.
    pre.setAttribute('aria-label', `HTML of the “${title}” example`);
    figure.append(caption, stage, pre);
    return figure;
  });
  list.replaceChildren(...figures);
}

// The examples are far below the first screen: build them once the main timeline is drawn (or has
// failed), so that its document, text and drawing do not wait behind eleven more timelines.
let examplesBuilt = false;
const buildExamples = () => {
  if (examplesBuilt) return;
  examplesBuilt = true;
  requestAnimationFrame(() => setTimeout(renderExamples));
};
main.addEventListener('timeline-load', buildExamples, {once: true});
main.addEventListener('timeline-error', buildExamples, {once: true});
// Whatever happens to the main timeline, the examples come within a few seconds.
setTimeout(buildExamples, 3000);
