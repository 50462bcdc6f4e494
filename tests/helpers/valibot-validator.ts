import * as v from 'valibot';
import {isEdtf} from '../../src/time/edtf.js';
// The wording and the limits are the shipped validator's own (src/document/validate.ts, schema.ts): this
// oracle checks which problems are found, where, and what is kept, as valibot's schemas decide them.
import {EXPECTATIONS, NEEDS_TEXT, describeValue, englishNumber, foundParams} from '../../src/document/validate.js';
import {LIMITS} from '../../src/document/schema.js';
import type {
  ProblemCode,
  ProblemExpectation,
  TimelineDocument,
  TimelineEventInput,
  TimelineProblem,
  TimelineSource,
} from '../../src/document/types.js';

/** A publication day, or an instant as JavaScript's toISOString() and EDTF write it. */
const PUBLISHED = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}(?::\d{2})?)?)?$/;

const EXPECTATION_BY_PHRASE = new Map(Object.entries(EXPECTATIONS).map(([key, phrase]) => [phrase, key as ProblemExpectation]));

/** Length limits by unit: the English unit, and the problem code that says it. */
const UNITS = {
  characters: {phrase: 'characters', code: 'too-long'},
  article: {phrase: 'characters of article text', code: 'text-too-long'},
  tags: {phrase: 'tags', code: 'too-many-tags'},
  events: {phrase: 'events', code: 'too-many-events'},
} as const satisfies Record<string, {phrase: string; code: ProblemCode}>;
const CODE_BY_UNIT: Map<string, ProblemCode> = new Map(Object.values(UNITS).map((u) => [u.phrase, u.code]));

/** A valibot message that says what was expected and what was found. */
const expected =
  (what: ProblemExpectation) =>
  (issue: v.BaseIssue<unknown>): string =>
    `expected ${EXPECTATIONS[what]}, found ${describeValue(issue.input)}`;

const tooLong = (max: number, unit: keyof typeof UNITS) => (issue: v.BaseIssue<unknown>) =>
  `expected at most ${englishNumber(max)} ${UNITS[unit].phrase}, found ${englishNumber((issue.input as {length: number}).length)}`;

/**
 * The code and params of a valibot issue whose message one of the helpers above wrote. The
 * message is read back (its parts are known exactly) because valibot carries only a string.
 */
function issueCode(issue: v.BaseIssue<unknown>): Pick<TimelineProblem, 'code' | 'params'> {
  const {message, input} = issue;
  if (message === NEEDS_TEXT) return {code: 'needs-text', params: {}};
  if (issue.type === 'max_length' && typeof issue.requirement === 'number') {
    const max = issue.requirement;
    const found = (input as {length: number}).length;
    const unit = message.slice(`expected at most ${englishNumber(max)} `.length, -`, found ${englishNumber(found)}`.length);
    const code = CODE_BY_UNIT.get(unit);
    return code ? {code, params: {max, found}} : {};
  }
  const prefix = 'expected ';
  const suffix = `, found ${describeValue(input)}`;
  if (!message.startsWith(prefix) || !message.endsWith(suffix)) return {};
  const expectation = EXPECTATION_BY_PHRASE.get(message.slice(prefix.length, -suffix.length));
  if (!expectation) return {};
  return {code: issue.kind === 'schema' ? 'wrong-type' : 'invalid-value', params: {expected: expectation, ...foundParams(input)}};
}

/** A required string that must not be empty, with a length limit. */
const text = (what: ProblemExpectation, max: number) =>
  v.pipe(v.string(expected(what)), v.minLength(1, expected(what)), v.maxLength(max, tooLong(max, 'characters')));

/** Absolute http(s) URLs only: `javascript:` and `data:` links must never reach an `href`. */
const HTTP_URL = /^[Hh][Tt][Tt][Pp][Ss]?:\/\//;
/** A relative reference, or an absolute http(s) URL. */
const RELATIVE_OR_HTTP_URL = /^(?![A-Za-z][A-Za-z0-9+.-]*:)|^[Hh][Tt][Tt][Pp][Ss]?:\/\//;

