// The one-file bundle, step by step: `npm run build` writes it with every step, and `npm run size`
// and `npm run bench` build it again without each step in turn to show what that step saves.
// Each step is a maintained tool or a general esbuild/terser mechanism, except two that edit a d3
// file's text: the d3-selection trim (1.5 KB gzipped) and the pure marks on d3-time's and
// d3-array's load-time constants (0.75 KB; brought back when this session's features took the
// bundle past the 55 KB ceiling: it adds annotations only, and fails the build on another shape).
// See README, "Bundle size".
import {build} from 'esbuild';
import {readFile} from 'node:fs/promises';
import {minifyHTMLLiterals} from 'minify-literals';
import {minify} from 'terser';
import {INTERNAL_NAMES} from './internal-names.mjs';
import {markD3Pure, slimD3Imports, trimSelection} from './plugin.mjs';

/** Every build step, in the order they apply, and what it does (one line, for the size table). */
export const STEPS = {
  literals: "lit's html, svg and css templates minified (minify-literals)",
  'd3-stand-ins': 'd3-scale gets a numbers-only d3-interpolate and an ISO-only d3-time-format (scripts/slim/)',
  'd3-pure': "d3-time's and d3-array's load-time constants marked pure, so the unused ones go (scripts/slim/pure.mjs)",
  'd3-selection': 'd3-selection trimmed to the 17 methods used (scripts/slim/d3-selection.mjs)',
  descriptions: "the schema's descriptions left out (esbuild `define`; they are for the JSON Schema only)",
  terser: 'a second minifier pass (terser)',
  'internal-names': 'short names for properties only our own code uses (terser, scripts/slim/internal-names.mjs)',
};

/** The property names only our own code uses (scripts/slim/internal-names.mjs), for terser. */
const INTERNAL_NAMES_PATTERN = new RegExp(`^(${INTERNAL_NAMES.join('|')})$`);

export const OUT = 'dist/article-timeline.bundled.js';

/**
 * Bundles src/index.ts into one minified ES module, in memory.
 * @param {{without?: string[]}} [options] steps (keys of {@link STEPS}) to leave out
 * @returns {Promise<{code: string, map: string, metafile: import('esbuild').Metafile}>}
 */
export async function bundle({without = []} = {}) {
  for (const step of without)
    if (!(step in STEPS)) throw new Error(`unknown build step "${step}"; known: ${Object.keys(STEPS).join(', ')}`);
  const use = (step) => !without.includes(step);
  const result = await build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    conditions: ['production'],
    // The schema's descriptions are for the JSON Schema only (src/document/schema.ts).
    define: use('descriptions') ? {ARTICLE_TIMELINE_DESCRIBE: 'false'} : {},
    // Licences go to a file of their own next to the bundle (build.mjs), named in a one-line banner.
    legalComments: 'none',
    // Module scripts are always read as UTF-8: keep Cyrillic and Chinese UI strings as characters
    // (2-3 bytes) rather than \uXXXX escapes (6 bytes, and they compress worse).
    charset: 'utf8',
    sourcemap: 'external',
    tsconfig: 'tsconfig.json',
    outfile: OUT,
    write: false,
    metafile: true,
    plugins: [
      use('d3-stand-ins') && slimD3Imports(),
      use('d3-selection') && trimSelection(),
      use('d3-pure') && markD3Pure(),
      use('literals') && minifyLiterals(),
    ].filter(Boolean),
  });
  const file = (ext) => new TextDecoder().decode(result.outputFiles.find((f) => f.path.endsWith(ext)).contents);
  let code = file('.js');
  let map = file('.js.map');
  if (use('terser')) {
    const out = await minify(code, {
      module: true,
      ecma: 2022,
      compress: COMPRESS,
      // Property names only our code uses get short names too (needs terser).
      mangle: use('internal-names') ? {properties: {regex: INTERNAL_NAMES_PATTERN}} : true,
      // Non-ASCII stays UTF-8, as with esbuild; the banner names the packages inside and their licences.
      format: {comments: false, preamble: BANNER},
      sourceMap: {content: map, url: 'article-timeline.bundled.js.map', includeSources: true},
    });
    code = out.code;
    map = out.map;
  } else {
    code = `${BANNER}\n${code}`;
  }
  return {code, map, metafile: result.metafile};
}

