// Locates a Chrome or Chromium binary for tests, screenshots and benchmarks.
// No tool here may download its own browser, so on a Debian-like machine we
// install the distribution's `chromium` package when nothing is found.
import {existsSync} from 'node:fs';
import {execFileSync, spawnSync} from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for headless Chromium on a machine with no outside network. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

function canInstallChromium() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], {stdio: 'ignore'}).status === 0;
  return process.platform === 'linux' && isRoot && hasApt;
}

/** Returns a browser path, installing Debian's chromium if allowed; exits with a clear message otherwise. */
export function ensureBrowser() {
  let path = findBrowser();
  if (path) return path;
  console.error('No Chrome or Chromium found (looked at $CHROME_PATH and ' + CANDIDATES.join(', ') + ').');
  if (canInstallChromium()) {
    console.error("Installing Debian's chromium package with apt-get…");
    execFileSync('apt-get', ['update'], {stdio: 'inherit'});
    execFileSync('apt-get', ['install', '-y', 'chromium'], {stdio: 'inherit', env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}});
    path = findBrowser();
  }
  if (!path) {
    console.error('Install Chrome or Chromium (on Debian/Ubuntu: `apt-get install chromium`), or set CHROME_PATH to its binary.');
    process.exit(1);
  }
  return path;
}