/** Event ids end up in DOM ids and URLs: keep them to a safe alphabet. */
export const EVENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/**
 * Whether the schema carries its descriptions. They are for the JSON Schema (`npm run schema`) and
 * editors; validation never reads them, so the one-file bundle is built with
 * `ARTICLE_TIMELINE_DESCRIBE` defined false (esbuild `define`) and leaves the texts out.
 */
declare const ARTICLE_TIMELINE_DESCRIBE: boolean | undefined;
const DESCRIBE = typeof ARTICLE_TIMELINE_DESCRIBE === 'undefined' || ARTICLE_TIMELINE_DESCRIBE;

const urlSchema = v.pipe(
  v.string(expected('url')),
  v.maxLength(LIMITS.url, tooLong(LIMITS.url, 'characters')),
  v.url(expected('url')),
  v.regex(HTTP_URL, expected('url')),
  v.description(DESCRIBE ? 'The original article on the web (http or https).' : ''),
);

/** The `source` object: the article the timeline is drawn from. */
export const TimelineSourceSchema = v.pipe(
  v.looseObject(
    {
      title: v.pipe(text('title', LIMITS.shortString), v.description(DESCRIBE ? 'The article headline.' : '')),
      publisher: v.optional(text('publisher', LIMITS.shortString)),
      published: v.optional(
        v.pipe(
          v.string(expected('edtf-day')),
          v.regex(PUBLISHED, expected('edtf-day')),
          // The pattern has the shape; the parser knows the calendar (no 2023-02-30) and the offsets.
          v.check((s) => isEdtf(s), expected('edtf-day')),
          v.description(DESCRIBE ? 'Publication day (YYYY-MM-DD), or the instant as an ISO date-time (2023-03-20T09:00:00.000Z).' : ''),
        ),
      ),
      hemisphere: v.optional(
        v.pipe(
          v.picklist(['northern', 'southern'], expected('hemisphere')),
          v.description(
            DESCRIBE ? "Whose seasons the events' -21…-24 dates name: northern (default; summer is June–August) or southern." : '',
          ),
        ),
      ),
      url: v.optional(urlSchema),
      textUrl: v.optional(
        v.pipe(
          text('text-url', LIMITS.url),
          v.regex(RELATIVE_OR_HTTP_URL, expected('text-url')),
          v.description(DESCRIBE ? 'The article as plain text, resolved against the document URL.' : ''),
        ),
      ),
      text: v.optional(
        v.pipe(
          v.string(expected('article-text')),
          v.maxLength(LIMITS.textLength, tooLong(LIMITS.textLength, 'article')),
          v.description(DESCRIBE ? 'The article as plain text, inline.' : ''),
        ),
      ),
    },
    expected('source'),
  ),
  // Both checks below say the same thing: `check` for validation, `metadata` for the JSON Schema.
  v.check((s) => s.text !== undefined || s.textUrl !== undefined, NEEDS_TEXT),
  v.metadata({anyOf: [{required: ['text']}, {required: ['textUrl']}]}),
  v.description(DESCRIBE ? 'The article the timeline is drawn from. One of text or textUrl is required.' : ''),
);

/** One dated event. */
export const TimelineEventSchema = v.pipe(
  v.looseObject(
    {
      id: v.pipe(
        text('id', LIMITS.shortString),
        v.regex(EVENT_ID_PATTERN, expected('id-pattern')),
        v.description(DESCRIBE ? 'Unique within the document.' : ''),
      ),
      date: v.pipe(
        text('edtf-date', LIMITS.shortString),
        v.description(
          DESCRIBE
            ? 'EDTF level 1 or an ISO date-time: 2018, 2022-02, 2023-03-17, 2023-03-20T09:00:00.000Z, 2023-03-20/2023-03-22, 2014/.., ../1991, /1985, 2022-22 (summer), 201X, 1985-04-XX, -0043-03-15, Y-20000, with ? ~ % qualifiers.'
            : '',
        ),
      ),
      title: text('title', LIMITS.shortString),
      place: v.optional(text('place', LIMITS.shortString)),
      quote: v.pipe(text('quote', LIMITS.quote), v.description(DESCRIBE ? 'An exact, verbatim substring of the article text.' : '')),
      dateText: v.optional(
        v.pipe(
          text('date-phrase', LIMITS.shortString),
          v.description(DESCRIBE ? 'The exact phrase of the text the date comes from ("in 2018", "on Friday").' : ''),
        ),
      ),
      tags: v.optional(
        v.pipe(v.array(text('tag', LIMITS.shortString), expected('string-array')), v.maxLength(LIMITS.tags, tooLong(LIMITS.tags, 'tags'))),
      ),
    },
    expected('event'),
  ),
  v.description(DESCRIBE ? 'One dated event, anchored to a verbatim quote of the article.' : ''),
);

