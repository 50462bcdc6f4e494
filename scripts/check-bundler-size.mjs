// `node scripts/check-bundler-size.mjs` (after `npm run build`): what `import 'article-timeline'`
// costs an app that bundles it, from the packed tarball as a user installs it. Packs the repo,
// installs the tarball into an empty project in a temp dir (dependencies from npm's cache, or the
// registry; Vite 8 from the registry), bundles a one-line app with esbuild and with Vite (minified,
// for the browser) and compares its gzipped size with dist/article-timeline.bundled.js, as shipped
// and through the same bundler. Fails when the app costs more than the bundle + 1 KB (issue #16).
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {build} from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = join(ROOT, 'dist/article-timeline.bundled.js');
/** The most an app may pay over the one-file bundle, gzipped bytes (issue #16). */
const ALLOWANCE = 1024;
const gz = (bytes) => gzipSync(bytes, {level: 9}).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function run(cmd, args, cwd) {
  const result = spawnSync(cmd, args, {cwd, encoding: 'utf8', shell: process.platform === 'win32'});
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    console.error(`check-bundler-size: \`${cmd} ${args.join(' ')}\` failed in ${cwd}`);
    process.exit(1);
  }
  return result.stdout;
}

if (!existsSync(BUNDLE)) {
  console.error('check-bundler-size: dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

/**
 * Installs the packed tarball (and Vite 8) into a new project and bundles each app there with
 * esbuild and with Vite, minified, for the browser.
 * @param {Record<string, string>} apps name → the app's one module
 * @returns {Promise<Record<string, {esbuild: number, vite: number}>>} gzipped bytes of each app's script
 */
export async function bundledApps(apps) {
  const work = mkdtempSync(join(tmpdir(), 'article-timeline-size-'));
  try {
    // --ignore-scripts: dist/ is built; prepack's rebuild would only double the time.
    const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT));
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({name: 'size-check-app', private: true, type: 'module'}));
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', join(work, packed.filename), 'vite@8'], app);
    const sizes = {};
    for (const [name, code] of Object.entries(apps)) {
      const dir = join(app, name);
      mkdirSync(dir);
      writeFileSync(join(dir, 'main.js'), code);
      writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>\n');
      const result = await build({
        absWorkingDir: dir,
        entryPoints: ['main.js'],
        bundle: true,
        format: 'esm',
        platform: 'browser',
        minify: true,
        target: 'es2022',
        legalComments: 'none',
        write: false,
        logLevel: 'error',
      });
      // Vite's defaults: a production build of index.html, its script minified into dist/assets/.
      run(join(app, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'error', '--outDir', 'dist'], dir);
      const assets = readdirSync(join(dir, 'dist', 'assets')).filter((f) => f.endsWith('.js'));
      const vite = assets.reduce((sum, f) => sum + gz(readFileSync(join(dir, 'dist', 'assets', f))), 0);
      sizes[name] = {esbuild: gz(result.outputFiles[0].contents), vite};
    }
    return sizes;
  } finally {
    rmSync(work, {recursive: true, force: true});
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = gz(readFileSync(BUNDLE));
  const sizes = await bundledApps({
    element: "import 'article-timeline';\n",
    bundled: "import 'article-timeline/bundled';\n",
  });
  const diff = (a, b) => `${a - b >= 0 ? '+' : ''}${a - b} bytes`;
  console.log('check-bundler-size: a one-line app, minified, its script gzipped (level 9), from the packed tarball');
  console.log(`  dist/article-timeline.bundled.js as shipped: ${kb(file)}`);
  const failures = [];
  for (const bundler of ['esbuild', 'vite']) {
    const {
      element: {[bundler]: element},
      bundled: {[bundler]: bundled},
    } = sizes;
    console.log(
      `  ${bundler.padEnd(7)} import 'article-timeline': ${kb(element)} (${diff(element, file)} on the file, ` +
        `${diff(element, bundled)} on import 'article-timeline/bundled' through ${bundler}, ${kb(bundled)})`,
    );
    // Each bundler minifies everything again in its own way (esbuild's renamer gives terser's output
    // back about 1.4 KB), so the package is compared with the one-file bundle through the same bundler.
    if (element > bundled + ALLOWANCE)
      failures.push(`${bundler}: import 'article-timeline' costs ${diff(element, bundled)} more than article-timeline/bundled`);
  }
  if (sizes.element.vite > file + ALLOWANCE)
    failures.push(`vite: import 'article-timeline' costs ${diff(sizes.element.vite, file)} more than the shipped bundle`);
  if (failures.length) {
    for (const f of failures) console.error(`check-bundler-size: ${f} (allowed: ${ALLOWANCE} bytes).`);
    console.error("Check that package.json's `browser` conditions point at dist/browser/ and that nothing there imports d3 from outside.");
    process.exit(1);
  }
}
