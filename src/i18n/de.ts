import {localizedProblem, problemMessages} from './problems.js';
import type {UiStrings} from './strings.js';

// Short on purpose (every reader downloads every language): the place and the data say the rest.
const problems = problemMessages('de', (s) => `„${s}“`, {
  badValue: (v) => `ungültiger Wert: ${v}`,
  missing: (field) => `Pflichtfeld ${field} fehlt`,
  atMost: (max, n) => `höchstens ${max} (hier ${n})`,
  duplicate: (id, first) => `ID ${id} schon in events[${first}] vergeben`,
  badDate: (date) => `${date} ist kein gültiges EDTF-Datum`,
  notInText: (phrase) => `${phrase} steht nicht wörtlich im Artikeltext`,
  notLoaded: (url) => `Artikeltext von ${url} nicht geladen`,
  badUrl: (url) => `ungültige URL: ${url}`,
  notFetched: (url, why) => `${url} nicht abrufbar (${why})`,
  noAnswer: (time) => `keine Antwort nach ${time}`,
  html: (url) => `${url} lieferte HTML`,
  badJson: (detail) => `kein gültiges JSON (${detail})`,
});

export const de: UiStrings = {
  events: 'Ereignisse der Zeitleiste',
  loading: 'Zeitleiste wird geladen…',
  problems: (n) => (n === 1 ? '1 Problem in den Daten der Zeitleiste' : `${n} Probleme in den Daten der Zeitleiste`),
  loadFailed: 'Die Zeitleiste konnte nicht geladen werden',
  problem: localizedProblem(problems),
  moreProblems: (n) => `… ${n} weitere`,
  eventName: (title, date) => `${title}, ${date}`,
  dateInText: 'Datum im Text',
  fromTheArticle: 'Aus dem Artikel',
  readInArticle: 'Diese Stelle im Artikel lesen',
  close: 'Schließen',
  noEvents: 'Keine Ereignisse in diesem Zeitraum',
  allRejected: (n) =>
    n === 1 ? 'Das Ereignis wurde abgelehnt: siehe das Problem oben' : `Alle ${n} Ereignisse wurden abgelehnt: siehe die Probleme oben`,
  instructions: 'Mit den Pfeiltasten zwischen Ereignissen wechseln, mit Eingabe die Details anheften, mit Escape schließen.',
  zoomControls: 'Zoom',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  resetZoom: 'Ganzen Zeitraum zeigen',
  zoomHint: (mac) => (mac ? 'Zum Zoomen ⌘ + Scrollen verwenden' : 'Zum Zoomen Strg + Mausrad verwenden'),
  eventsCount: (n) => `${n} Ereignisse`,
};
