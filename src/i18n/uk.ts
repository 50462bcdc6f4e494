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

const num = (n: number) => formatNumber('uk', n);
const q = (s: string | number | undefined) => `«${s ?? ''}»`;

const expected: Expectations = {
  document: 'документ хронології (об’єкт із полями source і events)',
  string: 'рядок',
  events: 'масив подій',
  event: 'об’єкт події',
  source: 'об’єкт із заголовком статті та її text або textUrl',
  title: 'непорожній заголовок',
  publisher: 'непорожня назва видання',
  'edtf-day': 'день у форматі EDTF, наприклад «2023-03-20»',
  url: 'URL http(s)',
  'text-url': 'відносний або http(s) URL тексту статті',
  'article-text': 'текст статті у вигляді рядка',
  id: 'непорожній id',
  'id-pattern': 'id з літер, цифр і символів . _ : -, що починається з літери або цифри',
  'edtf-date': 'дата EDTF у вигляді рядка',
  place: 'непорожня назва місця',
  quote: 'непорожня цитата',
  'date-phrase': 'непорожній вираз дати',
  tag: 'непорожній тег',
  'string-array': 'масив рядків',
};

const found: FoundText = (kind, value) =>
  ({
    nothing: 'нічого',
    null: 'null',
    'empty-string': 'порожній рядок',
    string: `рядок ${q(value)}`,
    number: `число ${value}`,
    boolean: `логічне значення ${value}`,
    array: `масив, елементів: ${num(Number(value))}`,
    object: 'об’єкт',
    other: `значення типу ${value}`,
  })[kind];

const FEATURES = {
  'long-year': 'роки з понад чотирма цифрами («Y…»)',
  'unspecified-digits': 'невизначені цифри («X»)',
  set: 'множини («[…]», «{…}»)',
  'negative-year': 'від’ємні роки',
  season: 'пори року та квартали (місяці 21–41)',
  'inner-qualifier': 'кваліфікатори всередині дати (лише в кінці: «2023-03-17?»)',
};
const TIME_UNITS = {
  hour: 'година',
  minute: 'хвилина',
  second: 'секунда',
  'offset-hour': 'година зміщення часового поясу',
  'offset-minute': 'хвилина зміщення часового поясу',
};

const reasons: DateReasons = {
  'not-string': (p) => `${p.type} — не дата EDTF: очікується рядок`,
  empty: () => `дата порожня (очікується: ${EDTF_FORMATS})`,
  unsupported: (p) => `${q(p.value)} використовує непідтримувану можливість EDTF: ${FEATURES[p.feature!]}`,
  'interval-slashes': (p) => `${q(p.value)} — не дата EDTF: в інтервалі рівно один «/»`,
  'open-interval': (p) =>
    `${q(p.value)} має відкритий або невідомий кінець інтервалу («..» або порожній бік), це не підтримується: вкажіть обидві дати`,
  'interval-order': (p) => `${q(p.value)} — неприпустимий інтервал: він закінчується (${p.end}) раніше, ніж починається (${p.start})`,
  'qualifier-on-time': (p) => `${q(p.value)} — не дата EDTF: кваліфікатори стосуються дат, а не дати з часом`,
  'not-edtf': (p) => `${q(p.value)} — не дата EDTF (очікується: ${EDTF_FORMATS})`,
  'month-range': (p) => `${q(p.value)} — неприпустима дата: місяця ${pad2(p.month)} не існує (очікується 01–12)`,
  'day-zero': (p) => `${q(p.value)} — неприпустима дата: дня 00 не існує`,
  'day-range': (p) => `${q(p.value)} — неприпустима дата: у періоді «${formatMonth('uk', p.month, p.year)}» днів: ${p.days}`,
  'time-range': (p) =>
    `${q(p.value)} — неприпустимі дата й час: ${TIME_UNITS[p.unit!]} ${pad2(p.actual)} поза діапазоном (00–${p.max})`,
};

const problems: ProblemMessages = {
  'wrong-type': (p) => `очікується: ${expected[p.expected]}; знайдено: ${found(p.found, p.value)}`,
  'invalid-value': (p) => `очікується: ${expected[p.expected]}; знайдено: ${found(p.found, p.value)}`,
  'missing-field': (p) =>
    p.expected ? `немає обов’язкового поля ${q(p.field)} (очікується: ${expected[p.expected]})` : `немає обов’язкового поля ${q(p.field)}`,
  'too-long': (p) => `допустимо не більше ${num(p.max)} символів, знайдено: ${num(p.found)}`,
  'text-too-long': (p) => `текст статті має бути не довшим за ${num(p.max)} символів, а в ньому ${num(p.found)}`,
  'too-many-events': (p) => `допустимо не більше ${num(p.max)} подій, знайдено: ${num(p.found)}`,
  'too-many-tags': (p) => `допустимо не більше ${num(p.max)} тегів, знайдено: ${num(p.found)}`,
  'needs-text': () => 'потрібен text або textUrl: текст статті, вбудований або за посиланням',
  'duplicate-id': (p) => `повторюваний id: events[${p.first}] уже використовує ${q(p.id)}, id мають бути унікальними`,
  'invalid-date': (p) => reasons[p.reason](p),
  'quote-not-found': (p) => `цитати ${q(p.value)} немає в тексті статті дослівно`,
  'date-text-not-found': (p) => `виразу дати ${q(p.value)} немає в тексті статті дослівно`,
  'text-not-loaded': (p) => `текст статті за адресою ${p.url} не завантажено; його завантажує loadTimeline або modelFromDocument`,
  'invalid-url': (p) => `${q(p.url)} — неприпустимий URL`,
  timeout: (p) => `не вдалося отримати ${p.url}: немає відповіді за ${formatDuration('uk', p.ms)}`,
  network: (p) =>
    `не вдалося отримати ${p.url} (${p.detail}): сервер недоступний або не дозволяє запити з іншого джерела (CORS)`,
  'http-status': (p) => `не вдалося отримати ${p.url}: сервер відповів HTTP ${p.status} ${p.statusText}`.trim(),
  'read-failed': (p) => `не вдалося прочитати ${p.url}: ${p.detail}`,
  'html-not-json': (p) => `${p.url} повернув HTML, а не JSON; чи правильний шлях?`,
  'html-not-text': (p) => `${p.url} повернув HTML, а не простий текст статті; чи правильний шлях?`,
  'not-json': (p) => `${p.url} — неприпустимий JSON: ${p.detail}`,
  'script-not-json': (p) => `у <script type="application/json"> неприпустимий JSON: ${p.detail}`,
};


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
  instructions: 'Стрілки — перехід між подіями, Enter — закріпити подробиці, Escape — закрити.',
  zoomControls: 'Масштаб',
  zoomIn: 'Наблизити',
  zoomOut: 'Віддалити',
  resetZoom: 'Показати весь період',
  zoomHint: (mac) => (mac ? 'Для масштабування використовуйте ⌘ + прокручування' : 'Для масштабування використовуйте Ctrl + коліщатко миші'),
  eventsCount: (n) => `Подій: ${n}`,
};