const eventsTooMany = tooLong(LIMITS.events, 'events');
const eventsMessage = expected('events');
const schemaField = v.optional(v.string(expected('string')));

/** The whole timeline document. Unknown keys are allowed and ignored. */
export const TimelineDocumentSchema = v.pipe(
  v.looseObject(
    {
      $schema: schemaField,
      source: TimelineSourceSchema,
      events: v.pipe(v.array(TimelineEventSchema, eventsMessage), v.maxLength(LIMITS.events, eventsTooMany)),
    },
    expected('document'),
  ),
  v.title('Article timeline document'),
  v.description(
    DESCRIBE
      ? "A news article's dated events for <article-timeline>: each event quotes the article verbatim and names the phrase its date comes from."
      : '',
  ),
);

/** Step one: the document's shape, without looking inside `source` or the events. */
const EnvelopeSchema = v.looseObject(
  {
    $schema: schemaField,
    source: v.unknown(),
    events: v.pipe(v.array(v.unknown(), eventsMessage), v.maxLength(LIMITS.events, eventsTooMany)),
  },
  expected('document'),
);

function pathOf(prefix: string, issue: v.BaseIssue<unknown>): {path: string; keys: (string | number)[]} {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  let path = prefix;
  for (const key of keys) path += typeof key === 'number' ? `[${key}]` : path ? `.${key}` : key;
  return {path: path || 'document', keys};
}

