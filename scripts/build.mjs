// `npm run build`:
//  - dist/article-timeline.bundled.js: one minified ES module with every dependency inside,
//    for a plain <script type="module"> with no build step;
//  - dist/esm/: the unbundled ES modules with type declarations, for people who use a bundler.
//  - dist/article-timeline.meta.json: esbuild's metafile, read by `npm run size` (scripts/size.mjs).
import {build} from 'esbuild';
import {spawnSync} from 'node:child_process';
import {rmSync, statSync, readFileSync, writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
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
const bytes = statSync(out).size;
const gz = gzipSync(readFileSync(out)).length;
console.log(`${out}: ${(bytes / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped`);
