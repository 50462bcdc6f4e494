/**
 * Faults: servers that fail, stall, answer the wrong thing or cannot be reached; readers that
 * change their mind mid-fetch; a thousand attach/detach cycles. The element must show what went
 * wrong once, leave no unhandled rejection, leak nothing, and leave the rest of the page working.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/define.js';
import type {ArticleTimeline} from '../src/element/article-timeline.js';
import {DEFAULT_TIMEOUT_MS, loadTimeline, TimelineLoadError} from '../src/document/load.js';
import {labelOf, minimalDoc, parts, settle, timelineFrom} from './helpers/timeline.js';

const OK_DOC = minimalDoc([{id: 'a', date: '2023-03-20', title: 'Event A', quote: 'A happened'}]);
const OK_JSON = JSON.stringify(OK_DOC);

/** Collects window 'error' and 'unhandledrejection' while installed. */
function watchGlobalErrors() {
  const seen: unknown[] = [];
  const onError = (e: ErrorEvent) => seen.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(condition: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** A fetch the test answers by hand; every call is recorded with its signal. */
interface PendingFetch {
  url: string;
  signal: AbortSignal | undefined;
  respond(body: string, init?: ResponseInit): void;
}
function controlledFetch() {
  const calls: PendingFetch[] = [];
  const real = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    // Deliberately deaf to the signal, like a stalled server: the loader must not depend on it.
    new Promise<Response>((resolve) => {
      calls.push({
        url: String(input instanceof Request ? input.url : input),
        signal: init?.signal ?? undefined,
        respond: (body, responseInit) => resolve(new Response(body, {headers: {'content-type': 'application/json'}, ...responseInit})),
      });
    });
  return {calls, restore: () => void (window.fetch = real)};
}

/** A timeline at `src`, next to a healthy timeline on the same page. */
async function pageWith(src: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
  const broken = document.createElement('article-timeline');
  const healthy = document.createElement('article-timeline');
  const errors: CustomEvent[] = [];
  broken.addEventListener('timeline-error', (e) => errors.push(e));
  const healthyLoaded = oneEvent(healthy, 'timeline-load');
  broken.src = src;
  healthy.timeline = OK_DOC;
  wrapper.append(broken, healthy);
  return {broken, healthy, errors, healthyLoaded};
}

/** The common verdict on a failed load: one visible error naming what failed, nothing else broken. */
async function expectCleanFailure(src: string, ...mentions: string[]): Promise<ArticleTimeline> {
  const global = watchGlobalErrors();
  try {
    const {broken, healthy, errors, healthyLoaded} = await pageWith(src);
    await until(() => errors.length > 0, `timeline-error from ${src}`);
    await sleep(100); // room for a second, duplicate event
    await settle(broken);
    expect(errors, 'exactly one timeline-error').to.have.length(1);
    const error = parts(broken, 'error')[0]!;
    expect(error, 'error box').to.exist;
    const box = error.getBoundingClientRect();
    expect(box.width > 0 && box.height > 0, 'error box is visible').to.be.true;
    for (const m of mentions) expect(error.textContent, `error mentions ${m}`).to.contain(m);
    expect(parts(broken, 'event')).to.have.length(0);
    expect(broken.shadowRoot!.querySelector('.status[role=status]'), 'no spinner left').to.equal(null);
    // The rest of the page is unaffected.
    await healthyLoaded;
    await settle(healthy);
    expect(labelOf(healthy, 'a').textContent).to.contain('Event A');
    expect(global.seen, 'uncaught errors or rejections').to.deep.equal([]);
    return broken;
  } finally {
    global.stop();
  }
}

describe('faults: a document that cannot be used', () => {
  it('404: names the URL and the status', async () => {
    await expectCleanFailure('/tests/fixtures/no-such-file.json', 'no-such-file.json', '404');
  });

  it('HTML instead of JSON: says it got HTML', async () => {
    await expectCleanFailure('/tests/fixtures/not-json.html', 'not-json.html', 'HTML');
  });

  it('truncated JSON: says it is not valid JSON', async () => {
    await expectCleanFailure('/tests/fixtures/broken.json', 'broken.json', 'not valid JSON');
  });

  it('unreachable server (network or CORS failure): names the URL in a readable sentence', async () => {
    // Loopback port 9 (discard): nothing answers, and Chromium refuses it outright.
    const el = await expectCleanFailure('http://127.0.0.1:9/x.json', 'http://127.0.0.1:9/x.json', 'could not fetch');
    expect(parts(el, 'error')[0]!.textContent).to.match(/unreachable|CORS/);
  });

  it('the article text is missing: names the text URL', async () => {
    await expectCleanFailure('/tests/fixtures/missing-text.timeline.json', 'source.textUrl', 'missing-article.txt', '404');
  });

  it('an unreachable server gives the loader a TypeError as cause, and a readable message', async () => {
    const error = await loadTimeline('http://127.0.0.1:9/x.json').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(TimelineLoadError);
    const loadError = error as TimelineLoadError;
    expect(loadError.cause).to.be.instanceOf(TypeError);
    expect(loadError.message).to.contain('http://127.0.0.1:9/x.json');
    expect(loadError.problems[0]!.path).to.equal('src');
  });
});

describe('faults: stalled servers', () => {
  const never: typeof fetch = () => new Promise<Response>(() => {});

  it('times out a fetch that never answers, naming the URL', async () => {
    const started = performance.now();
    const error = await loadTimeline('https://example.com/slow.json', {fetch: never, timeout: 50}).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(TimelineLoadError);
    expect((error as Error).message).to.contain('https://example.com/slow.json');
    expect((error as Error).message).to.contain('timed out');
    expect((error as TimelineLoadError).problems[0]!.path).to.equal('src');
    expect(performance.now() - started).to.be.lessThan(2000);
  });

  it('times out a stalled article text too, at source.textUrl', async () => {
    const doc = {source: {title: 'T', textUrl: 'slow.txt'}, events: []};
    const fetchDoc: typeof fetch = (input) =>
      String(input).endsWith('.json') ? Promise.resolve(new Response(JSON.stringify(doc))) : never(input);
    const error = await loadTimeline('https://example.com/doc.json', {fetch: fetchDoc, timeout: 50}).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(TimelineLoadError);
    expect((error as TimelineLoadError).problems[0]!.path).to.equal('source.textUrl');
    expect((error as Error).message).to.contain('https://example.com/slow.txt');
    expect((error as Error).message).to.contain('timed out');
  });

  it('times out a body that never finishes', async () => {
    const stalledBody: typeof fetch = () =>
      Promise.resolve(new Response(new ReadableStream({start: () => {}}), {headers: {'content-type': 'application/json'}}));
    const error = await loadTimeline('https://example.com/trickle.json', {fetch: stalledBody, timeout: 50}).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as Error).message).to.contain('timed out');
  });

  it('has a default timeout, and an abort still wins over it with the signal’s own AbortError', async () => {
    expect(DEFAULT_TIMEOUT_MS).to.be.within(5_000, 60_000);
    const controller = new AbortController();
    const pending = loadTimeline('https://example.com/slow.json', {fetch: never, signal: controller.signal});
    controller.abort();
    const error = await pending.then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('succeeds within the timeout and leaves no timer behind', async () => {
    const fast: typeof fetch = () => Promise.resolve(new Response(OK_JSON));
    const model = await loadTimeline('https://example.com/ok.json', {fetch: fast, timeout: 30});
    expect(model.events.map((e) => e.id)).to.deep.equal(['a']);
    // Had the timer survived, its rejection would surface here.
    const global = watchGlobalErrors();
    await sleep(60);
    global.stop();
    expect(global.seen).to.deep.equal([]);
  });
});

describe('faults: fetches in flight', () => {
  let control: ReturnType<typeof controlledFetch> | undefined;
  afterEach(() => control?.restore());

  it('shows a loading status while fetching, then the timeline', async () => {
    control = controlledFetch();
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    const el = document.createElement('article-timeline');
    el.src = '/slow/doc.json';
    wrapper.append(el);
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector<HTMLElement>('.status[role=status]');
    expect(status, 'loading status').to.exist;
    expect(status!.textContent!.trim()).to.not.equal('');
    expect(status!.getBoundingClientRect().height).to.be.greaterThan(0);
    await until(() => control!.calls.length === 1, 'the fetch');
    const loaded = oneEvent(el, 'timeline-load');
    control.calls[0]!.respond(OK_JSON);
    await loaded;
    await settle(el);
    expect(el.shadowRoot!.querySelector('.status[role=status]')).to.equal(null);
    expect(parts(el, 'event').map((e) => e.dataset.eventId)).to.deep.equal(['a']);
  });

  it('shows only the last of two quick src changes, and aborts the first request', async () => {
    control = controlledFetch();
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    const el = document.createElement('article-timeline');
    const loads: CustomEvent[] = [];
    el.addEventListener('timeline-load', (e) => loads.push(e));
    el.src = '/first.json';
    wrapper.append(el);
    await el.updateComplete;
    el.src = '/second.json';
    await el.updateComplete;
    await until(() => control!.calls.length === 2, 'two fetches');
    const [first, second] = control.calls;
    expect(first!.url).to.contain('/first.json');
    expect(first!.signal?.aborted, 'first request aborted').to.be.true;
    expect(second!.signal?.aborted, 'second request live').to.be.false;
    second!.respond(JSON.stringify(minimalDoc([{id: 'second', date: '2019', title: 'Second', quote: 'B happened'}])));
    // The first answers late: it must not replace the second.
    first!.respond(JSON.stringify(minimalDoc([{id: 'first', date: '2019', title: 'First', quote: 'B happened'}])));
    await until(() => loads.length > 0, 'timeline-load');
    await sleep(50);
    await settle(el);
    expect(loads).to.have.length(1);
    expect(parts(el, 'event').map((e) => e.dataset.eventId)).to.deep.equal(['second']);
  });

  it('removing the element mid-fetch throws nothing and fires nothing', async () => {
    control = controlledFetch();
    const global = watchGlobalErrors();
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
      const el = document.createElement('article-timeline');
      const fired: string[] = [];
      for (const type of ['timeline-load', 'timeline-error', 'timeline-select'] as const) el.addEventListener(type, () => fired.push(type));
      el.src = '/removed.json';
      wrapper.append(el);
      await until(() => control!.calls.length === 1, 'the fetch');
      el.remove();
      expect(control.calls[0]!.signal?.aborted, 'request aborted on removal').to.be.true;
      control.calls[0]!.respond(OK_JSON);
      await sleep(50);
      expect(fired).to.deep.equal([]);
      expect(global.seen).to.deep.equal([]);
      expect(el.model).to.equal(undefined);
    } finally {
      global.stop();
    }
  });
});

describe('faults: a detached element', () => {
  it('takes property changes while detached without throwing, and shows their result when re-attached', async () => {
    // Frameworks set properties on elements that are not (or no longer) in the document.
    const global = watchGlobalErrors();
    try {
      const el = await timelineFrom(OK_DOC, 900);
      const wrapper = el.parentElement!;
      el.remove();
      el.selected = 'a';
      await el.updateComplete; // rejected if an update threw
      await sleep(20);
      expect(global.seen).to.deep.equal([]);
      wrapper.append(el);
      await settle(el);
      const tip = el.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]')!;
      expect(tip.matches(':popover-open'), 'the pinned detail shows once attached').to.be.true;
      expect(tip.textContent).to.contain('Event A');
    } finally {
      global.stop();
    }
  });
});

