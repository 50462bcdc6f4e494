/**
 * The room a timeline holds before its document arrives, so that the page below does not jump when
 * it does (layout shift, #15.1). The element calls `reserveRoom` after each render; the stylesheet
 * gives the section `min-height: var(--article-timeline-min-height, var(--_reserve, 0px))`.
 */

/**
 * A horizontal timeline's usual height, in em of its font: heading, byline, zoom buttons and a
 * drawing with its lanes of labels. On the default auto scale an article's every event has a label,
 * in as many lanes as it takes (issue #13): the demo article's is 36.3 em at 1280 px.
 */
export const HORIZONTAL_ROOM_EM = 37;
/** A vertical timeline's least room, in em, for one that starts below the fold. */
const VERTICAL_ROOM_EM = 24;

/**
 * What to reserve: horizontal, its usual height; vertical (a phone), at least the rest of the
 * viewport below its top, since a vertical timeline of an article is taller than a screen. Whatever
 * the drawing then needs beyond that grows below the fold, where growing moves nothing in view.
 */
export function roomToReserve(vertical: boolean, top: number, viewportHeight: number): string {
  if (!vertical) return `${HORIZONTAL_ROOM_EM}em`;
  const rest = Math.round(viewportHeight - Math.max(0, top));
  return rest > 0 ? `max(${VERTICAL_ROOM_EM}em, ${rest}px)` : `${VERTICAL_ROOM_EM}em`;
}

/**
 * Reserves the room while the document loads, and keeps it once drawn (a drawing shorter than the
 * room leaves it empty rather than pulling the page up) until the width changes, which redraws the
 * timeline within the frame. Returns the width the room is held for (pass it back next time).
 */
export function reserveRoom(
  host: HTMLElement,
  section: HTMLElement | null,
  state: {loading: boolean; vertical: boolean; width: number; heldFor: number | undefined},
): number | undefined {
  if (!section) return state.heldFor;
  if (state.loading && state.heldFor !== state.width) {
    // Read once per load and width, and only where it counts (vertical): where the element starts in
    // the viewport. Reading it forces a layout of the page, in the middle of the element's first update.
    const top = state.vertical ? host.getBoundingClientRect().top : 0;
    section.style.setProperty('--_reserve', roomToReserve(state.vertical, top, innerHeight));
    return state.width;
  }
  if (state.heldFor !== undefined && state.heldFor !== state.width) {
    section.style.removeProperty('--_reserve');
    return undefined;
  }
  return state.heldFor;
}
