// The command line, run as a user runs it: `article-timeline extract …` in a child process.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, test} from 'node:test';
import {parseHTML} from 'linkedom';
import {ROOT, importTs} from './helpers/import-ts.mjs';

// The bin runs the built bundle: build it from the sources under test.
await import('../../scripts/build-extract.mjs');
const {buildModel} = await importTs('src/document/model.ts');
const {articleFromPage} = await importTs('src/extract/html.ts');

const BIN = join(ROOT, 'bin', 'article-timeline.mjs');
const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');
const work = mkdtempSync(join(tmpdir(), 'article-timeline-cli-'));
after(() => rmSync(work, {recursive: true, force: true}));

const ARTICLE = [
  'Harbour ferry returns after two-year repair',
  '',
  'The Mary Ellen carried passengers across the harbour again on Monday, for the first time since a fire in its engine room in March 2022.',
  '',
  '“People told us it was a museum piece,” said Councillor Anita Rowe. Built in 1964, it is the oldest boat on this coast.',
  '',
].join('\r\n');

function file(name, content) {
  const path = join(work, name);
  writeFileSync(path, content);
  return name;
}

function cli(args, input) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: work,
    input,
    encoding: 'utf8',
    env: {...process.env, ARTICLE_TIMELINE_DEBUG: ''},
  });
  return {code: r.status, stdout: r.stdout, stderr: r.stderr};
}

