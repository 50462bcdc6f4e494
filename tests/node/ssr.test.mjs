// Server rendering (`article-timeline/ssr`, @lit-labs/ssr): what the HTML holds before any script.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {loadSsr, ROOT} from './ssr-helpers.mjs';

const DOC_PATH = join(ROOT, 'data/xi-putin-moscow-2023.timeline.json');
const xiDocument = () => JSON.parse(readFileSync(DOC_PATH, 'utf8'));
const base = pathToFileURL(DOC_PATH);

/** The shadow root's markup (inside the declarative template) and the light DOM after it. */
function split(html) {
  const open = html.indexOf('<template shadowroot="open" shadowrootmode="open">');
  const close = html.lastIndexOf('</template>');
  assert.ok(open >= 0 && close > open, 'declarative shadow DOM template');
  return {shadow: html.slice(open, close), light: html.slice(close)};
}
const all = (html, re) => [...html.matchAll(re)].map((m) => m[1]);

test('the Xi timeline renders to declarative shadow DOM with its heading, axis, ticks and every event', async () => {
  const {renderTimeline} = await loadSsr();
  const doc = xiDocument();
  const html = await renderTimeline(doc, {baseUrl: base, width: 800});
  const {shadow} = split(html);
  assert.match(
    shadow,
    /<h2 class="heading" part="heading"[^>]*>(<!--[^>]*-->)*Xi-Putin meeting: Chinese president arrives in Moscow for talks/,
  );
  assert.match(shadow, /<g part="axis" class="axis"/);
  const tickLabels = all(shadow, /<g class="tick"[^>]*>.*?<text[^>]*>(?:<!--[^>]*-->)*([^<]+)/g);
  assert.ok(tickLabels.length >= 3, `tick labels: ${tickLabels.join(', ')}`);
  assert.match(tickLabels[0], /2012/);
  // Every event is drawn: by its own mark and label, or inside a cluster mark that lists it.
  const own = all(shadow, /<li part="event" class="event" data-event-id="([^"]+)"/g);
  const clustered = all(shadow, /part="cluster"[^>]*data-ids="([^"]+)"/g).flatMap((ids) => ids.split(' '));
  assert.deepEqual([...own, ...clustered].sort(), doc.events.map((e) => e.id).sort());
  assert.ok(own.length >= 5, `${own.length} events drawn on their own`);
  // Placed: each drawn event's box and the plot's height are in the markup (no script to place them).
  const placed = all(shadow, /<li part="event"[^>]*style="([^"]*)"/g);
  assert.equal(placed.length, own.length);
  for (const style of placed) assert.match(style, /transform:translate\([\d.-]+px, [\d.-]+px\)/);
  assert.match(shadow, /class="plot[^"]*" style="height:\d+(\.\d+)?px"/);
  assert.match(shadow, /Xi and Putin cook pancakes in Vladivostok/);
  assert.doesNotMatch(shadow, /Loading timeline/);
});

test('the document goes with it as inline JSON, with the text inline, for the browser to take over', async () => {
  const {renderTimeline} = await loadSsr();
  const html = await renderTimeline(xiDocument(), {baseUrl: base});
  const {light} = split(html);
  const json = /<script type="application\/json">(.*?)<\/script>/s.exec(light)?.[1];
  assert.ok(json, 'inline JSON in the light DOM');
  const doc = JSON.parse(json);
  assert.equal(doc.source.text, readFileSync(join(ROOT, 'data/xi-putin-moscow-2023.txt'), 'utf8'));
  assert.equal(doc.source.textUrl, undefined);
  assert.match(html, /<article-timeline[^>]*data-ssr-width="800"/);
});

test('text that looks like markup stays text: it cannot end the JSON script or add elements', async () => {
  const {renderTimeline} = await loadSsr();
  const text = 'It began </script><img src=x onerror=alert(1)> on Monday.';
  const doc = {
    source: {title: '<b>Title</b>', text, published: '2023-03-20'},
    events: [{id: 'a', date: '2023-03-20', title: '<i>not italic</i>', quote: 'It began </script><img src=x onerror=alert(1)>'}],
  };
  const html = await renderTimeline(doc);
  assert.doesNotMatch(html, /<img/);
  assert.doesNotMatch(html, /<i>not italic/);
  assert.doesNotMatch(html, /<b>Title/);
  assert.equal(html.match(/<\/script>/g).length, 1);
  assert.match(html, /&lt;i&gt;not italic&lt;\/i&gt;/);
});

test('an event with a bad date is reported in the markup, and the others still render', async () => {
  const {renderTimeline} = await loadSsr();
  const doc = xiDocument();
  doc.events[0].date = '2018-13-45';
  const {shadow} = split(await renderTimeline(doc, {baseUrl: base}));
  assert.match(shadow, /part="error"/);
  assert.match(shadow, /events\[0\] \(&quot;xi-takes-office&quot;\)\.date: &quot;2018-13-45&quot; is not a valid date/);
  assert.match(shadow, /Xi and Putin cook pancakes in Vladivostok/);
});

test('wrong options and unreadable text are errors naming the field', async () => {
  const {renderTimeline, RenderTimelineError} = await loadSsr();
  await assert.rejects(
    renderTimeline(xiDocument(), {baseUrl: base, width: Number.NaN}),
    (e) => e instanceof RenderTimelineError && e.path === 'width',
  );
  const missing = {...xiDocument(), source: {...xiDocument().source, textUrl: 'no-such-article.txt'}};
  await assert.rejects(
    renderTimeline(missing, {baseUrl: base}),
    (e) => e instanceof RenderTimelineError && e.path === 'source.textUrl' && /no-such-article/.test(e.message),
  );
  await assert.rejects(renderTimeline(xiDocument()), (e) => e instanceof RenderTimelineError && /needs baseUrl/.test(e.message));
});

test('width, locale and orientation reach the layout', async () => {
  const {renderTimeline} = await loadSsr();
  const narrow = split(await renderTimeline(xiDocument(), {baseUrl: base, width: 360, locale: 'de'})).shadow;
  // 360 px is below 600: `auto` turns vertical.
  assert.match(narrow, /<section\s+class="vertical"/);
  assert.match(narrow, /Veranstaltungen|Ereignisse/);
  const wide = split(await renderTimeline(xiDocument(), {baseUrl: base, width: 1200, orientation: 'horizontal'})).shadow;
  assert.match(wide, /<section\s+class="horizontal"/);
});
