// The element's tests again, on the file we ship: every test that loads the element (through
// src/define.ts or src/index.ts) gets dist/article-timeline.bundled.js instead, with its
// minified templates and trimmed d3 (scripts/slim/). Run by `npm test` after the source run;
// alone: `npx web-test-runner --config web-test-runner.bundle.config.mjs` (after `npm run build`).
import {readdirSync, readFileSync} from 'node:fs';
import base from './web-test-runner.config.mjs';

export const BUNDLE = 'dist/article-timeline.bundled.js';
/** The modules a test loads the element through; each becomes the bundle's exports. */
const ENTRIES = ['/src/define.ts', '/src/index.ts'];
const LOADS_ELEMENT =
  /from '(?:\.\.\/)+src\/(?:define|index)\.js'|import '(?:\.\.\/)+src\/(?:define|index)\.js'|from '\.\/helpers\/timeline\.js'/;

/** Test files that load the element, directly or through tests/helpers/timeline.ts. */
export const elementTests = readdirSync('tests', {recursive: true})
  .map((file) => `tests/${file}`)
  .filter((file) => file.endsWith('.test.ts') && LOADS_ELEMENT.test(readFileSync(file, 'utf8')));

export default {
  ...base,
  files: ['tests/bundle/*.bundle-test.ts', ...elementTests],
  plugins: [
    {
      name: 'element-from-bundle',
      serve(context) {
        if (ENTRIES.includes(context.path)) return {body: `export * from '/${BUNDLE}';\n`, type: 'js'};
        return undefined;
      },
    },
    ...base.plugins,
  ],
};
