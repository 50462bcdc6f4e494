import {isEdtf} from '../time/edtf.js';
import {NEEDS_TEXT, checkObject, compileRule, unexpected, type FieldRule, type Fields} from './validate.js';
import type {TimelineDocument, TimelineEventInput, TimelineProblem, TimelineSource} from './types.js';

export {NEEDS_TEXT, describeValue, englishNumber, foundParams, problemLabel} from './validate.js';

/** A publication day, or an instant as JavaScript's toISOString() and EDTF write it. */
const PUBLISHED = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}(?::\d{2})?)?)?$/;

/** Upper bounds that keep a hostile or broken document from freezing the page. */
export const LIMITS = {
  events: 10_000,
  textLength: 5_000_000,
  shortString: 500,
  quote: 5_000,
  url: 2_048,
  tags: 100,
} as const;

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

// The table of a timeline document's fields: what each holds, its limit, pattern, whether it is
// optional, and its description. validateDocument below checks documents against it (through
// validate.ts) and json-schema.ts writes it as the published JSON Schema.

/** A required string that must not be empty, with a length limit. */
const text = (expect: FieldRule['expect'], max: number, more?: Partial<FieldRule>): FieldRule => ({
  type: 'string',
  expect,
  nonEmpty: true,
  max,
  ...more,
});
const optional = (rule: FieldRule): FieldRule => ({...rule, optional: true});

/** The `source` object's fields: the article the timeline is drawn from. */
export const SOURCE_FIELDS: Fields = {
  title: text('title', LIMITS.shortString, {description: DESCRIBE ? 'The article headline.' : undefined}),
  publisher: optional(text('publisher', LIMITS.shortString)),
  published: {
    type: 'string',
    expect: 'edtf-day',
    optional: true,
    pattern: PUBLISHED,
    // The pattern has the shape; the parser knows the calendar (no 2023-02-30) and the offsets.
    check: isEdtf,
    description: DESCRIBE ? 'Publication day (YYYY-MM-DD), or the instant as an ISO date-time (2023-03-20T09:00:00.000Z).' : undefined,
  },
  hemisphere: {
    type: 'enum',
    expect: 'hemisphere',
    optional: true,
    options: ['northern', 'southern'],
    description: DESCRIBE
      ? "Whose seasons the events' -21…-24 dates name: northern (default; summer is June–August) or southern."
      : undefined,
  },
  url: {
    type: 'string',
    expect: 'url',
    optional: true,
    max: LIMITS.url,
    url: true,
    pattern: HTTP_URL,
    description: DESCRIBE ? 'The original article on the web (http or https).' : undefined,
  },
  textUrl: optional(
    text('text-url', LIMITS.url, {
      pattern: RELATIVE_OR_HTTP_URL,
      description: DESCRIBE ? 'The article as plain text, resolved against the document URL.' : undefined,
    }),
  ),
  text: {
    type: 'string',
    expect: 'article-text',
    optional: true,
    max: LIMITS.textLength,
    unit: 'article',
    description: DESCRIBE ? 'The article as plain text, inline.' : undefined,
  },
};

/** The `source` object. */
export const TimelineSourceSchema: FieldRule = {
  type: 'object',
  expect: 'source',
  fields: SOURCE_FIELDS,
  oneOf: ['text', 'textUrl'],
  needs: NEEDS_TEXT,
  description: DESCRIBE ? 'The article the timeline is drawn from. One of text or textUrl is required.' : undefined,
};

