// The authoring page (demo/author.html): paste an article, get a draft timeline from the extractor,
// correct it, then copy or download the document. Everything runs in the page and nothing is sent
// anywhere. Text from the article only ever reaches the page through lit's text bindings.
import {html, nothing, render} from 'lit';
import '../src/define.js';
import type {ArticleTimeline} from '../src/element/article-timeline.js';
import type {TimelineDocument, TimelineEventInput} from '../src/document/types.js';
import {buildModel} from '../src/document/model.js';
import {extractTimeline, ExtractError} from '../src/extract/index.js';
import {tryParseEdtf} from '../src/time/edtf.js';
import {looksLikeHtml, readArticleFile, readPasted, type ArticleInput} from './author-input.js';

/** The editor's changes to one drafted event, kept by its id across re-extractions. */
interface EventEdit {
  title?: string;
  date?: string;
  removed?: boolean;
}

/** What the editor asked for; the document is derived from it. */
export interface AuthorState {
  text: string;
  title: string;
  publisher: string;
  /** `YYYY-MM-DD`, or '' when not set. */
  published: string;
  lang: string;
  /** The extractor's events for the current text. */
  drafted: TimelineEventInput[];
  /** Events the editor added from a selected passage, in the order added. */
  added: TimelineEventInput[];
  edits: Map<string, EventEdit>;
  /** Why the extractor gave nothing, when it failed. */
  extractError: string;
}

/** One row of the list: the event as it stands, and where it came from. */
export interface EventRow {
  event: TimelineEventInput;
  origin: 'drafted' | 'added';
  removed: boolean;
  dateError: string;
}

const EXTRACT_DELAY_MS = 300;
const MAX_TITLE = 80;

export function emptyState(): AuthorState {
  return {
    text: '',
    title: '',
    publisher: '',
    published: '',
    lang: 'en',
    drafted: [],
    added: [],
    edits: new Map(),
    extractError: '',
  };
}

