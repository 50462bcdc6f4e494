// An esbuild plugin for `npm run build` that hands some d3 modules small stand-ins (this folder)
// where they import parts of d3 the element never reaches. Only imports *from those d3 packages*
// are redirected; an import from src/ still gets the real package. Two are changed in place, for
// every importer in the bundle: d3-selection is trimmed to the methods used (d3-selection.mjs), and
// d3-time's and d3-array's constants are marked pure (pure.mjs). Tests run on the real modules;
// tests/slim.test.ts checks each stand-in and each changed module against the real one.
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {slimSelection} from './d3-selection.mjs';
import {markPure} from './pure.mjs';
import {dedentTemplates} from './lit-html.mjs';

/** Which package is replaced, for which importing packages, and why (kept short; details in each file). */
export const SLIM = {
  // d3-scale's default tickFormat and non-numeric interpolation.
  'd3-interpolate': /[\\/]node_modules[\\/]d3-scale[\\/]/,
  // d3-scale's default time tickFormat; axis labels come from src/time/ticks.ts.
  'd3-time-format': /[\\/]node_modules[\\/]d3-scale[\\/]/,
};

/** @returns {import('esbuild').Plugin} */
export function slimD3() {
  const filter = new RegExp(`^(${Object.keys(SLIM).join('|')})$`);
  return {
    name: 'slim-d3',
    setup(build) {
      build.onResolve({filter}, ({path, importer}) => {
        if (!SLIM[path].test(importer)) return undefined;
        return {path: fileURLToPath(new URL(`./${path}.mjs`, import.meta.url)), sideEffects: false};
      });
      // Selection.prototype lists every method, so nothing in d3-selection could be left out without this.
      build.onLoad({filter: /[\\/]node_modules[\\/]d3-selection[\\/]dist[\\/]d3-selection\.mjs$/}, async ({path}) => ({
        contents: slimSelection(await readFile(path, 'utf8')),
        loader: 'js',
      }));
      // d3-time and d3-array build their constants at load time; marked pure, unused ones are dropped.
      build.onLoad({filter: /[\\/]node_modules[\\/]d3-(time|array)[\\/]dist[\\/]d3-(time|array)\.mjs$/}, async ({path}) => ({
        contents: markPure(await readFile(path, 'utf8')),
        loader: 'js',
      }));
    },
  };
}

/**
 * Minifies the CSS inside lit's css`…` templates of `*.styles.ts` files with esbuild's CSS minifier
 * (JS minification leaves template text alone). Templates with `${…}` or a backslash are left as they are.
 * @returns {import('esbuild').Plugin}
 */
export function minifyLitCss() {
  return {
    name: 'minify-lit-css',
    setup(build) {
      build.onLoad({filter: /\.styles\.ts$/}, async ({path}) => {
        const source = await readFile(path, 'utf8');
        let code = '';
        let last = 0;
        for (const match of source.matchAll(/\bcss`([^`]*)`/g)) {
          const body = match[1];
          if (body.includes('${') || body.includes('\\')) continue;
          const {code: min} = await build.esbuild.transform(body, {loader: 'css', minify: true});
          // esbuild keeps the space after a custom property's colon; CSS drops it anyway (css-variables-1, 2).
          const tight = min.trim().replace(/(--[\w-]+):\s+/g, '$1:');
          const escaped = tight.replace(/[\\`]/g, '\\$&').replace(/\$\{/g, '\\${');
          code += source.slice(last, match.index) + 'css`' + escaped + '`';
          last = match.index + match[0].length;
        }
        return {contents: code + source.slice(last), loader: 'ts'};
      });
    },
  };
}


/** valibot actions that only document a schema (for data/timeline.schema.json) and check nothing. */
const SCHEMA_DOCS = /\bv\.(?:description|title)\(\s*(['"])(?:\\.|(?!\1)[^\\\n])*\1\s*,?\s*\)\s*,?|\bv\.metadata\(\{[^\n]*\}\)\s*,?/g;

/**
 * Leaves the JSON Schema's descriptions out of the bundle: `v.description(…)`, `v.title(…)` and
 * `v.metadata(…)` in src/document/schema.ts annotate the schema for scripts/build-schema.mjs (which
 * builds schema.ts without this plugin) and change no check. Fails the build if one is left, so a
 * reformatted annotation cannot slip through unnoticed.
 * @returns {import('esbuild').Plugin}
 */
export function stripSchemaDocs() {
  return {
    name: 'strip-schema-docs',
    setup(build) {
      build.onLoad({filter: /[\\/]src[\\/]document[\\/]schema\.ts$/}, async ({path}) => {
        const contents = stripDocs(await readFile(path, 'utf8'));
        return {contents, loader: 'ts'};
      });
    },
  };
}

/** schema.ts without its documentation actions (exported for tests/slim.test.ts). */
export function stripDocs(source) {
  const contents = source.replace(SCHEMA_DOCS, '');
  const left = /\bv\.(?:description|title|metadata)\(/.exec(contents);
  if (left) throw new Error(`strip-schema-docs: an annotation is left in schema.ts at offset ${left.index}; adjust SCHEMA_DOCS`);
  return contents;
}

/**
 * Drops the indentation inside lit's html`…`/svg`…` templates of src/element/*.ts (not the
 * .styles.ts files, which minifyLitCss handles): see lit-html.mjs.
 * @returns {import('esbuild').Plugin}
 */
export function dedentLitTemplates() {
  return {
    name: 'dedent-lit-templates',
    setup(build) {
      build.onLoad({filter: /[\\/]src[\\/]element[\\/][^.\\/]+\.ts$/}, async ({path}) => ({
        contents: dedentTemplates(await readFile(path, 'utf8')),
        loader: 'ts',
      }));
    },
  };
}
