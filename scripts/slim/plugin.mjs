// esbuild plugins for the one-file bundle (scripts/slim/bundle.mjs) that leave out the parts of d3
// the element never reaches. Each saves over 1 KB gzipped (`npm run size -- --steps` shows it), and
// the bundle tests (web-test-runner.bundle.config.mjs) run the element's tests on the file they make.
import {markPure} from './pure.mjs';
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {slimSelection} from './d3-selection.mjs';

/** Which package is replaced, for which importing packages, and why (kept short; details in each file). */
export const SLIM = {
  // d3-scale's non-numeric interpolation (d3-color behind it).
  'd3-interpolate': /[\\/]node_modules[\\/]d3-scale[\\/]/,
  // d3-scale's default time tickFormat; axis labels come from src/time/ticks.ts.
  'd3-time-format': /[\\/]node_modules[\\/]d3-scale[\\/]/,
};

/**
 * d3-scale's imports of the packages in {@link SLIM} resolve to the stand-ins in this folder,
 * marked free of side effects; an import from src/ still gets the real package.
 * @returns {import('esbuild').Plugin}
 */
export function slimD3Imports() {
  const filter = new RegExp(`^(${Object.keys(SLIM).join('|')})$`);
  return {
    name: 'slim-d3-imports',
    setup(build) {
      build.onResolve({filter}, ({path, importer}) => {
        if (!SLIM[path].test(importer)) return undefined;
        return {path: fileURLToPath(new URL(`./${path}.mjs`, import.meta.url)), sideEffects: false};
      });
    },
  };
}

/**
 * Selection.prototype lists every method, so no bundler can leave any of d3-selection out: this
 * keeps only the methods used on it (d3-selection.mjs, which fails the build on a d3 of another shape).
 * @returns {import('esbuild').Plugin}
 */
export function trimSelection() {
  return {
    name: 'trim-d3-selection',
    setup(build) {
      build.onLoad({filter: /[\\/]node_modules[\\/]d3-selection[\\/]dist[\\/]d3-selection\.mjs$/}, async ({path}) => ({
        contents: slimSelection(await readFile(path, 'utf8')),
        loader: 'js',
      }));
    },
  };
}

/**
 * d3-time and d3-array build every interval and helper at load time; marked pure (pure.mjs), the
 * ones nothing reaches (the local-time intervals and their ticks, the weekdays, blur…) are left
 * out. Only annotations and wrappers are added; pure.mjs fails the build on a d3 of another shape.
 * @returns {import('esbuild').Plugin}
 */
export function markD3Pure() {
  return {
    name: 'mark-d3-pure',
    setup(build) {
      build.onLoad({filter: /[\\/]node_modules[\\/]d3-(time|array)[\\/]dist[\\/]d3-(time|array)\.mjs$/}, async ({path}) => ({
        contents: markPure(await readFile(path, 'utf8')),
        loader: 'js',
      }));
    },
  };
}
