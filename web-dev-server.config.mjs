import {esbuildPlugin} from '@web/dev-server-esbuild';
import {context} from 'esbuild';
import {fileURLToPath} from 'node:url';
import {commonjsAsEsm} from './scripts/commonjs-plugin.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
/** What the demo pages load the element through, and where its prebuilt module is served instead. */
const ELEMENT = '/src/define.ts';
const PREBUILT = '/__prebuilt/article-timeline.js';

/**
 * The demo's element as one module, bundled by esbuild when the server starts and again whenever a
 * file it is built from changes (esbuild's watch mode). Compiling the ~60 TypeScript modules one
 * request at a time made the first load take 2.5 s; one prebuilt module draws the demo within a second.
 * Pages that load src/define.ts get the prebuilt module's URL instead (a path of its own, so that no
 * cache keyed on define.ts's own file can serve an old build).
 * @returns {import('@web/dev-server-core').Plugin}
 */
function prebuiltElement() {
  let latest;
  let ctx;
  return {
    name: 'prebuilt-element',
    async serverStart() {
      let done;
      latest = new Promise((resolve) => (done = resolve));
      ctx = await context({
        entryPoints: [fileURLToPath(new URL(`.${ELEMENT}`, import.meta.url))],
        bundle: true,
        format: 'esm',
        target: 'es2022',
        conditions: ['production'],
        // Linked, not inline: the module stays ~0.3 MB rather than 2 MB (the map is read only by devtools).
        sourcemap: 'linked',
        outfile: 'prebuilt/article-timeline.js',
        tsconfig,
        write: false,
        logLevel: 'error',
        plugins: [
          {
            name: 'keep-latest',
            setup(build) {
              build.onStart(() => {
                if (!done) latest = new Promise((resolve) => (done = resolve));
              });
              build.onEnd((result) => {
                done(result);
                done = undefined;
              });
            },
          },
        ],
      });
      await ctx.watch();
    },
    async serverStop() {
      await ctx?.dispose();
    },
    transform(context) {
      if (!context.response.is('html')) return undefined;
      const body = String(context.body);
      const rewritten = body.replace(/(src=["'])((?:\.\.\/|\/)[^"']*)(["'])/g, (all, open, url, close) =>
        new URL(url, `http://x${context.path}`).pathname === ELEMENT ? `${open}${PREBUILT}${close}` : all,
      );
      return rewritten === body ? undefined : {body: rewritten};
    },
    async serve({path}) {
      if (path !== PREBUILT && path !== `${PREBUILT}.map`) return undefined;
      const result = await latest;
      if (result.errors.length)
        return {body: `throw new Error(${JSON.stringify(result.errors.map((e) => e.text).join('\n'))});`, type: 'js'};
      const map = path.endsWith('.map');
      const file = result.outputFiles.find((f) => f.path.endsWith(map ? '.js.map' : '.js'));
      return {body: file.text, type: map ? 'json' : 'js', headers: {'cache-control': 'no-cache'}};
    },
  };
}

// Serves the repo root: the demo's element comes prebuilt (above); other TypeScript is compiled on the fly.
export default {
  rootDir: '.',
  port: Number(process.env.PORT) || 8000,
  hostname: process.env.HOST || 'localhost',
  nodeResolve: {exportConditions: ['production']},
  appIndex: undefined,
  plugins: [prebuiltElement(), commonjsAsEsm(), esbuildPlugin({ts: true, tsconfig})],
};
