// `node scripts/check-dom-shims.mjs` (after `npm run build`): the element under jsdom and happy-dom,
// the DOMs that Vitest and Jest users test their pages in. Installs both from the registry into a
// temp dir, bundles the element for the browser (as a bundler would for such a test), runs it in
// each DOM with an inline document, and fails on any error thrown or reported: no ResizeObserver,
// no canvas, no layout there, and the element must still render its heading and labels quietly.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOMS = ['jsdom@26', 'happy-dom@21'];
const failures = [];

// Errors thrown in the DOMs' tasks and microtasks reach Node's process: count them as the element's.
let processErrors = [];
process.on('uncaughtException', (e) => processErrors.push(e.stack ?? String(e)));
process.on('unhandledRejection', (e) => processErrors.push(e?.stack ?? String(e)));

const work = mkdtempSync(join(tmpdir(), 'article-timeline-doms-'));
try {
  writeFileSync(join(work, 'package.json'), JSON.stringify({name: 'dom-check', private: true}));
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...DOMS], {
    cwd: work,
    encoding: 'utf8',
  });
  if (install.status !== 0) {
    console.error(install.stdout, install.stderr);
    process.exit(1);
  }
  const require = createRequire(join(work, 'package.json'));
  // One classic script (neither DOM runs module scripts): the package's browser entry, bundled.
  const {outputFiles} = await build({
    entryPoints: [join(ROOT, 'dist/esm/index.js')],
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'error',
  });
  const script = outputFiles[0].text;
  const doc = JSON.parse(readFileSync(join(ROOT, 'data/xi-putin-moscow-2023.timeline.json'), 'utf8'));
  doc.source.text = readFileSync(join(ROOT, 'data/xi-putin-moscow-2023.txt'), 'utf8');
  delete doc.source.textUrl;
  const page = `<!doctype html><html lang="en"><body><article-timeline orientation="horizontal"><script type="application/json">${JSON.stringify(doc).replace(/</g, '\\u003c')}</script></article-timeline></body></html>`;

  /** Runs the element in `window`, collecting errors; returns what its shadow root shows. */
  async function exercise(name, window, errors) {
    window.addEventListener('error', (e) => errors.push(e.error?.stack ?? e.message));
    window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason?.stack ?? e.reason)));
    try {
      window.eval(script);
    } catch (error) {
      errors.push(error.stack ?? String(error));
    }
    const el = window.document.querySelector('article-timeline');
    const loaded = await Promise.race([
      new Promise((resolve) => el.addEventListener('timeline-load', () => resolve(true), {once: true})),
      new Promise((resolve) => setTimeout(() => resolve(false), 5000)),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await el.updateComplete;
    const root = el.shadowRoot;
    const seen = {
      loaded,
      heading: root?.querySelector('[part~="heading"]')?.textContent?.trim(),
      labels: root?.querySelectorAll('[part~="event-label"]').length ?? 0,
      events: el.model?.events.length ?? 0,
    };
    if (!loaded) failures.push(`${name}: no timeline-load within 5 s`);
    if (seen.heading !== doc.source.title) failures.push(`${name}: heading ${JSON.stringify(seen.heading)}`);
    if (seen.events !== doc.events.length) failures.push(`${name}: ${seen.events} events in the model`);
    errors.push(...processErrors);
    processErrors = [];
    if (errors.length) failures.push(`${name}: errors:\n  ${errors.join('\n  ')}`);
    console.log(`check-dom-shims: ${name}: ${seen.events} events, heading, ${seen.labels} labels drawn, ${errors.length} errors`);
  }

  try {
    const {JSDOM, VirtualConsole} = require('jsdom');
    const errors = [];
    const virtualConsole = new VirtualConsole();
    // jsdom reports what it does not implement (canvas, layout) as jsdomErrors: the element must not need them to fail.
    virtualConsole.on('jsdomError', (e) => {
      if (!/Not implemented: HTMLCanvasElement/.test(e.message)) errors.push(e.stack ?? e.message);
    });
    const dom = new JSDOM(page, {runScripts: 'outside-only', pretendToBeVisual: true, virtualConsole, url: 'https://example.org/article'});
    await exercise('jsdom', dom.window, errors);
    dom.window.close();
  } catch (error) {
    failures.push(`jsdom: ${error.stack ?? error}`);
  }
  try {
    const {Window} = require('happy-dom');
    const window = new Window({url: 'https://example.org/article'});
    window.document.documentElement.innerHTML = page.replace(/^<!doctype html><html lang="en">|<\/html>$/g, '');
    const errors = [];
    await exercise('happy-dom', window, errors);
    await window.happyDOM.close();
  } catch (error) {
    failures.push(`happy-dom: ${error.stack ?? error}`);
  }
} finally {
  rmSync(work, {recursive: true, force: true});
}

if (failures.length) {
  for (const f of failures) console.error(`check-dom-shims: ${f}`);
  process.exit(1);
}
