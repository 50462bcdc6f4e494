import {formatProblem} from '../document/model.js';
import type {UiStrings} from './strings.js';

export const en: UiStrings = {
  events: 'Timeline events',
  loading: 'Loading timeline…',
  problems: (n) => (n === 1 ? '1 problem in the timeline data' : `${n} problems in the timeline data`),
  loadFailed: 'The timeline could not be loaded',
  // A problem's message is English already, near-miss hints included.
  problem: formatProblem,
  moreProblems: (n) => `… ${n} more`,
  eventName: (title, date) => `${title}, ${date}`,
  dateInText: 'Date in the text',
  fromTheArticle: 'From the article',
  readInArticle: 'Read this passage in the article',
  close: 'Close',
  noEvents: 'No events in this period',
  allRejected: (n) => (n === 1 ? 'The event was rejected: see the problem above' : `All ${n} events were rejected: see the problems above`),
  instructions: 'Use the arrow keys to move between events, Enter to pin the details, Escape to close them.',
  zoomControls: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetZoom: 'Show the whole period',
  zoomHint: (mac) => (mac ? 'Use ⌘ + scroll to zoom' : 'Use Ctrl + scroll to zoom'),
  eventsCount: (n) => `${n} events`,
};
