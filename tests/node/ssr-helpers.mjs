// Compiles src/ssr/render-timeline.ts for Node with esbuild (Node runs no TypeScript), once per run.
import {build} from 'esbuild';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let loaded;
/** The `article-timeline/ssr` module, from source. */
export function loadSsr() {
  // Written under node_modules/.cache so that its bare imports (lit, @lit-labs/ssr) resolve in the repo.
  const outfile = join(ROOT, 'node_modules', '.cache', 'article-timeline', `ssr-${process.pid}.mjs`);
  loaded ??= build({
    entryPoints: [join(ROOT, 'src/ssr/render-timeline.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    // lit, @lit-labs/ssr and the rest from node_modules, as a user's server gets them.
    packages: 'external',
    // The element's define module is a side effect that the package's sideEffects list names only in dist/.
    ignoreAnnotations: true,
    tsconfig: join(ROOT, 'tsconfig.json'),
    outfile,
    logLevel: 'error',
    absWorkingDir: ROOT,
  }).then(() => import(pathToFileURL(outfile).href));
  return loaded;
}
