import type {UiStrings} from './strings.js';

export const fr: UiStrings = {
  events: 'Événements de la chronologie',
  loading: 'Chargement de la chronologie…',
  problems: (n) => (n === 1 ? '1 problème dans les données de la chronologie' : `${n} problèmes dans les données de la chronologie`),
  loadFailed: 'Impossible de charger la chronologie',
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
