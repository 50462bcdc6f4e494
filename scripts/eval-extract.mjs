// `npm run eval:extract`: scores extractTimeline on the gold lists in tests/fixtures/articles/, in Node.
// Every `<name>.gold.json` there is scored (drop held-out articles in beside them).
// Prints a table per article and the totals: recall, precision, and date accuracy (of the drafted
// events whose sentence holds a gold event, the share with the right date).
// `--verbose` lists what each article misses and what it extracts beyond the gold; `--dir PATH`
// scores the gold lists of another folder (a held-out set); names after the options pick articles.
// Exits non-zero (and `npm test`, which runs it, fails) when the totals fall under FLOOR, an article
// under ARTICLE_FLOOR, manifest.json and the gold files disagree, or a draft does not load cleanly in
// the element's model.
import {build} from 'esbuild';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

/** The target for each article; the table marks articles under it. */
const TARGET = 0.9;
/** Under these totals the script fails: a little below the figures of 2026-12-02 (1.00 / 1.00 / 1.00 on 29 articles). */
const FLOOR = {recall: 0.97, precision: 0.97, dateAccuracy: 0.97};
/** …and under this recall or precision on any one article, as CI did before. */
const ARTICLE_FLOOR = TARGET;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
const fixtures = dirAt === -1 ? join(root, 'tests/fixtures/articles') : resolve(args[dirAt + 1] ?? '.');
const verbose = args.includes('--verbose');
const only = args.filter((a, i) => !a.startsWith('--') && (dirAt === -1 || i !== dirAt + 1));

// Bundle the TypeScript on the fly: the extractor, the scorer and the element's model, nothing else.
const dir = mkdtempSync(join(tmpdir(), 'eval-extract-'));
const out = join(dir, 'eval.mjs');
await build({
  stdin: {
    contents: [
      "export {extractTimeline} from './src/extract/index.ts';",
      "export {scoreDraft, goldEvents} from './src/extract/score.ts';",
      "export {buildModel} from './src/document/model.ts';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'error',
});
const {extractTimeline, scoreDraft, goldEvents, buildModel} = await import(pathToFileURL(out).href);
rmSync(dir, {recursive: true, force: true});

const names = readdirSync(fixtures)
  .filter((f) => f.endsWith('.gold.json'))
  .map((f) => f.slice(0, -'.gold.json'.length))
  .filter((n) => only.length === 0 || only.includes(n))
  .sort();

const failures = [];
const manifestPath = join(fixtures, 'manifest.json');
if (dirAt === -1 && existsSync(manifestPath)) {
  const listed = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const present = new Set(names);
  for (const name of names) if (!listed.includes(name)) failures.push(`${name}: has a gold list but is not in manifest.json`);
  if (only.length === 0)
    for (const name of listed) if (!present.has(name)) failures.push(`${name}: in manifest.json, but no ${name}.gold.json`);
}

const rows = [];
const total = {required: 0, matchedRequired: 0, extracted: 0, matchedExtracted: 0, located: 0};
const fmt = (n, d) => (d ? (n / d).toFixed(2) : '1.00');
for (const name of names) {
  const goldPath = join(fixtures, `${name}.gold.json`);
  const file = JSON.parse(readFileSync(goldPath, 'utf8'));
  const text = readFileSync(resolve(dirname(goldPath), file.text), 'utf8');
  const document = file.document ? JSON.parse(readFileSync(resolve(dirname(goldPath), file.document), 'utf8')) : undefined;
  const draft = extractTimeline(text, {published: file.published, lang: file.lang, title: file.title});
  const problems = buildModel(draft).problems;
  if (problems.length) failures.push(`${name}: the draft has problems in the element: ${JSON.stringify(problems.slice(0, 3))}`);
  const s = scoreDraft(text, draft, goldEvents(file, document));
  for (const k of Object.keys(total)) total[k] += s[k];
  const ok = s.recall >= TARGET && s.precision >= TARGET;
  if (s.recall < ARTICLE_FLOOR || s.precision < ARTICLE_FLOOR)
    failures.push(`${name}: recall ${s.recall.toFixed(2)}, precision ${s.precision.toFixed(2)}: under ${ARTICLE_FLOOR}`);
  rows.push([
    name,
    file.lang ?? 'en',
    `${s.matchedRequired}/${s.required}`,
    s.recall.toFixed(2),
    `${s.matchedExtracted}/${s.extracted}`,
    s.precision.toFixed(2),
    `${s.matchedExtracted}/${s.located}`,
    s.dateAccuracy.toFixed(2),
    ok ? 'ok' : 'BELOW',
  ]);
  if (verbose && (s.missed.length || s.extra.length)) {
    for (const g of s.missed) console.log(`${name}: missed ${g.dates.join(' | ')} in ${JSON.stringify(g.quote.slice(0, 90))}`);
    for (const e of s.extra)
      console.log(`${name}: extra ${e.date} from ${JSON.stringify(e.dateText)} in ${JSON.stringify(e.quote.slice(0, 90))}`);
  }
}
const totals = {
  recall: total.required ? total.matchedRequired / total.required : 1,
  precision: total.extracted ? total.matchedExtracted / total.extracted : 1,
  dateAccuracy: total.located ? total.matchedExtracted / total.located : 1,
};
rows.push([
  `total (${names.length} articles)`,
  '',
  `${total.matchedRequired}/${total.required}`,
  fmt(total.matchedRequired, total.required),
  `${total.matchedExtracted}/${total.extracted}`,
  fmt(total.matchedExtracted, total.extracted),
  `${total.matchedExtracted}/${total.located}`,
  fmt(total.matchedExtracted, total.located),
  rows.filter((r) => r[8] === 'ok').length === names.length ? 'all' : `${rows.filter((r) => r[8] === 'ok').length}/${names.length}`,
]);
if (only.length === 0) {
  for (const [k, floor] of Object.entries(FLOOR))
    if (totals[k] < floor) failures.push(`total ${k} ${totals[k].toFixed(3)} is under its floor ${floor}`);
}

const head = ['article', 'lang', 'gold found', 'recall', 'drafted right', 'precision', 'dates right', 'date acc.', '≥ 0.9'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
for (const f of failures) console.error(`eval:extract: ${f}`);
process.exit(failures.length ? 1 : 0);
