import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {TimelineModel} from '../../document/types.js';
import {sentenceSpan} from '../../document/anchor.js';
import {measureLabel} from '../measure.js';
import {labelFont} from '../shared.js';
import {formatEdtf, normalizeLocale} from '../../time/format.js';
import {tryParseEdtf} from '../../time/edtf.js';
import {gapLength} from '../../layout/compressed.js';

/** Whether a page's first date format and text measurement have been done, or are on their way. */
let formatsWarmed = false;

/**
 * The first date format and number format of a page cost the browser's locale data (40–80 ms,
 * more than laying out a thousand events), and the first text measured its canvas and font.
 */
function warmFormats(locale: string, font: string): void {
  // A byline's date, with the formatter the byline uses (the Intl cache keeps it).
  const day = tryParseEdtf('2023-03-20');
  if (!(day instanceof Error)) formatEdtf(day, locale);
  // Break labels ("4 years") are the first numbers: their unit data loads apart from dates'.
  gapLength({start: 0, end: 4 * 365.25 * 864e5}, locale);
  measureLabel('Xi 2023', font);
}

/**
 * Called once the element is defined: pays those costs while the page is idle after loading, before
 * any element has a document to draw (a page that sets one later, or fetches it, then draws sooner).
 */
export function warmUpPage(): void {
  if (formatsWarmed || typeof requestIdleCallback !== 'function') return;
  formatsWarmed = true;
  // The page's language (an element's own may differ: its data loads apart, for less) and a usual font.
  requestIdleCallback(() => warmFormats(normalizeLocale(document.documentElement.lang || navigator.language), '14px system-ui'), {
    timeout: 2000,
  });
}

/**
 * First-use costs paid while the page is idle (within 2 s), so that the reader does not pay them:
 * the first date format (the browser's date data), the first text measured (its font), the first
 * sentence found (the browser's sentence rules). Tasks wait together and go with a disconnect.
 */
export class WarmUp implements ReactiveController {
  private handle?: {idle?: number; timer?: ReturnType<typeof setTimeout>};
  private tasks: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly locale: () => string,
  ) {
    host.addController(this);
  }

  /**
   * The first date formatted in a page costs the browser's date data (tens of ms, more than laying
   * out a thousand events), and the first text measured its font: do both while the page is idle
   * after the element connects, typically while its document is still on the network.
   */
  hostConnected(): void {
    if (formatsWarmed) return;
    this.whenIdle(() => {
      formatsWarmed = true;
      warmFormats(this.locale(), labelFont(this.host).css);
    });
  }

  hostDisconnected(): void {
    if (this.handle?.idle !== undefined) cancelIdleCallback(this.handle.idle);
    if (this.handle?.timer !== undefined) clearTimeout(this.handle.timer);
    this.handle = undefined;
    this.tasks = [];
  }

  /**
   * Sentences are found when a detail first opens, and the first costs the browser's sentence
   * rules (tens of ms): find one while the page is idle, so that the first hover is as quick as the rest.
   */
  sentences(model: TimelineModel): void {
    const first = model.events[0];
    if (first) this.whenIdle(() => sentenceSpan(model.source.text, first.quoteSpan));
  }

  private whenIdle(task: () => void): void {
    this.tasks.push(task);
    if (this.handle) return;
    const run = () => {
      this.handle = undefined;
      for (const t of this.tasks.splice(0)) t();
    };
    this.handle =
      typeof requestIdleCallback === 'function' ? {idle: requestIdleCallback(run, {timeout: 2000})} : {timer: setTimeout(run, 200)};
  }
}
