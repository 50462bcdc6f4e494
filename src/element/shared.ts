// Constants and small helpers that more than one part of the element uses.
import type {TimelineEvent, TimelineProblem} from '../document/types.js';
import type {EdtfDate} from '../time/types.js';
import {tryParseEdtf} from '../time/edtf.js';

/** Space around the plot: the axis' tick labels go below it (horizontal) or left of it (vertical). */
export const HORIZONTAL_MARGIN = {top: 8, right: 16, bottom: 28, left: 16};
export const VERTICAL_MARGIN = {top: 12, right: 8, bottom: 12, left: 76};
/** Below this width, `orientation="auto"` turns the timeline vertical. */
export const AUTO_VERTICAL_BELOW = 600;
/** How long a hover detail lingers after the pointer leaves, so it can be reached (WCAG 1.4.13). */
export const HOVER_CLOSE_DELAY = 200;
/** Unlabelled dots closer than this (px) merge into one cluster mark. */
export const CLUSTER_RADIUS = 14;
/** One press of +, − or a zoom button. */
export const ZOOM_STEP = 2;
/** One press of Shift + arrow pans by this fraction of the visible period. */
export const PAN_STEP = 0.2;
/** How long the "Ctrl + scroll to zoom" hint stays. */
export const HINT_MS = 1500;
/** Length of the transition that brings a selected event into view. */
export const VIEW_TRANSITION_MS = 250;
/** How many problems the error box lists before summarising. */
export const MAX_LISTED_PROBLEMS = 8;
/** The shortest view the zoom goes down to: an hour. */
export const MIN_VIEW_MS = 36e5;

export const round2 = (v: number) => Math.round(v * 100) / 100;

export function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}

/** A day-precision EdtfDate for an instant, for showing view bounds. */
export function msToDate(ms: number): EdtfDate {
  const d = new Date(ms);
  const point = {
    start: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()),
    end: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1),
    precision: 'day' as const,
    approximate: false,
    uncertain: false,
  };
  return {edtf: d.toISOString().slice(0, 10), start: point.start, end: point.end, from: point, to: point, isInterval: false};
}

/**
 * One end of a view set by code, as epoch ms: a `Date`, epoch ms, or an EDTF or ISO string (its start
 * for `start`, its end for `end`).
 * @throws {RangeError} naming the end and what is wrong with its value.
 */
export function toMs(value: Date | number | string, side: 'start' | 'end'): number {
  const what = `view.${side}`;
  if (value instanceof Date) {
    if (Number.isFinite(+value)) return +value;
    throw new RangeError(`${what}: an invalid Date`);
  }
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw new RangeError(`${what}: expected epoch milliseconds, found ${value}`);
  }
  const parsed = tryParseEdtf(String(value));
  if (parsed instanceof Error) throw new RangeError(`${what}: ${parsed.message}`);
  return side === 'start' ? parsed.start : parsed.end;
}

export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

export function isPoint(event: TimelineEvent): boolean {
  return !event.date.isInterval && (event.date.from.precision === 'day' || event.date.from.precision === 'second');
}

/** The labels' font (CSS shorthand) and size, as the host's computed style gives them. */
export function labelFont(host: Element): {css: string; size: string} {
  const s = getComputedStyle(host);
  return {css: `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`, size: s.fontSize};
}

export function sameProblems(a: readonly TimelineProblem[], b: readonly TimelineProblem[] | undefined): boolean {
  return !!b && a.length === b.length && a.every((p, i) => p.path === b[i]!.path && p.message === b[i]!.message);
}
