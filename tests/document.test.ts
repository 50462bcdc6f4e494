import {expect} from '@open-wc/testing';
import {
  LIMITS,
  TimelineDocumentSchema,
  TimelineEventSchema,
  TimelineLoadError,
  TimelineSourceSchema,
  buildModel,
  formatProblem,
  loadTimeline,
  modelFromDocument,
  readInlineDocument,
  timelineJsonSchema,
} from '../src/document/index.js';
import type {FieldRule} from '../src/document/validate.js';
import type {TimelineEvent, TimelineModel, TimelineProblem} from '../src/document/index.js';

const FIXTURES = '/tests/fixtures/';
const abs = (path: string) => new URL(path, document.baseURI).href;

let article = '';
before(async () => {
  article = await (await fetch('/data/xi-putin-moscow-2023.txt')).text();
});

/** A minimal valid document over the article, with the given events. */
const doc = (events: unknown[], source: Record<string, unknown> = {}) => ({
  source: {title: 'Xi-Putin meeting', text: article, ...source},
  events,
});
const ev = (id: string, date: string, quote: string, extra: Record<string, unknown> = {}) => ({
  id,
  date,
  title: `Event ${id}`,
  quote,
  ...extra,
});
const problemAt = (model: {problems: TimelineProblem[]}, path: string) => model.problems.find((p) => p.path === path);

