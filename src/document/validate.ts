import {numberFormat} from '../time/intl-cache.js';
import type {ProblemCode, ProblemExpectation, ProblemFound, TimelineProblem} from './types.js';

/**
 * One field of a timeline document: what its value must be. The table of fields (schema.ts) drives
 * both the checks below and the published JSON Schema (json-schema.ts), so they cannot drift apart.
 */
export interface FieldRule {
  /** What the value must be: the English phrase of problems and their `expected` param. */
  expect: ProblemExpectation;
  /** The JSON type: a string, one of `options`, an array of `items`, an object of `fields`, or anything. */
  type: 'string' | 'enum' | 'array' | 'object' | 'unknown';
  /** May be absent (a present `undefined` is accepted too). */
  optional?: boolean;
  /** A string that must not be empty. */
  nonEmpty?: boolean;
  /** At most this many characters (string) or items (array), counted in `unit`. */
  max?: number;
  unit?: keyof typeof UNITS;
  /** A string that `new URL()` reads (an absolute URL of any scheme). */
  url?: boolean;
  pattern?: RegExp;
  /** What the problem says when `pattern` fails, if not `expect`. */
  patternExpect?: ProblemExpectation;
  /** A check that the pattern cannot say (not in the JSON Schema). */
  check?: (value: string) => boolean;
  options?: readonly string[];
  items?: FieldRule;
  fields?: Fields;
  /** An object needs at least one of these keys, or the problem `needs`. */
  oneOf?: readonly string[];
  needs?: string;
  /** For the JSON Schema and editors only: validation never reads it. */
  description?: string;
}
export type Fields = Readonly<Record<string, FieldRule>>;

/** The message for a source with neither `text` nor `textUrl`. */
export const NEEDS_TEXT = 'needs text or textUrl: the article text, inline or as a URL';

/** A number as the English messages write it: `5,000,000`. */
export const englishNumber = (x: number) => numberFormat('en-US').format(x);

/** Names a value the way a reader of the JSON sees it: `number 2023`, `an empty string`, `nothing`. */
export function describeValue(value: unknown): string {
  const {found, value: shown} = foundParams(value);
  switch (found) {
    case 'empty-string':
      return 'an empty string';
    case 'string':
      return `string ${JSON.stringify(shown)}`;
    case 'number':
    case 'boolean':
      return `${found} ${shown}`;
    case 'array':
      return `an array of ${englishNumber(shown as number)} item${shown === 1 ? '' : 's'}`;
    case 'object':
      return 'an object';
    case 'other':
      return String(shown);
    default:
      return found; // nothing, null
  }
}

/** A value as problem params: its kind, and the value itself when it has one (strings cut at 40 characters). */
export function foundParams(value: unknown): {found: ProblemFound; value?: string | number} {
  if (value === undefined) return {found: 'nothing'};
  if (value === null) return {found: 'null'};
  if (typeof value === 'string') {
    if (value === '') return {found: 'empty-string'};
    return {found: 'string', value: value.length > 40 ? `${value.slice(0, 40)}…` : value};
  }
  if (typeof value === 'number') return {found: 'number', value: String(value)};
  if (typeof value === 'boolean') return {found: 'boolean', value: String(value)};
  if (Array.isArray(value)) return {found: 'array', value: value.length};
  if (typeof value === 'object') return {found: 'object'};
  return {found: 'other', value: typeof value};
}

/** The English phrase of each expectation; the key is the problem's `expected` param. */
export const EXPECTATIONS: Record<ProblemExpectation, string> = {
  document: 'a timeline document (an object with source and events)',
  string: 'a string',
  events: 'an array of events',
  event: 'an event object',
  source: 'an object with the article title and its text or textUrl',
  title: 'a non-empty title',
  publisher: 'a non-empty publisher name',
  'edtf-day': 'an EDTF day such as "2023-03-20" or a date-time such as "2023-03-20T09:00:00.000Z"',
  url: 'an http(s) URL',
  'text-url': 'a relative or http(s) URL of the article text',
  'article-text': 'the article text as a string',
  id: 'a non-empty id',
  'id-pattern': 'an id of letters, digits and . _ : - that starts with a letter or digit',
  'edtf-date': 'an EDTF date string',
  place: 'a non-empty place name',
  quote: 'a non-empty quote',
  'date-phrase': 'a non-empty date phrase',
  tag: 'a non-empty tag',
  'string-array': 'an array of strings',
  hemisphere: '"northern" or "southern"',
};

