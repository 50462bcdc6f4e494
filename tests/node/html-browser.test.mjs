// src/extract/html.ts in the browser: bundled as a bundler would (Readability is CommonJS), run on
// DOMParser documents in headless Chromium, it reads each saved page exactly as it does on linkedom.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {after, before, test} from 'node:test';
import {build} from 'esbuild';
import {parseHTML} from 'linkedom';
import {chromium} from 'playwright-core';
import {BROWSER_ARGS, ensureBrowser} from '../../scripts/find-browser.mjs';
import {ROOT, importTs} from './helpers/import-ts.mjs';

const PAGES = ['harbour-ferry.html', 'city-library.html', 'stadtpark.html'];
const {articleFromPage} = await importTs('src/extract/html.ts');
let browser;
let page;

before(async () => {
  const {outputFiles} = await build({
    absWorkingDir: ROOT,
    stdin: {
      contents: `import {articleFromPage} from './src/extract/html.ts';
        window.readPage = (html) => articleFromPage(new DOMParser().parseFromString(html, 'text/html'));`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'error',
  });
  browser = await chromium.launch({executablePath: ensureBrowser(), args: BROWSER_ARGS});
  page = await browser.newPage();
  await page.setContent('<!doctype html><title>html.ts</title>');
  await page.addScriptTag({content: outputFiles[0].text, type: 'module'});
  await page.waitForFunction(() => typeof window.readPage === 'function');
});
after(() => browser?.close());

for (const name of PAGES) {
  test(`${name}: the same article and metadata from DOMParser in Chromium as from linkedom in Node`, async () => {
    const html = readFileSync(`${ROOT}tests/fixtures/pages/${name}`, 'utf8');
    const inBrowser = await page.evaluate((h) => window.readPage(h), html);
    const inNode = articleFromPage(parseHTML(html).document);
    assert.ok(inBrowser.text.length > 500, 'an article was found');
    assert.deepEqual(inBrowser, inNode);
  });
}
