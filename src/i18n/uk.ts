import {localizedProblem, problemMessages} from './problems.js';
import type {UiStrings} from './strings.js';

// Short on purpose (every reader downloads every language): the place and the data say the rest.
const problems = problemMessages('uk', (s) => `«${s}»`, {
  badValue: (v) => `неприпустиме значення: ${v}`,
  missing: (field) => `немає обов’язкового поля ${field}`,
  atMost: (max, n) => `не більше ${max} (тут ${n})`,
  duplicate: (id, first) => `id ${id} уже є в events[${first}]`,
  badDate: (date) => `${date} — неприпустима дата EDTF`,
  notInText: (phrase) => `${phrase} немає в тексті статті дослівно`,
  notLoaded: (url) => `текст статті ${url} не завантажено`,
  badUrl: (url) => `неприпустимий URL: ${url}`,
  notFetched: (url, why) => `не вдалося отримати ${url} (${why})`,
  noAnswer: (time) => `немає відповіді за ${time}`,
  html: (url) => `${url} повернув HTML`,
  badJson: (detail) => `неприпустимий JSON (${detail})`,
});

export const uk: UiStrings = {
  events: 'Події хронології',
  loading: 'Завантаження хронології…',
  problems: (n) => `Проблем у даних хронології: ${n}`,
  loadFailed: 'Не вдалося завантажити хронологію',
  problem: localizedProblem(problems),
  moreProblems: (n) => `… і ще ${n}`,
  eventName: (title, date) => `${title}, ${date}`,
  dateInText: 'Дата в тексті',
  fromTheArticle: 'Зі статті',
  readInArticle: 'Прочитати цей фрагмент у статті',
  close: 'Закрити',
  noEvents: 'Немає подій за цей період',
  allRejected: (n) => (n === 1 ? 'Подію відхилено: див. проблему вище' : `Усі події (${n}) відхилено: див. проблеми вище`),
  instructions: 'Стрілки — перехід між подіями, Enter — закріпити подробиці, Escape — закрити.',
  zoomControls: 'Масштаб',
  zoomIn: 'Наблизити',
  zoomOut: 'Віддалити',
  resetZoom: 'Показати весь період',
  zoomHint: (mac) =>
    mac ? 'Для масштабування використовуйте ⌘ + прокручування' : 'Для масштабування використовуйте Ctrl + коліщатко миші',
  eventsCount: (n) => `Подій: ${n}`,
};
