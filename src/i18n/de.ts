import {
  EDTF_FORMATS,
  formatDuration,
  formatMonth,
  formatNumber,
  localizedProblem,
  pad2,
  type DateReasons,
  type Expectations,
  type FoundText,
  type ProblemMessages,
} from './problems.js';
import type {UiStrings} from './strings.js';

const num = (n: number) => formatNumber('de', n);
const q = (s: string | number | undefined) => `„${s ?? ''}“`;

const expected: Expectations = {
  document: 'ein Zeitleisten-Dokument (ein Objekt mit source und events)',
  string: 'eine Zeichenkette',
  events: 'eine Liste von Ereignissen',
  event: 'ein Ereignis-Objekt',
  source: 'ein Objekt mit dem Titel des Artikels und seinem text oder textUrl',
  title: 'ein nicht leerer Titel',
  publisher: 'ein nicht leerer Name des Herausgebers',
  'edtf-day': 'ein EDTF-Tag wie „2023-03-20“',
  url: 'eine http(s)-URL',
  'text-url': 'eine relative oder http(s)-URL des Artikeltexts',
  'article-text': 'der Artikeltext als Zeichenkette',
  id: 'eine nicht leere ID',
  'id-pattern': 'eine ID aus Buchstaben, Ziffern und . _ : -, die mit einem Buchstaben oder einer Ziffer beginnt',
  'edtf-date': 'ein EDTF-Datum als Zeichenkette',
  place: 'ein nicht leerer Ortsname',
  quote: 'ein nicht leeres Zitat',
  'date-phrase': 'eine nicht leere Datumsangabe',
  tag: 'ein nicht leeres Schlagwort',
  'string-array': 'eine Liste von Zeichenketten',
};

const found: FoundText = (kind, value) =>
  ({
    nothing: 'nichts',
    null: 'null',
    'empty-string': 'eine leere Zeichenkette',
    string: `die Zeichenkette ${q(value)}`,
    number: `die Zahl ${value}`,
    boolean: `der Wahrheitswert ${value}`,
    array: value === 1 ? 'eine Liste mit 1 Eintrag' : `eine Liste mit ${num(Number(value))} Einträgen`,
    object: 'ein Objekt',
    other: `ein Wert vom Typ ${value}`,
  })[kind];

const FEATURES = {
  'long-year': 'Jahre mit mehr als vier Ziffern („Y…“)',
  'unspecified-digits': 'unbestimmte Ziffern („X“)',
  set: 'Mengen („[…]“, „{…}“)',
  'negative-year': 'negative Jahre',
  season: 'Jahreszeiten und Quartale (Monate 21–41)',
  'inner-qualifier': 'Qualifikatoren innerhalb eines Datums (nur am Ende: „2023-03-17?“)',
};
const TIME_UNITS = {
  hour: 'Stunde',
  minute: 'Minute',
  second: 'Sekunde',
  'offset-hour': 'Stunde des Zeitzonenversatzes',
  'offset-minute': 'Minute des Zeitzonenversatzes',
};

const reasons: DateReasons = {
  'not-string': (p) => `${p.type} ist kein EDTF-Datum: erwartet wird eine Zeichenkette`,
  empty: () => `das Datum ist leer (erwartet: ${EDTF_FORMATS})`,
  unsupported: (p) => `${q(p.value)} nutzt eine nicht unterstützte EDTF-Funktion: ${FEATURES[p.feature!]}`,
  'interval-slashes': (p) => `${q(p.value)} ist kein EDTF-Datum: ein Intervall hat genau einen „/“`,
  'open-interval': (p) =>
    `${q(p.value)} hat ein offenes oder unbekanntes Intervallende („..“ oder eine leere Seite), was nicht unterstützt wird: bitte beide Daten angeben`,
  'interval-order': (p) => `${q(p.value)} ist kein gültiges Intervall: es endet (${p.end}) vor seinem Beginn (${p.start})`,
  'qualifier-on-time': (p) => `${q(p.value)} ist kein EDTF-Datum: Qualifikatoren gelten für Daten, nicht für Uhrzeiten`,
  'not-edtf': (p) => `${q(p.value)} ist kein EDTF-Datum (erwartet: ${EDTF_FORMATS})`,
  'month-range': (p) => `${q(p.value)} ist kein gültiges Datum: einen Monat ${pad2(p.month)} gibt es nicht (erwartet: 01–12)`,
  'day-zero': (p) => `${q(p.value)} ist kein gültiges Datum: einen Tag 00 gibt es nicht`,
  'day-range': (p) => `${q(p.value)} ist kein gültiges Datum: ${formatMonth('de', p.month, p.year)} hat ${p.days} Tage`,
  'time-range': (p) =>
    `${q(p.value)} ist keine gültige Zeitangabe: ${TIME_UNITS[p.unit!]} ${pad2(p.actual)} liegt außerhalb von 00–${p.max}`,
};

