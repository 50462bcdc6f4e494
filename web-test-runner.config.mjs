import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {fileURLToPath} from 'node:url';
import {commonjsAsEsm} from './scripts/commonjs-plugin.mjs';
import {BROWSER_ARGS, ensureBrowser} from './scripts/find-browser.mjs';
import {axTreePlugin} from './tests/plugins/ax-tree-plugin.mjs';

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  // Eight people's test runs share two cores here: a page may take more than the default 30 s to open.
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  // axe on a drawn timeline takes seconds when the two cores are busy; 10 s timed out now and then.
  testFramework: {config: {timeout: 20000}},
  plugins: [
    esbuildPlugin({ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url))}),
    axTreePlugin(),
    // The authoring page reads saved pages with Readability, a CommonJS package.
    commonjsAsEsm(),
  ],
  browsers: [
    // Los Angeles on purpose: calendar dates must read the same west of UTC (2012 must not become 2011).
    chromeLauncher({
      launchOptions: {executablePath: ensureBrowser(), args: BROWSER_ARGS, env: {...process.env, TZ: 'America/Los_Angeles'}},
    }),
  ],
};