/** The rejection of a promise that must reject. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('loadTimeline with a valid document', () => {
  let model: TimelineModel;
  before(async () => {
    model = await loadTimeline(`${FIXTURES}xi-putin.timeline.json`);
  });

  it('has no problems and uses the fetched article text', () => {
    expect(model.problems).to.deep.equal([]);
    expect(model.source.text).to.equal(article);
    expect(model.source.title).to.equal('Xi-Putin meeting: Chinese president arrives in Moscow for talks');
  });

  it('anchors every quote and date phrase verbatim', () => {
    expect(model.events).to.have.length(7);
    for (const event of model.events) {
      expect(article.slice(event.quoteSpan.start, event.quoteSpan.end)).to.equal(event.quote);
      if (event.dateText) expect(article.slice(event.dateTextSpan!.start, event.dateTextSpan!.end)).to.equal(event.dateText);
      const sentence = article.slice(event.sentenceSpan.start, event.sentenceSpan.end);
      expect(sentence).to.contain(event.quote);
    }
  });

  it('finds each sentence when first read, then keeps it as an ordinary property', async () => {
    const fresh = await loadTimeline(`${FIXTURES}xi-putin.timeline.json`);
    const [a, b] = fresh.events as [TimelineEvent, TimelineEvent];
    const before = Object.getOwnPropertyDescriptor(a, 'sentenceSpan')!;
    expect(before.get, 'an accessor until read').to.be.a('function');
    expect(before.enumerable).to.be.true;
    // Every event has the same accessor, reading its own quote.
    expect(Object.getOwnPropertyDescriptor(b, 'sentenceSpan')!.get).to.equal(before.get);
    const span = a.sentenceSpan;
    expect(article.slice(span.start, span.end)).to.contain(a.quote);
    expect(Object.getOwnPropertyDescriptor(a, 'sentenceSpan')).to.deep.include({value: span, writable: true, enumerable: true});
    // b's own sentence, not a's; a copy or JSON of an unread event has its sentence too.
    expect({...b}.sentenceSpan).to.deep.equal(JSON.parse(JSON.stringify(b)).sentenceSpan);
    expect(article.slice(b.sentenceSpan.start, b.sentenceSpan.end)).to.contain(b.quote);
    const mine = {start: 0, end: 4};
    fresh.events[2]!.sentenceSpan = mine;
    expect(fresh.events[2]!.sentenceSpan).to.equal(mine);
  });

  it('sorts by start, then end, then document order', () => {
    expect(model.events.map((e) => e.id)).to.deep.equal([
      'xi-takes-office',
      'pancakes',
      'ice-cream',
      'icc-warrant', // same day as visit-announced: document order
      'visit-announced',
      'xi-lands', // same start as state-visit, ends first
      'state-visit',
    ]);
    expect(model.events.find((e) => e.id === 'state-visit')!.index).to.equal(0);
  });

  it('keeps the input, place, tags and parsed date of each event', () => {
    const lands = model.events.find((e) => e.id === 'xi-lands')!;
    expect(lands.tags).to.deep.equal(['visit']);
    expect(lands.place).to.equal('Vnukovo airport, Moscow');
    expect(lands.date.start).to.equal(Date.UTC(2023, 2, 20));
    expect(lands.input.quote).to.equal(lands.quote);
    expect(model.events.find((e) => e.id === 'icc-warrant')!.tags).to.deep.equal([]);
  });

  it('takes "on Monday" from inside the quote, not its first occurrence', () => {
    const lands = model.events.find((e) => e.id === 'xi-lands')!;
    expect(lands.dateTextSpan!.start).to.be.within(lands.quoteSpan.start, lands.quoteSpan.end);
    expect(article.indexOf('on Monday')).to.be.lessThan(lands.quoteSpan.start);
  });
});

describe('buildModel problems', () => {
  it('leaves out an event whose quote is not in the text, names it, and keeps the rest', () => {
    const model = buildModel(
      doc([ev('a', '2023', 'Putin presented Xi with ice cream'), ev('b', '2019', "Xi's visit comes days after Putin")]),
    );
    expect(model.events.map((e) => e.id)).to.deep.equal(['a']);
    const p = problemAt(model, 'events[1].quote')!;
    expect(p).to.include({eventId: 'b', field: 'quote'});
    expect(p.message).to.contain('not in the article text').and.to.contain("’ instead of '");
    expect(formatProblem(p)).to.match(/^events\[1\] \("b"\)\.quote: expected a verbatim quote/);
  });

  it('leaves out an event with an invalid date, with the EDTF error at its path', () => {
    const model = buildModel(doc([ev('bad-date', '2023-13-01', 'ice cream'), ev('ok', '2023', 'ice cream')]));
    expect(model.events.map((e) => e.id)).to.deep.equal(['ok']);
    const p = problemAt(model, 'events[0].date')!;
    expect(p).to.include({eventId: 'bad-date', field: 'date'});
    expect(p.message).to.contain('"2023-13-01"');
  });

  it('keeps every level 1 date and toISOString() output, sorted by start, open ends flagged', () => {
    const dates = ['2023-03-20T09:00:00.000Z', '2014/..', '../1991', '/1985', '2022-22', '201X', '1985-04-XX', '-0043-03-15', 'Y-20000'];
    const model = buildModel(doc(dates.map((d, i) => ev(`e${i}`, d, 'ice cream'))));
    expect(model.problems).to.deep.equal([]);
    expect(model.events.map((e) => e.date.edtf)).to.deep.equal([
      'Y-20000',
      '-0043-03-15',
      '/1985',
      '1985-04-XX',
      '../1991',
      '201X',
      '2014/..',
      '2022-22',
      '2023-03-20T09:00:00.000Z',
    ]);
    expect(model.events.find((e) => e.id === 'e1')!.date.openEnd).to.equal('open');
    expect(model.events.find((e) => e.id === 'e3')!.date.openStart).to.equal('unknown');
  });

  it('takes a publication day or toISOString() instant, and names a published date that is not a day', () => {
    for (const published of ['2023-03-20', '2023-03-20T09:00:00.000Z', '2023-03-20T11:00:00+02:00']) {
      expect(buildModel(doc([ev('a', '2023', 'ice cream')], {published})).problems, published).to.deep.equal([]);
    }
    for (const published of ['2023-02-30', '2023-03-20T09:00:00+15', '2023', 'March 20']) {
      const p = problemAt(buildModel(doc([ev('a', '2023', 'ice cream')], {published})), 'source.published');
      expect(p, published).to.include({code: 'invalid-value'});
      expect(p!.message, published).to.contain('expected an EDTF day such as "2023-03-20" or a date-time');
    }
  });

  it('reads seasons in the hemisphere the source names, northern by default', () => {
    const summer = (source: Record<string, unknown> = {}) => buildModel(doc([ev('s', '2022-22', 'ice cream')], source));
    const north = summer().events[0]!.date;
    expect([north.start, north.end]).to.deep.equal([Date.UTC(2022, 5, 1), Date.UTC(2022, 8, 1)]);
    const south = summer({hemisphere: 'southern'}).events[0]!.date;
    expect([south.start, south.end]).to.deep.equal([Date.UTC(2022, 11, 1), Date.UTC(2023, 2, 1)]);
    const wrong = summer({hemisphere: 'south'});
    expect(problemAt(wrong, 'source.hemisphere')!.message).to.equal('expected "northern" or "southern", found string "south"');
    expect(
      wrong.events.map((e) => e.id),
      'the events still render',
    ).to.deep.equal(['s']);
  });

  it('leaves out a valid EDTF year that no Date can hold, says why, and keeps the rest', () => {
    const model = buildModel(doc([ev('deep', 'Y170000002', 'ice cream'), ev('ok', 'Y-20000', 'ice cream')]));
    expect(model.events.map((e) => e.id)).to.deep.equal(['ok']);
    const p = problemAt(model, 'events[0].date')!;
    expect(p).to.include({eventId: 'deep', field: 'date', code: 'invalid-date'});
    expect(p.params).to.include({value: 'Y170000002', reason: 'year-range'});
    expect(formatProblem(p)).to.equal(
      'events[0] ("deep").date: "Y170000002" is valid EDTF but beyond the years a timeline can draw (271,821 BCE to 275,759 CE)',
    );
  });

  it('keeps an event whose dateText is not in the text, without a dateTextSpan', () => {
    const model = buildModel(doc([ev('e', '2019', 'ice cream', {dateText: 'in the year 2019'})]));
    expect(model.events).to.have.length(1);
    expect(model.events[0]!.dateText).to.equal('in the year 2019');
    expect(model.events[0]!.dateTextSpan).to.equal(undefined);
    expect(problemAt(model, 'events[0].dateText')).to.include({eventId: 'e', field: 'dateText'});
  });

  it('says what was expected and found for a date given as a number', () => {
    const model = buildModel(doc([{...ev('icc-warrant', '', 'ice cream'), date: 2023}]));
    const p = problemAt(model, 'events[0].date')!;
    expect(p.message).to.equal('expected an EDTF date string, found number 2023');
    expect(formatProblem(p)).to.equal('events[0] ("icc-warrant").date: expected an EDTF date string, found number 2023');
    expect(model.events).to.deep.equal([]);
  });

  it('reports a missing title, and an event that is not an object, each at its path', () => {
    const {title: _, ...noTitle} = ev('t', '2019', 'ice cream');
    const model = buildModel(doc([noTitle, 'not an event', ev('fine', '2019', 'ice cream')]));
    expect(problemAt(model, 'events[0].title')!.message).to.equal('expected a non-empty title, found nothing');
    expect(problemAt(model, 'events[1]')!.message).to.equal('expected an event object, found string "not an event"');
    expect(model.events.map((e) => e.id)).to.deep.equal(['fine']);
  });

  it('keeps an event whose only problem is an optional field, without that field', () => {
    const model = buildModel(doc([ev('p', '2019', 'ice cream', {place: 42, tags: ['ok']})]));
    expect(problemAt(model, 'events[0].place')!.message).to.equal('expected a non-empty place name, found number 42');
    expect(model.events[0]!.place).to.equal(undefined);
    expect(model.events[0]!.tags).to.deep.equal(['ok']);
  });

  it('rejects ids outside the safe alphabet', () => {
    const model = buildModel(doc([ev('has space', '2019', 'ice cream')]));
    expect(problemAt(model, 'events[0].id')!.message).to.contain('found string "has space"');
    expect(model.events).to.deep.equal([]);
  });

  it('reports events that are not an array, with no events', () => {
    const model = buildModel({source: {title: 'x', text: article}, events: {a: 1}});
    expect(problemAt(model, 'events')!.message).to.equal('expected an array of events, found an object');
    expect(model.events).to.deep.equal([]);
  });

  it('reports a document that is not an object', () => {
    const model = buildModel([1, 2]);
    expect(model.problems).to.have.length(1);
    expect(model.problems[0]!.path).to.equal('document');
    expect(model.problems[0]!.message).to.contain('found an array of 2 items');
  });

  it('makes a duplicate id a problem of the later event', () => {
    const model = buildModel(doc([ev('twin', '2019', 'ice cream'), ev('twin', '2018', 'pancakes')]));
    expect(model.events.map((e) => e.index)).to.deep.equal([0]);
    const p = problemAt(model, 'events[1].id')!;
    expect(p).to.include({eventId: 'twin', field: 'id'});
    expect(p.message).to.contain('events[0] already uses "twin"');
    expect(problemAt(model, 'events[0].id')).to.equal(undefined);
  });

  it('rejects a javascript: url but still draws the events', () => {
    const model = buildModel(doc([ev('a', '2019', 'ice cream')], {url: 'javascript:alert(1)'}));
    const p = problemAt(model, 'source.url')!;
    expect(p.message).to.equal('expected an http(s) URL, found string "javascript:alert(1)"');
    expect(model.source.url).to.equal(undefined);
    expect(model.events).to.have.length(1);
    expect(buildModel(doc([], {url: 'https://example.com/a'})).problems).to.deep.equal([]);
  });

  it('needs text or textUrl, and anchors nothing without them', () => {
    const model = buildModel({source: {title: 'No text'}, events: [ev('a', '2019', 'ice cream')]});
    expect(model.problems).to.deep.equal([
      {path: 'source', message: 'needs text or textUrl: the article text, inline or as a URL', code: 'needs-text', params: {}},
    ]);
    expect(model.events).to.deep.equal([]);
    expect(model.source.text).to.equal('');
  });

  it('uses text handed in over source.text, and then needs neither in the source', () => {
    const model = buildModel({source: {title: 'T'}, events: [ev('a', '2019', 'hello')]}, 'well hello there');
    expect(model.problems).to.deep.equal([]);
    expect(model.events[0]!.quoteSpan).to.deep.equal({start: 5, end: 10});
  });

  it('lists problems in document order, source first', () => {
    const model = buildModel(
      doc([ev('a', '2019', 'not in the text at all'), ev('b', 2019 as unknown as string, 'ice cream')], {url: 'ftp://x'}),
    );
    expect(model.problems.map((p) => p.path)).to.deep.equal(['source.url', 'events[0].quote', 'events[1].date']);
  });

  it('ignores unknown keys', () => {
    const model = buildModel({...doc([{...ev('a', '2019', 'ice cream'), colour: 'red'}]), generator: 'hand'});
    expect(model.problems).to.deep.equal([]);
    expect(model.events).to.have.length(1);
  });
});

describe('limits', () => {
  it('turns 10,001 events into one clear problem', () => {
    const events = Array.from({length: LIMITS.events + 1}, (_, i) => ev(`e${i}`, '2019', 'ice cream'));
    const model = buildModel(doc(events));
    expect(model.problems).to.deep.equal([
      {
        path: 'events',
        field: 'events',
        message: 'expected at most 10,000 events, found 10,001',
        code: 'too-many-events',
        params: {max: 10_000, found: 10_001},
      },
    ]);
    expect(model.events).to.deep.equal([]);
  });

  it('accepts 10,000 events', () => {
    const events = Array.from({length: LIMITS.events}, (_, i) => ev(`e${i}`, '2019', 'ice cream'));
    expect(buildModel(doc(events)).events).to.have.length(LIMITS.events);
  });

  it('limits the article text, titles and quotes', () => {
    const long = buildModel({source: {title: 'x'.repeat(501), text: 'y'.repeat(5_000_001)}, events: []});
    expect(problemAt(long, 'source.text')!.message).to.equal('expected at most 5,000,000 characters of article text, found 5,000,001');
    expect(problemAt(long, 'source.title')!.message).to.equal('expected at most 500 characters, found 501');
    const quote = buildModel(doc([ev('q', '2019', 'q'.repeat(5001))]));
    expect(problemAt(quote, 'events[0].quote')!.message).to.equal('expected at most 5,000 characters, found 5,001');
    const fetched = buildModel({source: {title: 't', textUrl: 'a.txt'}, events: []}, 'z'.repeat(5_000_001));
    expect(problemAt(fetched, 'source.textUrl')!.message).to.contain('found 5,000,001');
  });
});

describe('loadTimeline failures', () => {
  it('names the URL and the HTTP status of a 404', async () => {
    const error = await rejection(loadTimeline(`${FIXTURES}no-such-file.json`));
    expect(error).to.be.instanceOf(TimelineLoadError);
    const [p] = (error as TimelineLoadError).problems;
    expect(p!.path).to.equal('src');
    expect(p!.message)
      .to.contain(abs(`${FIXTURES}no-such-file.json`))
      .and.to.contain('404');
    expect((error as Error).message).to.contain('404');
  });

  it('says when the URL returned HTML, not JSON', async () => {
    const error = (await rejection(loadTimeline(`${FIXTURES}not-json.html`))) as TimelineLoadError;
    expect(error.problems[0]!.message).to.equal(`${abs(`${FIXTURES}not-json.html`)} returned HTML, not JSON; is the path right?`);
  });

  it('says when the JSON is malformed', async () => {
    const error = (await rejection(loadTimeline(`${FIXTURES}broken.json`))) as TimelineLoadError;
    expect(error.problems[0]!.message).to.contain(`${abs(`${FIXTURES}broken.json`)} is not valid JSON`);
  });

  it('names the text URL, resolved against the document, when the text is missing', async () => {
    const error = (await rejection(loadTimeline(`${FIXTURES}missing-text.timeline.json`))) as TimelineLoadError;
    expect(error).to.be.instanceOf(TimelineLoadError);
    expect(error.problems[0]!.path).to.equal('source.textUrl');
    expect(error.problems[0]!.message)
      .to.contain(abs(`${FIXTURES}missing-article.txt`))
      .and.to.contain('404');
  });

  it('turns a network or CORS failure into a message naming the URL', async () => {
    const failing = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const error = (await rejection(loadTimeline('https://example.com/t.json', {fetch: failing}))) as TimelineLoadError;
    expect(error).to.be.instanceOf(TimelineLoadError);
    expect(error.problems[0]!.message).to.contain('https://example.com/t.json').and.to.contain('CORS');
    expect(error.cause).to.be.instanceOf(TypeError);
  });

  it('rethrows the AbortError untouched', async () => {
    const controller = new AbortController();
    const pending = loadTimeline(`${FIXTURES}xi-putin.timeline.json`, {signal: controller.signal});
    controller.abort();
    const error = await rejection(pending);
    expect(error).to.not.be.instanceOf(TimelineLoadError);
    expect((error as Error).name).to.equal('AbortError');
    expect(error).to.equal(controller.signal.reason);
  });

  it('aborts while the text is being fetched', async () => {
    const controller = new AbortController();
    const fetchThenAbort = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await fetch(input, init);
      if (String(input).endsWith('.json')) controller.abort();
      return response;
    }) as typeof fetch;
    const error = await rejection(loadTimeline(`${FIXTURES}xi-putin.timeline.json`, {signal: controller.signal, fetch: fetchThenAbort}));
    expect((error as Error).name).to.equal('AbortError');
  });
});

describe('inline documents', () => {
  const host = (html: string) => {
    const el = document.createElement('div');
    el.innerHTML = html;
    return el;
  };

  it('reads a child <script type="application/json">', () => {
    const el = host('<script type="application/json">{"source": {"title": "T", "text": "abc"}, "events": []}</script>');
    expect(readInlineDocument(el)).to.deep.equal({source: {title: 'T', text: 'abc'}, events: []});
  });

  it('ignores other scripts and grandchildren, and returns undefined without one', () => {
    expect(readInlineDocument(host('<div><script type="application/json">{}</script></div>'))).to.equal(undefined);
    expect(readInlineDocument(host('<script type="text/plain">{}</script>'))).to.equal(undefined);
  });

  it('reports bad JSON at "script"', () => {
    let error: unknown;
    try {
      readInlineDocument(host('<script type="application/json">{"source": </script>'));
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TimelineLoadError);
    expect((error as TimelineLoadError).problems[0]!.path).to.equal('script');
  });

  it('builds a model from a document with inline text without fetching', async () => {
    const noFetch = (() => Promise.reject(new Error('must not fetch'))) as typeof fetch;
    const model = await modelFromDocument(doc([ev('a', '2019', 'ice cream')]), undefined, {fetch: noFetch});
    expect(model.events).to.have.length(1);
  });

  it('fetches textUrl relative to the base URL given', async () => {
    const input = {source: {title: 'T', textUrl: '../../data/xi-putin-moscow-2023.txt'}, events: [ev('a', '2019', 'ice cream')]};
    const model = await modelFromDocument(input, abs(FIXTURES));
    expect(model.source.text).to.equal(article);
    expect(model.events).to.have.length(1);
  });

  it('never fetches a textUrl the schema rejects', async () => {
    const noFetch = (() => Promise.reject(new Error('must not fetch'))) as typeof fetch;
    const model = await modelFromDocument({source: {title: 'T', textUrl: 'javascript:alert(1)'}, events: []}, undefined, {fetch: noFetch});
    expect(problemAt(model, 'source.textUrl')!.message).to.contain('javascript:alert(1)');
  });
});

describe('JSON Schema (data/timeline.schema.json)', () => {
  type Json = {type?: string; required?: string[]; properties?: Record<string, Json>; items?: Json; maxItems?: number};
  let schema: Json & {$schema?: string; title?: string; description?: string};
  before(async () => {
    schema = (await (await fetch('/data/timeline.schema.json')).json()) as typeof schema;
  });

  /** The keys of an object in the table of fields, and those it requires. */
  const shape = (rule: FieldRule) => ({
    keys: Object.keys(rule.fields!),
    required: Object.keys(rule.fields!).filter((k) => !rule.fields![k]!.optional),
  });

  it('is draft-07 with a title and description', () => {
    expect(schema.$schema).to.equal('http://json-schema.org/draft-07/schema#');
    expect(schema.title).to.be.a('string').and.not.equal('');
    expect(schema.description).to.be.a('string').and.not.equal('');
  });

  it('is the one the table of fields writes (npm run schema)', () => {
    expect(schema).to.deep.equal(timelineJsonSchema());
  });

  it('has the same properties and required fields as the table of fields', () => {
    const pairs: [Json, FieldRule][] = [
      [schema, TimelineDocumentSchema],
      [schema.properties!.source!, TimelineSourceSchema],
      [schema.properties!.events!.items!, TimelineEventSchema],
    ];
    for (const [json, rule] of pairs) {
      const {keys, required} = shape(rule);
      expect(Object.keys(json.properties!)).to.deep.equal(keys);
      expect(json.required).to.deep.equal(required);
    }
    expect(schema.properties!.events!.maxItems).to.equal(LIMITS.events);
  });
});