/** One dated event's fields. */
export const EVENT_FIELDS: Fields = {
  id: text('id', LIMITS.shortString, {
    pattern: EVENT_ID_PATTERN,
    patternExpect: 'id-pattern',
    description: DESCRIBE ? 'Unique within the document.' : undefined,
  }),
  date: text('edtf-date', LIMITS.shortString, {
    description: DESCRIBE
      ? 'EDTF level 1 or an ISO date-time: 2018, 2022-02, 2023-03-17, 2023-03-20T09:00:00.000Z, 2023-03-20/2023-03-22, 2014/.., ../1991, /1985, 2022-22 (summer), 201X, 1985-04-XX, -0043-03-15, Y-20000, with ? ~ % qualifiers.'
      : undefined,
  }),
  title: text('title', LIMITS.shortString),
  place: optional(text('place', LIMITS.shortString)),
  quote: text('quote', LIMITS.quote, {description: DESCRIBE ? 'An exact, verbatim substring of the article text.' : undefined}),
  dateText: optional(
    text('date-phrase', LIMITS.shortString, {
      description: DESCRIBE ? 'The exact phrase of the text the date comes from ("in 2018", "on Friday").' : undefined,
    }),
  ),
  tags: {
    type: 'array',
    expect: 'string-array',
    optional: true,
    items: text('tag', LIMITS.shortString),
    max: LIMITS.tags,
    unit: 'tags',
  },
};

/** One dated event. */
export const TimelineEventSchema: FieldRule = {
  type: 'object',
  expect: 'event',
  fields: EVENT_FIELDS,
  description: DESCRIBE ? 'One dated event, anchored to a verbatim quote of the article.' : undefined,
};

const schemaField: FieldRule = {type: 'string', expect: 'string', optional: true};
const events = (items: FieldRule): FieldRule => ({type: 'array', expect: 'events', items, max: LIMITS.events, unit: 'events'});

/** The whole timeline document's fields. Unknown keys are allowed and ignored. */
export const DOCUMENT_FIELDS: Fields = {$schema: schemaField, source: TimelineSourceSchema, events: events(TimelineEventSchema)};

/** The whole timeline document. */
export const TimelineDocumentSchema: FieldRule = {
  type: 'object',
  expect: 'document',
  fields: DOCUMENT_FIELDS,
  description: DESCRIBE
    ? "A news article's dated events for <article-timeline>: each event quotes the article verbatim and names the phrase its date comes from."
    : undefined,
};

/** The tables in the form the checks read (validate.ts). */
const EVENT = compileRule(TimelineEventSchema);
const SOURCE = compileRule(TimelineSourceSchema);

/** Step one: the document's shape, without looking inside `source` or the events. */
const ENVELOPE = compileRule({
  type: 'object',
  expect: 'document',
  fields: {$schema: schemaField, source: {type: 'unknown', expect: 'source'}, events: events({type: 'unknown', expect: 'event'})},
});

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
    problems.push(unexpected('document', 'wrong-type', 'document', doc));
    return result;
  }

  checkObject(doc, ENVELOPE, problems, '');
  const eventsOk = !problems.some((p) => p.field === 'events');

  result.source = validateSource(doc.source, problems);

  if (eventsOk && Array.isArray(doc.events)) {
    const firstIndexOfId = new Map<string, number>();
    doc.events.forEach((raw: unknown, index) => {
      const prefix = `events[${index}]`;
      const eventId = isRecord(raw) && typeof raw.id === 'string' && raw.id !== '' ? raw.id : undefined;
      const eventProblems: TimelineProblem[] = [];
      let event = checkObject(raw, EVENT, eventProblems, prefix, eventId).output as unknown as TimelineEventInput | undefined;
      if (eventProblems.length) {
        event = undefined;
        problems.push(...eventProblems);
        // Only optional fields wrong: keep the event without them, the problem is listed.
        if (isRecord(raw) && eventProblems.every((p) => p.field !== undefined && OPTIONAL_EVENT_FIELDS.has(p.field))) {
          const copy: Record<string, unknown> = {...raw};
          for (const p of eventProblems) delete copy[p.field as string];
          const again: TimelineProblem[] = [];
          const {output} = checkObject(copy, EVENT, again, prefix);
          if (!again.length) event = output as unknown as TimelineEventInput;
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
export function validateSource(raw: unknown, problems: TimelineProblem[]): TimelineSource | undefined {
  if (raw === undefined) return undefined; // the envelope step has already said it is missing
  if (!isRecord(raw)) {
    problems.push(unexpected('source', 'wrong-type', 'source', raw));
    return undefined;
  }
  const sourceProblems: TimelineProblem[] = [];
  const {output} = checkObject(raw, SOURCE, sourceProblems, 'source');
  if (!sourceProblems.length) return output as unknown as TimelineSource;
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
