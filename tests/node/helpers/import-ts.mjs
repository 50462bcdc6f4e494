// Node cannot import the TypeScript sources: esbuild bundles one into node_modules/.cache (so that
// its dependencies, left as imports, resolve from the repo's node_modules) and the test imports that.
import {build} from 'esbuild';
import {fileURLToPath, pathToFileURL} from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Imports `src/…​.ts` (a path from the repo root) as an ES module. */
export async function importTs(entry) {
  const outfile = `${ROOT}node_modules/.cache/article-timeline-node-tests/${entry.replace(/[\\/]/g, '_')}.mjs`;
  await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    tsconfig: 'tsconfig.json',
    outfile,
    logLevel: 'error',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