/** Length limits by unit: the English unit, and the problem code that says it. */
const UNITS = {
  characters: {phrase: 'characters', code: 'too-long'},
  article: {phrase: 'characters of article text', code: 'text-too-long'},
  tags: {phrase: 'tags', code: 'too-many-tags'},
  events: {phrase: 'events', code: 'too-many-events'},
} as const satisfies Record<string, {phrase: string; code: ProblemCode}>;

/** `events[3] ("icc-warrant").date` — the place of a problem, for people. */
export function problemLabel(p: Pick<TimelineProblem, 'path' | 'eventId'>): string {
  if (p.eventId === undefined) return p.path;
  return p.path.replace(/^(events\[\d+\])/, `$1 (${JSON.stringify(p.eventId)})`);
}

/** A value of the wrong type (`wrong-type`) or one that breaks a rule (`invalid-value`). */
export function unexpected(
  path: string,
  code: 'wrong-type' | 'invalid-value',
  expected: ProblemExpectation,
  value: unknown,
): TimelineProblem {
  return {
    path,
    message: `expected ${EXPECTATIONS[expected]}, found ${describeValue(value)}`,
    code,
    params: {expected, ...foundParams(value)},
  };
}

/** A string or array longer than its rule's `max`. */
function tooLong(path: string, {max, unit}: Pick<FieldRule, 'max' | 'unit'>, found: number): TimelineProblem {
  const {phrase, code} = UNITS[unit ?? 'characters'];
  return {
    path,
    message: `expected at most ${englishNumber(max!)} ${phrase}, found ${englishNumber(found)}`,
    code,
    params: {max: max!, found},
  };
}

const canParseUrl = (s: string) => {
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
};

/** A rule ready for checking: every key present, in one order, and an object's fields as a list. */
export type CheckedRule = Omit<FieldRule, 'items' | 'fields'> & {
  /** The field's key in its object. */
  key: string;
  items?: CheckedRule;
  fields?: CheckedRule[];
  /** An object's keys, to tell its unknown keys. */
  keys?: Set<string>;
};

/**
 * A rule in the form the checks read: all rules of one shape (V8 reads a property of objects of
 * one shape much faster than of many), nested rules compiled too. Done once per table, at load.
 */
export function compileRule(rule: FieldRule, key = ''): CheckedRule {
  return {
    key,
    type: rule.type,
    expect: rule.expect,
    optional: rule.optional,
    nonEmpty: rule.nonEmpty,
    max: rule.max,
    unit: rule.unit,
    url: rule.url,
    pattern: rule.pattern,
    patternExpect: rule.patternExpect,
    check: rule.check,
    options: rule.options,
    items: rule.items && compileRule(rule.items),
    fields: rule.fields && Object.keys(rule.fields).map((name) => compileRule(rule.fields![name]!, name)),
    keys: rule.fields && new Set(Object.keys(rule.fields)),
    oneOf: rule.oneOf,
    needs: rule.needs,
  };
}

/** Where a problem is: `path.key`, `path[3]`, or the key alone at the top. */
const at = (path: string, key?: string | number) =>
  key === undefined ? path : typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/**
 * Checks a value against its rule, adding each problem found at `path` (`key` in it, if given) in a
 * fixed order: the type, then emptiness, length, URL, pattern and check (each rule of a right-typed
 * value is tried, so an empty id says both that it is empty and that it breaks the id pattern).
 * Returns whether the type was right, which an array's length limit and an object's `oneOf` wait for.
 */
