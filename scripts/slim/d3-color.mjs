// Bundle-only stand-in for d3-color, given to d3-transition (see plugin.mjs). d3-transition only asks
// `color(value)` to decide whether an attr/style tween is a colour; we never tween attributes or styles.

/** Never a colour. A plain function, since d3-transition also tests `value instanceof color`. */
export function color() {
  return null;
}
