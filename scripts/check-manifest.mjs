// CI: custom-elements.json must be what `npm run analyze` makes from the current sources, and the
// README's API tables must name exactly what the manifest has (attributes, properties, events,
// shadow parts, CSS custom properties). Exits 1 with every mismatch listed.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TAG = 'article-timeline';
const problems = [];

/** Runs the analyzer with the project's config into a fresh temp dir; returns the manifest text. */
function analyzeFresh() {
  const dir = mkdtempSync(join(tmpdir(), 'cem-'));
  try {
    // The analyzer joins --outdir to its cwd, so it must be given relative to the repo.
    const run = spawnSync('npx', ['cem', 'analyze', '--litelement', '--quiet', '--outdir', relative(root, dir)], {
      cwd: root,
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    const out = join(dir, 'custom-elements.json');
    if (run.status !== 0 || !existsSync(out)) {
      console.error(run.stdout, run.stderr);
      console.error('check-manifest: the analyzer failed');
      process.exit(1);
    }
    return readFileSync(out, 'utf8');
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

/** The cells of the first markdown table under `### heading`, header and separator rows removed. */
function tableRows(markdown, heading) {
  const lines = markdown.split('\n');
  const at = lines.findIndex((l) => l.trim() === `### ${heading}`);
  if (at < 0) return undefined;
  const rows = [];
  for (const line of lines.slice(at + 1)) {
    if (/^#{1,3} /.test(line)) break;
    if (line.trim().startsWith('|')) rows.push(line);
    else if (rows.length) break;
  }
  return rows.slice(2).map((row) =>
    row
      .trim()
      .replace(/^\||\|$/g, '')
      .split(/(?<!\\)\|/)
      .map((c) => c.trim()),
  );
}

/** The backticked names in one column (`—` or plain text cells name nothing). */
function namesIn(rows, column) {
  return rows.flatMap((cells) => [...(cells[column] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]).slice(0, 1));
}

function compare(what, inReadme, inManifest) {
  const readme = new Set(inReadme);
  const manifest = new Set(inManifest);
  const missing = [...manifest].filter((n) => !readme.has(n));
  const extra = [...readme].filter((n) => !manifest.has(n));
  if (missing.length) problems.push(`README ${what}: missing ${missing.map((n) => `\`${n}\``).join(', ')} (in the manifest)`);
  if (extra.length) problems.push(`README ${what}: lists ${extra.map((n) => `\`${n}\``).join(', ')}, which the manifest does not have`);
}

const manifestPath = join(root, 'custom-elements.json');
const fresh = analyzeFresh();
if (!existsSync(manifestPath)) {
  problems.push('custom-elements.json is missing: run npm run analyze');
} else if (readFileSync(manifestPath, 'utf8') !== fresh) {
  const diff = spawnSync('diff', ['-u', manifestPath, '-'], {input: fresh, encoding: 'utf8'});
  if (diff.stdout) console.error(diff.stdout.split('\n').slice(0, 40).join('\n'));
  problems.push('custom-elements.json is stale: run npm run analyze');
}

const manifest = JSON.parse(fresh);
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement && d.tagName === TAG);
if (!element) {
  problems.push(`the manifest has no <${TAG}> declaration`);
} else {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const table = (heading) => {
    const rows = tableRows(readme, heading);
    if (!rows) problems.push(`README has no "### ${heading}" table`);
    return rows ?? [];
  };
  const names = (list) => (list ?? []).map((x) => x.name);
  const attributes = table('Attributes and properties');
  compare('attributes (Attributes and properties, column 1)', namesIn(attributes, 0), names(element.attributes));
  compare(
    'properties (Attributes and properties, column 2)',
    namesIn(attributes, 1),
    names((element.members ?? []).filter((m) => m.kind === 'field' && !m.static)),
  );
  compare('events (Events)', namesIn(table('Events'), 0), names(element.events));
  compare('shadow parts (Shadow parts)', namesIn(table('Shadow parts'), 0), names(element.cssParts));
  compare('CSS custom properties (CSS custom properties)', namesIn(table('CSS custom properties'), 0), names(element.cssProperties));
}

if (problems.length) {
  for (const p of problems) console.error(`check-manifest: ${p}`);
  process.exit(1);
}
console.log(`check-manifest: custom-elements.json is current and the README's API tables match it`);
