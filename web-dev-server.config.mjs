import {esbuildPlugin} from '@web/dev-server-esbuild';
import {fileURLToPath} from 'node:url';

// Serves the repo root: the demo imports the TypeScript sources, compiled on the fly.
export default {
  rootDir: '.',
  port: Number(process.env.PORT) || 8000,
  hostname: process.env.HOST || 'localhost',
  nodeResolve: {exportConditions: ['production']},
  appIndex: undefined,
  plugins: [esbuildPlugin({ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url))})],
};
