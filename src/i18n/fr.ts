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

const num = (n: number) => formatNumber('fr', n);
const q = (s: string | number | undefined) => `«\u00a0${s ?? ''}\u00a0»`;

const expected: Expectations = {
  document: 'un document de chronologie (un objet avec source et events)',
  string: 'une chaîne de caractères',
  events: 'une liste d’événements',
  event: 'un objet événement',
  source: 'un objet avec le titre de l’article et son text ou son textUrl',
  title: 'un titre non vide',
  publisher: 'un nom d’éditeur non vide',
  'edtf-day': 'un jour EDTF comme «\u00a02023-03-20\u00a0»',
  url: 'une URL http(s)',
  'text-url': 'une URL relative ou http(s) du texte de l’article',
  'article-text': 'le texte de l’article sous forme de chaîne',
  id: 'un identifiant non vide',
  'id-pattern': 'un identifiant fait de lettres, de chiffres et de . _ : -, commençant par une lettre ou un chiffre',
  'edtf-date': 'une date EDTF sous forme de chaîne',
  place: 'un nom de lieu non vide',
  quote: 'une citation non vide',
  'date-phrase': 'une expression de date non vide',
  tag: 'une étiquette non vide',
  'string-array': 'une liste de chaînes',
};

const found: FoundText = (kind, value) =>
  ({
    nothing: 'rien',
    null: 'null',
    'empty-string': 'une chaîne vide',
    string: `la chaîne ${q(value)}`,
    number: `le nombre ${value}`,
    boolean: `le booléen ${value}`,
    array: value === 1 ? 'une liste de 1 élément' : `une liste de ${num(Number(value))} éléments`,
    object: 'un objet',
    other: `une valeur de type ${value}`,
  })[kind];

const FEATURES = {
  'long-year': 'les années de plus de quatre chiffres («\u00a0Y…\u00a0»)',
  'unspecified-digits': 'les chiffres non spécifiés («\u00a0X\u00a0»)',
  set: 'les ensembles («\u00a0[…]\u00a0», «\u00a0{…}\u00a0»)',
  'negative-year': 'les années négatives',
  season: 'les saisons et trimestres (mois 21–41)',
  'inner-qualifier': 'les qualificatifs à l’intérieur d’une date (seulement à la fin\u00a0: «\u00a02023-03-17?\u00a0»)',
};
const TIME_UNITS = {
  hour: 'l’heure',
  minute: 'la minute',
  second: 'la seconde',
  'offset-hour': 'l’heure du décalage horaire',
  'offset-minute': 'la minute du décalage horaire',
};

const reasons: DateReasons = {
  'not-string': (p) => `${p.type} n’est pas une date EDTF\u00a0: une chaîne est attendue`,
  empty: () => `la date est vide (attendu\u00a0: ${EDTF_FORMATS})`,
  unsupported: (p) => `${q(p.value)} utilise une fonction EDTF non prise en charge\u00a0: ${FEATURES[p.feature!]}`,
  'interval-slashes': (p) => `${q(p.value)} n’est pas une date EDTF\u00a0: un intervalle a exactement un «\u00a0/\u00a0»`,
  'open-interval': (p) =>
    `${q(p.value)} a une borne d’intervalle ouverte ou inconnue («\u00a0..\u00a0» ou un côté vide), ce qui n’est pas pris en charge\u00a0: indiquez les deux dates`,
  'interval-order': (p) => `${q(p.value)} n’est pas un intervalle valide\u00a0: il finit (${p.end}) avant de commencer (${p.start})`,
  'qualifier-on-time': (p) =>
    `${q(p.value)} n’est pas une date EDTF\u00a0: les qualificatifs s’appliquent aux dates, pas aux dates avec heure`,
  'not-edtf': (p) => `${q(p.value)} n’est pas une date EDTF (attendu\u00a0: ${EDTF_FORMATS})`,
  'month-range': (p) => `${q(p.value)} n’est pas une date valide\u00a0: le mois ${pad2(p.month)} n’existe pas (attendu\u00a0: 01–12)`,
  'day-zero': (p) => `${q(p.value)} n’est pas une date valide\u00a0: le jour 00 n’existe pas`,
  'day-range': (p) => `${q(p.value)} n’est pas une date valide\u00a0: ${formatMonth('fr', p.month, p.year)} compte ${p.days} jours`,
  'time-range': (p) =>
    `${q(p.value)} n’est pas une date-heure valide\u00a0: ${TIME_UNITS[p.unit!]} ${pad2(p.actual)} est hors limites (00–${p.max})`,
};

