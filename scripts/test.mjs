// `npm test`: type check, the browser tests in headless Chromium on the sources, the Node tests
// (tests/node/: the command line and saved-page reading, run by `node --test`), the extraction
// scores (`npm run eval:extract`: fails under its floors), then the element's
// tests again on dist/article-timeline.bundled.js, the file we ship (web-test-runner.bundle.config.mjs;
// the bundle is built first when src/, scripts/slim/ or package.json are newer than it).
// Extra arguments go to web-test-runner for the source run only (e.g. `npm test -- --files tests/time.test.ts`);
// the Node and bundle tests then do not run (alone: `node --test tests/node/*.test.mjs`,
// `npm run test:bundle [-- --files …]`).
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {ensureBrowser} from './find-browser.mjs';

const BUNDLE = 'dist/article-timeline.bundled.js';
ensureBrowser();
const run = (cmd, args) => {
  const {status} = spawnSync(cmd, args, {stdio: 'inherit', shell: process.platform === 'win32'});
  if (status !== 0) process.exit(status ?? 1);
};

/** The newest modification time of the files the bundle is built from. */
function newestSource() {
  const times = ['package.json', 'tsconfig.json'].map((f) => statSync(f).mtimeMs);
  for (const dir of ['src', 'scripts/slim']) {
    for (const file of readdirSync(dir, {recursive: true})) times.push(statSync(join(dir, file)).mtimeMs);
  }
  return Math.max(...times);
}

const bundleOnly = process.argv[2] === '--bundle';
const args = process.argv.slice(bundleOnly ? 3 : 2);
if (!bundleOnly) {
  run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.test.json']);
  run('npx', ['tsc', '-p', 'tsconfig.cli.json']);
  run('npx', ['web-test-runner', ...args]);
  if (args.length) process.exit(0);
  const nodeTests = readdirSync('tests/node')
    .filter((f) => f.endsWith('.test.mjs'))
    .map((f) => `tests/node/${f}`);
  run(process.execPath, ['--test', ...nodeTests]);
  run(process.execPath, ['scripts/eval-extract.mjs']);
}
if (!existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < newestSource()) {
  console.log(`${BUNDLE} is missing or older than its sources: building it first.`);
  run('npm', ['run', 'build']);
}
run('npx', ['web-test-runner', '--config', 'web-test-runner.bundle.config.mjs', ...args]);
