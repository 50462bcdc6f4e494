import type {UiStrings} from './strings.js';

export const zh: UiStrings = {
  events: '时间线事件',
  loading: '正在加载时间线…',
  problems: (n) => `时间线数据中有 ${n} 个问题`,
  loadFailed: '无法加载时间线',
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