const problems: ProblemMessages = {
  'wrong-type': (p) => `attendu\u00a0: ${expected[p.expected]}\u00a0; trouvé\u00a0: ${found(p.found, p.value)}`,
  'invalid-value': (p) => `attendu\u00a0: ${expected[p.expected]}\u00a0; trouvé\u00a0: ${found(p.found, p.value)}`,
  'missing-field': (p) =>
    p.expected
      ? `le champ obligatoire ${q(p.field)} manque (attendu\u00a0: ${expected[p.expected]})`
      : `le champ obligatoire ${q(p.field)} manque`,
  'too-long': (p) => `au plus ${num(p.max)} caractères attendus, ${num(p.found)} trouvés`,
  'text-too-long': (p) => `le texte de l’article doit compter au plus ${num(p.max)} caractères, il en compte ${num(p.found)}`,
  'too-many-events': (p) => `au plus ${num(p.max)} événements attendus, ${num(p.found)} trouvés`,
  'too-many-tags': (p) => `au plus ${num(p.max)} étiquettes attendues, ${num(p.found)} trouvées`,
  'needs-text': () => 'text ou textUrl manque\u00a0: le texte de l’article, intégré ou sous forme d’URL',
  'duplicate-id': (p) =>
    `identifiant en double\u00a0: events[${p.first}] utilise déjà ${q(p.id)}, les identifiants doivent être uniques`,
  'invalid-date': (p) => reasons[p.reason](p),
  'quote-not-found': (p) => `la citation ${q(p.value)} ne figure pas telle quelle dans le texte de l’article`,
  'date-text-not-found': (p) => `l’expression de date ${q(p.value)} ne figure pas telle quelle dans le texte de l’article`,
  'text-not-loaded': (p) =>
    `le texte de l’article à l’adresse ${p.url} n’a pas été chargé\u00a0; loadTimeline ou modelFromDocument le charge`,
  'invalid-url': (p) => `${q(p.url)} n’est pas une URL valide`,
  timeout: (p) => `impossible de récupérer ${p.url}\u00a0: pas de réponse après ${formatDuration('fr', p.ms)}`,
  network: (p) =>
    `impossible de récupérer ${p.url} (${p.detail})\u00a0: le serveur est injoignable ou n’autorise pas les requêtes d’une autre origine (CORS)`,
  'http-status': (p) => `impossible de récupérer ${p.url}\u00a0: le serveur a répondu HTTP ${p.status} ${p.statusText}`.trim(),
  'read-failed': (p) => `impossible de lire ${p.url}\u00a0: ${p.detail}`,
  'html-not-json': (p) => `${p.url} a renvoyé du HTML et non du JSON\u00a0; le chemin est-il juste\u00a0?`,
  'html-not-text': (p) => `${p.url} a renvoyé du HTML et non le texte brut de l’article\u00a0; le chemin est-il juste\u00a0?`,
  'not-json': (p) => `${p.url} n’est pas du JSON valide\u00a0: ${p.detail}`,
  'script-not-json': (p) => `le <script type="application/json"> ne contient pas de JSON valide\u00a0: ${p.detail}`,
};


export const fr: UiStrings = {
  events: 'Événements de la chronologie',
  loading: 'Chargement de la chronologie…',
  problems: (n) => (n === 1 ? '1 problème dans les données de la chronologie' : `${n} problèmes dans les données de la chronologie`),
  loadFailed: 'Impossible de charger la chronologie',
  problem: localizedProblem(problems, '\u00a0: '),
  moreProblems: (n) => `… ${n} de plus`,
  eventName: (title, date) => `${title}, ${date}`,
  dateInText: 'Date dans le texte',
  fromTheArticle: 'Extrait de l’article',
  readInArticle: 'Lire ce passage dans l’article',
  close: 'Fermer',
  noEvents: 'Aucun événement sur cette période',
  instructions: 'Flèches pour passer d’un événement à l’autre, Entrée pour épingler le détail, Échap pour le fermer.',
  zoomControls: 'Zoom',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  resetZoom: 'Afficher toute la période',
  zoomHint: (mac) => (mac ? 'Utilisez ⌘ + défilement pour zoomer' : 'Utilisez Ctrl + molette pour zoomer'),
  eventsCount: (n) => `${n} événements`,
};
