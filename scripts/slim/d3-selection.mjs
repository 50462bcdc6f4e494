// Bundle-only trim of d3-selection, applied by scripts/slim/plugin.mjs: d3-selection's own code
// (3.x, ISC licence, Mike Bostock) with only the Selection methods the element and d3-axis call
// left on Selection.prototype, so the bundler drops the rest (style, on, join, classed, html…).
// Plain string in, string out, so tests/slim.test.ts can trim the same file in the browser and
// check that the axis it draws is the one the real d3-selection draws.

/**
 * The methods kept: what d3-axis calls on the selection it is given (`selection`, `selectAll`, `data`,
 * `order`, `exit`, `enter`, `append`, `attr`, `select`, `merge`, `insert`, `remove`, `text`, `filter`,
 * `each`), what src/element calls (`call`, `attr`), and `node`, which getters like `attr(name)` use.
 * A method used anywhere else must be added here.
 */
export const SELECTION_METHODS = [
  'select',
  'selectAll',
  'filter',
  'data',
  'enter',
  'exit',
  'merge',
  'selection',
  'order',
  'call',
  'node',
  'each',
  'attr',
  'text',
  'append',
  'insert',
  'remove',
];

const PROTOTYPE = 'Selection.prototype = selection.prototype = {';

/**
 * d3-selection's module source with only {@link SELECTION_METHODS} on `Selection.prototype`.
 * Throws when the source does not have the shape this expects, so a new d3-selection fails the build
 * instead of shipping a selection with methods missing.
 * @param {string} source The text of d3-selection's `dist/d3-selection.mjs`.
 * @returns {string}
 */
export function slimSelection(source) {
  const start = source.indexOf(PROTOTYPE);
  const end = source.indexOf('\n};', start);
  if (start < 0 || end < 0) throw new Error(`d3-selection: "${PROTOTYPE}" not found; update scripts/slim/d3-selection.mjs`);
  const entries = source
    .slice(start + PROTOTYPE.length, end)
    .split('\n')
    .filter((line) => line.trim());
  const kept = entries.filter((line) => {
    const name = line.match(/^\s*([\w$]+|\[[^\]]+\]):/)?.[1];
    if (name === undefined) throw new Error(`d3-selection: unexpected line in Selection.prototype: ${line}`);
    return name === 'constructor' || SELECTION_METHODS.includes(name);
  });
  const missing = SELECTION_METHODS.filter((name) => !kept.some((line) => line.trim().startsWith(`${name}:`)));
  if (missing.length) throw new Error(`d3-selection: no Selection.prototype.${missing.join(', ')}`);
  const body = kept.map((line) => line.replace(/,\s*$/, '')).join(',\n');
  let slim = `${source.slice(0, start + PROTOTYPE.length)}\n${body}${source.slice(end)}`;
  // Prototype assignments are side effects a bundler keeps: drop those only the dropped methods reach.
  for (const [block, reachedBy] of LEFT_OUT) {
    if (SELECTION_METHODS.includes(reachedBy)) continue;
    const at = slim.indexOf(block);
    const close = slim.indexOf('\n};\n', at);
    if (at < 0 || close < 0) throw new Error(`d3-selection: "${block}" not found; update scripts/slim/d3-selection.mjs`);
    slim = slim.slice(0, at) + slim.slice(close + 4);
  }
  return slim;
}

/** Prototype blocks, and the one method that reaches them (`local()` is d3's export, not a method: never bundled). */
const LEFT_OUT = [
  ['ClassList.prototype = {', 'classed'],
  ['Local.prototype = local.prototype = {', 'local'],
];
