// `node bench/layout-first.mjs [git-revision]`: the layout's share of a first render. In headless
// Chromium, a fresh browser context per run (the engine's first run of the code is what a page pays),
// it builds the model of the bench's generated document (untimed), then measures the main thread's
// CPU time for the element's layout of it (`LayoutState.compute`: the auto scale, labels in lanes; 1200 px wide, estimated text widths),
// cold (the first layout on the page) and warm (after one layout of a 10-event document). With a git
// revision, that revision's src/ is timed too, alternating with the working tree's, run by run.
// Prints medians, ms. LAYOUT_SIZES (default 10,30,60,100,300,1000), LAYOUT_RUNS (default 7).
import {timeFirstRuns} from './first-cpu.mjs';

/** In the page: the model of the document, and (`warm`) one layout of a small document first. */
function prepare({size, warm}) {
  const {buildModel, LayoutState, generateDocument} = globalThis.layoutBench;
  globalThis.inputs = (model) => ({
    model,
    width: 1200,
    orientation: 'horizontal',
    start: '',
    end: '',
    scale: 'auto',
    font: {css: 'estimated', size: '14px'},
    direction: 'ltr',
    view: null,
  });
  globalThis.model = buildModel(generateDocument(size));
  if (warm) new LayoutState(() => {}).compute(globalThis.inputs(buildModel(generateDocument(10, 1))));
}

/** In the page: the timed layout. */
function layOut() {
  new globalThis.layoutBench.LayoutState(() => {}).compute(globalThis.inputs(globalThis.model));
}

await timeFirstRuns({
  name: 'layoutBench',
  exports: (src) => [`export {buildModel} from '${src}/document/model.js';`, `export {LayoutState} from '${src}/element/layout-state.js';`],
  sizes: (process.env.LAYOUT_SIZES || '10,30,60,100,300,1000').split(',').map(Number),
  runs: Math.max(1, Number(process.env.LAYOUT_RUNS) || 7),
  prepare,
  timed: layOut,
  ref: process.argv[2],
});
