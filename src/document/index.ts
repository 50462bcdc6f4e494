// The timeline document: its schema, loading, and anchoring in the article text.
export type {
  TextSpan,
  TimelineDocument,
  TimelineEvent,
  TimelineEventInput,
  TimelineModel,
  TimelineProblem,
  TimelineSource,
} from './types.js';
export {
  LIMITS,
  TimelineDocumentSchema,
  TimelineEventSchema,
  TimelineSourceSchema,
  validateDocument,
  type ValidatedDocument,
} from './schema.js';
export {timelineJsonSchema} from './json-schema.js';
export {findDateText, findNearMiss, findQuote, sentenceSpan, type SentenceOptions} from './anchor.js';
export {buildModel, formatProblem, type BuildModelOptions} from './model.js';
export {loadTimeline, modelFromDocument, readInlineDocument, TimelineLoadError, type LoadOptions} from './load.js';
export {readLightDomDocument} from './light-dom.js';
export {textDirective, textFragmentUrl} from './text-fragment.js';
