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

const num = (n: number) => formatNumber('zh', n);
const q = (s: string | number | undefined) => `“${s ?? ''}”`;

const expected: Expectations = {
  document: '时间线文档（含 source 和 events 的对象）',
  string: '字符串',
  events: '事件数组',
  event: '事件对象',
  source: '含文章标题及其 text 或 textUrl 的对象',
  title: '非空标题',
  publisher: '非空的出版方名称',
  'edtf-day': 'EDTF 日期，如“2023-03-20”',
  url: 'http(s) 网址',
  'text-url': '文章文本的相对网址或 http(s) 网址',
  'article-text': '字符串形式的文章文本',
  id: '非空 id',
  'id-pattern': '由字母、数字和 . _ : - 组成、以字母或数字开头的 id',
  'edtf-date': '字符串形式的 EDTF 日期',
  place: '非空地名',
  quote: '非空引文',
  'date-phrase': '非空的日期短语',
  tag: '非空标签',
  'string-array': '字符串数组',
};

const found: FoundText = (kind, value) =>
  ({
    nothing: '无',
    null: 'null',
    'empty-string': '空字符串',
    string: `字符串${q(value)}`,
    number: `数字 ${value}`,
    boolean: `布尔值 ${value}`,
    array: `含 ${num(Number(value))} 项的数组`,
    object: '对象',
    other: `${value} 类型的值`,
  })[kind];

const FEATURES = {
  'long-year': '超过四位数的年份（“Y…”）',
  'unspecified-digits': '未指定的数字（“X”）',
  set: '集合（“[…]”、“{…}”）',
  'negative-year': '负数年份',
  season: '季节和季度（月份 21–41）',
  'inner-qualifier': '日期内部的限定符（只能在末尾：“2023-03-17?”）',
};
const TIME_UNITS = {
  hour: '小时',
  minute: '分钟',
  second: '秒',
  'offset-hour': '时区偏移的小时',
  'offset-minute': '时区偏移的分钟',
};

const reasons: DateReasons = {
  'not-string': (p) => `${p.type} 不是 EDTF 日期：应为字符串`,
  empty: () => `日期为空（应为：${EDTF_FORMATS}）`,
  unsupported: (p) => `${q(p.value)} 使用了不支持的 EDTF 功能：${FEATURES[p.feature!]}`,
  'interval-slashes': (p) => `${q(p.value)} 不是 EDTF 日期：区间只能有一个“/”`,
  'open-interval': (p) => `${q(p.value)} 的区间端点是开放或未知的（“..”或一侧为空），不受支持：请给出两个日期`,
  'interval-order': (p) => `${q(p.value)} 不是有效的区间：结束（${p.end}）早于开始（${p.start}）`,
  'qualifier-on-time': (p) => `${q(p.value)} 不是 EDTF 日期：限定符只能用于日期，不能用于日期时间`,
  'not-edtf': (p) => `${q(p.value)} 不是 EDTF 日期（应为：${EDTF_FORMATS}）`,
  'month-range': (p) => `${q(p.value)} 不是有效日期：不存在 ${pad2(p.month)} 月（应为 01–12）`,
  'day-zero': (p) => `${q(p.value)} 不是有效日期：不存在 00 日`,
  'day-range': (p) => `${q(p.value)} 不是有效日期：${formatMonth('zh', p.month, p.year)}只有 ${p.days} 天`,
  'time-range': (p) => `${q(p.value)} 不是有效的日期时间：${TIME_UNITS[p.unit!]} ${pad2(p.actual)} 超出范围（00–${p.max}）`,
};

const problems: ProblemMessages = {
  'wrong-type': (p) => `应为${expected[p.expected]}，实际为${found(p.found, p.value)}`,
  'invalid-value': (p) => `应为${expected[p.expected]}，实际为${found(p.found, p.value)}`,
  'missing-field': (p) =>
    p.expected ? `缺少必填字段 ${p.field}（应为${expected[p.expected]}）` : `缺少必填字段 ${p.field}`,
  'too-long': (p) => `最多 ${num(p.max)} 个字符，实际为 ${num(p.found)} 个`,
  'text-too-long': (p) => `文章文本最多 ${num(p.max)} 个字符，实际为 ${num(p.found)} 个`,
  'too-many-events': (p) => `最多 ${num(p.max)} 个事件，实际为 ${num(p.found)} 个`,
  'too-many-tags': (p) => `最多 ${num(p.max)} 个标签，实际为 ${num(p.found)} 个`,
  'needs-text': () => '需要 text 或 textUrl：内嵌的文章文本或其网址',
  'duplicate-id': (p) => `id 重复：events[${p.first}] 已使用 ${q(p.id)}，id 必须唯一`,
  'invalid-date': (p) => reasons[p.reason](p),
  'quote-not-found': (p) => `文章文本中没有逐字出现引文${q(p.value)}`,
  'date-text-not-found': (p) => `文章文本中没有逐字出现日期短语${q(p.value)}`,
  'text-not-loaded': (p) => `位于 ${p.url} 的文章文本未加载；请用 loadTimeline 或 modelFromDocument 获取`,
  'invalid-url': (p) => `${q(p.url)} 不是有效的网址`,
  timeout: (p) => `无法获取 ${p.url}：${formatDuration('zh', p.ms)}后仍无响应`,
  network: (p) => `无法获取 ${p.url}（${p.detail}）：服务器无法访问，或不允许跨域请求（CORS）`,
  'http-status': (p) => `无法获取 ${p.url}：服务器返回 HTTP ${p.status} ${p.statusText}`.trim(),
  'read-failed': (p) => `无法读取 ${p.url}：${p.detail}`,
  'html-not-json': (p) => `${p.url} 返回的是 HTML 而不是 JSON；路径是否正确？`,
  'html-not-text': (p) => `${p.url} 返回的是 HTML 而不是文章纯文本；路径是否正确？`,
  'not-json': (p) => `${p.url} 不是有效的 JSON：${p.detail}`,
  'script-not-json': (p) => `<script type="application/json"> 中的 JSON 无效：${p.detail}`,
};


export const zh: UiStrings = {
  events: '时间线事件',
  loading: '正在加载时间线…',
  problems: (n) => `时间线数据中有 ${n} 个问题`,
  loadFailed: '无法加载时间线',
  problem: localizedProblem(problems, '：'),
  moreProblems: (n) => `…… 另有 ${n} 个`,
  eventName: (title, date) => `${title}，${date}`,
  dateInText: '原文中的日期',
  fromTheArticle: '摘自文章',
  readInArticle: '在文章中阅读此段',
  close: '关闭',
  noEvents: '此期间没有事件',
  instructions: '用方向键在事件之间移动，按 Enter 固定详情，按 Esc 关闭。',
  zoomControls: '缩放',
  zoomIn: '放大',
  zoomOut: '缩小',
  resetZoom: '显示整个时间段',
  zoomHint: (mac) => (mac ? '按住 ⌘ 并滚动以缩放' : '按住 Ctrl 并滚动鼠标以缩放'),
  eventsCount: (n) => `${n} 个事件`,
};
