import type {UiStrings} from './strings.js';

export const uk: UiStrings = {
  events: 'Події хронології',
  loading: 'Завантаження хронології…',
  problems: (n) => `Проблем у даних хронології: ${n}`,
  loadFailed: 'Не вдалося завантажити хронологію',
  eventName: (title, date) => `${title}, ${date}`,
  dateInText: 'Дата в тексті',
  fromTheArticle: 'Зі статті',
  readInArticle: 'Прочитати цей фрагмент у статті',
  close: 'Закрити',
  noEvents: 'Немає подій за цей період',
  instructions: 'Стрілки — перехід між подіями, Enter — закріпити подробиці, Escape — закрити.',
  zoomControls: 'Масштаб',
  zoomIn: 'Наблизити',
  zoomOut: 'Віддалити',
  resetZoom: 'Показати весь період',
  zoomHint: (mac) => (mac ? 'Для масштабування використовуйте ⌘ + прокручування' : 'Для масштабування використовуйте Ctrl + коліщатко миші'),
  eventsCount: (n) => `Подій: ${n}`,
};
