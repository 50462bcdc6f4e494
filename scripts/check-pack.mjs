// `node scripts/check-pack.mjs` (after `npm run build` and `npm run analyze`): the package as npm
// would publish it works for someone who installs it. Packs the repo, installs the tarball in an
// empty project in a temp dir (its dependencies come from the registry or npm's cache), checks that
// every `exports` target (and every module custom-elements.json names) is in the tarball and
// resolves, type-checks a TypeScript import of it, then bundles `import 'article-timeline'` with
// esbuild and opens that app in headless Chromium.
import {spawnSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {BROWSER_ARGS, ensureBrowser} from './find-browser.mjs';
import {checkTimelinePage, serveStatic} from './static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NAME = 'article-timeline';
const EXPECTED_EVENTS = 21;
// The example documents ship (`article-timeline/data/*`): the app below loads them from the installed copy.
const DATA = ['xi-putin-moscow-2023.timeline.json', 'xi-putin-moscow-2023.txt', 'timeline.schema.json'];
const failures = [];

/** Runs a command, exiting with its output when it fails; returns stdout. */
function run(cmd, args, cwd) {
  const result = spawnSync(cmd, args, {cwd, encoding: 'utf8', shell: process.platform === 'win32'});
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    console.error(`check-pack: \`${cmd} ${args.join(' ')}\` failed in ${cwd}`);
    process.exit(1);
  }
  return result.stdout;
}

/** Every file path an `exports` map points at, whatever the conditions. */
function exportTargets(exports) {
  if (typeof exports === 'string') return [exports];
  return Object.values(exports ?? {}).flatMap(exportTargets);
}

