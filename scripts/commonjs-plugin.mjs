// A @web/dev-server plugin (also used by web-test-runner) that serves a CommonJS package as an ES
// module, bundled by esbuild on first request: `@mozilla/readability` (read by src/extract/html.ts)
// only sets `module.exports`, which a browser cannot import. Used by the authoring page, which reads
// saved web pages in the browser. A bundler does the same for an app; the element never loads it.
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * @param {Record<string, string[]>} packages package name → the names it exports
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function commonjsAsEsm(packages = {'@mozilla/readability': ['Readability', 'isProbablyReaderable']}) {
  const built = new Map();
  return {
    name: 'commonjs-as-esm',
    async serve({path}) {
      const name = Object.keys(packages).find((p) => path.startsWith(`/node_modules/${p}/`) && path.endsWith('.js'));
      if (!name || path !== `/node_modules/${name}/index.js`) return undefined;
      if (!built.has(name)) {
        built.set(
          name,
          build({
            stdin: {contents: `export {${packages[name].join(', ')}} from '${name}';`, resolveDir: root},
            bundle: true,
            format: 'esm',
            write: false,
            logLevel: 'error',
          }).then((r) => r.outputFiles[0].text),
        );
      }
      return {body: await built.get(name), type: 'js'};
    },
  };
}
