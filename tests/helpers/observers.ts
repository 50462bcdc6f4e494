// Counts what the element asks of the platform's observers, so that tests check their lifecycle
// through the page, not through the element's private controllers.

type Kind = 'resize' | 'mutation';
interface ObserverMethods {
  observe(target: Node, options?: unknown): void;
  unobserve?(target: Node): void;
  disconnect(): void;
}

/**
 * Wraps ResizeObserver's and MutationObserver's observe, unobserve and disconnect until `restore()`.
 * `count(target, kind)` is how many observers of that kind watch `target` now. Observers must start
 * observing after the call to be counted.
 */
export function watchObservers(): {count(target: Node, kind: Kind): number; restore(): void} {
  const live = new Map<object, {kind: Kind; targets: Set<Node>}>();
  const restores: (() => void)[] = [];
  const constructors: [{prototype: object}, Kind][] = [
    [ResizeObserver, 'resize'],
    [MutationObserver, 'mutation'],
  ];
  for (const [constructor, kind] of constructors) {
    const proto = constructor.prototype as ObserverMethods;
    const {observe, unobserve, disconnect} = proto;
    proto.observe = function (this: object, target: Node, options?: unknown) {
      let entry = live.get(this);
      if (!entry) live.set(this, (entry = {kind, targets: new Set()}));
      entry.targets.add(target);
      return observe.call(this, target, options);
    };
    if (unobserve) {
      proto.unobserve = function (this: object, target: Node) {
        live.get(this)?.targets.delete(target);
        return unobserve.call(this, target);
      };
    }
    proto.disconnect = function (this: object) {
      live.delete(this);
      return disconnect.call(this);
    };
    restores.push(() => Object.assign(proto, unobserve ? {observe, unobserve, disconnect} : {observe, disconnect}));
  }
  return {
    count: (target, kind) => [...live.values()].filter((entry) => entry.kind === kind && entry.targets.has(target)).length,
    restore: () => restores.forEach((restore) => restore()),
  };
}
