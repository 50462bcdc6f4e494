import type {UiStrings} from './strings.js';

export const ru: UiStrings = {
  events: 'События хронологии',
  loading: 'Загрузка хронологии…',
  problems: (n) => `Проблем в данных хронологии: ${n}`,
  loadFailed: 'Не удалось загрузить хронологию',
  eventName: (title, date) => `${title}, ${date}`,
  dateInText: 'Дата в тексте',
  fromTheArticle: 'Из статьи',
  readInArticle: 'Прочитать этот фрагмент в статье',
  close: 'Закрыть',
  noEvents: 'Нет событий за этот период',
  instructions: 'Стрелки — переход между событиями, Enter — закрепить подробности, Escape — закрыть.',
  zoomControls: 'Масштаб',
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  resetZoom: 'Показать весь период',
  zoomHint: (mac) => (mac ? 'Для масштабирования используйте ⌘ + прокрутку' : 'Для масштабирования используйте Ctrl + колесо мыши'),
  eventsCount: (n) => `Событий: ${n}`,
};
