// `node bench/profile-startup.mjs`: where a page's first draw of the article goes. Loads a copy of
// demo/plain.html with an unminified build of the bundle (same plugins, readable names), the CPU
// throttled 4× as in `npm run bench`, and records a CPU profile from navigation until every event
// is drawn. Prints the functions and the source files with the most self time, and writes
// bench/startup.cpuprofile (open it in Chrome DevTools' Performance panel).
// PROFILE_RUNS (default 3) loads are profiled; the figures are summed over them.
import {createServer} from 'node:http';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {BROWSER_ARGS, ensureBrowser} from '../scripts/find-browser.mjs';
import {profileBundle} from './profile-bundle.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.PROFILE_RUNS) || 3;
const THROTTLE = 4;
const EVENTS = 21;

process.chdir(ROOT);
const bundle = await profileBundle();
const page = readFileSync(join(ROOT, 'demo/plain.html'), 'utf8').replace('../dist/article-timeline.bundled.js', '/profile.js');
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const [type, body] =
    path === '/profile.js'
      ? ['text/javascript', bundle]
      : path === '/demo/plain.html'
        ? ['text/html', page]
        : path.startsWith('/data/')
          ? ['application/json', readFileSync(join(ROOT, path))]
          : [null, null];
  if (!type) return res.writeHead(404).end();
  res.writeHead(200, {'content-type': type, 'cache-control': 'no-store'}).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({executablePath: ensureBrowser(), args: BROWSER_ARGS});
const selfByFunction = new Map();
const selfByFile = new Map();
let total = 0;
let lastProfile;
const drawnAt = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({viewport: {width: 1280, height: 800}});
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: THROTTLE});
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', {interval: 100});
    await cdp.send('Profiler.start');
    await tab.goto(`${origin}/demo/plain.html`);
    drawnAt.push(
      await tab.evaluate(async (events) => {
        const drawn = () => {
          const root = document.querySelector('article-timeline')?.shadowRoot;
          if (!root) return false;
          const ids = new Set([...root.querySelectorAll('[part~="event"]')].map((li) => li.dataset.eventId));
          for (const c of root.querySelectorAll('[part~="cluster"]'))
            for (const id of (c.dataset.ids ?? '').split(' ')) if (id) ids.add(id);
          return ids.size >= events;
        };
        while (!drawn()) await new Promise((r) => requestAnimationFrame(r));
        return performance.now();
      }, EVENTS),
    );
    const {profile} = await cdp.send('Profiler.stop');
    lastProfile = profile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const counts = new Map();
    for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
    const perSample = (profile.endTime - profile.startTime) / 1000 / profile.samples.length;
    for (const [id, n] of counts) {
      const {callFrame: f} = byId.get(id);
      const ms = n * perSample;
      total += ms;
      const file = f.url ? f.url.replace(origin, '') : '(native)';
      const name = `${f.functionName || '(anonymous)'}  ${file}${f.url ? `:${f.lineNumber + 1}` : ''}`;
      selfByFunction.set(name, (selfByFunction.get(name) ?? 0) + ms);
      selfByFile.set(file, (selfByFile.get(file) ?? 0) + ms);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
writeFileSync(join(ROOT, 'bench/startup.cpuprofile'), JSON.stringify(lastProfile));
const top = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, ms]) => `${(ms / RUNS).toFixed(1).padStart(8)} ms  ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${k}`);
console.log(
  `demo/plain.html, ${THROTTLE}× throttled, ${RUNS} loads: drawn at ${drawnAt.map((t) => t.toFixed(0)).join(', ')} ms after navigation start`,
);
console.log(`\nSelf time per load (mean), by function:\n${top(selfByFunction, 30).join('\n')}`);
console.log(`\nBy file:\n${top(selfByFile, 8).join('\n')}`);
console.log('\nbench/startup.cpuprofile: the last load, for Chrome DevTools.');
