// `npm run build`:
//  - dist/article-timeline.bundled.js: one minified ES module with every dependency inside,
//    for a plain <script type="module"> with no build step (scripts/slim/bundle.mjs);
//  - dist/browser/: the same trimmed code for people who use a bundler, with lit and the other
//    dependencies left as imports (package.json's `browser` export conditions point here);
//  - dist/esm/: the unbundled ES modules with type declarations (types, Node, server rendering).
//  - dist/article-timeline.meta.json: esbuild's metafile, read by `npm run size` (scripts/size.mjs);
//    its byte counts are esbuild's output, before the terser pass, so size.mjs uses them as shares.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, rmSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';
import {bundle, bundleForBundlers, OUT} from './slim/bundle.mjs';

rmSync('dist', {recursive: true, force: true});

const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], {stdio: 'inherit'});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const {code, map, metafile} = await bundle();
writeFileSync(OUT, code);
writeFileSync(`${OUT}.map`, map);
writeFileSync('dist/article-timeline.meta.json', JSON.stringify(metafile));
writeFileSync(`${OUT}.LEGAL.txt`, legalText(metafile));
const gz = gzipSync(code, {level: 9}).length;
console.log(`${OUT}: ${(Buffer.byteLength(code) / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped`);
await import('./build-extract.mjs'); // the command line, dist/cli/ (bin/article-timeline.mjs)

// The browser build's entries: every export whose `browser` condition points into dist/browser/.
const BROWSER = 'dist/browser';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const entries = {};
for (const target of Object.values(pkg.exports ?? {})) {
  const file = typeof target === 'object' ? target.browser : undefined;
  const name = file?.match(/^\.\/dist\/browser\/(.+)\.js$/)?.[1];
  if (!name) continue;
  const source = `src/${name}.ts`;
  if (!existsSync(source)) throw new Error(`package.json exports ${file}, but there is no ${source} to build it from`);
  entries[name] = source;
}
if (Object.keys(entries).length) {
  for (const {path, text} of await bundleForBundlers({entries, outdir: resolve(BROWSER)})) {
    mkdirSync(dirname(path), {recursive: true});
    writeFileSync(path, text);
  }
  console.log(
    `${BROWSER}/: ${Object.keys(entries)
      .map((e) => `${e}.js`)
      .join(', ')} and their shared chunks`,
  );
}

/** The packages bundled (those with code in the bundle), with their version and licence. */
function bundledPackages(meta) {
  const inputs = Object.values(meta.outputs).find((o) => o.entryPoint).inputs;
  const names = new Set(
    Object.keys(inputs)
      .filter((path) => path.startsWith('node_modules/') && inputs[path].bytesInOutput > 0)
      .map((path) => {
        const [, scope, name] = path.split('/');
        return scope.startsWith('@') ? `${scope}/${name}` : scope;
      }),
  );
  return [...names].sort().map((name) => {
    const pkg = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
    const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].map((f) => `node_modules/${name}/${f}`).find((f) => existsSync(f));
    return {name, version: pkg.version, license: pkg.license, text: file ? readFileSync(file, 'utf8').trim() : ''};
  });
}

/** The text of the file the bundle's one-line banner names: every bundled package with its full licence. */
function legalText(meta) {
  const parts = bundledPackages(meta).map((p) => `${p.name} ${p.version} (${p.license})\n${'-'.repeat(60)}\n${p.text}\n`);
  return `Third-party software bundled in article-timeline.bundled.js\n\n${parts.join('\n')}`;
}
