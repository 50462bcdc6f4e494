import {buildModel, formatProblem, type BuildModelOptions} from './model.js';
import {validateSource} from './schema.js';
import type {ProblemCode, ProblemParams, TimelineModel, TimelineProblem} from './types.js';

/** A failure that leaves nothing to draw: the document or its text could not be fetched or read. */
export class TimelineLoadError extends Error {
  /** What went wrong, by place (`src`, `source.textUrl`, `script`). */
  readonly problems: TimelineProblem[];

  constructor(problems: TimelineProblem[], options?: {cause?: unknown}) {
    super(problems.map(formatProblem).join('\n'), options);
    this.name = 'TimelineLoadError';
    this.problems = problems;
  }
}

/** Options for {@link loadTimeline} and {@link modelFromDocument}. */
export interface LoadOptions extends BuildModelOptions {
  signal?: AbortSignal;
  /** Stands in for the global `fetch` (tests, caching, auth headers). */
  fetch?: typeof fetch;
  /**
   * Milliseconds each request (the document, then its text) may take, body included, before it
   * fails with a TimelineLoadError saying it timed out. Default {@link DEFAULT_TIMEOUT_MS};
   * `0` or `Infinity` waits for ever.
   */
  timeout?: number;
}

/** How long a request may take by default: a stalled server must end in an error, not an endless spinner. */
export const DEFAULT_TIMEOUT_MS = 15_000;

function baseURI(): string | undefined {
  return typeof document !== 'undefined' ? document.baseURI : globalThis.location?.href;
}

/** What an error says, or the thrown value written out. */
export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function isAbort(error: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || (error instanceof DOMException && error.name === 'AbortError');
}

/** A load error at `path`: the English message, and the code and params that say it in any language. */
const fail = <C extends ProblemCode>(
  path: string,
  message: string,
  code: C,
  params: ProblemParams[C],
  cause?: unknown,
): TimelineLoadError => new TimelineLoadError([{path, message, code, params}], {cause});

/**
 * Runs `work` with a signal that aborts when `options.signal` does or when the timeout passes,
 * and settles as soon as either happens even if `work` ignores its signal (a stalled fetch).
 */
async function withDeadline<T>(url: string, path: string, options: LoadOptions, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const outer = options.signal;
  outer?.throwIfAborted();
  const ms = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const deadline = new Promise<never>((_, reject) => {
    onAbort = () => {
      controller.abort(outer?.reason);
      reject(outer?.reason);
    };
    outer?.addEventListener('abort', onAbort, {once: true});
    if (ms > 0 && Number.isFinite(ms)) {
      timer = setTimeout(() => {
        const seconds = ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
        const error = fail(path, `could not fetch ${url}: the request timed out after ${seconds}`, 'timeout', {url, ms});
        controller.abort(error);
        reject(error);
      }, ms);
    }
  });
  try {
    return await Promise.race([work(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
    if (onAbort) outer?.removeEventListener('abort', onAbort);
    // The race's loser must not surface as an unhandled rejection.
    deadline.catch(() => {});
  }
}

/** Fetches `url` as text; every failure but an abort becomes a TimelineLoadError at `path` naming the URL. */
function fetchText(url: string, path: string, options: LoadOptions): Promise<{body: string; contentType: string | null; url: string}> {
  return withDeadline(url, path, options, (signal) => fetchTextOnce(url, path, options, signal));
}

async function fetchTextOnce(
  url: string,
  path: string,
  options: LoadOptions,
  signal: AbortSignal,
): Promise<{body: string; contentType: string | null; url: string}> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await fetchImpl(url, {signal});
  } catch (error) {
    if (isAbort(error, signal)) throw error;
    // Browsers say only "Failed to fetch" for offline, DNS, CORS and mixed content alike.
    const detail = messageOf(error);
    throw fail(
      path,
      `could not fetch ${url} (${detail}): the server is unreachable or does not allow cross-origin requests (CORS)`,
      'network',
      {url, detail},
      error,
    );
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw fail(path, `could not fetch ${url}: the server answered HTTP ${status}`, 'http-status', {
      url,
      status: response.status,
      statusText: response.statusText,
    });
  }
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    if (isAbort(error, signal)) throw error;
    const detail = messageOf(error);
    throw fail(path, `could not read ${url}: ${detail}`, 'read-failed', {url, detail}, error);
  }
  return {body, contentType: response.headers.get('content-type'), url: response.url || url};
}

