import {TimelineDocumentSchema} from './schema.js';
import type {FieldRule} from './validate.js';

type JsonSchema = Record<string, unknown>;

/** One rule of the table as JSON Schema (draft-07); a `check` beyond the pattern has no JSON form. */
function toJsonSchema(rule: FieldRule): JsonSchema {
  const out: JsonSchema = {};
  if (rule.type === 'string') {
    out.type = 'string';
    if (rule.nonEmpty) out.minLength = 1;
    if (rule.max !== undefined) out.maxLength = rule.max;
    if (rule.url) out.format = 'uri';
    if (rule.pattern) out.pattern = rule.pattern.source;
  } else if (rule.type === 'enum') {
    out.enum = [...rule.options!];
    out.type = 'string';
  } else if (rule.type === 'array') {
    out.type = 'array';
    if (rule.items) out.items = toJsonSchema(rule.items);
    if (rule.max !== undefined) out.maxItems = rule.max;
  } else if (rule.type === 'object') {
    const fields = Object.entries(rule.fields!);
    out.type = 'object';
    out.properties = Object.fromEntries(fields.map(([key, field]) => [key, toJsonSchema(field)]));
    const required = fields.filter(([, field]) => !field.optional).map(([key]) => key);
    if (required.length) out.required = required;
    if (rule.oneOf) out.anyOf = rule.oneOf.map((key) => ({required: [key]}));
  }
  if (rule.description) out.description = rule.description;
  return out;
}

/**
 * The timeline document as a JSON Schema (draft-07), from the same table of fields the loader
 * validates with: `npm run schema` writes it to data/timeline.schema.json. Unknown keys are allowed.
 */
export function timelineJsonSchema(): JsonSchema {
  const {description, ...rest} = toJsonSchema(TimelineDocumentSchema);
  return {$schema: 'http://json-schema.org/draft-07/schema#', ...rest, title: 'Article timeline document', description};
}
