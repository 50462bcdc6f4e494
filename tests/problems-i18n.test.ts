import {expect} from '@open-wc/testing';
import '../src/define.js';
import type {ArticleTimeline} from '../src/element/article-timeline.js';
import {
  LIMITS,
  TimelineLoadError,
  buildModel,
  formatProblem,
  loadTimeline,
  modelFromDocument,
  readInlineDocument,
} from '../src/document/index.js';
import {invalidDate} from '../src/document/model.js';
import {problemLabel} from '../src/document/schema.js';
import type {ProblemCode, TimelineDocument, TimelineProblem} from '../src/document/types.js';
import {EdtfError, parseEdtf, tryParseEdtf, type EdtfErrorCode} from '../src/time/edtf.js';
import {uiStrings} from '../src/i18n/index.js';
import {eventLi, parts, timelineFrom} from './helpers/timeline.js';

/** Every code, so that a new one without a bad input below fails the coverage test (TypeScript checks the list). */
const ALL_CODES: Record<ProblemCode, true> = {
  'wrong-type': true,
  'invalid-value': true,
  'missing-field': true,
  'too-long': true,
  'text-too-long': true,
  'too-many-events': true,
  'too-many-tags': true,
  'needs-text': true,
  'duplicate-id': true,
  'invalid-date': true,
  'quote-not-found': true,
  'date-text-not-found': true,
  'text-not-loaded': true,
  'invalid-url': true,
  timeout: true,
  network: true,
  'http-status': true,
  'read-failed': true,
  'html-not-json': true,
  'html-not-text': true,
  'not-json': true,
  'script-not-json': true,
};
const ALL_REASONS: Record<EdtfErrorCode, true> = {
  'not-string': true,
  empty: true,
  unsupported: true,
  'interval-slashes': true,
  'open-interval': true,
  'interval-order': true,
  'qualifier-on-time': true,
  'not-edtf': true,
  'month-range': true,
  'day-zero': true,
  'day-range': true,
  'time-range': true,
  'negative-zero': true,
  'offset-range': true,
  'year-range': true,
};
const TRANSLATED = ['de', 'fr', 'ru', 'uk', 'zh'] as const;
/** Every invalid date is said with the formats this package reads, in EDTF notation. */
const FORMATS =
  'YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm:ss[.sss][Z|±hh:mm], a season YYYY-21…24, 201X, 2004-XX, -0043, Y-20000, or an interval a/b, a/.., ../b';

const TEXT = 'In 2018 Xi met Putin. On Monday Xi said “peace is near” in Moscow.';
const ev = (id: string, date: unknown, quote: unknown, extra: Record<string, unknown> = {}) => ({
  id,
  date,
  title: `Event ${id}`,
  quote,
  ...extra,
});
const doc = (events: unknown[], source: Record<string, unknown> = {}) => ({source: {title: 'T', text: TEXT, ...source}, events});

/** The problems of a load that must fail. */
async function loadProblems(promise: Promise<unknown>): Promise<TimelineProblem[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TimelineLoadError) return error.problems;
    throw error;
  }
  throw new Error('expected the load to fail');
}

const answer =
  (body: BodyInit, init: ResponseInit = {}): typeof fetch =>
  () =>
    Promise.resolve(new Response(body, init));

