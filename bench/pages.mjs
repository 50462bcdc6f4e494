// The page-level figures of `npm run bench` (issue #15, "Done means"): how long a slow phone takes to
// draw the article on demo/plain.html, and how much an embedding page shifts (CLS) while the
// timeline arrives. Both load the bundle the bench read when it started.
import {existsSync, readFileSync} from 'node:fs';

/** CDP Emulation.setCPUThrottlingRate: a mid-range phone is about 4× slower than this machine's core. */
export const THROTTLE = 4;
/** The article's events on demo/plain.html (data/xi-putin-moscow-2023.timeline.json). */
const ARTICLE_EVENTS = 21;

/**
 * Opens demo/plain.html with the CPU throttled and returns, from navigation start, when the element
 * was defined and when every event of the article was drawn (an item of its own or in a cluster).
 * @param {import('playwright-core').Browser} browser
 * @param {string} url demo/plain.html on the bench's server, its script pointing at the bench's bundle
 */
export async function throttledDraw(browser, url) {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: THROTTLE});
    // Watches from the first script on: a frame after each change, as a reader would see it.
    await page.addInitScript((events) => {
      window.__drawn = new Promise((resolve) => {
        const check = () => {
          const root = document.querySelector('article-timeline')?.shadowRoot;
          if (root) {
            const ids = new Set([...root.querySelectorAll('[part~="event"]')].map((li) => li.dataset.eventId));
            for (const c of root.querySelectorAll('[part~="cluster"]'))
              for (const id of (c.dataset.ids ?? '').split(' ')) if (id) ids.add(id);
            if (ids.size >= events) return resolve(performance.now());
          }
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      customElements.whenDefined('article-timeline').then(() => (window.__defined = performance.now()));
    }, ARTICLE_EVENTS);
    await page.goto(url);
    const drawnMs = await page.evaluate(() => Promise.race([window.__drawn, new Promise((r) => setTimeout(() => r(null), 30000))]));
    const timing = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation');
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return {definedMs: window.__defined ?? null, responseEndMs: nav?.responseEnd ?? null, firstPaintMs: paint?.startTime ?? null};
    });
    return {drawnMs, ...timing};
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * CLS on the pages "look" wrote for the browser tests (tests/cls/): the README's two lines pasted
 * into a page with a heading and eight long paragraphs, the document from `src` or inline, at 1280
 * and 375 px; and the demo page. Returns null when those helpers are not in the tree.
 * @param {import('playwright-core').Browser} browser
 * @param {{origin: string, root: string, bundleUrl: string, addPage: (path: string, html: string) => void}} site
 */
export async function clsFigures(browser, {origin, root, bundleUrl, addPage}) {
  const pagesFile = new URL('tests/cls/pages.mjs', `file://${root}/`);
  const measureFile = new URL('tests/cls/measure.mjs', `file://${root}/`);
  if (!existsSync(pagesFile) || !existsSync(measureFile)) return null;
  const {clsPageHtml, inlineArticleDocument} = await import(pagesFile.href);
  const {measureCls} = await import(measureFile.href);
  addPage('/bench/cls-src.html', clsPageHtml({script: bundleUrl, doc: '/data/xi-putin-moscow-2023.timeline.json', title: 'CLS: src'}));
  addPage('/bench/cls-inline.html', clsPageHtml({script: bundleUrl, doc: inlineArticleDocument(), title: 'CLS: inline'}));
  const demo = readFileSync(new URL('demo/index.html', `file://${root}/`), 'utf8');
  if (!demo.includes('"../src/define.ts"')) throw new Error('demo/index.html no longer loads ../src/define.ts: update bench/pages.mjs');
  addPage('/demo/index.bench.html', demo.replace('"../src/define.ts"', `"${bundleUrl}"`));
  const rows = [];
  for (const [page, target] of [
    ['cls-src', 0.02],
    ['cls-inline', 0.005],
  ]) {
    for (const width of [1280, 375]) {
      const {cls, drawn} = await measureCls(browser, `${origin}/bench/${page}.html`, {width});
      rows.push({page: `${page.replace('cls-', '')} (README embed)`, width, cls, target, drawn});
    }
  }
  // The demo loads the element from src/ through the dev server; the bench serves it a copy that
  // loads the bundle instead (demo/index.bench.html, next to the original so its relative URLs hold).
  for (const width of [1280, 375]) {
    const {cls, drawn} = await measureCls(browser, `${origin}/demo/index.bench.html`, {width});
    rows.push({page: 'demo/index.html', width, cls, target: 0.02, drawn});
  }
  return rows;
}
