// `article-timeline render doc.json [--width 800] > timeline.html`: the static snippet.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const cli = (...args) => spawnSync(process.execPath, ['bin/article-timeline.mjs', 'render', ...args], {cwd: ROOT, encoding: 'utf8'});
const DOC = 'data/xi-putin-moscow-2023.timeline.json';

test('render writes the timeline as declarative shadow DOM, its text read next to the document', () => {
  const {status, stdout, stderr} = cli(DOC, '--width', '700', '--locale', 'de');
  assert.equal(status, 0, stderr);
  assert.match(stdout, /^(<!--[^>]*-->)*<article-timeline[^>]*data-ssr-width="700"[^>]*locale="de"/s);
  assert.match(stdout, /<template shadowroot="open" shadowrootmode="open">/);
  const doc = JSON.parse(readFileSync(`${ROOT}${DOC}`, 'utf8'));
  const ids = [...stdout.matchAll(/data-event-id="([^"]+)"/g), ...stdout.matchAll(/data-ids="([^"]+)"/g)].flatMap((m) => m[1].split(' '));
  assert.deepEqual([...new Set(ids)].sort(), doc.events.map((e) => e.id).sort());
  assert.match(stdout, /"text":"Xi-Putin meeting: Chinese president arrives in Moscow for talks/);
});

test('a bad width or a missing file is one line on stderr and a non-zero exit', () => {
  const width = cli(DOC, '--width', 'wide');
  assert.equal(width.status, 2);
  assert.equal(width.stderr, 'article-timeline render: --width "wide" is not a width between 120 and 10000 (px)\n');
  const missing = cli('no-such.json');
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /^article-timeline render: cannot read "no-such.json": no such file/);
  assert.equal(cli().status, 2);
});
