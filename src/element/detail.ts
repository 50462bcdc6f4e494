// The detail popover: an event's sentence with its quote, or the list of a cluster's events; placed
// next to its mark after render, and kept on screen.
import {html, nothing} from 'lit';
import type {TimelineEvent, TimelineModel} from '../document/types.js';
import {textFragmentUrl} from '../document/text-fragment.js';
import {passageSegments, type Segment} from '../document/segments.js';
import {formatEdtf} from '../time/format.js';
import type {UiStrings} from '../i18n/index.js';
import {clamp} from './shared.js';

export interface DetailInput {
  id: string;
  /** The event whose detail is open, if one is. */
  event: TimelineEvent | undefined;
  /** Otherwise the events of the hovered cluster. */
  clustered: TimelineEvent[];
  /** The event is pinned open (selected): the detail is a dialog with a close button and a link. */
  pinned: boolean;
  model: TimelineModel | undefined;
  locale: string;
  strings: UiStrings;
  onPointerEnter(): void;
  onPointerLeave(): void;
  onKeyDown(e: KeyboardEvent): void;
  onClose(): void;
  /** A click (or Enter) on one of a cluster's events in the list: open it. */
  onPick(id: string): void;
}

export function renderDetail(d: DetailInput) {
  const {event, clustered, pinned, locale, strings} = d;
  const text = d.model?.source.text ?? '';
  const meta = event ? [formatEdtf(event.date, locale), event.place].filter(Boolean).join(' · ') : '';
  return html`<div
      part="tooltip"
      class="tooltip"
      id="${d.id}"
      role=${pinned ? 'dialog' : 'tooltip'}
      aria-label=${pinned && event ? event.title : nothing}
      popover="manual"
      data-placing
      ?hidden=${!event && !clustered.length}
      @pointerenter=${d.onPointerEnter}
      @pointerleave=${d.onPointerLeave}
      @keydown=${d.onKeyDown}
    >
      ${
        event
          ? html`
            <p class="tip-title">${event.title}</p>
            <p class="tip-meta">${meta}</p>
            <blockquote class="tip-quote" cite=${d.model?.source.url ?? nothing}>
              ${renderPassage(text, event)}
            </blockquote>
            ${event.dateText ? html`<p class="tip-source">${strings.dateInText}: “${event.dateText}”</p>` : nothing}
            ${pinned ? renderArticleLink(event, d.model?.source.url, strings) : nothing}
            ${pinned ? html`<button class="tip-close" type="button" aria-label=${strings.close} @click=${d.onClose}>×</button>` : nothing}
          `
          : clustered.length
            ? html`<p class="tip-title">${strings.eventsCount(clustered.length)}</p>
              <ul class="tip-list">
                ${clustered.map(
                  // Buttons: events on the same date cannot be told apart by zooming, so the list is how a mouse reaches each.
                  (e) =>
                    html`<li><button type="button" class="tip-event" data-event-id=${e.id} @click=${() => d.onPick(e.id)}><span>${e.title}</span> <span class="tip-date">${formatEdtf(e.date, locale, 'short')}</span></button></li>`,
                )}
              </ul>`
            : nothing
      }
    </div>`;
}

/** The sentence(s), the quote in one <mark>, the date phrase underlined; text nodes only. */
function renderPassage(text: string, event: TimelineEvent) {
  const segments = passageSegments(text, event.sentenceSpan, event.quoteSpan, event.dateTextSpan);
  const inQuote = (s: Segment) => s.kind === 'quote' || s.kind === 'quote-date';
  const first = segments.findIndex(inQuote);
  const last = segments.length - 1 - [...segments].reverse().findIndex(inQuote);
  if (first < 0) return segments.map(renderSegment);
  return html`${segments.slice(0, first).map(renderSegment)}<mark>${segments
    .slice(first, last + 1)
    .map(renderSegment)}</mark>${segments.slice(last + 1).map(renderSegment)}`;
}

function renderSegment(s: Segment) {
  return s.kind === 'date' || s.kind === 'quote-date' ? html`<span class="date-text">${s.text}</span>` : s.text;
}