const looksLikeHtml = (body: string, contentType: string | null) =>
  /^\s*<(!doctype|html|head|body|meta|title|script|!--)/i.test(body) ||
  (contentType !== null && /html/i.test(contentType) && /^\s*</.test(body));

/**
 * Fetches a timeline document and its article text and builds the model.
 * A relative `url` is resolved against `document.baseURI`; `source.textUrl`
 * against the document's own URL.
 *
 * @throws {TimelineLoadError} when the document or its text cannot be fetched or parsed
 *   (problem at `src` or `source.textUrl`). Problems inside a readable document do not
 *   throw: they are in the model's `problems`.
 * @throws The signal's `AbortError`, untouched, when aborted.
 */
export async function loadTimeline(url: string | URL, options: LoadOptions = {}): Promise<TimelineModel> {
  let href: string;
  try {
    href = new URL(url, baseURI()).href;
  } catch (error) {
    throw fail('src', `${JSON.stringify(String(url))} is not a valid URL`, 'invalid-url', {url: String(url)}, error);
  }
  const response = await fetchText(href, 'src', options);
  const body = response.body;
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (error) {
    if (looksLikeHtml(body, response.contentType)) {
      throw fail('src', `${href} returned HTML, not JSON; is the path right?`, 'html-not-json', {url: href}, error);
    }
    const detail = messageOf(error);
    throw fail('src', `${href} is not valid JSON: ${detail}`, 'not-json', {url: href, detail}, error);
  }
  // Redirects move the base that textUrl is relative to.
  return modelFromDocument(doc, response.url, options);
}

/**
 * Reads the timeline document from a child `<script type="application/json">` of `host`.
 * @returns The parsed JSON, or undefined when there is no such script or it is empty.
 * @throws {TimelineLoadError} at `script` when its content is not valid JSON.
 */
export function readInlineDocument(host: Element): unknown | undefined {
  const script = host.querySelector(':scope > script[type="application/json"]');
  const json = script?.textContent ?? '';
  if (json.trim() === '') return undefined;
  try {
    return JSON.parse(json) as unknown;
  } catch (error) {
    const detail = messageOf(error);
    throw fail('script', `the <script type="application/json"> is not valid JSON: ${detail}`, 'script-not-json', {detail}, error);
  }
}

/**
 * Builds the model of an already parsed document (the `timeline` property, an
 * inline script). With inline `source.text` it builds at once; with only
 * `source.textUrl` it fetches the text, resolved against `baseUrl` (default
 * `document.baseURI`).
 *
 * @throws {TimelineLoadError} at `source.textUrl` when the text cannot be fetched.
 * @throws The signal's `AbortError`, untouched, when aborted.
 */
export async function modelFromDocument(doc: unknown, baseUrl?: string | URL, options: LoadOptions = {}): Promise<TimelineModel> {
  const source = typeof doc === 'object' && doc !== null ? (doc as {source?: unknown}).source : undefined;
  const fields = typeof source === 'object' && source !== null ? (source as {text?: unknown; textUrl?: unknown}) : {};
  if (typeof fields.text === 'string' || typeof fields.textUrl !== 'string') {
    options.signal?.throwIfAborted();
    return buildModel(doc, undefined, options);
  }
  // Only fetch what the schema accepts (no `javascript:` or `data:`): otherwise let buildModel report it.
  // The source alone is checked here, so the text is on its way before the events are validated, once.
  const problems: TimelineProblem[] = [];
  validateSource(source, problems);
  if (problems.some((p) => p.path === 'source.textUrl')) return buildModel(doc, undefined, options);

  let textHref: string;
  try {
    textHref = new URL(fields.textUrl, baseUrl ?? baseURI()).href;
  } catch (error) {
    throw fail('source.textUrl', `${JSON.stringify(fields.textUrl)} is not a valid URL`, 'invalid-url', {url: fields.textUrl}, error);
  }
  const response = await fetchText(textHref, 'source.textUrl', options);
  if (looksLikeHtml(response.body, response.contentType)) {
    throw fail('source.textUrl', `${textHref} returned HTML, not the plain article text; is the path right?`, 'html-not-text', {
      url: textHref,
    });
  }
  return buildModel(doc, response.body, options);
}
