import * as v from 'valibot';
import type {TimelineDocument, TimelineEventInput, TimelineProblem, TimelineSource} from './types.js';

/** Upper bounds that keep a hostile or broken document from freezing the page. */
export const LIMITS = {
  events: 10_000,
  textLength: 5_000_000,
  shortString: 500,
  quote: 5_000,
  url: 2_048,
  tags: 100,
} as const;

/** The message for a source with neither `text` nor `textUrl`. */
export const NEEDS_TEXT = 'needs text or textUrl: the article text, inline or as a URL';

const n = (x: number) => x.toLocaleString('en-US');

/** Names a value the way a reader of the JSON sees it: `number 2023`, `an empty string`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    if (value === '') return 'an empty string';
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `string ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return `an array of ${n(value.length)} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** A valibot message that says what was expected and what was found. */
const expected =
  (what: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    `expected ${what}, found ${describeValue(issue.input)}`;

const tooLong = (max: number, unit: string) => (issue: v.BaseIssue<unknown>) =>
  `expected at most ${n(max)} ${unit}, found ${n((issue.input as {length: number}).length)}`;

/** A required string that must not be empty, with a length limit. */
const text = (what: string, max: number) =>
  v.pipe(
    v.string(expected(what)),
    v.minLength(1, expected(what)),
    v.maxLength(max, tooLong(max, 'characters')),
  );

/** Absolute http(s) URLs only: `javascript:` and `data:` links must never reach an `href`. */
const HTTP_URL = /^[Hh][Tt][Tt][Pp][Ss]?:\/\//;
/** A relative reference, or an absolute http(s) URL. */
const RELATIVE_OR_HTTP_URL = /^(?![A-Za-z][A-Za-z0-9+.-]*:)|^[Hh][Tt][Tt][Pp][Ss]?:\/\//;

/** Event ids end up in DOM ids and URLs: keep them to a safe alphabet. */
export const EVENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

const urlSchema = v.pipe(
  v.string(expected('an http(s) URL')),
  v.maxLength(LIMITS.url, tooLong(LIMITS.url, 'characters')),
  v.url(expected('an http(s) URL')),
  v.regex(HTTP_URL, expected('an http(s) URL')),
  v.description('The original article on the web (http or https).'),
);

/** The `source` object: the article the timeline is drawn from. */
export const TimelineSourceSchema = v.pipe(
  v.looseObject(
    {
      title: v.pipe(text('a non-empty title', LIMITS.shortString), v.description('The article headline.')),
      publisher: v.optional(text('a non-empty publisher name', LIMITS.shortString)),
      published: v.optional(
        v.pipe(
          v.string(expected('an EDTF day such as "2023-03-20"')),
          v.isoDate(expected('an EDTF day such as "2023-03-20"')),
          v.description('Publication date, EDTF day (YYYY-MM-DD).'),
        ),
      ),
      url: v.optional(urlSchema),
      textUrl: v.optional(
        v.pipe(
          text('a relative or http(s) URL of the article text', LIMITS.url),
          v.regex(RELATIVE_OR_HTTP_URL, expected('a relative or http(s) URL of the article text')),
          v.description('The article as plain text, resolved against the document URL.'),
        ),
      ),
      text: v.optional(
        v.pipe(
          v.string(expected('the article text as a string')),
          v.maxLength(LIMITS.textLength, tooLong(LIMITS.textLength, 'characters of article text')),
          v.description('The article as plain text, inline.'),
        ),
      ),
    },
    expected('an object with the article title and its text or textUrl'),
  ),
  // Both checks below say the same thing: `check` for validation, `metadata` for the JSON Schema.
  v.check(
    (s) => s.text !== undefined || s.textUrl !== undefined,
    NEEDS_TEXT,
  ),
  v.metadata({anyOf: [{required: ['text']}, {required: ['textUrl']}]}),
  v.description('The article the timeline is drawn from. One of text or textUrl is required.'),
);

/** One dated event. */
export const TimelineEventSchema = v.pipe(
  v.looseObject(
    {
      id: v.pipe(
        text('a non-empty id', LIMITS.shortString),
        v.regex(EVENT_ID_PATTERN, expected('an id of letters, digits and . _ : - that starts with a letter or digit')),
        v.description('Unique within the document.'),
      ),
      date: v.pipe(
        text('an EDTF date string', LIMITS.shortString),
        v.description('EDTF: 2018, 2022-02, 2023-03-17, 2023-03-20/2023-03-22, with ? and ~ qualifiers.'),
      ),
      title: text('a non-empty title', LIMITS.shortString),
      place: v.optional(text('a non-empty place name', LIMITS.shortString)),
      quote: v.pipe(
        text('a non-empty quote', LIMITS.quote),
        v.description('An exact, verbatim substring of the article text.'),
      ),
      dateText: v.optional(
        v.pipe(
          text('a non-empty date phrase', LIMITS.shortString),
          v.description('The exact phrase of the text the date comes from ("in 2018", "on Friday").'),
        ),
      ),
      tags: v.optional(
        v.pipe(
          v.array(text('a non-empty tag', LIMITS.shortString), expected('an array of strings')),
          v.maxLength(LIMITS.tags, tooLong(LIMITS.tags, 'tags')),
        ),
      ),
    },
    expected('an event object'),
  ),
  v.description('One dated event, anchored to a verbatim quote of the article.'),
);

const eventsTooMany = tooLong(LIMITS.events, 'events');
const eventsMessage = expected('an array of events');
const schemaField = v.optional(v.string(expected('a string')));

/** The whole timeline document. Unknown keys are allowed and ignored. */
export const TimelineDocumentSchema = v.pipe(
  v.looseObject(
    {
      $schema: schemaField,
      source: TimelineSourceSchema,
      events: v.pipe(v.array(TimelineEventSchema, eventsMessage), v.maxLength(LIMITS.events, eventsTooMany)),
    },
    expected('a timeline document (an object with source and events)'),
  ),
  v.title('Article timeline document'),
  v.description(
    "A news article's dated events for <article-timeline>: each event quotes the article verbatim and names the phrase its date comes from.",
  ),
);

/** Step one: the document's shape, without looking inside `source` or the events. */
const EnvelopeSchema = v.looseObject(
  {
    $schema: schemaField,
    source: v.unknown(),
    events: v.pipe(v.array(v.unknown(), eventsMessage), v.maxLength(LIMITS.events, eventsTooMany)),
  },
  expected('a timeline document (an object with source and events)'),
);

/** `events[3] ("icc-warrant").date` — the place of a problem, for people. */
export function problemLabel(p: Pick<TimelineProblem, 'path' | 'eventId'>): string {
  if (p.eventId === undefined) return p.path;
  return p.path.replace(/^(events\[\d+\])/, `$1 (${JSON.stringify(p.eventId)})`);
}

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
    const last = issue.path?.[issue.path.length - 1];
    if (issue.kind === 'schema' && last && 'origin' in last && last.origin === 'key' && issue.input === undefined) {
      // valibot reports a missing key with the object's message; ask the field's own schema instead.
      const entry = schema && field !== undefined && keys.length === 1 ? schema.entries[field] : undefined;
      const inner = entry ? v.safeParse(entry, undefined).issues?.[0]?.message : undefined;
      message = inner ?? `expected a value for required field ${JSON.stringify(field ?? last.key)}, found nothing`;
    }
    const problem: TimelineProblem = {path, message};
    if (eventId !== undefined) problem.eventId = eventId;
    if (field !== undefined) problem.field = field;
    return problem;
  });
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

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
      message: `expected a timeline document (an object with source and events), found ${describeValue(doc)}`,
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
      message: `expected an object with the article title and its text or textUrl, found ${describeValue(raw)}`,
    });
    return undefined;
  }
  const parsed = v.safeParse(TimelineSourceSchema, raw);
  if (parsed.success) return parsed.output as TimelineSource;
  const sourceProblems = toProblems(parsed.issues, 'source', TimelineSourceSchema.pipe[0]);
  problems.push(...sourceProblems.map(({path, message, field}) => (field ? {path, message, field} : {path, message})));
  const copy: Record<string, unknown> = {...raw};
  for (const p of sourceProblems) if (p.field) delete copy[p.field];
  if (typeof copy.title !== 'string') copy.title = '';
  // The pipe's own check never ran when a field failed: say it here, once.
  if (copy.text === undefined && copy.textUrl === undefined && raw.text === undefined && raw.textUrl === undefined) {
    if (!problems.some((p) => p.path === 'source')) {
      problems.push({path: 'source', message: NEEDS_TEXT});
    }
  }
  return copy as unknown as TimelineSource;
}

/** The document as TypeScript sees it once valid. */
export type {TimelineDocument};