export function checkValue(value: unknown, rule: CheckedRule, problems: TimelineProblem[], path: string, key?: string | number): boolean {
  const {type, expect, max} = rule;
  if (type === 'string') {
    if (typeof value !== 'string') return !problems.push(unexpected(at(path, key), 'wrong-type', expect, value));
    // The common case, a short right string with no pattern, is decided here.
    if (value && value.length <= max! && !rule.url && !rule.pattern && !rule.check) return true;
    if (rule.nonEmpty && !value) problems.push(unexpected(at(path, key), 'invalid-value', expect, value));
    if (value.length > max!) problems.push(tooLong(at(path, key), rule, value.length));
    if (rule.url && !canParseUrl(value)) problems.push(unexpected(at(path, key), 'invalid-value', expect, value));
    if (rule.pattern && !rule.pattern.test(value)) {
      problems.push(unexpected(at(path, key), 'invalid-value', rule.patternExpect ?? expect, value));
    }
    if (rule.check && !rule.check(value)) problems.push(unexpected(at(path, key), 'invalid-value', expect, value));
    return true;
  }
  if (type === 'enum') {
    return rule.options!.includes(value as string) || !problems.push(unexpected(at(path, key), 'wrong-type', expect, value));
  }
  if (type === 'array') {
    if (!Array.isArray(value)) return !problems.push(unexpected(at(path, key), 'wrong-type', expect, value));
    let typed = true;
    const {items} = rule;
    // Every index, holes too (a hole is `undefined`, which a string item is not).
    if (items && items.type !== 'unknown') {
      const here = at(path, key);
      for (let i = 0; i < value.length; i++) typed = checkValue(value[i], items, problems, here, i) && typed;
    }
    if (typed && value.length > max!) problems.push(tooLong(at(path, key), rule, value.length));
    return typed;
  }
  if (type === 'object') return checkObject(value, rule, problems, at(path, key)).typed;
  return true;
}

/**
 * Checks an object's fields in the table's order and copies it: the table's fields first, then
 * the unknown keys (kept, except `__proto__`, `prototype` and `constructor`). Each problem gets the
 * field it is in and, given one, the event id. A missing field that is not optional is a
 * `missing-field` problem worded with what the field expects.
 */
export function checkObject(
  input: unknown,
  rule: CheckedRule,
  problems: TimelineProblem[],
  path: string,
  eventId?: string,
): {typed: boolean; output?: Record<string, unknown>} {
  if (!input || typeof input !== 'object') {
    problems.push(unexpected(path, 'wrong-type', rule.expect, input));
    return {typed: false};
  }
  const fields = rule.fields!;
  const record = input as Record<string, unknown>;
  const output: Record<string, unknown> = {};
  let typed = true;
  // Plain indexed loops: the first document is checked before V8 compiles this, and an interpreted
  // for…of with destructuring allocates an iterator per field.
  for (let f = 0; f < fields.length; f++) {
    const field = fields[f]!;
    const {key} = field;
    const start = problems.length;
    if (key in record) {
      const value = record[key];
      // An optional field given as `undefined` is as good as absent (and copied as it is).
      if ((field.optional && value === undefined) || checkValue(value, field, problems, path, key)) {
        output[key] = field.type === 'array' && Array.isArray(value) ? value.slice() : value; // a right array has no holes
      } else typed = false;
    } else if (!field.optional) {
      typed = false;
      problems.push({
        path: at(path, key),
        message: `expected ${EXPECTATIONS[field.expect]}, found nothing`,
        code: 'missing-field',
        params: {field: key, expected: field.expect},
      });
    }
    for (let i = start; i < problems.length; i++) {
      const problem = problems[i]!;
      if (eventId !== undefined) problem.eventId = eventId;
      problem.field = key;
    }
  }
  const keys = Object.keys(record);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    if (key !== '__proto__' && key !== 'prototype' && key !== 'constructor' && !rule.keys!.has(key)) output[key] = record[key];
  }
  if (typed && rule.oneOf && !rule.oneOf.some((key) => output[key] !== undefined)) {
    problems.push({path, message: rule.needs!, code: 'needs-text', params: {}});
  }
  return {typed, output};
}