/** Runs the extractor on the state's text; the editor's edits stay attached to the ids they were made on. */
export function extract(state: AuthorState): void {
  state.extractError = '';
  state.drafted = [];
  if (!state.text.trim()) return;
  try {
    const doc = extractTimeline(state.text, {
      published: state.published,
      lang: state.lang,
      title: state.title || undefined,
    });
    state.drafted = doc.events;
  } catch (error) {
    const relative = error instanceof ExtractError && error.option === 'published' && !state.published;
    state.extractError = relative
      ? `Give the publication date: the text has relative dates${phraseIn(error.message)}, read from that day.`
      : `No events drafted: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The quoted phrase in an ExtractError's message, as ` ("on Friday")`. */
function phraseIn(message: string): string {
  const phrase = message.match(/\(("(?:[^"\\]|\\.)*")/)?.[1];
  return phrase ? ` (${phrase})` : '';
}

export function rows(state: AuthorState): EventRow[] {
  const row = (input: TimelineEventInput, origin: EventRow['origin']): EventRow => {
    const edit = state.edits.get(input.id) ?? {};
    const event = {
      ...input,
      title: edit.title ?? input.title,
      date: edit.date ?? input.date,
    };
    const parsed = tryParseEdtf(event.date);
    const dateError = !event.date.trim()
      ? 'Give a date (EDTF: 2023, 2023-03, 2023-03-20, 2023-03-20/2023-03-22).'
      : parsed instanceof Error
        ? parsed.message
        : '';
    return {event, origin, removed: edit.removed === true, dateError};
  };
  // An added passage that is no longer in the text (it was edited away) cannot be quoted.
  const added = state.added.filter((e) => state.text.includes(e.quote));
  return [...state.drafted.map((e) => row(e, 'drafted')), ...added.map((e) => row(e, 'added'))];
}

/** The timeline document as the editor has it: removed events left out. */
export function documentOf(state: AuthorState): TimelineDocument {
  const source: TimelineDocument['source'] = {
    title: state.title.trim() || 'Untitled article',
    text: state.text,
  };
  if (state.publisher.trim()) source.publisher = state.publisher.trim();
  if (state.published) source.published = state.published;
  return {
    source,
    events: rows(state)
      .filter((r) => !r.removed)
      .map((r) => r.event),
  };
}

/** A headline drafted from a passage: its first words, at most 80 characters, whole words only. */
export function draftTitle(passage: string): string {
  const flat = passage.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_TITLE) return flat.replace(/[.,;:]$/, '');
  const cut = flat.slice(0, MAX_TITLE - 1);
  const words = cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s.,;:—–-]+$/, '');
  return `${words}…`;
}

function slug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'event'
  );
}

/** Adds the passage [start, end) of the text as an event, dated by the extractor when it finds a date in it. */
export function addPassage(state: AuthorState, start: number, end: number): TimelineEventInput | string {
  const raw = state.text.slice(start, end);
  const quote = raw.trim();
  if (!quote) return 'Select a passage of the article first, then add it.';
  let found: TimelineEventInput | undefined;
  try {
    found = extractTimeline(quote, {published: state.published, lang: state.lang}).events[0];
  } catch {
    // No date it can read (a relative one and no publication day): the editor types one.
  }
  const title = found?.title ?? draftTitle(quote);
  const taken = new Set([...state.drafted, ...state.added].map((e) => e.id));
  let id = `added-${slug(title)}`;
  for (let n = 2; taken.has(id); n++) id = `added-${slug(title)}-${n}`;
  const event: TimelineEventInput = {id, date: found?.date ?? '', title, quote};
  if (found?.dateText) event.dateText = found.dateText;
  state.added.push(event);
  return event;
}

/** Wires the page's form (the markup of demo/author.html inside `root`) to the extractor and the preview. */
export function mountAuthoring(root: ParentNode): {
  state: AuthorState;
  refresh: () => void;
} {
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const text = $<HTMLTextAreaElement>('#article-text');
  const title = $<HTMLInputElement>('#article-title');
  const publisher = $<HTMLInputElement>('#article-publisher');
  const published = $<HTMLInputElement>('#article-published');
  const lang = $<HTMLSelectElement>('#article-lang');
  const preview = $<ArticleTimeline>('#preview');
  const list = $<HTMLElement>('#event-list');
  const summary = $<HTMLElement>('#event-summary');
  const json = $<HTMLElement>('#document-json');
  const status = $<HTMLElement>('#status');
  const file = $<HTMLInputElement>('#article-file');
  const state = emptyState();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const say = (message: string) => {
    status.textContent = message;
  };

  const readFields = () => {
    Object.assign(state, {
      text: text.value,
      title: title.value,
      publisher: publisher.value,
      published: published.value,
      lang: lang.value,
    });
  };

  const show = () => {
    const all = rows(state);
    const doc = documentOf(state);
    preview.locale = state.lang;
    preview.timeline = doc;
    json.textContent = JSON.stringify(doc, null, 2);
    const kept = all.filter((r) => !r.removed).length;
    const broken = all.filter((r) => !r.removed && r.dateError).length;
    summary.textContent = state.text.trim()
      ? `${kept} event${kept === 1 ? '' : 's'} in the document${all.length > kept ? `, ${all.length - kept} removed` : ''}${broken ? `; ${broken} need${broken === 1 ? 's' : ''} a valid date` : ''}.`
      : 'Paste an article to draft its events.';
    render(
      all.map((r, i) => rowTemplate(r, i)),
      list,
    );
    if (state.extractError) say(state.extractError);
  };

  const edit = (id: string, change: EventEdit) => {
    state.edits.set(id, {...state.edits.get(id), ...change});
    show();
  };

  const rowTemplate = (r: EventRow, i: number) => {
    const {event} = r;
    const n = i + 1;
    return html`<li class="event-row ${r.removed ? 'is-removed' : ''}" data-event-id=${event.id}>
      <div class="event-fields">
        <label class="event-date"
          ><span>Date</span
          ><input
            type="text"
            name="date"
            .value=${event.date}
            ?disabled=${r.removed}
            aria-label=${`Date of event ${n}`}
            aria-invalid=${r.dateError ? 'true' : 'false'}
            spellcheck="false"
            autocomplete="off"
            @change=${(e: Event) => edit(event.id, {date: (e.target as HTMLInputElement).value.trim()})}
        /></label>
        <label class="event-title"
          ><span>Title</span
          ><input
            type="text"
            name="title"
            maxlength="200"
            .value=${event.title}
            ?disabled=${r.removed}
            aria-label=${`Title of event ${n}`}
            @change=${(e: Event) => edit(event.id, {title: (e.target as HTMLInputElement).value})}
        /></label>
        <button
          type="button"
          class="event-toggle"
          aria-label=${`${r.removed ? 'Restore' : 'Remove'} event ${n}: ${event.title}`}
          @click=${() => edit(event.id, {removed: !r.removed})}
        >
          ${r.removed ? 'Restore' : 'Remove'}
        </button>
      </div>
      ${r.dateError && !r.removed ? html`<p class="event-error">${r.dateError}</p>` : nothing}
      <blockquote class="event-quote">${event.quote}</blockquote>
      <p class="event-source">
        ${r.origin === 'added' ? 'Added by you' : 'Drafted'}${event.dateText ? html` from “<span class="event-date-text">${event.dateText}</span>”` : nothing}
      </p>
    </li>`;
  };

  const refresh = () => {
    clearTimeout(timer);
    readFields();
    extract(state);
    say('');
    show();
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, EXTRACT_DELAY_MS);
  };

  /** Puts a read page or file in the form: its text, and the title, date, site and language it states. */
  const fill = (input: ArticleInput, what: string) => {
    const {page} = input;
    text.value = page.text;
    const found: string[] = [];
    if (page.title) ((title.value = page.title), found.push('title'));
    if (page.publisher) ((publisher.value = page.publisher), found.push('site'));
    if (page.published) ((published.value = page.published), found.push(`publication date (${page.published})`));
    const base = page.lang?.toLowerCase().split('-')[0];
    if (base && [...lang.options].some((o) => o.value === base)) ((lang.value = base), found.push('language'));
    refresh();
    say(
      input.kind === 'page'
        ? `Read ${what} as a web page: its article text${found.length ? `, ${found.join(', ')}` : ''}. Page menus, promos and footers are left out.`
        : `Read ${what}.`,
    );
  };

  text.addEventListener('input', later);
  // A pasted web page (its HTML source) becomes its article's text, read as the command line reads a saved page.
  text.addEventListener('paste', (e: ClipboardEvent) => {
    const pasted = e.clipboardData?.getData('text/plain') ?? '';
    if (!looksLikeHtml(pasted)) return;
    e.preventDefault();
    fill(readPasted(pasted), 'the pasted HTML');
  });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    try {
      fill(await readArticleFile(chosen), `“${chosen.name}”`);
    } catch (error) {
      say(error instanceof Error ? error.message : String(error));
    } finally {
      file.value = '';
    }
  });
  for (const field of [title, publisher]) field.addEventListener('input', () => (readFields(), show()));
  for (const field of [published, lang]) field.addEventListener('change', refresh);

  $<HTMLButtonElement>('#add-selection').addEventListener('click', () => {
    refresh();
    const added = addPassage(state, text.selectionStart, text.selectionEnd);
    if (typeof added === 'string') return say(added);
    show();
    say(added.date ? `Added “${added.title}”, dated ${added.date}.` : `Added “${added.title}”: give it a date.`);
    list.querySelector<HTMLInputElement>(`[data-event-id="${CSS.escape(added.id)}"] input[name="date"]`)?.focus();
  });

  $<HTMLButtonElement>('#copy-json').addEventListener('click', async () => {
    refresh();
    try {
      await navigator.clipboard.writeText(json.textContent ?? '');
      say('The document is copied.');
    } catch {
      getSelection()?.selectAllChildren(json);
      say('Copying is not allowed here: the JSON is selected, copy it with Ctrl+C or ⌘C.');
    }
  });

  $<HTMLButtonElement>('#download-json').addEventListener('click', () => {
    refresh();
    const doc = documentOf(state);
    const {problems} = buildModel(doc, doc.source.text);
    const blob = new Blob([`${JSON.stringify(doc, null, 2)}\n`], {
      type: 'application/json',
    });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${slug(state.title || 'article')}.timeline.json`;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    say(
      problems.length
        ? `Downloaded ${a.download}, with ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix (see the preview).`
        : `Downloaded ${a.download}.`,
    );
  });

  $<HTMLButtonElement>('#load-sample').addEventListener('click', async () => {
    try {
      const response = await fetch(new URL('../data/xi-putin-moscow-2023.txt', import.meta.url));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text.value = await response.text();
      title.value = 'Xi-Putin meeting: Chinese president arrives in Moscow for talks';
      publisher.value = 'CNN';
      published.value = '2023-03-20';
      lang.value = 'en';
      refresh();
    } catch (error) {
      say(`The sample article could not be loaded: ${String(error)}`);
    }
  });

  refresh();
  return {state, refresh};
}

const page = document.getElementById('authoring');
if (page) mountAuthoring(page);