/** Problems made by really running the document code on bad inputs, one or more for every code and date reason. */
async function badInputProblems(): Promise<TimelineProblem[]> {
  const dates = [
    '2023-13',
    '2023-02-30',
    '2023-02-00',
    '2023-03-17T25:00:00Z',
    '2023-03-17T10:00:00+25',
    '2023/2024/2025',
    '../..',
    '2024/2023',
    '2023-03-17T10:00:00?',
    'March 2023',
    '2023-25',
    '-0000',
    '2023-03-17T10:00:00+15',
    `Y${'1'.repeat(16)}`,
    ' ',
  ];
  const models = [
    buildModel(42),
    buildModel({source: 5, events: 'x'}),
    buildModel({events: []}),
    buildModel({$schema: 3, source: {title: 'T', text: TEXT}}),
    buildModel(doc([], {title: '', publisher: 5, published: 'March', url: 'javascript:alert(1)', textUrl: 'data:x'})),
    buildModel(doc([], {url: `https://example.com/${'x'.repeat(LIMITS.url)}`})),
    buildModel({source: {title: 'T'}, events: []}),
    buildModel({source: {title: 5}, events: []}),
    buildModel(doc([], {text: 'x'.repeat(LIMITS.textLength + 1)})),
    buildModel(doc([]), 'x'.repeat(LIMITS.textLength + 1)),
    buildModel({source: {title: 'T', textUrl: 'article.txt'}, events: []}),
    buildModel(doc(Array.from({length: LIMITS.events + 1}, (_, i) => ev(`e${i}`, '2018', 'Xi met Putin')))),
    buildModel(
      doc([
        'not an event',
        {id: 'no-quote', date: '2018', title: 'T'},
        ev('bad id!', '2018', 'Xi met Putin'),
        ev('x'.repeat(LIMITS.shortString + 1), '2018', 'Xi met Putin'),
        ev('many-tags', '2018', 'Xi met Putin', {tags: Array.from({length: LIMITS.tags + 1}, () => 't')}),
        ev('tags-string', '2018', 'Xi met Putin', {tags: 'a'}),
        ev('empty-bits', '2018', 'Xi met Putin', {tags: [''], place: '', dateText: ''}),
        ev('number-date', 2023, 'Xi met Putin'),
        ev('no-title', '2018', 'Xi met Putin', {title: ''}),
        ev('dup', '2018', 'Xi met Putin'),
        ev('dup', '2018', 'Xi met Putin'),
        ev('lost-quote', '2018', 'Xi met Trump'),
        ev('near-quote', '2023', 'Xi said "peace is near"'),
        ev('lost-date', '2018', 'Xi met Putin', {dateText: 'in 2019'}),
        ...dates.map((date, i) => ev(`date-${i}`, date, 'Xi met Putin')),
      ]),
    ),
  ];
  const valid = {source: {title: 'T', textUrl: 'article.txt'}, events: []};
  const never: typeof fetch = () => new Promise<Response>(() => {});
  const broken = () => new ReadableStream({start: (c) => c.error(new Error('stream broke'))});
  const host = document.createElement('div');
  host.innerHTML = '<script type="application/json">{not json</script>';
  const loads = await Promise.all([
    loadProblems(loadTimeline('http://[bad')),
    loadProblems(loadTimeline('https://example.com/a.json', {fetch: answer('gone', {status: 404, statusText: 'Not Found'})})),
    loadProblems(loadTimeline('https://example.com/a.json', {fetch: never, timeout: 20})),
    loadProblems(loadTimeline('https://example.com/a.json', {fetch: () => Promise.reject(new TypeError('Failed to fetch'))})),
    loadProblems(loadTimeline('https://example.com/a.json', {fetch: answer(broken())})),
    loadProblems(loadTimeline('https://example.com/a.json', {fetch: answer('<!doctype html><p>Not here</p>')})),
    loadProblems(loadTimeline('https://example.com/a.json', {fetch: answer('{"source": ')})),
    loadProblems(modelFromDocument(valid, 'https://example.com/', {fetch: answer('<html><body>404</body></html>')})),
    loadProblems(modelFromDocument({...valid, source: {title: 'T', textUrl: 'http://[bad'}}, 'https://example.com/')),
    Promise.resolve().then(() => {
      try {
        readInlineDocument(host);
      } catch (error) {
        if (error instanceof TimelineLoadError) return error.problems;
      }
      throw new Error('expected the script to fail');
    }),
  ]);
  // A date that is not a string never gets past the schema; parseEdtf itself still says why.
  const notString = tryParseEdtf(2023 as unknown as string) as EdtfError;
  const direct: TimelineProblem = {path: 'start', field: 'start', message: notString.message, ...invalidDate(notString)};
  return [...models.flatMap((m) => m.problems), ...loads.flat(), direct];
}

