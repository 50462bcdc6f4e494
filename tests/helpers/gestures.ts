/** Dispatches a pointer event at (x, y) on `target`, as a mouse (or the `pointerType` given) with its main button. */
export const pointer = (target: Element, type: string, x: number, y: number, id = 1, pointerType = 'mouse') =>
  target.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      composed: true,
      cancelable: true,
      clientX: x,
      clientY: y,
      pointerId: id,
      pointerType,
      button: 0,
    }),
  );
