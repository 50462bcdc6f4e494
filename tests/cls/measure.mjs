// Measures a page's cumulative layout shift as Chrome reports it (the largest session window of
// `layout-shift` entries without recent input: shifts less than 1 s apart, a window at most 5 s).
// `clsInPage` runs in the page (the browser tests call it in an iframe, the bench through playwright).

/** In the page: resolves with {cls, shifts} once the timeline is drawn and `settleMs` have passed. */
export async function clsInPage(win = window, settleMs = 1000) {
  const entries = [];
  const observer = new win.PerformanceObserver((list) => entries.push(...list.getEntries()));
  // Buffered: the shifts from before this call (the page's load) are reported too.
  observer.observe({type: 'layout-shift', buffered: true});
  const el = win.document.querySelector('article-timeline');
  await win.customElements.whenDefined('article-timeline');
  const drawn = () => el.shadowRoot?.querySelector('[part~="event"]') || el.shadowRoot?.querySelector('[part~="error"]');
  const deadline = performance.now() + 10000;
  while (!drawn() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, settleMs));
  entries.push(...observer.takeRecords());
  observer.disconnect();
  let cls = 0;
  let window_ = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const e of entries) {
    if (e.hadRecentInput) continue;
    if (e.startTime - last > 1000 || e.startTime - first > 5000) {
      window_ = 0;
      first = e.startTime;
    }
    window_ += e.value;
    last = e.startTime;
    cls = Math.max(cls, window_);
  }
  const shifts = entries.map((e) => ({
    at: Math.round(e.startTime),
    value: Number(e.value.toFixed(4)),
    sources: (e.sources ?? []).map(
      (s) => `${s.node?.nodeName ?? '?'} ${s.previousRect.y}→${s.currentRect.y} h${s.previousRect.height}→${s.currentRect.height}`,
    ),
  }));
  return {cls, shifts, drawn: !!drawn()};
}

/** With playwright: opens `url` in a fresh page of `width` × `height` and measures its CLS. */
export async function measureCls(browser, url, {width, height = 800, colorScheme = 'light'} = {}) {
  const page = await browser.newPage({viewport: {width, height}, colorScheme});
  try {
    await page.goto(url, {waitUntil: 'load', timeout: 120000});
    return await page.evaluate(`(${clsInPage.toString()})(window)`);
  } finally {
    await page.close();
  }
}
