import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** What in the light DOM can change a timeline read from it: items, their text, their dates and ids. */
const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['datetime', 'data-id', 'data-place', 'type'],
};

/**
 * Calls `onChange` when the host's light DOM changes (a list rewritten by the page, an inline
 * script filled in late, children parsed after the element was upgraded). The observer lives
 * only while the host is connected; changes made while it was detached count as one change on
 * re-attachment.
 */
export class LightDomController implements ReactiveController {
  private observer?: MutationObserver;
  private connectedBefore = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // MutationObserver batches a burst of edits into one callback per microtask.
    this.observer = new MutationObserver(() => this.onChange());
    this.observer.observe(this.host, OBSERVED);
    if (this.connectedBefore) this.onChange();
    this.connectedBefore = true;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
