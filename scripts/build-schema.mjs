// Writes data/timeline.schema.json from the table of fields the loader validates with
// (src/document/schema.ts, through src/document/json-schema.ts), so the published JSON Schema and
// the runtime checks cannot drift apart.
// Run: node scripts/build-schema.mjs  (or with --check to fail when the committed file is stale)
import {build} from 'esbuild';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'data/timeline.schema.json');

const {outputFiles} = await build({
  entryPoints: [join(root, 'src/document/json-schema.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  absWorkingDir: root,
});
const code = outputFiles[0].text;
const schemaModule = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
const text = `${JSON.stringify(schemaModule.timelineJsonSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(out, 'utf8');
  } catch {}
  if (committed !== text) {
    console.error(`${out} is out of date: run node scripts/build-schema.mjs`);
    process.exit(1);
  }
  console.log(`${out} is up to date`);
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}