describe('problem codes', () => {
  let problems: TimelineProblem[];
  before(async () => {
    problems = await badInputProblems();
  });

  it('gives every problem a known code and plain params', () => {
    for (const p of problems) {
      expect(Object.hasOwn(ALL_CODES, p.code ?? ''), `${formatProblem(p)} has code ${p.code}`).to.equal(true);
      expect(p.params, formatProblem(p)).to.be.an('object');
      for (const value of Object.values(p.params!)) expect(typeof value, formatProblem(p)).to.be.oneOf(['string', 'number']);
    }
  });

  it('produces every code and every date reason from the bad inputs', () => {
    expect([...new Set(problems.map((p) => p.code))].sort()).to.deep.equal(Object.keys(ALL_CODES).sort());
    const reasons = problems.filter((p) => p.code === 'invalid-date').map((p) => p.params!.reason);
    expect([...new Set(reasons)].sort()).to.deep.equal(Object.keys(ALL_REASONS).sort());
  });

  it('keeps message the English sentence, with the data in it', () => {
    const at = (path: string) => problems.find((p) => p.path === path)!;
    expect(at('events[7].date')).to.include({code: 'wrong-type', message: 'expected an EDTF date string, found number 2023'});
    expect(at('events[7].date').params).to.deep.equal({expected: 'edtf-date', found: 'number', value: '2023'});
    const duplicate = problems.find((p) => p.code === 'duplicate-id')!;
    expect(duplicate.message).to.equal('duplicate id; events[9] already uses "dup", ids must be unique');
    expect(duplicate.params).to.deep.equal({id: 'dup', first: 9});
    const month = problems.find((p) => p.params?.value === '2023-13')!;
    expect(month.message).to.equal('"2023-13" is not a valid date: month 13 does not exist (expected 01–12)');
    expect(month.params).to.deep.equal({value: '2023-13', reason: 'month-range', month: 13});
    const status = problems.find((p) => p.code === 'http-status')!;
    expect(status.params).to.deep.equal({url: 'https://example.com/a.json', status: 404, statusText: 'Not Found'});
  });

  it('has a translation of every problem in every language, with the place and the data verbatim', () => {
    for (const lang of TRANSLATED) {
      const strings = uiStrings(lang);
      for (const p of problems) {
        const text = strings.problem(p);
        const why = `${lang}: ${formatProblem(p)} → ${text}`;
        expect(text, why).not.to.equal(formatProblem(p));
        expect(text.startsWith(problemLabel(p)), why).to.equal(true);
        expect(text, why).not.to.match(/undefined|NaN|\[object|\bexpected\b|\bfound\b/);
        for (const key of ['url', 'id', 'detail', 'field'] as const) {
          if (typeof p.params?.[key] === 'string') expect(text, why).to.include(p.params[key] as string);
        }
        // A date that is not a string is named by its type, as in English.
        const value = p.params?.reason === 'not-string' ? undefined : p.params?.value;
        if (typeof value === 'string' && value.trim()) expect(text, why).to.include(value);
      }
    }
    // Each language has its own words for every problem: none borrows another's (or English).
    for (const p of problems) {
      const texts = TRANSLATED.map((lang) => uiStrings(lang).problem(p));
      expect(new Set(texts).size, texts.join('\n')).to.equal(TRANSLATED.length);
    }
  });

  it('says numbers in the reader’s locale', () => {
    const tooMany = problems.find((p) => p.code === 'too-many-events')!;
    expect(uiStrings('de').problem(tooMany)).to.equal('events: höchstens 10.000 (hier 10.001)');
    expect(uiStrings('fr').problem(tooMany)).to.match(/^events\s: au plus 10\s000 \(ici 10\s001\)$/);
    const timeout = problems.find((p) => p.code === 'timeout')!;
    expect(uiStrings('de').problem(timeout)).to.equal('src: https://example.com/a.json nicht abrufbar (keine Antwort nach 20 ms)');
  });

  it('says one short sentence per code in each language, the data verbatim', () => {
    const say = (code: ProblemCode, path?: string) => {
      const p = problems.find((x) => x.code === code && (path === undefined || x.path === path))!;
      return TRANSLATED.map((lang) => uiStrings(lang).problem(p));
    };
    expect(say('wrong-type', 'events[7].date')).to.deep.equal([
      'events[7] ("number-date").date: ungültiger Wert: 2023',
      'events[7] ("number-date").date\u00a0: valeur incorrecte\u00a0: 2023',
      'events[7] ("number-date").date: недопустимое значение: 2023',
      'events[7] ("number-date").date: неприпустиме значення: 2023',
      'events[7] ("number-date").date：值无效：2023',
    ]);
    expect(say('duplicate-id')).to.deep.equal([
      'events[10] ("dup").id: ID „dup“ schon in events[9] vergeben',
      'events[10] ("dup").id\u00a0: id «\u00a0dup\u00a0» déjà utilisé par events[9]',
      'events[10] ("dup").id: id «dup» уже есть в events[9]',
      'events[10] ("dup").id: id «dup» уже є в events[9]',
      'events[10] ("dup").id：id “dup” 已被 events[9] 使用',
    ]);
    expect(say('http-status')).to.deep.equal([
      'src: https://example.com/a.json nicht abrufbar (HTTP 404 Not Found)',
      'src\u00a0: impossible de récupérer https://example.com/a.json (HTTP 404 Not Found)',
      'src: не удалось получить https://example.com/a.json (HTTP 404 Not Found)',
      'src: не вдалося отримати https://example.com/a.json (HTTP 404 Not Found)',
      'src：无法获取 https://example.com/a.json（HTTP 404 Not Found）',
    ]);
    expect(say('needs-text')[0]).to.equal('source: Pflichtfeld text | textUrl fehlt');
    expect(say('script-not-json')[4]).to.match(/^script：JSON 无效（.+）$/);
    expect(say('not-json')[1]).to.match(/^src\u00a0: https:\/\/example.com\/a.json\u00a0: JSON invalide \(.+\)$/);
  });

  it('writes the value found as the JSON has it, in the language’s quotes', () => {
    const {problems: found} = buildModel({
      source: {title: '', text: TEXT, publisher: 5},
      events: [{...ev('a', '2018', []), place: {}}, null],
    });
    expect(found.map((p) => uiStrings('de').problem(p))).to.deep.equal([
      'source.title: ungültiger Wert: „“',
      'source.publisher: ungültiger Wert: 5',
      'events[0] ("a").place: ungültiger Wert: {…}',
      'events[0] ("a").quote: ungültiger Wert: […]',
      'events[1]: ungültiger Wert: null',
    ]);
  });

  it('keeps the English near-miss hint out of other languages', () => {
    const near = problems.find((p) => p.eventId === 'near-quote')!;
    expect(near.code).to.equal('quote-not-found');
    expect(near.params!.hint).to.be.a('string');
    expect(uiStrings('en').problem(near)).to.include(near.params!.hint as string);
    expect(uiStrings('de').problem(near)).to.equal(
      'events[12] ("near-quote").quote: „Xi said "peace is near"“ steht nicht wörtlich im Artikeltext',
    );
  });

  it('shows English problems as formatProblem does, message unchanged', () => {
    for (const p of problems) expect(uiStrings('en').problem(p)).to.equal(formatProblem(p));
    expect(uiStrings('en').moreProblems(3)).to.equal('… 3 more');
  });

  it('falls back to the English message for an unknown code or a problem without one', () => {
    const unknown: TimelineProblem = {path: 'events[0].date', eventId: 'a', code: 'from-a-plugin', params: {x: 1}, message: 'is odd'};
    const bare: TimelineProblem = {path: 'document', message: 'something else'};
    for (const lang of TRANSLATED) {
      expect(uiStrings(lang).problem(unknown)).to.equal('events[0] ("a").date: is odd');
      expect(uiStrings(lang).problem(bare)).to.equal('document: something else');
    }
  });

  it('parses EDTF errors into codes the same way for every input', () => {
    expect(() => parseEdtf('2023-02-29'))
      .to.throw(EdtfError)
      .with.property('code', 'day-range');
    const error = tryParseEdtf('2023-02-29') as EdtfError;
    expect(error.params).to.deep.equal({month: 2, year: 2023, days: 28});
    expect(uiStrings('de').problem({path: 'start', message: error.message, ...invalidDate(error)})).to.equal(
      `start: „2023-02-29“ ist kein gültiges EDTF-Datum (${FORMATS})`,
    );
  });
});

describe('<article-timeline> problems in its language', () => {
  const badDoc: TimelineDocument = {
    source: {title: 'T', text: TEXT},
    events: [
      {id: 'meeting', date: '2018', title: 'Xi meets Putin', quote: 'Xi met Putin'},
      {id: 'icc-warrant', date: '2023-13', title: 'Warrant', quote: 'Xi met Putin'},
      {id: 'peace', date: '2023-03-20', title: 'Peace', quote: 'peace is far'},
    ],
  };

  const mount = (locale: string, doc: TimelineDocument, attrs: Record<string, string> = {}): Promise<ArticleTimeline> =>
    timelineFrom(doc, 800, {locale, ...attrs});
  const items = (el: ArticleTimeline) => [...parts(el, 'error')[0]!.querySelectorAll('li')].map((li) => li.textContent!.trim());

  it('German: lists the problems in German and still draws the good event', async () => {
    const el = await mount('de-DE', badDoc);
    expect(parts(el, 'error')[0]!.querySelector('p')!.textContent).to.equal('2 Probleme in den Daten der Zeitleiste');
    expect(items(el)).to.deep.equal([
      `events[1] ("icc-warrant").date: „2023-13“ ist kein gültiges EDTF-Datum (${FORMATS})`,
      'events[2] ("peace").quote: „peace is far“ steht nicht wörtlich im Artikeltext',
    ]);
    expect(eventLi(el, 'meeting')).to.exist;
    // Developers, the console and the timeline-error event keep the English sentence.
    expect(el.problems[0]!.message).to.equal('"2023-13" is not a valid date: month 13 does not exist (expected 01–12)');
  });

  it('Chinese: lists the problems in Chinese and still draws the good event', async () => {
    const el = await mount('zh-CN', badDoc);
    expect(items(el)).to.deep.equal([
      `events[1] ("icc-warrant").date：“2023-13” 不是有效的 EDTF 日期 (${FORMATS})`,
      'events[2] ("peace").quote：文章文本中没有逐字出现“peace is far”',
    ]);
    expect(eventLi(el, 'meeting')).to.exist;
  });

  it('says a bad start attribute in the element’s language', async () => {
    const el = await mount('de', {...badDoc, events: [badDoc.events[0]!]}, {start: '2023-13'});
    expect(items(el)).to.deep.equal([`start: „2023-13“ ist kein gültiges EDTF-Datum (${FORMATS})`]);
    expect(el.problems[0]).to.include({path: 'start', code: 'invalid-date'});
    expect(eventLi(el, 'meeting')).to.exist;
  });

  it('says how many more problems there are in the element’s language', async () => {
    const many: TimelineDocument = {
      ...badDoc,
      events: [badDoc.events[0]!, ...Array.from({length: 10}, (_, i) => ({...badDoc.events[1]!, id: `bad-${i}`}))],
    };
    const el = await mount('de', many);
    const listed = items(el);
    expect(listed).to.have.length(9);
    expect(listed.at(-1)).to.equal('… 2 weitere');
  });
});
