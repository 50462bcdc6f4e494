// Bundle-only stand-in for d3-interpolate, given to d3-scale by scripts/slim/plugin.mjs. Our
// scales map numbers to pixels, so numbers are all we need; the colour, string and transform
// interpolators (and d3-color behind them, ~5 KB gzipped) are left out.
// interpolateNumber and interpolateRound are d3-interpolate 3.0.1's code (ISC licence, Mike Bostock).

/** Linear interpolation between two numbers (d3's `interpolateNumber`). */
export function interpolateNumber(a, b) {
  return ((a = +a), (b = +b), (t) => a * (1 - t) + b * t);
}

/** Like {@link interpolateNumber}, rounded (d3's `interpolateRound`, used by `scale.rangeRound`). */
export function interpolateRound(a, b) {
  return ((a = +a), (b = +b), (t) => Math.round(a * (1 - t) + b * t));
}

/** d3's generic `interpolate` for the values a numeric scale's range holds: numbers, and null/boolean (constant). */
export function interpolate(a, b) {
  if (b == null || typeof b === 'boolean') return () => b;
  if (typeof b === 'number') return interpolateNumber(a, b);
  return unsupported(`interpolate for a ${Object.prototype.toString.call(b).slice(8, -1)}`);
}

function unsupported(name) {
  throw new Error(`d3-interpolate's ${name} is not in the bundle`);
}

export const piecewise = () => unsupported('piecewise');
export const interpolateRgb = () => unsupported('interpolateRgb');
export const interpolateString = () => unsupported('interpolateString');
export const interpolateTransformCss = () => unsupported('interpolateTransformCss');
export const interpolateTransformSvg = () => unsupported('interpolateTransformSvg');