/** A link that opens the article scrolled to the quote (a text fragment); only for http(s) sources. */
function renderArticleLink(event: TimelineEvent, url: string | undefined, strings: UiStrings) {
  const href = url ? textFragmentUrl(url, event.quote) : undefined;
  if (!href) return nothing;
  return html`<p class="tip-link">
      <a href=${href} target="_blank" rel="noopener noreferrer">${strings.readInArticle}</a>
    </p>`;
}

/**
 * Shows the detail next to its event's mark (or the hovered cluster mark), or hides it when it
 * has neither. Measured once shown, hidden (data-placing) until placed, and kept in the viewport.
 */
export function placeDetail(
  tip: HTMLElement,
  root: ShadowRoot | null,
  id: string | null,
  hoverCluster: string | null,
  {vertical, rtl}: {vertical: boolean; rtl: boolean},
): void {
  const clusterButton =
    !id && hoverCluster ? root?.querySelector<HTMLElement>(`[part~="cluster"][data-ids="${CSS.escape(hoverCluster)}"]`) : null;
  if (!id && !clusterButton) {
    if (tip.matches(':popover-open')) tip.hidePopover();
    return;
  }
  if (tip.popover && !tip.matches(':popover-open')) tip.showPopover();
  const li = id ? root?.querySelector(`[data-event-id="${CSS.escape(id)}"]`) : null;
  const mark = clusterButton ?? li?.querySelector('.mark');
  if (!mark) return;
  // Next to the mark; next to the label when the mark is off screen (a long leader, a tall page),
  // and on a vertical timeline, whose labels stand away from their marks: there a detail placed by
  // the mark could hide the label that has the keyboard focus.
  const markRect = mark.getBoundingClientRect();
  const offscreen = markRect.bottom < 0 || markRect.top > window.innerHeight;
  const anchor = (offscreen || vertical) && li ? (li.querySelector<HTMLElement>('.label') ?? mark) : mark;
  tip.setAttribute('data-placing', '');
  const a = anchor.getBoundingClientRect();
  const t = tip.getBoundingClientRect();
  const vw = document.documentElement.clientWidth || window.innerWidth;
  const vh = window.innerHeight;
  const gap = 10;
  const pad = 8;
  const fitsBelow = a.bottom + gap + t.height <= vh - pad;
  const fitsAbove = a.top - gap - t.height >= pad;
  // Below or above the mark, centred on it; a vertical timeline's detail goes beside the mark first,
  // on the labels' side; a detail too tall for above or below (a long cluster list) goes beside it
  // on the wider side, so that it does not cover what it describes.
  const side = vertical ? !rtl : vw - a.right > a.left;
  const besideFits = side ? a.right + gap + t.width <= vw - pad : a.left - gap - t.width >= pad;
  const beside = vertical ? besideFits : !fitsBelow && !fitsAbove;
  let left = beside ? (side ? a.right + gap : a.left - gap - t.width) : a.left + a.width / 2 - t.width / 2;
  let top = beside ? a.top + a.height / 2 - t.height / 2 : fitsBelow || !fitsAbove ? a.bottom + gap : a.top - gap - t.height;
  // Always on screen, its top first: the stylesheet caps its height to the viewport and lets it scroll.
  left = clamp(left, pad, vw - pad - t.width);
  top = clamp(top, pad, vh - pad - t.height);
  tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  tip.removeAttribute('data-placing');
}

/** Marks the event whose detail is open, and makes the detail its accessible description. */
export function markOpenEvent(root: ParentNode, id: string | null, detailId: string): void {
  for (const li of root.querySelectorAll('[part~="event"][data-active]')) {
    if (li.getAttribute('data-event-id') === id) continue;
    li.removeAttribute('data-active');
    li.querySelector('.label')?.removeAttribute('aria-describedby');
  }
  const li = id ? root.querySelector(`[part~="event"][data-event-id="${CSS.escape(id)}"]`) : null;
  li?.setAttribute('data-active', '');
  li?.querySelector('.label')?.setAttribute('aria-describedby', detailId);
}