/**
 * One line at the top of the bundle instead of esbuild's block of notices at its end (which named
 * lit's files only, and no d3 or date-fns notice at all): the file next to the bundle has
 * every bundled package, its version and its full licence text.
 */
/**
 * terser's compression, for the bundle and the chunks alike. pure_getters: reading a property never
 * has a side effect worth keeping in this code (nothing reads a getter only to trigger it), so unused
 * reads may go. unsafe_methods: `{m: function () {}}` becomes `{m() {}}`, which cannot be called with
 * `new`; nothing here (nor in lit or d3) constructs a function kept in an object literal.
 * unsafe_comps: `a < b` may become `b > a`; no compared value here has a `valueOf` with side effects.
 * The bundle's test suite (npm run test:bundle) runs on the result.
 */
const COMPRESS = {passes: 4, pure_getters: true, unsafe_arrows: true, unsafe_methods: true, unsafe_comps: true};

const BANNER = '/*! article-timeline. Licences: article-timeline.bundled.js.LEGAL.txt */';

/**
 * minify-literals (html-minifier-terser for html`…`/svg`…`, clean-css for css`…`) on our own
 * sources; lit's own files carry no templates worth it. Whitespace is collapsed conservatively (one
 * space stays where there was some), so text and inline elements render as in the source.
 * @returns {import('esbuild').Plugin}
 */
export function minifyLiterals() {
  return {
    name: 'minify-literals',
    setup(b) {
      b.onLoad({filter: /[\\/]src[\\/].*\.ts$/}, async ({path}) => {
        const source = await readFile(path, 'utf8');
        const result = await minifyHTMLLiterals(source, {
          fileName: path,
          generateSourceMap: false,
          minifyOptions: {conservativeCollapse: true},
        });
        return {contents: result?.code ?? source, loader: 'ts'};
      });
    },
  };
}

/**
 * The same trimmed code for people who bundle it themselves (`import 'article-timeline'` through
 * esbuild, Vite, webpack…), which the package's `browser` export condition points at: d3 inside,
 * trimmed as in the one-file bundle (no bundler can trim d3-selection's prototype or stub d3-scale's
 * imports); lit, date-fns and every other dependency left as imports, so an app shares them.
 * One file per entry, code shared in chunks, so `article-timeline` and `article-timeline/define`
 * give the same class. Minified, with source maps back to src/.
 * @param {{entries: Record<string, string>, outdir: string}} options entry name → source file
 * @returns {Promise<Array<{path: string, text: string}>>} files to write (absolute paths)
 */
export async function bundleForBundlers({entries, outdir}) {
  const pkg = JSON.parse(await readFile('package.json', 'utf8'));
  const external = Object.keys(pkg.dependencies ?? {})
    .filter((name) => !name.startsWith('d3-'))
    .flatMap((name) => [name, `${name}/*`]);
  const result = await build({
    entryPoints: entries,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    charset: 'utf8',
    sourcemap: 'external',
    tsconfig: 'tsconfig.json',
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    define: {ARTICLE_TIMELINE_DESCRIBE: 'false'},
    write: false,
    external,
    plugins: [slimD3Imports(), trimSelection(), markD3Pure(), minifyLiterals()],
  });
  const maps = new Map(result.outputFiles.filter((f) => f.path.endsWith('.map')).map((f) => [f.path, f.text]));
  const files = [];
  // One name cache for every chunk: a property shortened in one file is shortened alike in the
  // others (terser's nameCache is made for minifying files apart that share names).
  const nameCache = {};
  for (const file of result.outputFiles.filter((f) => f.path.endsWith('.js'))) {
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    const out = await minify(file.text, {
      module: true,
      ecma: 2022,
      compress: COMPRESS,
      mangle: {properties: {regex: INTERNAL_NAMES_PATTERN}},
      nameCache,
      format: {
        comments: false,
        preamble: '/*! article-timeline. Bundled d3 code and its licence: ../article-timeline.bundled.js.LEGAL.txt */',
      },
      sourceMap: {content: maps.get(`${file.path}.map`), url: `${name}.map`, includeSources: true},
    });
    files.push({path: file.path, text: out.code}, {path: `${file.path}.map`, text: out.map});
  }
  return files;
}
