// Bundle-only: marks the top-level constants of d3-time and d3-array as pure, for
// scripts/slim/plugin.mjs. Their dist files build every interval and helper at load time
// (`const timeMonday = timeWeekday(1)`, `const blurImage = Blur2(blurfImage)`), calls the bundler
// must keep unless told they have no side effects; marked, the ones nothing uses are left out
// (the local-time intervals, the weekdays, blur, shuffle…). The code itself is unchanged. Plain
// string in, string out, so tests/slim.test.ts can check the marked modules in the browser.

const PURE = '/* @__PURE__ */';

/**
 * The module source with each top-level `const`/`var` initialiser that calls a function or reads
 * a property marked pure, and `const [a, b] = f(…)` split into pure parts.
 * Throws when it marks nothing, so a d3 release of another shape fails the build loudly.
 * @param {string} source A d3 package's `dist/*.mjs` text.
 * @returns {string}
 */
export function markPure(source) {
  let marks = 0;
  const count = (text) => (marks++, text);
  const marked = source
    // const timeYear = timeInterval(…);  …  timeYear.every = (k) => {…};  The assignment is a
    // statement of its own, which keeps the interval even when nothing uses it (the local-time
    // year, here): made one pure initialiser, the interval and its every() go or stay together.
    .replace(
      /^const ([\w$]+) = (timeInterval\([\s\S]*?\n\}\);)\n\n(\/\/[^\n]*\n)?\1\.every = ([\s\S]*?\n\};)\n/gm,
      (_, name, init, comment = '', every) =>
        count(
          `const ${name} = ${PURE} (() => {\n  const ${name} = ${init}\n  ${comment}${name}.every = ${every}\n  return ${name};\n})();\n`,
        ),
    )
    // const x = f(…)  (also `new F(…)`: esbuild already treats `new Date` as pure, so it is not needed)
    .replace(/^((?:const|var|let) [\w$]+ = )([\w$]+\()/gm, (_, decl, call) => count(`${decl}${PURE} ${call}`))
    // const xs = x.range;  A property read may run a getter, so a bundler keeps it unless told.
    .replace(/^((?:const|var|let) [\w$]+ = )([\w$]+\.[\w$]+);$/gm, (_, decl, read) => count(`${decl}${PURE} (() => ${read})();`))
    // const [a, b] = f(…);
    .replace(/^const \[([\w$]+), ([\w$]+)\] = ([\w$]+\([^\n]*\));$/gm, (_, a, b, call) => {
      const both = `${a}$${b}`;
      return count(`const ${both} = ${PURE} ${call}, ${a} = ${PURE} (() => ${both}[0])(), ${b} = ${PURE} (() => ${both}[1])();`);
    });
  if (marks === 0) throw new Error('markPure: no top-level constant found; update scripts/slim/pure.mjs for this d3 release');
  return marked;
}
