/**
 * `article-timeline/extract`: drafts a timeline document from an article's text. Pure
 * TypeScript, the same in the browser and in Node; not part of the element's bundle.
 */
export {extractTimeline, ExtractError, type ExtractOptions} from './extract.js';
export type {TimelineDocument, TimelineEventInput, TimelineSource} from '../document/types.js';
