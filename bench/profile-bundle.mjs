// The bundle the profiling scripts load (bench/profile-render.mjs, bench/profile-startup.mjs): the
// shipped bundle's esbuild step with the same plugins and defines, left unminified, so that a
// profile names our functions.
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';
import {slimD3Imports, trimSelection, markD3Pure} from '../scripts/slim/plugin.mjs';

/** Builds src/index.ts as one readable ES module; returns its text. */
export async function profileBundle() {
  const {outputFiles} = await build({
    entryPoints: ['src/index.ts'],
    absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    define: {ARTICLE_TIMELINE_DESCRIBE: 'false'},
    write: false,
    outfile: 'profile.js',
    plugins: [slimD3Imports(), trimSelection(), markD3Pure()],
  });
  return outputFiles[0].text;
}
