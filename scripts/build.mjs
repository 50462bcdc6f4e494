// `npm run build`:
//  - dist/article-timeline.bundled.js: one minified ES module with every dependency inside,
//    for a plain <script type="module"> with no build step;
//  - dist/esm/: the unbundled ES modules with type declarations, for people who use a bundler.
//  - dist/article-timeline.meta.json: esbuild's metafile, read by `npm run size` (scripts/size.mjs);
//    its byte counts are esbuild's output, before the terser pass, so size.mjs uses them as shares.
import {build} from 'esbuild';
import {spawnSync} from 'node:child_process';
import {rmSync, statSync, readFileSync, writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {minify} from 'terser';
import {minifyLitCss, slimD3} from './slim/plugin.mjs';

rmSync('dist', {recursive: true, force: true});

const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], {stdio: 'inherit'});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const out = 'dist/article-timeline.bundled.js';
const {metafile} = await build({
  entryPoints: ['src/index.ts'],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2021',
  conditions: ['production'],
  legalComments: 'eof',
  // Module scripts are always read as UTF-8: keep Cyrillic and Chinese UI strings as characters
  // (2-3 bytes) rather than \uXXXX escapes (6 bytes, and they compress worse).
  charset: 'utf8',
  sourcemap: true,
  tsconfig: 'tsconfig.json',
  outfile: out,
  metafile: true,
  // Every reader downloads this file: drop the parts of d3 the element never reaches, and minify the CSS.
  plugins: [slimD3(), minifyLitCss()],
});
writeFileSync('dist/article-timeline.meta.json', JSON.stringify(metafile));

// A second pass: terser's compressor and mangler find what esbuild's single pass leaves (about
// 1.6 KB gzipped here). The source map chains back through esbuild's map to src/.
const terser = await minify(readFileSync(out, 'utf8'), {
  module: true,
  ecma: 2020,
  compress: {passes: 3},
  mangle: true,
  // Legal comments (esbuild put them at the end) stay; non-ASCII stays UTF-8, as with esbuild.
  format: {comments: 'some'},
  sourceMap: {content: readFileSync(`${out}.map`, 'utf8'), url: 'article-timeline.bundled.js.map', includeSources: true},
});
writeFileSync(out, terser.code);
writeFileSync(`${out}.map`, terser.map);
const bytes = statSync(out).size;
const gz = gzipSync(readFileSync(out)).length;
console.log(`${out}: ${(bytes / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped`);
