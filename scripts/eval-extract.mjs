// `npm run eval:extract`: scores extractTimeline on the gold lists in tests/fixtures/articles/.
// Every `<name>.gold.json` there is scored (drop held-out articles in beside them).
// `--verbose` lists what each article misses and what it extracts beyond the gold; `--dir PATH`
// scores the gold lists of another folder (a held-out set); names after the options pick articles.
// Exits non-zero when an article scores below 0.9 recall or precision.
import {build} from 'esbuild';
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
const fixtures = dirAt === -1 ? join(root, 'tests/fixtures/articles') : resolve(args[dirAt + 1] ?? '.');
const verbose = args.includes('--verbose');
const only = args.filter((a, i) => !a.startsWith('--') && i !== dirAt + 1);
const TARGET = 0.9;

// Bundle the TypeScript on the fly: the extractor and the scorer, nothing else.
const dir = mkdtempSync(join(tmpdir(), 'eval-extract-'));
const out = join(dir, 'eval.mjs');
await build({
  stdin: {
    contents: "export {extractTimeline} from './src/extract/index.ts'; export {scoreDraft, goldEvents} from './src/extract/score.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'error',
});
const {extractTimeline, scoreDraft, goldEvents} = await import(pathToFileURL(out).href);
rmSync(dir, {recursive: true, force: true});

const names = readdirSync(fixtures)
  .filter((f) => f.endsWith('.gold.json'))
  .map((f) => f.slice(0, -'.gold.json'.length))
  .filter((n) => only.length === 0 || only.includes(n))
  .sort();

if (dirAt === -1) {
  const listed = new Set(JSON.parse(readFileSync(join(fixtures, 'manifest.json'), 'utf8')));
  for (const name of names) if (!listed.has(name)) console.log(`${name}: not in manifest.json, so \`npm test\` does not check it`);
}

const rows = [];
let failed = false;
for (const name of names) {
  const goldPath = join(fixtures, `${name}.gold.json`);
  const file = JSON.parse(readFileSync(goldPath, 'utf8'));
  const text = readFileSync(resolve(dirname(goldPath), file.text), 'utf8');
  const document = file.document ? JSON.parse(readFileSync(resolve(dirname(goldPath), file.document), 'utf8')) : undefined;
  const draft = extractTimeline(text, {published: file.published, lang: file.lang, title: file.title});
  const s = scoreDraft(text, draft, goldEvents(file, document));
  const ok = s.recall >= TARGET && s.precision >= TARGET;
  if (!ok) failed = true;
  rows.push([
    name,
    file.lang ?? 'en',
    `${s.matchedRequired}/${s.required}`,
    s.recall.toFixed(2),
    `${s.matchedExtracted}/${s.extracted}`,
    s.precision.toFixed(2),
    ok ? 'ok' : 'BELOW',
  ]);
  if (verbose && (s.missed.length || s.extra.length)) {
    for (const g of s.missed) console.log(`${name}: missed ${g.dates.join(' | ')} in ${JSON.stringify(g.quote.slice(0, 90))}`);
    for (const e of s.extra)
      console.log(`${name}: extra ${e.date} from ${JSON.stringify(e.dateText)} in ${JSON.stringify(e.quote.slice(0, 90))}`);
  }
}

const head = ['article', 'lang', 'gold found', 'recall', 'drafted right', 'precision', '≥ 0.9'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
process.exit(failed ? 1 : 0);
