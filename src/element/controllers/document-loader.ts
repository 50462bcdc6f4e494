import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {TimelineDocument, TimelineModel, TimelineProblem} from '../../document/types.js';
import {loadTimeline, messageOf, modelFromDocument, readInlineDocument, TimelineLoadError} from '../../document/load.js';
import {readLightDomDocument} from '../../document/light-dom.js';
import {buildModel} from '../../document/model.js';

export type LoadStatus = 'empty' | 'loading' | 'ready' | 'error';

/** Where a load stands: its model once loaded, or the problems that stopped it. While loading, the last model stays. */
export type LoadState =
  {status: 'loading'} | {status: Exclude<LoadStatus, 'loading'>; model: TimelineModel | undefined; problems: TimelineProblem[]};

/** Where the document comes from, by precedence: `timeline`, then `src`, then the host's light DOM. */
export interface DocumentSources {
  timeline?: TimelineDocument;
  src: string;
}

/**
 * Loads the timeline document into a checked model. A new load aborts the one under way, and so
 * does a disconnect. `onState` gets every change of state; `onLoad` a model once it is ready.
 */
export class DocumentLoader implements ReactiveController {
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly sources: () => DocumentSources,
    private readonly onState: (state: LoadState) => void,
    private readonly onLoad: (model: TimelineModel) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /**
   * Builds the model at once, without a request, when the document (`timeline`, else the inline
   * JSON, which a server can't read) has its article text inline. For a server, which renders once,
   * and for the render that takes over a server-rendered root, which must draw what the server drew.
   * Returns false, changing nothing, when it cannot.
   */
  loadNow(inlineJson: boolean): boolean {
    let doc: unknown = this.sources().timeline;
    try {
      if (doc == null && inlineJson) doc = readInlineDocument(this.host);
    } catch {
      return false;
    }
    const source = (doc as {source?: {text?: unknown}} | null | undefined)?.source;
    if (typeof source?.text !== 'string') return false;
    this.abort?.abort();
    const model = buildModel(doc);
    this.onState({status: 'ready', model, problems: []});
    this.onLoad(model);
    return true;
  }

  load(): void {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const {timeline, src} = this.sources();
    let pending: Promise<TimelineModel> | undefined;
    // Only null/undefined mean "no document": `false`, `0` or `""` are a wrong document, reported as such.
    if (timeline != null) {
      pending = modelFromDocument(timeline, document.baseURI, {signal: abort.signal});
    } else if (src) {
      pending = loadTimeline(src, {signal: abort.signal});
    } else {
      // Invalid inline JSON throws: turn it into a failed load (shown), not an exception inside willUpdate.
      let inline: unknown;
      try {
        inline = readInlineDocument(this.host) ?? readLightDomDocument(this.host);
      } catch (error) {
        pending = Promise.reject(error);
      }
      if (inline !== undefined) pending = modelFromDocument(inline, document.baseURI, {signal: abort.signal});
    }
    if (!pending) {
      this.onState({status: 'empty', model: undefined, problems: []});
      return;
    }
    this.onState({status: 'loading'});
    pending.then(
      (model) => {
        if (abort.signal.aborted) return;
        this.onState({status: 'ready', model, problems: []});
        this.onLoad(model);
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        this.onState({
          status: 'error',
          model: undefined,
          problems: error instanceof TimelineLoadError ? error.problems : [{path: src ? 'src' : 'document', message: messageOf(error)}],
        });
      },
    );
  }
}
