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

const num = (n: number) => formatNumber('ru', n);
const q = (s: string | number | undefined) => `«${s ?? ''}»`;

const expected: Expectations = {
  document: 'документ хронологии (объект с полями source и events)',
  string: 'строка',
  events: 'массив событий',
  event: 'объект события',
  source: 'объект с заголовком статьи и её text или textUrl',
  title: 'непустой заголовок',
  publisher: 'непустое название издания',
  'edtf-day': 'день в формате EDTF, например «2023-03-20»',
  url: 'URL http(s)',
  'text-url': 'относительный или http(s) URL текста статьи',
  'article-text': 'текст статьи в виде строки',
  id: 'непустой id',
  'id-pattern': 'id из букв, цифр и символов . _ : -, начинающийся с буквы или цифры',
  'edtf-date': 'дата EDTF в виде строки',
  place: 'непустое название места',
  quote: 'непустая цитата',
  'date-phrase': 'непустое выражение даты',
  tag: 'непустой тег',
  'string-array': 'массив строк',
};

const found: FoundText = (kind, value) =>
  ({
    nothing: 'ничего',
    null: 'null',
    'empty-string': 'пустая строка',
    string: `строка ${q(value)}`,
    number: `число ${value}`,
    boolean: `логическое значение ${value}`,
    array: `массив, элементов: ${num(Number(value))}`,
    object: 'объект',
    other: `значение типа ${value}`,
  })[kind];

const FEATURES = {
  'long-year': 'годы длиннее четырёх цифр («Y…»)',
  'unspecified-digits': 'неуказанные цифры («X»)',
  set: 'множества («[…]», «{…}»)',
  'negative-year': 'отрицательные годы',
  season: 'времена года и кварталы (месяцы 21–41)',
  'inner-qualifier': 'квалификаторы внутри даты (только в конце: «2023-03-17?»)',
};
const TIME_UNITS = {
  hour: 'час',
  minute: 'минута',
  second: 'секунда',
  'offset-hour': 'час смещения часового пояса',
  'offset-minute': 'минута смещения часового пояса',
};

const reasons: DateReasons = {
  'not-string': (p) => `${p.type} — не дата EDTF: ожидается строка`,
  empty: () => `дата пуста (ожидается: ${EDTF_FORMATS})`,
  unsupported: (p) => `${q(p.value)} использует неподдерживаемую возможность EDTF: ${FEATURES[p.feature!]}`,
  'interval-slashes': (p) => `${q(p.value)} — не дата EDTF: в интервале ровно один «/»`,
  'open-interval': (p) =>
    `у ${q(p.value)} открытый или неизвестный конец интервала («..» или пустая сторона), это не поддерживается: укажите обе даты`,
  'interval-order': (p) => `${q(p.value)} — недопустимый интервал: он заканчивается (${p.end}) раньше, чем начинается (${p.start})`,
  'qualifier-on-time': (p) => `${q(p.value)} — не дата EDTF: квалификаторы относятся к датам, а не к дате со временем`,
  'not-edtf': (p) => `${q(p.value)} — не дата EDTF (ожидается: ${EDTF_FORMATS})`,
  'month-range': (p) => `${q(p.value)} — недопустимая дата: месяца ${pad2(p.month)} не существует (ожидается 01–12)`,
  'day-zero': (p) => `${q(p.value)} — недопустимая дата: дня 00 не существует`,
  'day-range': (p) => `${q(p.value)} — недопустимая дата: в периоде «${formatMonth('ru', p.month, p.year)}» дней: ${p.days}`,
  'time-range': (p) =>
    `${q(p.value)} — недопустимые дата и время: ${TIME_UNITS[p.unit!]} ${pad2(p.actual)} вне диапазона (00–${p.max})`,
};

const problems: ProblemMessages = {
  'wrong-type': (p) => `ожидается: ${expected[p.expected]}; найдено: ${found(p.found, p.value)}`,
  'invalid-value': (p) => `ожидается: ${expected[p.expected]}; найдено: ${found(p.found, p.value)}`,
  'missing-field': (p) =>
    p.expected ? `нет обязательного поля ${q(p.field)} (ожидается: ${expected[p.expected]})` : `нет обязательного поля ${q(p.field)}`,
  'too-long': (p) => `допустимо не больше ${num(p.max)} символов, найдено: ${num(p.found)}`,
  'text-too-long': (p) => `текст статьи должен быть не длиннее ${num(p.max)} символов, а в нём ${num(p.found)}`,
  'too-many-events': (p) => `допустимо не больше ${num(p.max)} событий, найдено: ${num(p.found)}`,
  'too-many-tags': (p) => `допустимо не больше ${num(p.max)} тегов, найдено: ${num(p.found)}`,
  'needs-text': () => 'нужен text или textUrl: текст статьи, встроенный или по ссылке',
  'duplicate-id': (p) => `повторяющийся id: events[${p.first}] уже использует ${q(p.id)}, id должны быть уникальны`,
  'invalid-date': (p) => reasons[p.reason](p),
  'quote-not-found': (p) => `цитаты ${q(p.value)} нет в тексте статьи дословно`,
  'date-text-not-found': (p) => `выражения даты ${q(p.value)} нет в тексте статьи дословно`,
  'text-not-loaded': (p) => `текст статьи по адресу ${p.url} не загружен; его загружает loadTimeline или modelFromDocument`,
  'invalid-url': (p) => `${q(p.url)} — недопустимый URL`,
  timeout: (p) => `не удалось получить ${p.url}: нет ответа за ${formatDuration('ru', p.ms)}`,
  network: (p) =>
    `не удалось получить ${p.url} (${p.detail}): сервер недоступен или не разрешает запросы с другого источника (CORS)`,
  'http-status': (p) => `не удалось получить ${p.url}: сервер ответил HTTP ${p.status} ${p.statusText}`.trim(),
  'read-failed': (p) => `не удалось прочитать ${p.url}: ${p.detail}`,
  'html-not-json': (p) => `${p.url} вернул HTML, а не JSON; верен ли путь?`,
  'html-not-text': (p) => `${p.url} вернул HTML, а не простой текст статьи; верен ли путь?`,
  'not-json': (p) => `${p.url} — недопустимый JSON: ${p.detail}`,
  'script-not-json': (p) => `в <script type="application/json"> недопустимый JSON: ${p.detail}`,
};


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
  instructions: 'Стрелки — переход между событиями, Enter — закрепить подробности, Escape — закрыть.',
  zoomControls: 'Масштаб',
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  resetZoom: 'Показать весь период',
  zoomHint: (mac) => (mac ? 'Для масштабирования используйте ⌘ + прокрутку' : 'Для масштабирования используйте Ctrl + колесо мыши'),
  eventsCount: (n) => `Событий: ${n}`,
};
