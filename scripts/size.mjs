// `npm run size`: the gzipped size of dist/article-timeline.bundled.js against the ceiling, and what
// takes the room (from the esbuild metafile `npm run build` writes). Exits 1 over the ceiling.
// `npm run size -- --steps` also builds the bundle again without each build step in turn
// (scripts/slim/bundle.mjs) and prints what each one saves, as a markdown table for the README.
import {existsSync, readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

/** Ceiling, gzipped bytes (issue #15): a ceiling, not a target. */
export const CEILING = 55 * 1024;
const BUNDLE = 'dist/article-timeline.bundled.js';
const META = 'dist/article-timeline.meta.json';
const TOP = 15;

/** Level 9, as a CDN or a pre-compressed file would be; the default level differs by a few hundred bytes at most. */
export const gzipped = (code) => gzipSync(code, {level: 9}).length;
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * What each build step saves: the bundle built without it, against the bundle with every step.
 * @returns {Promise<{all: number, none: number, steps: Array<{step: string, what: string, without: number}>}>} gzipped bytes
 */
export async function stepSavings() {
  const {bundle, STEPS} = await import('./slim/bundle.mjs');
  const size = async (without) => gzipped((await bundle({without})).code);
  const all = await size([]);
  const steps = [];
  for (const [step, what] of Object.entries(STEPS)) steps.push({step, what, without: await size([step])});
  const none = await size(Object.keys(STEPS));
  return {all, none, steps};
}

/** The savings as a markdown table. */
export function savingsTable({all, none, steps}) {
  const rows = ['| Build step | Without it | Saves |', '| --- | ---: | ---: |'];
  rows.push(`| none of the steps below (esbuild's minifier alone) | ${kb(none)} | |`);
  for (const {what, without} of steps) rows.push(`| ${what} | ${kb(without)} | ${kb(without - all)} |`);
  rows.push(`| **every step: the shipped bundle** | **${kb(all)}** | **${kb(none - all)}** |`);
  return rows.join('\n');
}

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

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(BUNDLE)) {
    console.error(`${BUNDLE} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const code = readFileSync(BUNDLE);
  const gz = gzipped(code);
  const groups = contributors();
  console.log(`${BUNDLE}: ${kb(code.length)} minified, ${kb(gz)} gzipped (ceiling ${kb(CEILING)} gzipped)`);
  if (groups.length) {
    const total = groups.reduce((sum, [, bytes]) => sum + bytes, 0);
    console.log(`\nTop contributors (minified bytes; gzipped share estimated in proportion):`);
    for (const [name, bytes] of groups.slice(0, TOP)) {
      const share = bytes / total;
      console.log(`  ${name.padEnd(34)} ${kb(bytes).padStart(9)}  ${(share * 100).toFixed(1).padStart(5)} %  ~${kb(share * gz)} gz`);
    }
    if (groups.length > TOP) console.log(`  … and ${groups.length - TOP} more`);
  } else {
    console.log(`(no ${META}: run \`npm run build\` to see the contributors)`);
  }
  if (process.argv.includes('--steps')) {
    console.log(`\nWhat each build step saves (gzipped; the bundle built again without that step alone):\n`);
    console.log(savingsTable(await stepSavings()));
  }
  if (gz > CEILING) {
    console.error(
      `\nOver the ceiling: ${kb(gz)} gzipped is ${kb(gz - CEILING)} more than ${kb(CEILING)}.` +
        `\nLook at the contributors above; scripts/slim/ shows how parts of d3 the element never reaches are left out.`,
    );
    process.exit(1);
  }
  console.log(`\nUnder the ceiling: ${kb(CEILING - gz)} to spare.`);
}
