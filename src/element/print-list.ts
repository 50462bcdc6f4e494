// Paper cannot be hovered: a plain chronological list, shown by the print styles instead of the plot.
import {html} from 'lit';
import type {TimelineEvent} from '../document/types.js';
import {formatEdtf} from '../time/format.js';

export function renderPrintList(events: TimelineEvent[], text: string, locale: string) {
  return html`<ol class="print-list">
      ${events.map(
        (e) => html`<li>
          <p class="print-meta">${[formatEdtf(e.date, locale), e.place].filter(Boolean).join(' · ')}</p>
          <p class="print-title">${e.title}</p>
          <blockquote class="print-quote">${text.slice(e.sentenceSpan.start, e.sentenceSpan.end)}</blockquote>
        </li>`,
      )}
    </ol>`;
}
