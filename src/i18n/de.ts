import type {UiStrings} from './strings.js';

export const de: UiStrings = {
  events: 'Ereignisse der Zeitleiste',
  loading: 'Zeitleiste wird geladen…',
  problems: (n) => (n === 1 ? '1 Problem in den Daten der Zeitleiste' : `${n} Probleme in den Daten der Zeitleiste`),
  loadFailed: 'Die Zeitleiste konnte nicht geladen werden',
  eventName: (title, date) => `${title}, ${date}`,
  dateInText: 'Datum im Text',
  fromTheArticle: 'Aus dem Artikel',
  readInArticle: 'Diese Stelle im Artikel lesen',
  close: 'Schließen',
  noEvents: 'Keine Ereignisse in diesem Zeitraum',
  instructions: 'Mit den Pfeiltasten zwischen Ereignissen wechseln, mit Eingabe die Details anheften, mit Escape schließen.',
  zoomControls: 'Zoom',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  resetZoom: 'Ganzen Zeitraum zeigen',
  zoomHint: (mac) => (mac ? 'Zum Zoomen ⌘ + Scrollen verwenden' : 'Zum Zoomen Strg + Mausrad verwenden'),
  eventsCount: (n) => `${n} Ereignisse`,
};
