import {EdtfError, beyondDateRange, tryParseEdtf} from '../time/edtf.js';
import {findDateText, findNearMiss, findQuotes, sentenceSpan} from './anchor.js';
import {LIMITS, NEEDS_TEXT, describeValue, englishNumber, foundParams, problemLabel, validateDocument} from './schema.js';
import type {TextSpan, TimelineEvent, TimelineModel, TimelineProblem, TimelineSource} from './types.js';

/** Options for {@link buildModel}. */
export interface BuildModelOptions {
  /** Locale for sentence segmentation (`Intl.Segmenter`); sentence rules barely depend on it. */
  locale?: string;
}

/** `events[3] ("icc-warrant").date: expected an EDTF date string, found number 2023` — a problem for people. */
export function formatProblem(p: TimelineProblem): string {
  return `${problemLabel(p)}: ${p.message}`;
}

/**
 * The code and params of a date that does not parse: `invalid-date`, with the EDTF error's
 * reason and details, so that the element can say it in the reader's language.
 */
export function invalidDate(error: EdtfError): {code: 'invalid-date'; params: Record<string, string | number>} {
  const params: Record<string, string | number> = {value: error.input.trim(), reason: error.code};
  for (const [key, value] of Object.entries(error.params)) if (value !== undefined) params[key] = value as string | number;
  return {code: 'invalid-date', params};
}

/** Near misses cost a pass over the text each: explain this many, then only say "not found". */
const MAX_EXPLAINED = 20;

/** Why an exact phrase was not found, with the near miss when there is one and `explain` is set. */
function notInText(
  what: string,
  code: 'quote-not-found' | 'date-text-not-found',
  phrase: string,
  text: string,
  explain: boolean,
): Pick<TimelineProblem, 'message' | 'code' | 'params'> {
  const nearMiss = explain ? findNearMiss(text, phrase) : null;
  const found = `expected ${what}, found ${describeValue(phrase)}, which is not in the article text`;
  const hint = nearMiss?.replace(/^not found verbatim; /, '');
  // The near-miss hint is English only: other languages say what was not found, without it.
  const params = {value: String(foundParams(phrase).value ?? ''), ...(hint ? {hint} : {})};
  return {message: hint ? `${found}; ${hint}` : found, code, params};
}

/**
 * Builds what the element draws from a timeline document: validates it, parses
 * each date, anchors each quote and date phrase in the article text and finds
 * the quote's sentence. Never throws on bad input: an event that cannot be
 * drawn (bad date, quote not in the text) is left out and a problem says why;
 * a date phrase that is not found is a problem but keeps its event.
 *
 * @param doc The parsed JSON document.
 * @param text The article text fetched from `source.textUrl`; when absent, `source.text` is used.
 * @returns Events sorted by start, then end, then document order; and every problem found.
 */
export function buildModel(doc: unknown, text?: string, options: BuildModelOptions = {}): TimelineModel {
  const validated = validateDocument(doc);
  let problems = validated.problems;
  const source: TimelineSource = validated.source ?? {title: ''};

  let article: string | undefined;
  if (text !== undefined) {
    // Text handed in from elsewhere satisfies the source's need for text.
    problems = problems.filter((p) => !(p.path === 'source' && p.message === NEEDS_TEXT));
    if (text.length > LIMITS.textLength) {
      problems.push({
        path: 'source.textUrl',
        field: 'textUrl',
        message: `expected an article text of at most ${englishNumber(LIMITS.textLength)} characters, found ${englishNumber(text.length)}`,
        code: 'text-too-long',
        params: {max: LIMITS.textLength, found: text.length},
      });
    } else {
      article = text;
    }
  } else if (source.text !== undefined) {
    article = source.text;
  } else if (source.textUrl !== undefined) {
    problems.push({
      path: 'source.textUrl',
      field: 'textUrl',
      message: `the article text at ${JSON.stringify(source.textUrl)} was not loaded; use loadTimeline or modelFromDocument to fetch it`,
      code: 'text-not-loaded',
      params: {url: source.textUrl},
    });
  }

  const events: TimelineEvent[] = [];
  let explained = 0;
  const explain = () => explained++ < MAX_EXPLAINED;
  // Every quote in one pass over the text (one search per quote is seconds for 10,000 events).
  const spans =
    article === undefined
      ? []
      : findQuotes(
          article,
          validated.events.map(({event}) => event.quote),
        );
  // The sentence is found when first read (a detail opens, a print list is made), then kept as a
  // data property: segmenting the text for ten thousand events nobody hovers is a quarter of a
  // second. One accessor for every event, which reads the event's own quote: an accessor made per
  // event turned each event into a hash table (at 10,000 events, 15.3 MB of JS heap instead of 10.1).
  const keep = (event: TimelineEvent, value: TextSpan) =>
    Object.defineProperty(event, 'sentenceSpan', {value, writable: true, enumerable: true, configurable: true}).sentenceSpan;
  const findsSentence: PropertyDescriptor = {
    configurable: true,
    enumerable: true,
    get(this: TimelineEvent) {
      return keep(this, sentenceSpan(article!, this.quoteSpan, options));
    },
    set(this: TimelineEvent, value: TextSpan) {
      keep(this, value);
    },
  };
  validated.events.forEach(({index, event: input}, k) => {
    const at = (field: string): TimelineProblem => ({path: `events[${index}].${field}`, eventId: input.id, field, message: ''});
    const date = tryParseEdtf(input.date, {hemisphere: source.hemisphere});
    const dateError = date instanceof EdtfError ? date : beyondDateRange(date, input.date);
    if (dateError) {
      problems.push({...at('date'), message: dateError.message, ...invalidDate(dateError)});
      return;
    }
    if (article === undefined) return; // no text to anchor to: the source problem says why, once
    const quoteSpan = spans[k];
    if (!quoteSpan) {
      problems.push({...at('quote'), ...notInText('a verbatim quote of the article', 'quote-not-found', input.quote, article, explain())});
      return;
    }
    const event = {
      id: input.id,
      title: input.title,
      tags: input.tags ?? [],
      date,
      quote: input.quote,
      quoteSpan,
      index,
      input,
    } as TimelineEvent;
    Object.defineProperty(event, 'sentenceSpan', findsSentence);
    if (input.place !== undefined) event.place = input.place;
    if (input.dateText !== undefined) {
      event.dateText = input.dateText;
      const span = findDateText(article, input.dateText, quoteSpan, () => event.sentenceSpan);
      if (span) event.dateTextSpan = span;
      else
        problems.push({
          ...at('dateText'),
          ...notInText('a phrase of the article text', 'date-text-not-found', input.dateText, article, explain()),
        });
    }
    events.push(event);
  });
  events.sort((a, b) => a.date.start - b.date.start || a.date.end - b.date.end || a.index - b.index);

  // Document order: source and document problems first, then by event (sort is stable).
  const eventIndex = (p: TimelineProblem) => Number(/^events\[(\d+)\]/.exec(p.path)?.[1] ?? -1);
  problems.sort((a, b) => eventIndex(a) - eventIndex(b));

  return {source: {...source, text: article ?? ''}, events, problems};
}
