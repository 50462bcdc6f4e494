import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import type {TimelineModel} from '../../document/types.js';
import {sentenceSpan} from '../../document/anchor.js';
import {measureLabel} from '../measure.js';
import {formatYear, normalizeLocale} from '../../time/format.js';
import {gapLength} from '../../layout/compressed.js';

/**
 * Called as the element is defined: while the page is idle after loading, before any document
 * arrives, pays the first date and unit number formats (the browser's locale data: 40–80 ms, more
 * than laying out a thousand events; English is written without it) and the first text measured
 * (a canvas and a font), in the page's language and a usual font. An element in another language
 * loads that one's data alone.
 */
export function warmUpPage(): void {
  if (isServer) return;
  const task = () => {
    const locale = normalizeLocale(document.documentElement.lang || navigator.language);
    // English needs neither (time/english.ts).
    formatYear(1, locale);
    // Break labels ("4 years"): unit data loads apart from dates'.
    gapLength({start: 0, end: 4e11}, locale);
    measureLabel('Xi 2023', '14px system-ui');
  };
  if (typeof requestIdleCallback == 'function') requestIdleCallback(task, {timeout: 2000});
  else setTimeout(task, 200);
}

/**
 * First-use costs of an element paid while the page is idle (within 2 s), so that the reader does
 * not pay them: the first sentence found (the browser's sentence rules). Tasks wait together and go
 * with a disconnect.
 */
export class WarmUp implements ReactiveController {
  private handle?: {idle?: number; timer?: ReturnType<typeof setTimeout>};
  private tasks: (() => void)[] = [];

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
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
