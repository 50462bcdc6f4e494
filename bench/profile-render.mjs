// `node bench/profile-render.mjs`: where the bench's first render goes. Opens bench/element.html
// with an unminified build of the bundle (same plugins, readable names), sets `el.timeline` to the
// bench's generated document, as `npm run bench` times it, and records a CPU profile of just that
// span (console.profile), cold (the first timeline on the page) and warm (a second one after it).
// Prints the functions with the most self time and with the most total time, per run (mean).
// PROFILE_SIZES (default 10,100), PROFILE_RUNS (default 3), PROFILE_THROTTLE (default 1).
import {createServer} from 'node:http';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {BROWSER_ARGS, ensureBrowser} from '../scripts/find-browser.mjs';
import {profileBundle} from './profile-bundle.mjs';
import {generateDocument} from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIZES = (process.env.PROFILE_SIZES || '10,100').split(',').map(Number);
const RUNS = Number(process.env.PROFILE_RUNS) || 3;
const THROTTLE = Number(process.env.PROFILE_THROTTLE) || 1;
const TOP = Number(process.env.PROFILE_TOP) || 25;

process.chdir(ROOT);
const bundle = await profileBundle();
const html = readFileSync(join(ROOT, 'bench/element.html'), 'utf8');
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/bench/bundle.js') return res.writeHead(200, {'content-type': 'text/javascript'}).end(bundle);
  if (path === '/bench/element.html') return res.writeHead(200, {'content-type': 'text/html'}).end(html);
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

/** In the page: the bench's first render (bench/run.mjs), the timed span wrapped in console.profile. */
async function firstRender({doc, profile}) {
  const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  await customElements.whenDefined('article-timeline');
  const el = document.createElement('article-timeline');
  document.getElementById('host').prepend(el);
  await el.updateComplete;
  await painted();
  const count = () => {
    const ids = new Set([...el.shadowRoot.querySelectorAll('[part~="event"]')].map((li) => li.dataset.eventId));
    for (const c of el.shadowRoot.querySelectorAll('[part~="cluster"]')) for (const id of c.dataset.ids.split(' ')) ids.add(id);
    return ids.size;
  };
  if (profile) console.profile('render');
  const t0 = performance.now();
  el.timeline = doc;
  while (count() < doc.events.length) {
    await el.updateComplete;
    if (count() >= doc.events.length) break;
    await new Promise((r) => requestAnimationFrame(r));
  }
  await painted();
  const ms = performance.now() - t0;
  if (profile) console.profileEnd('render');
  return ms;
}

const browser = await chromium.launch({executablePath: ensureBrowser(), args: BROWSER_ARGS});
try {
  for (const size of SIZES) {
    const doc = generateDocument(size);
    for (const warm of [false, true]) {
      const self = new Map();
      const total = new Map();
      const times = [];
      let sampled = 0;
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({viewport: {width: 1280, height: 800}});
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        if (THROTTLE > 1) await cdp.send('Emulation.setCPUThrottlingRate', {rate: THROTTLE});
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', {interval: 100});
        const finished = new Promise((resolve) => cdp.on('Profiler.consoleProfileFinished', (e) => resolve(e.profile)));
        await page.goto(`${origin}/bench/element.html`);
        await page.evaluate((d) => (window.doc = d), doc);
        const docHandle = await page.evaluateHandle(() => window.doc);
        if (warm) await page.evaluate(firstRender, {doc: docHandle, profile: false});
        times.push(await page.evaluate(firstRender, {doc: docHandle, profile: true}));
        const profile = await finished;
        if (process.env.PROFILE_SAVE)
          writeFileSync(`${process.env.PROFILE_SAVE}-${size}-${warm ? 'warm' : 'cold'}-${run}.cpuprofile`, JSON.stringify(profile));
        await context.close();
        const byId = new Map(profile.nodes.map((n) => [n.id, n]));
        const parent = new Map();
        for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
        const name = (n) => {
          const f = n.callFrame;
          return `${f.functionName || '(anonymous)'}${f.url ? ` :${f.lineNumber + 1}` : ''}`;
        };
        // Each sample's duration: the gap to the next timestamp.
        const deltas = profile.timeDeltas;
        for (let i = 0; i < profile.samples.length; i++) {
          const ms = (deltas[i + 1] ?? 0) / 1000;
          sampled += ms;
          let id = profile.samples[i];
          const leaf = name(byId.get(id));
          self.set(leaf, (self.get(leaf) ?? 0) + ms);
          const seen = new Set();
          while (id !== undefined) {
            const k = name(byId.get(id));
            if (!seen.has(k)) {
              seen.add(k);
              total.set(k, (total.get(k) ?? 0) + ms);
            }
            id = parent.get(id);
          }
        }
      }
      const top = (map) =>
        [...map]
          .sort((a, b) => b[1] - a[1])
          .slice(0, TOP)
          .map(([k, ms]) => `${(ms / RUNS).toFixed(1).padStart(8)} ms  ${k}`)
          .join('\n');
      console.log(
        `\n=== ${size} events, ${warm ? 'warm' : 'cold'}${THROTTLE > 1 ? `, ${THROTTLE}× throttled` : ''}: ` +
          `first render ${times.map((t) => t.toFixed(0)).join(', ')} ms; profiled ${(sampled / RUNS).toFixed(0)} ms per run`,
      );
      console.log(`-- self time:\n${top(self)}`);
      console.log(`-- total time:\n${top(total)}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
