import type {TimelineProblem} from '../document/types.js';

/** Every piece of UI text the element shows or speaks. One object per language. */
export interface UiStrings {
  /** Accessible name of the event list when there is no heading. */
  events: string;
  loading: string;
  /** Heading of the error box. */
  problems: (count: number) => string;
  loadFailed: string;
  /**
   * One problem of the error box: its place (verbatim) and what is wrong, in this language.
   * Built with `localizedProblem`; English shows `formatProblem(p)`, whose message is English.
   */
  problem: (p: TimelineProblem) => string;
  /** The last line of a long error box: how many problems are not listed. */
  moreProblems: (count: number) => string;
  /** "{title}, {date}" as a screen reader hears an event. */
  eventName: (title: string, date: string) => string;
  dateInText: string;
  fromTheArticle: string;
  readInArticle: string;
  close: string;
  noEvents: string;
  /** Shown in the plot instead of `noEvents` when the document had events and every one was rejected. */
  allRejected: (count: number) => string;
  instructions: string;
  zoomControls: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  /** Shown when a plain wheel scrolls over the timeline. */
  zoomHint: (mac: boolean) => string;
  /** A cluster mark's name: how many events it stands for. */
  eventsCount: (count: number) => string;
}