describe('faults: a thousand attach/detach cycles', () => {
  interface Shim {
    restore(): void;
  }
  /** Replaces `obj[key]` with a wrapper; `restore` puts the original back. */
  function wrap<T extends object, K extends keyof T>(obj: T, key: K, make: (original: T[K]) => T[K]): Shim {
    const original = obj[key];
    obj[key] = make(original);
    return {restore: () => void (obj[key] = original)};
  }

  it('leaves no window, document or font-set listeners, observers, timers or frames behind', async function () {
    this.timeout(60_000);
    const el = await timelineFrom(OK_DOC, 900);
    const wrapper = el.parentElement!;
    el.remove();

    // Live registrations, keyed so that duplicates and unknown removals count as the platform counts them.
    const listeners = new Set<string>();
    const ids = new WeakMap<object, number>();
    let nextId = 0;
    const idOf = (o: object) => ids.get(o) ?? (ids.set(o, ++nextId), nextId);
    const capture = (options?: boolean | EventListenerOptions) => (typeof options === 'boolean' ? options : !!options?.capture);
    const listenerKey = (
      target: string,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | EventListenerOptions,
    ) => `${target}|${type}|${listener ? idOf(listener) : 0}|${capture(options)}`;
    const observed = new Map<object, Set<Node>>();
    const timers = new Set<number>();
    const frames = new Set<number>();
    const idles = new Set<number>();
    const shims: Shim[] = [];
    for (const [name, target] of [
      ['window', window],
      ['document', document],
      ['document.fonts', document.fonts],
    ] as const) {
      shims.push(
        wrap(
          target,
          'addEventListener',
          (add) =>
            function (
              this: EventTarget,
              type: string,
              listener: EventListenerOrEventListenerObject | null,
              options?: boolean | AddEventListenerOptions,
            ) {
              if (listener) {
                const key = listenerKey(name, type, listener, options);
                listeners.add(key);
                // The platform removes a listener added with a signal when the signal aborts.
                const signal = typeof options === 'object' ? options.signal : undefined;
                if (signal?.aborted) listeners.delete(key);
                signal?.addEventListener('abort', () => listeners.delete(key));
              }
              return add.call(this, type, listener as EventListenerOrEventListenerObject, options);
            } as typeof add,
        ),
        wrap(
          target,
          'removeEventListener',
          (remove) =>
            function (
              this: EventTarget,
              type: string,
              listener: EventListenerOrEventListenerObject | null,
              options?: boolean | EventListenerOptions,
            ) {
              listeners.delete(listenerKey(name, type, listener, options));
              return remove.call(this, type, listener as EventListenerOrEventListenerObject, options);
            } as typeof remove,
        ),
      );
    }
    for (const Observer of [ResizeObserver, MutationObserver]) {
      const proto = Observer.prototype as {
        observe(target: Node, options?: unknown): void;
        disconnect(): void;
        unobserve?(target: Node): void;
      };
      shims.push(
        wrap(
          proto,
          'observe',
          (observe) =>
            function (this: object, target: Node, options?: unknown) {
              (observed.get(this) ?? observed.set(this, new Set()).get(this)!).add(target);
              return observe.call(this, target, options);
            },
        ),
        wrap(
          proto,
          'disconnect',
          (disconnect) =>
            function (this: object) {
              observed.delete(this);
              return disconnect.call(this);
            },
        ),
      );
      if (proto.unobserve) {
        shims.push(
          wrap(
            proto as Required<typeof proto>,
            'unobserve',
            (unobserve) =>
              function (this: object, target: Node) {
                observed.get(this)?.delete(target);
                return unobserve.call(this, target);
              },
          ),
        );
      }
    }
    shims.push(
      wrap(
        window,
        'setTimeout',
        (set) =>
          ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
            const id: number = set(
              (...a: unknown[]) => {
                timers.delete(id);
                if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
              },
              ms,
              ...args,
            );
            timers.add(id);
            return id;
          }) as typeof set,
      ),
      wrap(window, 'clearTimeout', (clear) => ((id?: number) => (id !== undefined && timers.delete(id), clear(id))) as typeof clear),
      wrap(window, 'requestAnimationFrame', (request) => {
        const wrapped = (callback: FrameRequestCallback) => {
          const id = request((t) => {
            frames.delete(id);
            callback(t);
          });
          frames.add(id);
          return id;
        };
        return wrapped;
      }),
      wrap(window, 'cancelAnimationFrame', (cancel) => (id: number) => (frames.delete(id), cancel(id))),
      wrap(window, 'requestIdleCallback', (request) => {
        const wrapped = (callback: IdleRequestCallback, options?: IdleRequestOptions) => {
          const id = request((deadline) => {
            idles.delete(id);
            callback(deadline);
          }, options);
          idles.add(id);
          return id;
        };
        return wrapped;
      }),
      wrap(window, 'cancelIdleCallback', (cancel) => (id: number) => (idles.delete(id), cancel(id))),
    );

    const liveObservations = () => [...observed.values()].reduce((n, targets) => n + targets.size, 0);
    try {
      for (let i = 0; i < 1000; i++) {
        wrapper.append(el);
        if (i % 100 === 0) {
          // Now and then let it render and start a hover, so its timers and frames are really in play.
          await settle(el);
          const label = labelOf(el, 'a');
          label.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
          label.dispatchEvent(new PointerEvent('pointerout', {bubbles: true, composed: true}));
          expect(listeners.size, 'listeners while attached').to.be.greaterThan(0);
          expect(liveObservations(), 'observers while attached').to.be.greaterThan(0);
          expect(timers.size, 'hover-close timer while attached').to.be.greaterThan(0);
          // A fresh document: its load schedules idle work (finding a first sentence) that removal must cancel.
          const reloaded = oneEvent(el, 'timeline-load');
          el.timeline = {...OK_DOC};
          await reloaded;
          expect(idles.size, 'idle work while attached').to.be.greaterThan(0);
        }
        el.remove();
        expect(listeners.size, `listeners after detach #${i}`).to.equal(0);
        expect(liveObservations(), `observations after detach #${i}`).to.equal(0);
        expect(timers.size, `timers after detach #${i}`).to.equal(0);
        expect(idles.size, `idle callbacks after detach #${i}`).to.equal(0);
      }
      // Renders queued by the last cycles run detached; they must not start anything either.
      await el.updateComplete;
      await sleep(0);
      expect(listeners.size, 'listeners').to.equal(0);
      expect(liveObservations(), 'observations').to.equal(0);
      expect(timers.size, 'timers').to.equal(0);
      expect(frames.size, 'animation frames').to.equal(0);
      expect(idles.size, 'idle callbacks').to.equal(0);
    } finally {
      for (const shim of shims.reverse()) shim.restore();
    }
    // Still fully working afterwards.
    wrapper.append(el);
    await settle(el);
    expect(parts(el, 'event').map((e) => e.dataset.eventId)).to.deep.equal(['a']);
  });
});
