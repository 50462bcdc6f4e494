import {localizedProblem, problemMessages} from './problems.js';
import type {UiStrings} from './strings.js';

/** Between a place (or URL) and what is wrong there. */
const SEP = '：';

// Short on purpose (every reader downloads every language): the place and the data say the rest.
const problems = problemMessages(
  'zh',
  (s) => `“${s}”`,
  {
    badValue: (v) => `值无效：${v}`,
    missing: (field) => `缺少必填字段 ${field}`,
    atMost: (max, n) => `最多 ${max}（此处 ${n}）`,
    duplicate: (id, first) => `id ${id} 已被 events[${first}] 使用`,
    badDate: (date) => `${date} 不是有效的 EDTF 日期`,
    notInText: (phrase) => `文章文本中没有逐字出现${phrase}`,
    notLoaded: (url) => `未加载 ${url} 的文章文本`,
    badUrl: (url) => `无效网址：${url}`,
    notFetched: (url, why) => `无法获取 ${url}（${why}）`,
    noAnswer: (time) => `${time}后仍无响应`,
    html: (url) => `${url} 返回的是 HTML`,
    badJson: (detail) => `JSON 无效（${detail}）`,
  },
  SEP,
);

export const zh: UiStrings = {
  events: '时间线事件',
  loading: '正在加载时间线…',
  problems: (n) => `时间线数据中有 ${n} 个问题`,
  loadFailed: '无法加载时间线',
  problem: localizedProblem(problems, SEP),
  moreProblems: (n) => `…… 另有 ${n} 个`,
  eventName: (title, date) => `${title}，${date}`,
  dateInText: '原文中的日期',
  fromTheArticle: '摘自文章',
  readInArticle: '在文章中阅读此段',
  close: '关闭',
  noEvents: '此期间没有事件',
  allRejected: (n) => (n === 1 ? '该事件未被采用：请参阅上方的问题' : `全部 ${n} 个事件均未被采用：请参阅上方的问题`),
  instructions: '用方向键在事件之间移动，按 Enter 固定详情，按 Esc 关闭。',
  zoomControls: '缩放',
  zoomIn: '放大',
  zoomOut: '缩小',
  resetZoom: '显示整个时间段',
  zoomHint: (mac) => (mac ? '按住 ⌘ 并滚动以缩放' : '按住 Ctrl 并滚动鼠标以缩放'),
  eventsCount: (n) => `${n} 个事件`,
};
