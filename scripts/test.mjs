// `npm test`: type check, then the browser tests in headless Chromium, then the Node tests
// (tests/node/: the command line and saved-page reading, run by `node --test`).
// Extra arguments go to web-test-runner (e.g. `npm test -- --files tests/time.test.ts`); the Node
// tests then do not run (run them alone with `node --test tests/node/*.test.mjs`).
import {spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {ensureBrowser} from './find-browser.mjs';

ensureBrowser();
const run = (cmd, args) => {
  const {status} = spawnSync(cmd, args, {stdio: 'inherit', shell: process.platform === 'win32'});
  if (status !== 0) process.exit(status ?? 1);
};
run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.test.json']);
run('npx', ['tsc', '-p', 'tsconfig.cli.json']);
run('npx', ['web-test-runner', ...process.argv.slice(2)]);
if (process.argv.length <= 2) {
  const nodeTests = readdirSync('tests/node')
    .filter((f) => f.endsWith('.test.mjs'))
    .map((f) => `tests/node/${f}`);
  run(process.execPath, ['--test', ...nodeTests]);
}
