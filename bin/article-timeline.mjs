#!/usr/bin/env node
// `article-timeline <command> …` (see `article-timeline --help`). The code is src/cli/, built into
// dist/cli/article-timeline.js by `npm run build` (scripts/build-extract.mjs).
import {existsSync} from 'node:fs';

const BUNDLE = new URL('../dist/cli/article-timeline.js', import.meta.url);
if (!existsSync(BUNDLE)) {
  console.error('article-timeline: the command line is not built yet: run `npm run build` (or `node scripts/build-extract.mjs`) first');
  process.exit(1);
}
const {main} = await import(BUNDLE.href);
process.exitCode = await main(process.argv.slice(2));
