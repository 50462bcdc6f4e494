// `article-timeline/utils`: the pure functions, without the element. Importing this module defines
// no custom element and loads neither lit nor d3, so it runs in Node, in workers and on servers.
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
