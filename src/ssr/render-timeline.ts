// `article-timeline/ssr`: renders <article-timeline> to HTML on a server (Node), with declarative
// shadow DOM, so that the timeline paints before any script runs and shows with scripts off.
// Uses @lit-labs/ssr; the page hydrates it with the element's script (see the README).
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html, nothing} from 'lit';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import {ArticleTimeline} from '../element/article-timeline.js';
import {registerServerDrawing} from '../element/server-drawing.js';
import {firstPaintDrawing} from './first-paint.js';
import type {Orientation} from '../element/article-timeline.js';
import type {TimelineDocument} from '../document/types.js';

export interface RenderTimelineOptions {
  /** The width in CSS px the timeline is laid out for (default 800): give the width of its column. */
  width?: number;
  /** BCP 47 locale for dates and UI text (default `en`): on a server there is no `lang` to inherit. */
  locale?: string;
  orientation?: Orientation;
  heading?: string;
  /** What a relative `source.textUrl` is resolved against (the document's own URL, say). */
  baseUrl?: string | URL;
  /** Reads the article text at `url` (default: `fetch`, and the file system for `file:` URLs). */
  readText?: (url: URL) => Promise<string>;
}

export const DEFAULT_SERVER_WIDTH = 800;

// The ticks and places that a browser draws after render, written into the markup instead.
registerServerDrawing(firstPaintDrawing);

/** An error in what the caller gave: names the field and what is wrong with it. */
export class RenderTimelineError extends Error {
  constructor(
    readonly path: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(`${path}: ${message}`, options);
    this.name = 'RenderTimelineError';
  }
}

async function defaultReadText(url: URL): Promise<string> {
  if (url.protocol === 'file:') {
    // A module name TypeScript does not resolve: the package has no Node types, and bundlers leave it be.
    const fsModule: string = 'node:fs/promises';
    const {readFile} = (await import(fsModule)) as {readFile(path: URL, encoding: 'utf8'): Promise<string>};
    return readFile(url, 'utf8');
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.href} answered HTTP ${response.status}`);
  return response.text();
}

/**
 * The document with its article text inline: the server lays out from it synchronously, and the
 * browser, which reads the same document from the page, needs no second request for the text.
 */
export async function withInlineText(
  doc: TimelineDocument,
  options: Pick<RenderTimelineOptions, 'baseUrl' | 'readText'> = {},
): Promise<TimelineDocument> {
  const source = doc?.source as {text?: unknown; textUrl?: unknown} | undefined;
  if (!source || typeof source.text === 'string' || typeof source.textUrl !== 'string') return doc;
  let url: URL;
  try {
    url = new URL(source.textUrl, options.baseUrl);
  } catch (error) {
    const hint = options.baseUrl ? '' : ' (a relative textUrl needs baseUrl)';
    throw new RenderTimelineError('source.textUrl', `${JSON.stringify(source.textUrl)} is not a URL${hint}`, {cause: error});
  }
  let text: string;
  try {
    text = await (options.readText ?? defaultReadText)(url);
  } catch (error) {
    throw new RenderTimelineError(
      'source.textUrl',
      `could not read ${url.href}: ${error instanceof Error ? error.message : String(error)}`,
      {cause: error},
    );
  }
  const {textUrl: _dropped, ...rest} = doc.source;
  return {...doc, source: {...rest, text}};
}

/** JSON that cannot end the script element it sits in, whatever the text says. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * `<article-timeline>` rendered to HTML: declarative shadow DOM with the heading, the axis and its
 * ticks, and every event's mark and label, laid out for `width`; and, in its light DOM, the
 * document as inline JSON, which the element reads when its script runs.
 */
export async function renderTimeline(doc: TimelineDocument, options: RenderTimelineOptions = {}): Promise<string> {
  const width = options.width ?? DEFAULT_SERVER_WIDTH;
  if (!Number.isFinite(width) || width < 120 || width > 10_000) {
    throw new RenderTimelineError('width', `${width} is not a width between 120 and 10000 px`);
  }
  // Defined here rather than by importing define.js: a bundler would drop that import as side-effect free.
  if (!customElements.get('article-timeline')) customElements.define('article-timeline', ArticleTimeline);
  const inline = await withInlineText(doc, options);
  const json = `<script type="application/json">${jsonForScript(inline)}</script>`;
  const result = render(html`<article-timeline
    data-ssr-width=${Math.round(width)}
    locale=${options.locale ?? 'en'}
    orientation=${options.orientation ?? nothing}
    heading=${options.heading ?? nothing}
    .timeline=${inline}
  >${unsafeHTML(json)}</article-timeline>`);
  return collectResult(result);
}
