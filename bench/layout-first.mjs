// `node bench/layout-first.mjs [git-revision]`: the layout's share of a first render. In headless
// Chromium, a fresh browser context per run (the engine's first run of the code is what a page pays),
// it builds the model of the bench's generated document (untimed), then measures the main thread's
// CPU time for the element's layout of it (`LayoutState.compute`: the auto scale, labels in lanes; 1200 px wide, estimated text widths),
// cold (the first layout on the page) and warm (after one layout of a 10-event document). With a git
// revision, that revision's src/ is timed too, alternating with the working tree's, run by run.
// Prints medians, ms. LAYOUT_SIZES (default 10,30,60,100,300,1000), LAYOUT_RUNS (default 7).
import {execSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {BROWSER_ARGS, ensureBrowser} from '../scripts/find-browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIZES = (process.env.LAYOUT_SIZES || '10,30,60,100,300,1000').split(',').map(Number);
const RUNS = Math.max(1, Number(process.env.LAYOUT_RUNS) || 7);
const ref = process.argv[2];

/** The model builder, the element's layout state and the bench's documents, as one script. */
async function bundle(src) {
  const {outputFiles} = await build({
    stdin: {
      contents: [
        `export {buildModel} from '${src}/document/model.js';`,
        `export {LayoutState} from '${src}/element/layout-state.js';`,
        `export {generateDocument} from '${ROOT}/bench/generate.mjs';`,
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'layoutBench',
    // A revision's src/ sits outside the tree: its packages are this checkout's.
    nodePaths: [join(ROOT, 'node_modules')],
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  return outputFiles[0].text;
}

/** In the page: the model of the document, and (`warm`) one layout of a small document first. */
function prepare({size, warm}) {
  const {buildModel, LayoutState, generateDocument} = globalThis.layoutBench;
  globalThis.inputs = (model) => ({
    model,
    width: 1200,
    orientation: 'horizontal',
    start: '',
    end: '',
    scale: 'auto',
    font: {css: 'estimated', size: '14px'},
    direction: 'ltr',
    view: null,
  });
  globalThis.model = buildModel(generateDocument(size));
  if (warm) new LayoutState(() => {}).compute(globalThis.inputs(buildModel(generateDocument(10, 1))));
}

/** In the page: the timed layout. */
function layOut() {
  new globalThis.layoutBench.LayoutState(() => {}).compute(globalThis.inputs(globalThis.model));
}

/** The page's main-thread CPU time so far, ms. */
async function threadTime(cdp) {
  const {metrics} = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ThreadTime').value * 1000;
}

const scripts = {current: await bundle(join(ROOT, 'src'))};
let dir;
if (ref) {
  dir = mkdtempSync(join(tmpdir(), 'layout-first-'));
  execSync(`git archive ${ref} src | tar -x -C ${dir}`, {cwd: ROOT});
  scripts[ref] = await bundle(join(dir, 'src'));
}
const browser = await chromium.launch({executablePath: ensureBrowser(), args: BROWSER_ARGS});
try {
  const median = (v) => v.sort((a, b) => a - b)[v.length >> 1];
  const names = Object.keys(scripts);
  const columns = names.flatMap((name) => [`${name}: cold, ms`, `${name}: warm, ms`]);
  console.log(`| Events | ${columns.join(' | ')} |\n| ---: |${' ---: |'.repeat(columns.length)}`);
  for (const size of SIZES) {
    const times = Object.fromEntries(names.flatMap((name) => [0, 1].map((warm) => [name + warm, []])));
    // Alternating, so that a busy moment of the shared machine spreads over every column.
    for (let r = 0; r < RUNS; r++) {
      for (const name of names) {
        for (const warm of [0, 1]) {
          const context = await browser.newContext();
          const page = await context.newPage();
          await page.addScriptTag({content: scripts[name]});
          await page.evaluate(prepare, {size, warm});
          // The main thread's CPU time, not the clock's: the machine is shared, and a busy moment
          // stretches the clock's time without changing what the layout costs.
          const cdp = await context.newCDPSession(page);
          await cdp.send('Performance.enable');
          const before = await threadTime(cdp);
          await page.evaluate(layOut);
          times[name + warm].push((await threadTime(cdp)) - before);
          await context.close();
        }
      }
    }
    console.log(`| ${size} | ${names.flatMap((name) => [0, 1].map((warm) => median(times[name + warm]).toFixed(1))).join(' | ')} |`);
  }
} finally {
  await browser.close();
  if (dir) rmSync(dir, {recursive: true, force: true});
}