/** A failure a user can read: a non-zero exit, nothing on stdout, one line on stderr that names `what`, no stack trace. */
function assertOneLineError(r, what) {
  assert.notEqual(r.code, 0, 'exit code');
  assert.equal(r.stdout, '');
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line on stderr, got:\n${r.stderr}`);
  assert.ok(lines[0].startsWith('article-timeline'), lines[0]);
  assert.ok(lines[0].includes(what), `"${lines[0]}" should name ${what}`);
  assert.doesNotMatch(r.stderr, /\n\s+at |Error:/);
}

/** The document loads in the element's model with no problem, every quote found verbatim. */
function assertLoads(doc) {
  const model = buildModel(doc);
  assert.deepEqual(model.problems, []);
  assert.equal(model.events.length, doc.events.length);
  for (const e of doc.events) assert.ok(doc.source.text.includes(e.quote), `quote of ${e.id} is verbatim`);
}

test('a .txt article: JSON on stdout, source.text exactly the file (CRLF and all), every quote in it', () => {
  const path = file('ferry.txt', ARTICLE);
  const r = cli([
    'extract',
    path,
    '--published',
    '2024-05-14',
    '--title',
    'Ferry',
    '--publisher',
    'Courier',
    '--url',
    'https://courier.example/ferry',
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.source.text, ARTICLE);
  assert.deepEqual(
    {title: doc.source.title, publisher: doc.source.publisher, published: doc.source.published, url: doc.source.url},
    {title: 'Ferry', publisher: 'Courier', published: '2024-05-14', url: 'https://courier.example/ferry'},
  );
  assert.ok(doc.events.length >= 2, `events: ${JSON.stringify(doc.events)}`);
  assertLoads(doc);
});

test('a saved page: source.text is the extracted article; title, day, publisher and address come from the page', () => {
  const path = join(PAGES, 'harbour-ferry.html');
  const r = cli(['extract', path]);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  const page = articleFromPage(parseHTML(readFileSync(path, 'utf8')).document);
  assert.equal(doc.source.text, page.text);
  assert.equal(doc.source.title, 'Harbour ferry returns after two-year repair');
  assert.equal(doc.source.published, '2024-05-14');
  assert.equal(doc.source.publisher, 'The Coastal Courier');
  assert.equal(doc.source.url, 'https://courier.example/news/2024/05/harbour-ferry-returns');
  assert.ok(doc.events.length > 0);
  assertLoads(doc);
});

test('options win over what the page says', () => {
  const r = cli(['extract', join(PAGES, 'city-library.html'), '--published', '2023-10-09', '--title', 'Library', '--publisher', 'RD']);
  assert.equal(r.code, 0, r.stderr);
  const {source} = JSON.parse(r.stdout);
  assert.deepEqual([source.published, source.title, source.publisher], ['2023-10-09', 'Library', 'RD']);
});

test('-o writes the file and nothing to stdout; - reads stdin', () => {
  const out = join(work, 'out.json');
  const r = cli(['extract', '-', '--published', '2024-05-14', '--title', 'From stdin', '-o', out], ARTICLE);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  const doc = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(doc.source.text, ARTICLE);
  assertLoads(doc);
});

test('an HTML page on stdin is recognised as a page', () => {
  const r = cli(['extract', '-'], readFileSync(join(PAGES, 'stadtpark.html')));
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.source.published, '2024-02-08');
  assert.ok(!doc.source.text.includes('Impressum'));
});

test('an empty article gives no events', () => {
  const r = cli(['extract', file('empty.txt', ''), '--title', 'Nothing yet']);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.deepEqual(doc.events, []);
  assert.equal(doc.source.text, '');
});

test('text without relative dates needs no publication day', () => {
  const r = cli(['extract', file('absolute.txt', 'The bridge opened in 1964. It closed in March 2022.\n'), '--title', 'Bridge']);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.source.published, undefined);
  assert.ok(doc.events.length > 0);
  assertLoads(doc);
});

test('bad input: one line on stderr naming the file or the option, a non-zero exit, no stack trace', () => {
  assertOneLineError(cli(['extract', 'missing.txt']), '"missing.txt"');
  mkdirSync(join(work, 'folder.txt'), {recursive: true});
  assertOneLineError(cli(['extract', 'folder.txt']), '"folder.txt"');
  assertOneLineError(
    cli(['extract', file('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))]),
    'photo.txt',
  );
  assertOneLineError(
    cli(['extract', file('latin1.txt', Buffer.from('Caf\xe9 opened on Monday.', 'latin1')), '--published', '2024-05-14']),
    'latin1.txt',
  );
  assertOneLineError(cli(['extract', file('a.txt', 'It opened in 1964.'), '--published', '2024-13-45']), '--published "2024-13-45"');
  assertOneLineError(cli(['extract', 'a.txt', '--published', '2023-02-29']), '--published "2023-02-29"');
  assertOneLineError(cli(['extract', file('friday.txt', 'The bridge reopened on Friday.\n')]), '"friday.txt"');
  assertOneLineError(cli(['extract', 'a.txt', '--published', '2024-05-14', '--url', 'javascript:alert(1)']), '--url');
  assertOneLineError(cli(['extract', 'a.txt', '--published', '2024-05-14', '--frobnicate']), '--frobnicate');
  assertOneLineError(cli(['extract', 'a.txt', '--published']), '--published');
  assertOneLineError(cli(['extract', 'a.txt', '--published', '2024-05-14', '-o', join(work, 'no', 'such', 'dir.json')]), 'dir.json');
  assertOneLineError(cli(['extract']), 'article');
  assertOneLineError(cli(['render-pdf', 'a.txt']), '"render-pdf"');
});

test('a page with relative dates and no date of its own asks for --published, naming the page', () => {
  const html = readFileSync(join(PAGES, 'harbour-ferry.html'), 'utf8')
    .replace(/<meta property="article:published_time"[^>]*>/, '')
    .replace(/<time datetime="[^"]*">/g, '<time>');
  const r = cli(['extract', file('undated.html', html)]);
  assertOneLineError(r, '"');
  assert.match(r.stderr, /undated\.html.*--published/);
});

test('--help lists the commands; extract --help its options', () => {
  const top = cli(['--help']);
  assert.equal(top.code, 0);
  assert.match(top.stdout, /^\s+extract\s/m);
  const ex = cli(['extract', '--help']);
  assert.equal(ex.code, 0);
  for (const option of ['--published', '--title', '--publisher', '--url', '--lang', '-o']) assert.ok(ex.stdout.includes(option), option);
});
