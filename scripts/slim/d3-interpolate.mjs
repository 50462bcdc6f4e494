// Bundle-only stand-in for d3-interpolate, given to d3-scale, d3-zoom and d3-transition by
// scripts/slim/plugin.mjs. Our scales map numbers to pixels and our only transition is
// d3-zoom's double-click tween, so numbers and the zoom path are all we need; the colour,
// string and transform interpolators (and d3-color behind them, ~5 KB gzipped) are left out.
// interpolateNumber, interpolateRound and interpolateZoom are d3-interpolate 3.0.1's code (ISC licence, Mike Bostock).

/** Linear interpolation between two numbers (d3's `interpolateNumber`). */
export function interpolateNumber(a, b) {
  return (a = +a), (b = +b), (t) => a * (1 - t) + b * t;
}

/** Like {@link interpolateNumber}, rounded (d3's `interpolateRound`, used by `scale.rangeRound`). */
export function interpolateRound(a, b) {
  return (a = +a), (b = +b), (t) => Math.round(a * (1 - t) + b * t);
}

/** d3's generic `interpolate` for the values a numeric scale's range holds: numbers, and null/boolean (constant). */
export function interpolate(a, b) {
  if (b == null || typeof b === 'boolean') return () => b;
  if (typeof b === 'number') return interpolateNumber(a, b);
  return unsupported(`interpolate for a ${Object.prototype.toString.call(b).slice(8, -1)}`);
}

function unsupported(name) {
  throw new Error(`d3-interpolate's ${name} is not in the bundle (see scripts/slim/plugin.mjs)`);
}

export const piecewise = () => unsupported('piecewise');
export const interpolateRgb = () => unsupported('interpolateRgb');
export const interpolateString = () => unsupported('interpolateString');
export const interpolateTransformCss = () => unsupported('interpolateTransformCss');
export const interpolateTransformSvg = () => unsupported('interpolateTransformSvg');

const cosh = (x) => ((x = Math.exp(x)) + 1 / x) / 2;
const sinh = (x) => ((x = Math.exp(x)) - 1 / x) / 2;
const tanh = (x) => ((x = Math.exp(2 * x)) - 1) / (x + 1);

/** Smooth zoom between two views [x, y, width] (van Wijk and Nuij), as d3's `interpolateZoom`. */
export const interpolateZoom = (function zoomRho(rho, rho2, rho4) {
  function zoom(p0, p1) {
    const ux0 = p0[0], uy0 = p0[1], w0 = p0[2];
    const ux1 = p1[0], uy1 = p1[1], w1 = p1[2];
    const dx = ux1 - ux0, dy = uy1 - uy0, d2 = dx * dx + dy * dy;
    let i, S;
    if (d2 < 1e-12) {
      S = Math.log(w1 / w0) / rho;
      i = (t) => [ux0 + t * dx, uy0 + t * dy, w0 * Math.exp(rho * t * S)];
    } else {
      const d1 = Math.sqrt(d2);
      const b0 = (w1 * w1 - w0 * w0 + rho4 * d2) / (2 * w0 * rho2 * d1);
      const b1 = (w1 * w1 - w0 * w0 - rho4 * d2) / (2 * w1 * rho2 * d1);
      const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
      const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
      S = (r1 - r0) / rho;
      i = (t) => {
        const s = t * S;
        const coshr0 = cosh(r0);
        const u = (w0 / (rho2 * d1)) * (coshr0 * tanh(rho * s + r0) - sinh(r0));
        return [ux0 + u * dx, uy0 + u * dy, (w0 * coshr0) / cosh(rho * s + r0)];
      };
    }
    i.duration = (Math.abs(S) * 1000 * rho) / Math.SQRT2;
    return i;
  }
  zoom.rho = (_) => {
    const _1 = Math.max(1e-3, +_), _2 = _1 * _1, _4 = _2 * _2;
    return zoomRho(_1, _2, _4);
  };
  return zoom;
})(Math.SQRT2, 2, 4);
