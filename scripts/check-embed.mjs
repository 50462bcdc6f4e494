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
  failures.push(...(await checkBundledValidation(browser, server.origin + PAGE)));
} finally {
  await browser.close();
  await server.close();
}
if (failures.length) {
  for (const f of failures) console.error(`check-embed: ${f}`);
  process.exit(1);
}
console.log(
  `check-embed: ${PAGE} works on a static server with ${BUNDLE} alone (${EXPECTED_EVENTS} events, tooltip), ` +
    `and the bundle's validation reports bad documents as the source does`,
);

/**
 * The bundle's validation (src/document/validate.ts, minified and bundled): its buildModel must find every problem
 * the source does, with the same path and code.
 */
async function checkBundledValidation(browser, url) {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    const got = await page.evaluate(async (bundle) => {
      const {buildModel} = await import(bundle);
      const text = 'On Monday the talks began. In 2018 they cooked pancakes.';
      const docs = [
        {source: {title: 'T', text}, events: [{id: 'a', date: 2023, title: 'A', quote: 'talks began'}]},
        {source: {title: 'T', text}, events: [{id: 'b', date: '2018', title: 'B'}]},
        {source: {title: ''}, events: []},
        {source: {title: 'T', text}, events: [{id: 'c d', date: '2018', title: 'C', quote: 'pancakes'}]},
        {source: {title: 'T', text, url: 'javascript:alert(1)'}, events: []},
        {source: {title: 'T', text}, events: [{id: 'e', date: '2018-13', title: 'E', quote: 'pancakes'}]},
        {source: {title: 'T', text}, events: [{id: 'f', date: '2018', title: 'F', quote: 'waffles'}]},
        'not a document',
      ];
      return docs.map((doc) =>
        buildModel(doc)
          .problems.map((p) => `${p.path} ${p.code}`)
          .join(', '),
      );
    }, `/${BUNDLE}`);
    const want = [
      'events[0].date wrong-type',
      'events[0].quote missing-field',
      'source.title invalid-value, source needs-text',
      'events[0].id invalid-value',
      'source.url invalid-value',
      'events[0].date invalid-date',
      'events[0].quote quote-not-found',
      'document wrong-type',
    ];
    return want.flatMap((w, i) => (got[i] === w ? [] : [`bundled validation of document ${i}: expected "${w}", got "${got[i]}"`]));
  } finally {
    await page.close();
  }
}
