// `npm run size`: the gzipped size of dist/article-timeline.bundled.js against the budget, and what
// takes the room (from the esbuild metafile `npm run build` writes). Exits 1 over the budget.
// Every page that uses the element downloads this file, so each KB counts.
import {existsSync, readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

/** Hard limit, gzipped bytes. */
const BUDGET = 45 * 1024;
const BUNDLE = 'dist/article-timeline.bundled.js';
const META = 'dist/article-timeline.meta.json';
const TOP = 15;

if (!existsSync(BUNDLE)) {
  console.error(`${BUNDLE} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

const code = readFileSync(BUNDLE);
// Level 9, as a CDN or a pre-compressed file would be; the default level differs by a few hundred bytes at most.
const gzipped = gzipSync(code, {level: 9}).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Groups the metafile's inputs by npm package (or by src/ folder) with their bytes in the output. */
function contributors() {
  if (!existsSync(META)) return [];
  const meta = JSON.parse(readFileSync(META, 'utf8'));
  const output = Object.values(meta.outputs).find((o) => o.entryPoint);
  if (!output) return [];
  const groups = new Map();
  for (const [path, {bytesInOutput}] of Object.entries(output.inputs)) {
    const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    const name = pkg ? pkg[1] : path.startsWith('scripts/slim/') ? 'scripts/slim (d3 stand-ins)' : path.replace(/\/[^/]+$/, '/');
    groups.set(name, (groups.get(name) ?? 0) + bytesInOutput);
  }
  return [...groups].sort((a, b) => b[1] - a[1]);
}

const raw = code.length;
const groups = contributors();
console.log(`${BUNDLE}: ${kb(raw)} minified, ${kb(gzipped)} gzipped (budget ${kb(BUDGET)} gzipped)`);
if (groups.length) {
  const total = groups.reduce((sum, [, bytes]) => sum + bytes, 0);
  console.log(`\nTop contributors (minified bytes; gzipped share estimated in proportion):`);
  for (const [name, bytes] of groups.slice(0, TOP)) {
    const share = bytes / total;
    console.log(`  ${name.padEnd(34)} ${kb(bytes).padStart(9)}  ${(share * 100).toFixed(1).padStart(5)} %  ~${kb(share * gzipped)} gz`);
  }
  if (groups.length > TOP) console.log(`  … and ${groups.length - TOP} more`);
} else {
  console.log(`(no ${META}: run \`npm run build\` to see the contributors)`);
}

if (gzipped > BUDGET) {
  console.error(
    `\nOver budget: ${kb(gzipped)} gzipped is ${kb(gzipped - BUDGET)} more than the ${kb(BUDGET)} limit.` +
      `\nLook at the contributors above; scripts/slim/ shows how parts of dependencies the element never reaches are left out.`,
  );
  process.exit(1);
}
console.log(`\nWithin budget: ${kb(BUDGET - gzipped)} to spare.`);
