// `node scripts/check-csp.mjs` (after `npm run build`): the bundle must work on a page with a strict
// Content Security Policy, no 'unsafe-inline' for scripts or styles, as many news sites send.
// Serves the repo root on loopback with that header, opens tests/fixtures/csp.html in headless
// Chromium, and fails on any CSP violation, any console error, or a timeline that does not work.
import {stat} from 'node:fs/promises';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {BROWSER_ARGS, ensureBrowser} from './find-browser.mjs';
import {drawnEventCount, serveStatic} from './static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGE = '/tests/fixtures/csp.html';
const BUNDLE = 'dist/article-timeline.bundled.js';
const EXPECTED_EVENTS = 21;
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";

try {
  await stat(join(ROOT, BUNDLE));
} catch {
  console.error(`${BUNDLE} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const server = await serveStatic(ROOT, {'Content-Security-Policy': POLICY});
const {origin} = server;

const browser = await chromium.launch({executablePath: ensureBrowser(), args: BROWSER_ARGS});
const failures = [];
try {
  const page = await browser.newPage({viewport: {width: 1280, height: 800}});
  const consoleErrors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) consoleErrors.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  // Runs through the DevTools protocol, which the page's CSP does not govern.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`,
      );
    });
  });

  await page.goto(origin + PAGE, {waitUntil: 'load'});
  const events = page.locator('article-timeline [part~="event"]');
  await events.first().waitFor({state: 'attached', timeout: 10_000});
  // Let the resize observer's first report and the renders it causes settle.
  await page.waitForTimeout(300);

  const count = await page.evaluate(drawnEventCount);
  if (count !== EXPECTED_EVENTS) failures.push(`expected ${EXPECTED_EVENTS} events drawn, found ${count}`);

  // Positions are inline styles on each event's box (its label sits in it, at an offset when it has
  // text): if CSP dropped them, every event sits at the plot's corner.
  const placed = await page.locator('article-timeline [part~="event"]').evaluateAll((items) =>
    items.map((li) => ({
      transform: li.style.transform,
      left: Math.round(li.querySelector('[part~="event-label"]').getBoundingClientRect().left),
    })),
  );
  const unplaced = placed.filter((p) => !p.transform).length;
  if (unplaced) failures.push(`${unplaced} events have no position (inline style blocked?)`);
  const lefts = new Set(placed.map((p) => p.left));
  if (lefts.size < 5) failures.push(`labels are not spread along the axis: left edges ${[...lefts].join(', ')}`);

  const label = page.locator('article-timeline [data-event-id="vladivostok-pancakes"] [part~="event-label"]');
  await label.hover();
  const tip = page.locator('article-timeline [part~="tooltip"]');
  try {
    await tip.waitFor({state: 'visible', timeout: 3_000});
    const text = await tip.textContent();
    if (!text?.includes('cooked Russian pancakes together')) failures.push(`the tooltip shows the wrong text: ${text}`);
  } catch {
    failures.push('hovering an event did not show its tooltip');
  }

  const violations = await page.evaluate(() => window.__cspViolations);
  for (const v of violations) failures.push(`CSP violation: ${v}`);
  for (const e of consoleErrors) failures.push(`console error: ${e}`);
} finally {
  await browser.close();
  server.close();
}

if (failures.length) {
  console.error(`check-csp: ${failures.length} problem(s) under "${POLICY}":`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log(`check-csp: ${EXPECTED_EVENTS} events drawn, tooltip works, no violation under "${POLICY}".`);
