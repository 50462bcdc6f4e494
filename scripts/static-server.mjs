// A plain static file server on loopback for the page-level checks: files as they are on disk,
// no TypeScript compile and no bare-import resolution, the way a simple web host serves them.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, resolve, sep} from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `root` on 127.0.0.1 at a free port.
 * @param {string} root directory to serve; nothing outside it is reachable
 * @param {Record<string, string>} [headers] sent with every response (e.g. a Content-Security-Policy)
 * @returns {Promise<{origin: string, close: () => Promise<void>}>}
 */
export async function serveStatic(root, headers = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    // The browser asks for one on its own; a 404 would read as a console error.
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = normalize(join(base, path));
    if (!file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', ...headers});
      res.end(body);
    } catch {
      res.writeHead(404, {'Content-Type': 'text/plain', ...headers}).end('not found');
    }
  });
  // Port 0: the system picks a free one, so parallel runs never collide.
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const {port} = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}

/**
 * How many events the first <article-timeline> draws: items of their own, plus the members of
 * cluster marks (`data-ids`), which stand for events too close to point at one by one.
 * Runs in the page.
 */
export function drawnEventCount() {
  const root = document.querySelector('article-timeline')?.shadowRoot;
  if (!root) return 0;
  const ids = new Set([...root.querySelectorAll('[part~="event"]')].map((li) => li.getAttribute('data-event-id')));
  for (const c of root.querySelectorAll('[part~="cluster"]')) for (const id of (c.getAttribute('data-ids') ?? '').split(' ')) ids.add(id);
  ids.delete('');
  return ids.size;
}

/**
 * Opens `url` in `browser` and checks that the page shows the Xi-Putin timeline: the element
 * upgraded, `expectedEvents` events in its shadow root, and hovering a label opens the tooltip
 * with the event's whole sentence. Console errors, page errors and failed requests are failures.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {number} expectedEvents
 * @returns {Promise<string[]>} what went wrong; empty when the page works
 */
export async function checkTimelinePage(browser, url, expectedEvents) {
  const failures = [];
  const page = await browser.newPage({viewport: {width: 1280, height: 800}});
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  try {
    await page.goto(url, {waitUntil: 'load'});
    const upgraded = await page
      .waitForFunction(() => customElements.get('article-timeline') && document.querySelector('article-timeline')?.shadowRoot, null, {
        timeout: 10_000,
      })
      .then(
        () => true,
        () => false,
      );
    if (!upgraded) {
      failures.push('<article-timeline> was not upgraded (no definition or no shadow root)');
      return failures;
    }
    // Playwright's CSS locators pierce open shadow roots.
    const events = page.locator('article-timeline [part~="event"]');
    await events
      .first()
      .waitFor({state: 'attached', timeout: 10_000})
      .catch(() => {});
    // Let the resize observer's first report and the renders it causes settle.
    await page.waitForTimeout(300);
    const count = await page.evaluate(drawnEventCount);
    if (count !== expectedEvents) failures.push(`expected ${expectedEvents} events drawn in the shadow root, found ${count}`);

    await page.locator('article-timeline [data-event-id="vladivostok-pancakes"] [part~="event-label"]').hover();
    const tip = page.locator('article-timeline [part~="tooltip"]');
    const shown = await tip.waitFor({state: 'visible', timeout: 3_000}).then(
      () => true,
      () => false,
    );
    if (!shown) {
      failures.push('hovering an event label did not open [part~="tooltip"]');
    } else {
      const text = ((await tip.textContent()) ?? '').replace(/\s+/g, ' ');
      // The whole sentence, verbatim (the article's own missing full stop and capital "On" included).
      for (const piece of [
        'On his 66th birthday during a 2019 meeting in Tajikistan, and',
        'on the sidelines of a forum in Vladivostok in 2018, the two cooked Russian pancakes together.',
      ]) {
        if (!text.includes(piece)) failures.push(`the tooltip lacks "${piece}"; it reads: ${text.slice(0, 300)}`);
      }
    }
  } finally {
    for (const e of errors) failures.push(`console error: ${e}`);
    await page.close();
  }
  return failures;
}
