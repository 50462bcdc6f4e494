export {ArticleTimeline} from './define.js';
export type {Orientation} from './element/article-timeline.js';
export type {
  TimelineDocument,
  TimelineEvent,
  TimelineEventInput,
  TimelineModel,
  TimelineProblem,
  TimelineSource,
  TextSpan,
} from './document/types.js';
export type {EdtfDate, EdtfPoint, OpenEnd, Precision, Season} from './time/types.js';
export type {EdtfErrorCode, Hemisphere, ParseOptions} from './time/edtf.js';
export {loadTimeline, modelFromDocument, TimelineLoadError} from './document/load.js';
export {buildModel} from './document/model.js';
export {parseEdtf} from './time/edtf.js';
export {formatEdtf} from './time/format.js';
