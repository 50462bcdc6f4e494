import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** What the element does about the page around it. */
export interface PageCallbacks {
  /** The page starts or stops being printed (or print media is emulated). */
  onPrinting(printing: boolean): void;
  /** The page scrolled or the window was resized: a detail placed in the viewport moves. */
  onViewportChange(): void;
  /** A web font finished loading. */
  onFontsLoaded(e: FontFaceSetLoadEvent): void;
}

/** Listens to the page (scroll, resize, print, fonts) while the host is connected; one abort removes every listener. */
export class PageController implements ReactiveController {
  private connection?: AbortController;
  private printQuery?: MediaQueryList;
  private readonly onPrintChange = () => this.callbacks.onPrinting(!!this.printQuery?.matches);
  private readonly onBeforePrint = () => this.callbacks.onPrinting(true);
  private readonly onViewportChange = () => this.callbacks.onViewportChange();
  private readonly onFontsLoaded = (e: FontFaceSetLoadEvent) => this.callbacks.onFontsLoaded(e);

  constructor(
    host: ReactiveControllerHost,
    private readonly callbacks: PageCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const signal = (this.connection = new AbortController()).signal;
    window.addEventListener('scroll', this.onViewportChange, {capture: true, passive: true, signal});
    window.addEventListener('resize', this.onViewportChange, {passive: true, signal});
    window.addEventListener('beforeprint', this.onBeforePrint, {signal});
    window.addEventListener('afterprint', this.onPrintChange, {signal});
    document.fonts?.addEventListener('loadingdone', this.onFontsLoaded, {signal});
    this.printQuery = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
    this.printQuery?.addEventListener('change', this.onPrintChange, {signal});
    this.onPrintChange();
  }

  hostDisconnected(): void {
    this.connection?.abort();
  }
}