for (const built of ['dist/esm/index.js', 'dist/article-timeline.bundled.js', 'custom-elements.json']) {
  if (!existsSync(join(ROOT, built))) {
    console.error(`check-pack: ${built} is missing: run \`npm run build\` and \`npm run analyze\` first.`);
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), 'article-timeline-pack-'));
try {
  // --ignore-scripts: CI has just built dist/, and prepack's rebuild would double the time.
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT));
  const tarball = join(work, packed.filename);
  const shipped = new Set(packed.files.map((f) => f.path));
  for (const unwanted of shipped) {
    if (/^(tests|src|scripts|demo|bench)\//.test(unwanted) || unwanted.endsWith('.meta.json')) {
      failures.push(`the tarball ships ${unwanted}`);
    }
  }

  const app = join(work, 'app');
  mkdirSync(join(app, 'public', 'data'), {recursive: true});
  writeFileSync(join(app, 'package.json'), JSON.stringify({name: 'pack-check-app', private: true, type: 'module'}, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], app);

  // Node: the package, its package.json and every export target resolve inside the installed copy.
  const installed = join(app, 'node_modules', NAME);
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const pointers = [
    ...exportTargets(manifest.exports),
    manifest.main,
    manifest.module,
    manifest.types,
    manifest.customElements,
    manifest.unpkg,
    manifest.jsdelivr,
  ];
  // A pattern (`./data/*`) is checked through the files it must cover (DATA, below).
  for (const target of new Set(pointers.map((t) => t?.replace(/\/\*$/, '')))) {
    if (!target || !existsSync(join(installed, target))) failures.push(`package.json points at ${target}, which is not in the package`);
  }
  for (const field of ['unpkg', 'jsdelivr']) {
    if (manifest[field] !== './dist/article-timeline.bundled.js')
      failures.push(`package.json's ${field} is ${manifest[field]}, not the one-file bundle`);
  }
  // Editors and docs tools follow the manifest's module paths into the package.
  const cem = JSON.parse(readFileSync(join(installed, manifest.customElements), 'utf8'));
  const modulePaths = cem.modules.flatMap((m) => [m.path, ...(m.exports ?? []).map((e) => e.declaration?.module)]);
  for (const path of new Set(modulePaths.filter(Boolean))) {
    if (!existsSync(join(installed, path))) failures.push(`custom-elements.json names ${path}, which is not in the package`);
  }
  if (!cem.modules.some((m) => m.declarations?.some((d) => d.tagName === NAME))) failures.push(`custom-elements.json has no <${NAME}>`);
  const subpaths = Object.keys(manifest.exports)
    .flatMap((key) => (key.endsWith('/*') ? DATA.map((f) => key.slice(1, -1) + f) : [key.slice(1)]))
    .map((key) => NAME + key);
  writeFileSync(
    join(app, 'resolve.mjs'),
    [
      `const {default: pkg} = await import('${NAME}/package.json', {with: {type: 'json'}});`,
      `if (pkg.name !== '${NAME}') throw new Error('wrong package.json: ' + pkg.name);`,
      `import {existsSync} from 'node:fs';`,
      `import {fileURLToPath} from 'node:url';`,
      `for (const s of ${JSON.stringify(subpaths)}) {`,
      `  const file = fileURLToPath(import.meta.resolve(s));`,
      `  if (!existsSync(file)) throw new Error(s + ' resolves to ' + file + ', which is missing');`,
      `}`,
      // The utilities run in Node, where there is no customElements: importing them must not define the element.
      `const {parseEdtf, formatEdtf, modelFromDocument} = await import('${NAME}/utils');`,
      `const day = parseEdtf('2023-03-20');`,
      `if (!formatEdtf(day, 'en').endsWith('March 20, 2023')) throw new Error('formatEdtf gave ' + formatEdtf(day, 'en'));`,
      `const text = 'Xi arrived in Moscow on Monday.';`,
      `const model = await modelFromDocument({source: {title: 't', text, published: '2023-03-20'}, events: [{id: 'a', date: '2023-03-20', title: 'Arrival', quote: 'Xi arrived in Moscow'}]});`,
      `if (model.events.length !== 1 || model.problems.length) throw new Error('utils model: ' + JSON.stringify(model.problems));`,
      `if (typeof customElements !== 'undefined') throw new Error('customElements appeared in Node');`,
    ].join('\n'),
  );
  const resolved = spawnSync(process.execPath, ['resolve.mjs'], {cwd: app, encoding: 'utf8'});
  if (resolved.status === 0)
    console.log(`check-pack: every export resolves in Node; ${NAME}/utils runs there without defining the element`);
  if (resolved.status !== 0) failures.push(`node could not resolve the package: ${resolved.stderr.trim()}`);

  // TypeScript: the declarations resolve through `exports` (and lit's types through the dependencies).
  writeFileSync(
    join(app, 'typed.ts'),
    [
      `import {ArticleTimeline, loadTimeline, type TimelineDocument} from '${NAME}';`,
      `const el: ArticleTimeline = document.createElement('${NAME}');`,
      `el.addEventListener('timeline-select', (e) => console.log(e.detail.quote));`,
      `const doc: TimelineDocument | undefined = el.timeline;`,
      `void loadTimeline; void doc;`,
    ].join('\n'),
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2021',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      files: ['typed.ts'],
    }),
  );
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], {
    cwd: app,
    encoding: 'utf8',
  });
  if (tsc.status !== 0) failures.push(`the package's types do not check in a consumer project:\n${tsc.stdout}${tsc.stderr}`);

  // Browser: a bundler user's app, `import 'article-timeline'` and the tag.
  writeFileSync(join(app, 'main.js'), `import '${NAME}';\n`);
  await build({
    absWorkingDir: app,
    entryPoints: ['main.js'],
    bundle: true,
    format: 'esm',
    outfile: join(app, 'public', 'app.js'),
    logLevel: 'error',
  });
  for (const file of DATA) copyFileSync(join(installed, 'data', file), join(app, 'public', 'data', file));
  writeFileSync(
    join(app, 'public', 'index.html'),
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>pack check</title>
<script type="module" src="app.js"></script>
<article-timeline src="data/${DATA[0]}"></article-timeline>
</html>\n`,
  );
  const server = await serveStatic(join(app, 'public'));
  const browser = await chromium.launch({executablePath: ensureBrowser(), args: BROWSER_ARGS});
  try {
    failures.push(...(await checkTimelinePage(browser, `${server.origin}/index.html`, EXPECTED_EVENTS)));
  } finally {
    await browser.close();
    await server.close();
  }
  if (!failures.length) {
    console.log(
      `check-pack: ${packed.filename} (${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KB) installs, resolves, type-checks and renders`,
    );
  }
} finally {
  rmSync(work, {recursive: true, force: true});
}

if (failures.length) {
  for (const f of failures) console.error(`check-pack: ${f}`);
  process.exit(1);
}
