// `node bench/model-first.mjs [git-revision]`: the model's share of a first render. In headless
// Chromium, a fresh browser context per run (the engine's first run of the code is what a page pays),
// it measures the main thread's CPU time for `buildModel` of the bench's generated document
// (validation, EDTF parsing, anchoring every quote and date phrase), cold (the first model on the
// page) and warm (after the model of another document of the same size, as `npm run bench` draws
// one timeline before its warm one). With a git revision, that revision's src/ is timed too,
// alternating with the working tree's, run by run. Prints medians, ms.
// MODEL_SIZES (default 10,100,1000), MODEL_RUNS (default 9).
import {execSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {BROWSER_ARGS, ensureBrowser} from '../scripts/find-browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIZES = (process.env.MODEL_SIZES || '10,100,1000').split(',').map(Number);
const RUNS = Math.max(1, Number(process.env.MODEL_RUNS) || 9);
const ref = process.argv[2];

/** The model builder and the bench's documents, as one script (the bundle's define: no schema descriptions). */
async function bundle(src) {
  const {outputFiles} = await build({
    stdin: {
      contents: [
        `export {buildModel} from '${src}/document/model.js';`,
        `export {generateDocument} from '${ROOT}/bench/generate.mjs';`,
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'modelBench',
    define: {ARTICLE_TIMELINE_DESCRIBE: 'false'},
    // A revision's src/ sits outside the tree: its packages are this checkout's.
    nodePaths: [join(ROOT, 'node_modules')],
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  return outputFiles[0].text;
}

/** In the page: the documents, parsed from JSON as a page gets them (flat strings), and (`warm`) one model first. */
function prepare({size, warm}) {
  const {buildModel, generateDocument} = globalThis.modelBench;
  globalThis.doc = JSON.parse(JSON.stringify(generateDocument(size)));
  if (warm) buildModel(JSON.parse(JSON.stringify(generateDocument(size, 1))));
}

/** In the page: the timed model, checked so that a broken build cannot look fast. */
function buildOnce() {
  const model = globalThis.modelBench.buildModel(globalThis.doc);
  if (model.problems.length || model.events.length !== globalThis.doc.events.length)
    throw new Error('the bench document did not build cleanly');
}

/** The page's main-thread CPU time so far, ms. */
async function threadTime(cdp) {
  const {metrics} = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ThreadTime').value * 1000;
}

const scripts = {current: await bundle(join(ROOT, 'src'))};
let dir;
if (ref) {
  dir = mkdtempSync(join(tmpdir(), 'model-first-'));
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
          // stretches the clock's time without changing what the work costs.
          const cdp = await context.newCDPSession(page);
          await cdp.send('Performance.enable');
          const before = await threadTime(cdp);
          await page.evaluate(buildOnce);
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
