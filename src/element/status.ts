// What the element says about its data: the byline, the list of problems, the loading and empty states.
import {html, nothing} from 'lit';
import type {TimelineModel, TimelineProblem} from '../document/types.js';
import type {UiStrings} from '../i18n/index.js';
import {tryParseEdtf} from '../time/edtf.js';
import {formatEdtf} from '../time/format.js';
import {MAX_LISTED_PROBLEMS} from './shared.js';

/** Publisher and publication date, under the heading when the heading is the article's title. */
export function renderByline(source: TimelineModel['source'] | undefined, locale: string) {
  if (!source) return nothing;
  const published = source.published ? tryParseEdtf(source.published) : undefined;
  const parts = [source.publisher, published && !(published instanceof Error) ? formatEdtf(published, locale) : undefined].filter(Boolean);
  if (!parts.length) return nothing;
  return html`<p class="byline">${parts.join(' · ')}</p>`;
}

export function renderProblems(problems: TimelineProblem[], failed: boolean, strings: UiStrings) {
  if (!problems.length) return nothing;
  const title = failed ? strings.loadFailed : strings.problems(problems.length);
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  return html`<div part="error" class="error" role="alert">
      <p>${title}</p>
      <ul>
        ${listed.map((p) => html`<li>${strings.problem(p)}</li>`)}
        ${problems.length > listed.length ? html`<li>${strings.moreProblems(problems.length - listed.length)}</li>` : nothing}
      </ul>
    </div>`;
}

/**
 * "Loading…" while the document loads; when no event is drawn, why: every event of the document was
 * rejected (`rejected` of them, the problems say why), or none falls within the period.
 */
export function renderStatus(loading: boolean, empty: boolean, strings: UiStrings, rejected = 0) {
  if (loading) return html`<p class="status" role="status">${strings.loading}</p>`;
  if (empty) return html`<p class="status">${rejected ? strings.allRejected(rejected) : strings.noEvents}</p>`;
  return nothing;
}

/** How many of the document's events were left out, when all were: each has a problem at `events[i]`. */
export function rejectedEvents(model: TimelineModel | undefined): number {
  if (!model || model.events.length) return 0;
  const indices = new Set<string>();
  for (const p of model.problems) {
    const index = /^events\[(\d+)\]/.exec(p.path)?.[1];
    if (index !== undefined) indices.add(index);
  }
  return indices.size;
}
