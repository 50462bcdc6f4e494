// `node scripts/check-embed.mjs` (after `npm run build`): demo/plain.html, the README's "plain HTML
// page" example, works with nothing but dist/article-timeline.bundled.js. The repo is served by a
// plain static server (no TypeScript compile, no node_modules resolution), so the single file
// must carry everything it needs.
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {BROWSER_ARGS, ensureBrowser} from './find-browser.mjs';
import {checkTimelinePage, serveStatic} from './static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = 'dist/article-timeline.bundled.js';
const PAGE = '/demo/plain.html';
const EXPECTED_EVENTS = 21;

if (!existsSync(ROOT + BUNDLE)) {
  console.error(`${BUNDLE} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const server = await serveStatic(ROOT);
const browser = await chromium.launch({executablePath: ensureBrowser(), args: BROWSER_ARGS});
let failures;
try {
  failures = await checkTimelinePage(browser, server.origin + PAGE, EXPECTED_EVENTS);
} finally {
  await browser.close();
  await server.close();
}
if (failures.length) {
  for (const f of failures) console.error(`check-embed: ${f}`);
  process.exit(1);
}
console.log(`check-embed: ${PAGE} works on a static server with ${BUNDLE} alone (${EXPECTED_EVENTS} events, tooltip)`);
