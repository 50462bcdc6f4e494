// `npm test`: type check, then the browser tests in headless Chromium.
// Extra arguments go to web-test-runner (e.g. `npm test -- --files tests/time.test.ts`).
import {spawnSync} from 'node:child_process';
import {ensureBrowser} from './find-browser.mjs';

ensureBrowser();
const run = (cmd, args) => {
  const {status} = spawnSync(cmd, args, {stdio: 'inherit', shell: process.platform === 'win32'});
  if (status !== 0) process.exit(status ?? 1);
};
run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.test.json']);
run('npx', ['web-test-runner', ...process.argv.slice(2)]);
