// `node bench/model-first.mjs [git-revision]`: the model's share of a first render. In headless
// Chromium, a fresh browser context per run (the engine's first run of the code is what a page pays),
// it measures the main thread's CPU time for `buildModel` of the bench's generated document
// (validation, EDTF parsing, anchoring every quote and date phrase), cold (the first model on the
// page) and warm (after the model of another document of the same size, as `npm run bench` draws
// one timeline before its warm one). With a git revision, that revision's src/ is timed too,
// alternating with the working tree's, run by run. Prints medians, ms.
// MODEL_SIZES (default 10,100,1000), MODEL_RUNS (default 9).
import {timeFirstRuns} from './first-cpu.mjs';

/** In the page: the documents, parsed from JSON as a page gets them (flat strings), and (`warm`) one model first. */
function prepare({size, warm}) {
  const {buildModel, generateDocument} = globalThis.modelBench;
  globalThis.doc = JSON.parse(JSON.stringify(generateDocument(size)));
  if (warm) buildModel(JSON.parse(JSON.stringify(generateDocument(size, 1))));
}

/** In the page: the timed model, checked so that a broken build cannot look fast. */
function buildOnce() {
  const model = globalThis.modelBench.buildModel(globalThis.doc);
  if (model.problems.length || model.events.length !== globalThis.doc.events.length)
    throw new Error('the bench document did not build cleanly');
}

await timeFirstRuns({
  name: 'modelBench',
  exports: (src) => [`export {buildModel} from '${src}/document/model.js';`],
  sizes: (process.env.MODEL_SIZES || '10,100,1000').split(',').map(Number),
  runs: Math.max(1, Number(process.env.MODEL_RUNS) || 9),
  prepare,
  timed: buildOnce,
  ref: process.argv[2],
});
