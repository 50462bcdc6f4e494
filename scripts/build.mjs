// `npm run build`:
//  - dist/article-timeline.bundled.js: one minified ES module with every dependency inside,
//    for a plain <script type="module"> with no build step;
//  - dist/esm/: the unbundled ES modules with type declarations, for people who use a bundler.
//  - dist/article-timeline.meta.json: esbuild's metafile, read by `npm run size` (scripts/size.mjs);
//    its byte counts are esbuild's output, before the terser pass, so size.mjs uses them as shares.
import {build} from 'esbuild';
import {spawnSync} from 'node:child_process';
import {existsSync, rmSync, statSync, readFileSync, writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {minify} from 'terser';
import {dedentLitTemplates, minifyLitCss, slimD3, stripSchemaDocs} from './slim/plugin.mjs';

rmSync('dist', {recursive: true, force: true});

const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], {stdio: 'inherit'});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const out = 'dist/article-timeline.bundled.js';
const LEGAL = `${out}.LEGAL.txt`;
const {metafile} = await build({
  entryPoints: ['src/index.ts'],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  conditions: ['production'],
  // Licences go to a file of their own next to the bundle (below), named in a one-line banner.
  legalComments: 'none',
  // Module scripts are always read as UTF-8: keep Cyrillic and Chinese UI strings as characters
  // (2-3 bytes) rather than \uXXXX escapes (6 bytes, and they compress worse).
  charset: 'utf8',
  sourcemap: true,
  tsconfig: 'tsconfig.json',
  outfile: out,
  metafile: true,
  // Every reader downloads this file: drop the parts of d3 the element never reaches, and minify the CSS.
  plugins: [slimD3(), minifyLitCss(), dedentLitTemplates(), stripSchemaDocs()],
});
writeFileSync('dist/article-timeline.meta.json', JSON.stringify(metafile));

// A second pass: terser's compressor and mangler find what esbuild's single pass leaves (about
// 1.6 KB gzipped here). The source map chains back through esbuild's map to src/.
const terser = await minify(readFileSync(out, 'utf8'), {
  module: true,
  ecma: 2022,
  // pure_getters: reading a property never has a side effect worth keeping in this code (nothing
  // reads a getter only to trigger it), so unused reads may go.
  compress: {passes: 3, pure_getters: true},
  mangle: true,
  // Non-ASCII stays UTF-8, as with esbuild; the banner names the packages inside and their licences.
  format: {comments: false, preamble: banner()},
  sourceMap: {content: readFileSync(`${out}.map`, 'utf8'), url: 'article-timeline.bundled.js.map', includeSources: true},
});
writeFileSync(out, terser.code);
writeFileSync(`${out}.map`, terser.map);
writeFileSync(LEGAL, legalText());
const bytes = statSync(out).size;
const gz = gzipSync(readFileSync(out)).length;
console.log(`${out}: ${(bytes / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped`);
await import('./build-extract.mjs'); // the command line, dist/cli/ (bin/article-timeline.mjs)

/** The packages bundled (those with code in the bundle), with their version and licence. */
function bundledPackages() {
  const inputs = Object.keys(metafile.outputs[out].inputs).filter((path) => metafile.outputs[out].inputs[path].bytesInOutput > 0);
  const names = new Set(
    inputs
      .filter((path) => path.startsWith('node_modules/'))
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

/**
 * One line at the top of the bundle instead of esbuild's block of notices at its end (which named
 * lit's files only, and no d3, date-fns or valibot notice at all): the file next to the bundle, in
 * the same folder of the package, has every bundled package, its version and its full licence text.
 */
function banner() {
  return '/*! article-timeline. Bundled code and its licences: article-timeline.bundled.js.LEGAL.txt */';
}

function legalText() {
  const parts = bundledPackages().map((p) => `${p.name} ${p.version} (${p.license})\n${'-'.repeat(60)}\n${p.text}\n`);
  return `Third-party software bundled in article-timeline.bundled.js\n\n${parts.join('\n')}`;
}
