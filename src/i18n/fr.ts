import {localizedProblem, problemMessages} from './problems.js';
import type {UiStrings} from './strings.js';

/** Between a place (or URL) and what is wrong there. */
const SEP = '\u00a0: ';

// Short on purpose (every reader downloads every language): the place and the data say the rest.
const problems = problemMessages(
  'fr',
  (s) => `«\u00a0${s}\u00a0»`,
  {
    badValue: (v) => `valeur incorrecte\u00a0: ${v}`,
    missing: (field) => `champ obligatoire ${field} manquant`,
    atMost: (max, n) => `au plus ${max} (ici ${n})`,
    duplicate: (id, first) => `id ${id} déjà utilisé par events[${first}]`,
    badDate: (date) => `${date} n’est pas une date EDTF valide`,
    notInText: (phrase) => `${phrase} ne figure pas tel quel dans le texte de l’article`,
    notLoaded: (url) => `texte de l’article ${url} non chargé`,
    badUrl: (url) => `URL invalide\u00a0: ${url}`,
    notFetched: (url, why) => `impossible de récupérer ${url} (${why})`,
    noAnswer: (time) => `pas de réponse après ${time}`,
    html: (url) => `${url} a renvoyé du HTML`,
    badJson: (detail) => `JSON invalide (${detail})`,
  },
  SEP,
);

export const fr: UiStrings = {
  events: 'Événements de la chronologie',
  loading: 'Chargement de la chronologie…',
  problems: (n) => (n === 1 ? '1 problème dans les données de la chronologie' : `${n} problèmes dans les données de la chronologie`),
  loadFailed: 'Impossible de charger la chronologie',
  problem: localizedProblem(problems, SEP),
  moreProblems: (n) => `… ${n} de plus`,
  eventName: (title, date) => `${title}, ${date}`,
  dateInText: 'Date dans le texte',
  fromTheArticle: 'Extrait de l’article',
  readInArticle: 'Lire ce passage dans l’article',
  close: 'Fermer',
  noEvents: 'Aucun événement sur cette période',
  allRejected: (n) =>
    n === 1
      ? 'L’événement a été rejeté : voir le problème ci-dessus'
      : `Les ${n} événements ont été rejetés : voir les problèmes ci-dessus`,
  instructions: 'Flèches pour passer d’un événement à l’autre, Entrée pour épingler le détail, Échap pour le fermer.',
  zoomControls: 'Zoom',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  resetZoom: 'Afficher toute la période',
  zoomHint: (mac) => (mac ? 'Utilisez ⌘ + défilement pour zoomer' : 'Utilisez Ctrl + molette pour zoomer'),
  eventsCount: (n) => `${n} événements`,
};
