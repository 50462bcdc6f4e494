// The harness of bench/layout-first.mjs and bench/model-first.mjs: one part of a first render, timed
// as the main thread's CPU time in headless Chromium, a fresh browser context per run (the engine's
// first run of the code is what a page pays), cold and warm, for the working tree's src/ and
// optionally a git revision's, alternating run by run. Prints a markdown table of medians, ms.
import {execSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {BROWSER_ARGS, ensureBrowser} from '../scripts/find-browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * @param {object} options
 * @param {string} options.name the scripts' global (`globalThis[name]` holds the exports in the page) and temp dir prefix
 * @param {(src: string) => string[]} options.exports the `export … from` lines, given a src/ directory
 * @param {number[]} options.sizes event counts
 * @param {number} options.runs runs per size, column and temperature
 * @param {(arg: {size: number, warm: number}) => void} options.prepare run in the page before timing (untimed)
 * @param {() => void} options.timed run in the page, timed
 * @param {string} [options.ref] a git revision to time too
 */
export async function timeFirstRuns({name, exports, sizes, runs, prepare, timed, ref}) {
  /** The exports and the bench's documents, as one script (the bundle's define: no schema descriptions). */
  const bundle = async (src) => {
    const {outputFiles} = await build({
      stdin: {
        contents: [...exports(src), `export {generateDocument} from '${ROOT}/bench/generate.mjs';`].join('\n'),
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      globalName: name,
      define: {ARTICLE_TIMELINE_DESCRIBE: 'false'},
      // A revision's src/ sits outside the tree: its packages are this checkout's.
      nodePaths: [join(ROOT, 'node_modules')],
      target: 'es2022',
      write: false,
      logLevel: 'error',
    });
    return outputFiles[0].text;
  };
  /** The page's main-thread CPU time so far, ms. */
  const threadTime = async (cdp) => {
    const {metrics} = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'ThreadTime').value * 1000;
  };

  const scripts = {current: await bundle(join(ROOT, 'src'))};
  let dir;
  if (ref) {
    dir = mkdtempSync(join(tmpdir(), `${name}-`));
    execSync(`git archive ${ref} src | tar -x -C ${dir}`, {cwd: ROOT});
    scripts[ref] = await bundle(join(dir, 'src'));
  }
  const browser = await chromium.launch({executablePath: ensureBrowser(), args: BROWSER_ARGS});
  try {
    const median = (v) => v.sort((a, b) => a - b)[v.length >> 1];
    const names = Object.keys(scripts);
    const columns = names.flatMap((n) => [`${n}: cold, ms`, `${n}: warm, ms`]);
    console.log(`| Events | ${columns.join(' | ')} |\n| ---: |${' ---: |'.repeat(columns.length)}`);
    for (const size of sizes) {
      const times = Object.fromEntries(names.flatMap((n) => [0, 1].map((warm) => [n + warm, []])));
      // Alternating, so that a busy moment of the shared machine spreads over every column.
      for (let r = 0; r < runs; r++) {
        for (const n of names) {
          for (const warm of [0, 1]) {
            const context = await browser.newContext();
            const page = await context.newPage();
            await page.addScriptTag({content: scripts[n]});
            await page.evaluate(prepare, {size, warm});
            // The main thread's CPU time, not the clock's: the machine is shared, and a busy moment
            // stretches the clock's time without changing what the work costs.
            const cdp = await context.newCDPSession(page);
            await cdp.send('Performance.enable');
            const before = await threadTime(cdp);
            await page.evaluate(timed);
            times[n + warm].push((await threadTime(cdp)) - before);
            await context.close();
          }
        }
      }
      console.log(`| ${size} | ${names.flatMap((n) => [0, 1].map((warm) => median(times[n + warm]).toFixed(1))).join(' | ')} |`);
    }
  } finally {
    await browser.close();
    if (dir) rmSync(dir, {recursive: true, force: true});
  }
}
