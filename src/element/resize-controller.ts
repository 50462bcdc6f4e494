import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Tracks the host's content-box size; the observer lives only while the host is connected. */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer?: ResizeObserver;
  private frame = 0;
  #windowResize?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // No ResizeObserver (jsdom, happy-dom, very old browsers): follow the window's size instead.
    if (typeof ResizeObserver !== 'function') {
      this.#windowResize = () => {
        // Measured again by the next render (article-timeline.ts reads the host's width when 0).
        this.width = 0;
        this.host.requestUpdate();
      };
      globalThis.addEventListener?.('resize', this.#windowResize);
      return;
    }
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box) return;
      // Sub-pixel jitter would re-layout for nothing.
      const width = Math.round(box.width);
      this.height = Math.round(box.height);
      // Only the width is an input of the layout; the height is its output.
      if (width === this.width) return;
      this.width = width;
      // Re-render in the next frame, not inside the observer's delivery: a render that
      // changes the page's scrollbars would otherwise trip "ResizeObserver loop" errors.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    if (this.#windowResize) globalThis.removeEventListener?.('resize', this.#windowResize);
    this.#windowResize = undefined;
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }
}
