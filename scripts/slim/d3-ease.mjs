// Bundle-only stand-in for d3-ease, given to d3-transition (see plugin.mjs), which only uses its default easing.

/** Symmetric cubic easing, d3-ease 3.0.1's `easeCubicInOut` (ISC licence, Mike Bostock). */
export function easeCubicInOut(t) {
  return ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
}