const problems: ProblemMessages = {
  'wrong-type': (p) => `erwartet: ${expected[p.expected]}; gefunden: ${found(p.found, p.value)}`,
  'invalid-value': (p) => `erwartet: ${expected[p.expected]}; gefunden: ${found(p.found, p.value)}`,
  'missing-field': (p) =>
    p.expected ? `das Pflichtfeld ${q(p.field)} fehlt (erwartet: ${expected[p.expected]})` : `das Pflichtfeld ${q(p.field)} fehlt`,
  'too-long': (p) => `höchstens ${num(p.max)} Zeichen erlaubt, gefunden: ${num(p.found)}`,
  'text-too-long': (p) => `der Artikeltext darf höchstens ${num(p.max)} Zeichen lang sein, er hat ${num(p.found)}`,
  'too-many-events': (p) => `höchstens ${num(p.max)} Ereignisse erlaubt, gefunden: ${num(p.found)}`,
  'too-many-tags': (p) => `höchstens ${num(p.max)} Schlagwörter erlaubt, gefunden: ${num(p.found)}`,
  'needs-text': () => 'text oder textUrl fehlt: der Artikeltext, direkt oder als URL',
  'duplicate-id': (p) => `doppelte ID: events[${p.first}] verwendet bereits ${q(p.id)}, IDs müssen eindeutig sein`,
  'invalid-date': (p) => reasons[p.reason](p),
  'quote-not-found': (p) => `das Zitat ${q(p.value)} steht nicht wörtlich im Artikeltext`,
  'date-text-not-found': (p) => `die Datumsangabe ${q(p.value)} steht nicht wörtlich im Artikeltext`,
  'text-not-loaded': (p) => `der Artikeltext unter ${p.url} wurde nicht geladen; loadTimeline oder modelFromDocument lädt ihn`,
  'invalid-url': (p) => `${q(p.url)} ist keine gültige URL`,
  timeout: (p) => `${p.url} konnte nicht abgerufen werden: keine Antwort nach ${formatDuration('de', p.ms)}`,
  network: (p) =>
    `${p.url} konnte nicht abgerufen werden (${p.detail}): der Server ist nicht erreichbar oder erlaubt keine Cross-Origin-Anfragen (CORS)`,
  'http-status': (p) => `${p.url} konnte nicht abgerufen werden: der Server antwortete mit HTTP ${p.status} ${p.statusText}`.trim(),
  'read-failed': (p) => `${p.url} konnte nicht gelesen werden: ${p.detail}`,
  'html-not-json': (p) => `${p.url} lieferte HTML statt JSON; stimmt der Pfad?`,
  'html-not-text': (p) => `${p.url} lieferte HTML statt des reinen Artikeltexts; stimmt der Pfad?`,
  'not-json': (p) => `${p.url} ist kein gültiges JSON: ${p.detail}`,
  'script-not-json': (p) => `das <script type="application/json"> enthält kein gültiges JSON: ${p.detail}`,
};


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
  instructions: 'Mit den Pfeiltasten zwischen Ereignissen wechseln, mit Eingabe die Details anheften, mit Escape schließen.',
  zoomControls: 'Zoom',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  resetZoom: 'Ganzen Zeitraum zeigen',
  zoomHint: (mac) => (mac ? 'Zum Zoomen ⌘ + Scrollen verwenden' : 'Zum Zoomen Strg + Mausrad verwenden'),
  eventsCount: (n) => `${n} Ereignisse`,
};