/** Turns valibot issues into problems; a missing key gets "required" wording with the field's expectation. */
function toProblems(
  issues: readonly v.BaseIssue<unknown>[],
  prefix: string,
  schema: {entries: v.ObjectEntries} | undefined,
  eventId?: string,
): TimelineProblem[] {
  return issues.map((issue) => {
    const {path, keys} = pathOf(prefix, issue);
    const field = typeof keys[0] === 'string' ? keys[0] : undefined;
    let message = issue.message;
    let detail = issueCode(issue);
    const last = issue.path?.[issue.path.length - 1];
    if (issue.kind === 'schema' && last && 'origin' in last && last.origin === 'key' && issue.input === undefined) {
      // valibot reports a missing key with the object's message; ask the field's own schema instead.
      const entry = schema && field !== undefined && keys.length === 1 ? schema.entries[field] : undefined;
      const inner = entry ? v.safeParse(entry, undefined).issues?.[0] : undefined;
      const name = String(field ?? last.key);
      message = inner?.message ?? `expected a value for required field ${JSON.stringify(name)}, found nothing`;
      const innerExpected = inner && issueCode(inner).params?.expected;
      detail = {code: 'missing-field', params: innerExpected ? {field: name, expected: innerExpected} : {field: name}};
    }
    const problem: TimelineProblem = {path, message, ...detail};
    if (eventId !== undefined) problem.eventId = eventId;
    if (field !== undefined) problem.field = field;
    return problem;
  });
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The result of validating a document: what is usable, and every problem found. */
export interface ValidatedDocument {
  /** The source with invalid optional fields dropped (an invalid title becomes ''); undefined if unusable. */
  source?: TimelineSource;
  /** The valid events, with their index in the document's `events` array. */
  events: {index: number; event: TimelineEventInput}[];
  problems: TimelineProblem[];
  /** Whether the document passed validation with no problem at all. */
  valid: boolean;
}

const OPTIONAL_EVENT_FIELDS = new Set(['place', 'dateText', 'tags']);

/**
 * Validates a timeline document in two steps, so one bad event never stops the
 * others: first the envelope (source, and events being an array), then each
 * event on its own. Events whose only problems are in optional fields are kept
 * without those fields; a later event with an id already used is left out.
 */
export function validateDocument(doc: unknown): ValidatedDocument {
  const problems: TimelineProblem[] = [];
  const result: ValidatedDocument = {events: [], problems, valid: false};
  if (!isRecord(doc)) {
    problems.push({
      path: 'document',
      message: `expected ${EXPECTATIONS.document}, found ${describeValue(doc)}`,
      code: 'wrong-type',
      params: {expected: 'document', ...foundParams(doc)},
    });
    return result;
  }

  const envelope = v.safeParse(EnvelopeSchema, doc);
  const eventsOk = !envelope.issues?.some((i) => i.path?.[0]?.key === 'events');
  // Missing keys are worded by the full schema's fields, which know what they expect.
  if (envelope.issues) problems.push(...toProblems(envelope.issues, '', TimelineDocumentSchema.pipe[0]));

  result.source = validateSource(doc.source, problems);

  if (eventsOk && Array.isArray(doc.events)) {
    const firstIndexOfId = new Map<string, number>();
    doc.events.forEach((raw: unknown, index) => {
      const prefix = `events[${index}]`;
      const eventId = isRecord(raw) && typeof raw.id === 'string' && raw.id !== '' ? raw.id : undefined;
      const parsed = v.safeParse(TimelineEventSchema, raw);
      let event: TimelineEventInput | undefined;
      if (parsed.success) {
        event = parsed.output as TimelineEventInput;
      } else {
        const eventProblems = toProblems(parsed.issues, prefix, TimelineEventSchema, eventId);
        problems.push(...eventProblems);
        // Only optional fields wrong: keep the event without them, the problem is listed.
        if (isRecord(raw) && eventProblems.every((p) => p.field !== undefined && OPTIONAL_EVENT_FIELDS.has(p.field))) {
          const copy: Record<string, unknown> = {...raw};
          for (const p of eventProblems) delete copy[p.field as string];
          const again = v.safeParse(TimelineEventSchema, copy);
          if (again.success) event = again.output as TimelineEventInput;
        }
      }
      if (!event) return;
      const earlier = firstIndexOfId.get(event.id);
      if (earlier !== undefined) {
        problems.push({
          path: `${prefix}.id`,
          eventId: event.id,
          field: 'id',
          message: `duplicate id; events[${earlier}] already uses ${JSON.stringify(event.id)}, ids must be unique`,
          code: 'duplicate-id',
          params: {id: event.id, first: earlier},
        });
        return;
      }
      firstIndexOfId.set(event.id, index);
      result.events.push({index, event});
    });
  }
  result.valid = problems.length === 0;
  return result;
}

/** Validates `source`, keeping what is usable so that one bad field (say `url`) does not hide the timeline. */
function validateSource(raw: unknown, problems: TimelineProblem[]): TimelineSource | undefined {
  if (raw === undefined) return undefined; // the envelope step has already said it is missing
  if (!isRecord(raw)) {
    problems.push({
      path: 'source',
      message: `expected ${EXPECTATIONS.source}, found ${describeValue(raw)}`,
      code: 'wrong-type',
      params: {expected: 'source', ...foundParams(raw)},
    });
    return undefined;
  }
  const parsed = v.safeParse(TimelineSourceSchema, raw);
  if (parsed.success) return parsed.output as TimelineSource;
  const sourceProblems = toProblems(parsed.issues, 'source', TimelineSourceSchema.pipe[0]);
  problems.push(...sourceProblems);
  const copy: Record<string, unknown> = {...raw};
  for (const p of sourceProblems) if (p.field) delete copy[p.field];
  if (typeof copy.title !== 'string') copy.title = '';
  // The pipe's own check never ran when a field failed: say it here, once.
  if (copy.text === undefined && copy.textUrl === undefined && raw.text === undefined && raw.textUrl === undefined) {
    if (!problems.some((p) => p.path === 'source')) {
      problems.push({path: 'source', message: NEEDS_TEXT, code: 'needs-text', params: {}});
    }
  }
  return copy as unknown as TimelineSource;
}

/** The document as TypeScript sees it once valid. */
export type {TimelineDocument};
