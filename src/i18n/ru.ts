import {localizedProblem, problemMessages} from './problems.js';
import type {UiStrings} from './strings.js';

// Short on purpose (every reader downloads every language): the place and the data say the rest.
const problems = problemMessages('ru', (s) => `«${s}»`, {
  badValue: (v) => `недопустимое значение: ${v}`,
  missing: (field) => `нет обязательного поля ${field}`,
  atMost: (max, n) => `не больше ${max} (здесь ${n})`,
  duplicate: (id, first) => `id ${id} уже есть в events[${first}]`,
  badDate: (date) => `${date} — недопустимая дата EDTF`,
  notInText: (phrase) => `${phrase} нет в тексте статьи дословно`,
  notLoaded: (url) => `текст статьи ${url} не загружен`,
  badUrl: (url) => `недопустимый URL: ${url}`,
  notFetched: (url, why) => `не удалось получить ${url} (${why})`,
  noAnswer: (time) => `нет ответа за ${time}`,
  html: (url) => `${url} вернул HTML`,
  badJson: (detail) => `недопустимый JSON (${detail})`,
});

export const ru: UiStrings = {
  events: 'События хронологии',
  loading: 'Загрузка хронологии…',
  problems: (n) => `Проблем в данных хронологии: ${n}`,
  loadFailed: 'Не удалось загрузить хронологию',
  problem: localizedProblem(problems),
  moreProblems: (n) => `… и ещё ${n}`,
  eventName: (title, date) => `${title}, ${date}`,
  dateInText: 'Дата в тексте',
  fromTheArticle: 'Из статьи',
  readInArticle: 'Прочитать этот фрагмент в статье',
  close: 'Закрыть',
  noEvents: 'Нет событий за этот период',
  allRejected: (n) => (n === 1 ? 'Событие отклонено: см. проблему выше' : `Все события (${n}) отклонены: см. проблемы выше`),
  instructions: 'Стрелки — переход между событиями, Enter — закрепить подробности, Escape — закрыть.',
  zoomControls: 'Масштаб',
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  resetZoom: 'Показать весь период',
  zoomHint: (mac) => (mac ? 'Для масштабирования используйте ⌘ + прокрутку' : 'Для масштабирования используйте Ctrl + колесо мыши'),
  eventsCount: (n) => `Событий: ${n}`,
};
