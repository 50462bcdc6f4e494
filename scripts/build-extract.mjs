// Builds the command line (`article-timeline`, bin/article-timeline.mjs) for Node:
// dist/cli/article-timeline.js and the chunks it loads, src/cli/ and the extractor it runs, with
// their dependencies inside. Bundled rather than imported from node_modules, the packages are
// tree-shaken (date-fns and chrono-node's index load hundreds of modules): half the start-up time.
// Chunks: a command's code (and linkedom, for pages) loads only when used, so `--help` is instant.
// Run by `npm run build` (scripts/build.mjs), by `npm test` before the Node tests, and
// on its own: `node scripts/build-extract.mjs`. The element's bundle is not touched.
import {build} from 'esbuild';
import {rmSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CLI_BUNDLE = 'dist/cli/article-timeline.js';

rmSync(`${root}dist/cli`, {recursive: true, force: true});
await build({
  absWorkingDir: root,
  entryPoints: {'article-timeline': 'src/cli/main.ts'},
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node18',
  tsconfig: 'tsconfig.json',
  outdir: 'dist/cli',
  // No source maps: they would be 2 MB of the package, for the stack of an unexpected error.
  sourcemap: false,
  logLevel: 'warning',
});
console.log(`${CLI_BUNDLE}: built`);
