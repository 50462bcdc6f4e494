// The authoring page (demo/author.html): its own markup, mounted here, used as an editor would:
// paste, preview, edit, remove and restore, add a selected passage, download, and the result checked.
import {expect} from '@open-wc/testing';
import {mountAuthoring} from '../demo/author.js';
import type {ArticleTimeline} from '../src/element/article-timeline.js';
import type {TimelineDocument} from '../src/document/types.js';
import {buildModel} from '../src/document/model.js';
import {validateDocument} from '../src/document/schema.js';

const ARTICLE = [
  'Harbour ferry returns after two-year repair',
  '',
  'The Mary Ellen carried passengers across the harbour again on Monday, after a fire in its engine room in March 2022 forced the council to take it out of service.',
  '',
  'Built in 1964 at a yard upriver, the ferry is the oldest working passenger vessel on this coast.',
  '',
  'The council voted in January 2023 to rebuild the hull rather than scrap the boat.',
  '',
].join('\n');

let root: HTMLElement | undefined;
afterEach(() => root?.remove());

/** The page's <main>, from demo/author.html itself, wired up. */
async function mountPage() {
  const markup = await (await fetch('/demo/author.html')).text();
  const page = new DOMParser().parseFromString(markup, 'text/html');
  root = document.importNode(page.querySelector<HTMLElement>('#authoring')!, true);
  document.body.append(root);
  const app = mountAuthoring(root);
  const $ = <T extends Element>(selector: string) => root!.querySelector<T>(selector)!;
  return {...app, $, preview: $<ArticleTimeline>('#preview')};
}

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string, event = 'input') {
  field.value = value;
  field.dispatchEvent(new Event(event, {bubbles: true}));
}

async function until(condition: () => boolean, what: string, ms = 15_000) {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const rowsOf = (r: HTMLElement) => [...r.querySelectorAll<HTMLLIElement>('#event-list > li')];
const rowWith = (r: HTMLElement, dateText: string) =>
  rowsOf(r).find((li) => li.querySelector('.event-date-text')?.textContent === dateText)!;
const drawnTitles = (el: ArticleTimeline) =>
  [...el.shadowRoot!.querySelectorAll('[part~="event-label"]')].map((l) => l.textContent!.trim());

/** Pastes `text` into a field as a user would (Ctrl+V): a paste event carrying it as plain text. */
function paste(field: HTMLTextAreaElement, text: string) {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true});
  // Without a handler taking it, the browser would insert the text itself.
  if (field.dispatchEvent(event)) type(field, text);
}

/** Chooses `file` in a file input as a user would. */
function choose(input: HTMLInputElement, file: File) {
  const data = new DataTransfer();
  data.items.add(file);
  input.files = data.files;
  input.dispatchEvent(new Event('change', {bubbles: true}));
}

const fixturePage = async (name: string) => (await fetch(`/tests/fixtures/pages/${name}`)).text();

/** Clicks Download and returns what the browser would save: the file name and the parsed JSON. */
async function download(button: HTMLButtonElement): Promise<{name: string; doc: TimelineDocument}> {
  let link: HTMLAnchorElement | undefined;
  const catchLink = (e: Event) => {
    if (e.target instanceof HTMLAnchorElement && e.target.download) {
      link = e.target;
      e.preventDefault();
    }
  };
  document.addEventListener('click', catchLink, true);
  try {
    button.click();
  } finally {
    document.removeEventListener('click', catchLink, true);
  }
  expect(link, 'a download link was clicked').to.exist;
  const doc = await (await fetch(link!.href)).json();
  return {name: link!.download, doc};
}

describe('the authoring page', function () {
  // A whole editing session per test, the extractor included: more than mocha's 10 s on a loaded machine.
  this.timeout(40_000);
  it('paste → preview → edit → remove and restore → add a passage → download: a valid document', async () => {
    const {$, preview} = await mountPage();
    type($('#article-title'), 'Ferry returns');
    type($('#article-published'), '2024-05-14', 'change');
    type($('#article-text'), ARTICLE);

    // The draft appears after a pause in typing: a row per event, the same events in the preview.
    await until(() => rowsOf(root!).length >= 3, 'the drafted events');
    await until(() => preview.model?.events.length === rowsOf(root!).length, 'the preview');
    await preview.updateComplete;
    expect(preview.problems).to.deep.equal([]);
    expect(rowsOf(root!).map((li) => li.querySelector('.event-date-text')?.textContent)).to.include.members([
      'on Monday',
      'in 1964',
      'in January 2023',
    ]);
    expect(rowWith(root!, 'on Monday').querySelector<HTMLInputElement>('input[name="date"]')!.value).to.equal('2024-05-13');

    // Edit a title and a date: the preview follows.
    const monday = rowWith(root!, 'on Monday');
    type(monday.querySelector<HTMLInputElement>('input[name="title"]')!, 'The Mary Ellen sails again', 'change');
    const built = rowWith(root!, 'in 1964');
    type(built.querySelector<HTMLInputElement>('input[name="date"]')!, '1964~', 'change');
    await preview.updateComplete;
    await until(() => drawnTitles(preview).includes('The Mary Ellen sails again'), 'the edited title in the preview');

    // Remove an event, restore it, remove it again.
    const january = rowWith(root!, 'in January 2023');
    const toggle = () => rowWith(root!, 'in January 2023').querySelector<HTMLButtonElement>('.event-toggle')!;
    const count = preview.timeline!.events.length;
    toggle().click();
    expect(january.classList.contains('is-removed')).to.be.true;
    expect(toggle().textContent!.trim()).to.equal('Restore');
    expect(preview.timeline!.events).to.have.length(count - 1);
    toggle().click();
    expect(preview.timeline!.events).to.have.length(count);
    toggle().click();

    // Add a passage the extractor did not date from a selection; the editor then dates it.
    const text = $<HTMLTextAreaElement>('#article-text');
    const passage = 'the oldest working passenger vessel on this coast';
    text.setSelectionRange(ARTICLE.indexOf(passage), ARTICLE.indexOf(passage) + passage.length);
    $<HTMLButtonElement>('#add-selection').click();
    const added = rowsOf(root!).at(-1)!;
    expect(added.querySelector('.event-quote')!.textContent).to.equal(passage);
    expect(added.querySelector<HTMLInputElement>('input[name="date"]')!.value).to.equal('');
    expect(added.querySelector('.event-error'), 'an undated passage asks for a date').to.exist;
    type(added.querySelector<HTMLInputElement>('input[name="date"]')!, '2024', 'change');
    expect(rowsOf(root!).at(-1)!.querySelector('.event-error')).to.not.exist;

    const {name, doc} = await download($('#download-json'));
    expect(name).to.equal('ferry-returns.timeline.json');
    expect(validateDocument(doc).valid, JSON.stringify(validateDocument(doc).problems)).to.be.true;
    expect(buildModel(doc, doc.source.text).problems).to.deep.equal([]);
    expect(doc.source).to.deep.equal({title: 'Ferry returns', published: '2024-05-14', text: ARTICLE});
    const byText = (t: string) => doc.events.find((e) => e.dateText === t);
    expect(byText('on Monday')!.title).to.equal('The Mary Ellen sails again');
    expect(byText('in 1964')!.date).to.equal('1964~');
    expect(byText('in January 2023'), 'the removed event').to.be.undefined;
    expect(doc.events.at(-1)).to.include({quote: passage, date: '2024'});
    expect(new Set(doc.events.map((e) => e.id)).size).to.equal(doc.events.length);
  });

  it('asks for the publication date when the text has relative dates, and drafts once it is given', async () => {
    const {$} = await mountPage();
    type($('#article-text'), 'The bridge reopened on Friday, 40 years after it opened in 1984.');
    await until(() => /publication date/.test($('#status').textContent!), 'the request for a date');
    expect($('#status').textContent).to.contain('"on Friday"');
    expect(rowsOf(root!)).to.have.length(0);
    type($('#article-published'), '2024-05-14', 'change');
    await until(() => rowsOf(root!).length === 2, 'the drafted events');
    expect(rowWith(root!, 'on Friday').querySelector<HTMLInputElement>('input[name="date"]')!.value).to.equal('2024-05-10');
  });

  it('shows an invalid date next to its event, and the download says there is a problem', async () => {
    const {$} = await mountPage();
    type($('#article-published'), '2024-05-14', 'change');
    type($('#article-text'), 'The ferry was built in 1964.');
    await until(() => rowsOf(root!).length === 1, 'the drafted event');
    type(rowsOf(root!)[0].querySelector<HTMLInputElement>('input[name="date"]')!, '1964-13', 'change');
    const row = rowsOf(root!)[0];
    expect(row.querySelector('input[name="date"]')!.getAttribute('aria-invalid')).to.equal('true');
    expect(row.querySelector('.event-error')!.textContent).to.match(/month|13/i);
    const {doc} = await download($('#download-json'));
    expect(doc.events[0].date).to.equal('1964-13');
    expect($('#status').textContent).to.match(/1 problem/);
  });

  it('puts text from the article in the page as text, never as markup', async () => {
    const {$, preview} = await mountPage();
    type($('#article-published'), '2024-05-14', 'change');
    const hostile = 'On Monday the <img src=x onerror="window.__injected=1"> <b>ferry</b> sailed.';
    type($('#article-text'), hostile);
    await until(() => rowsOf(root!).length === 1, 'the drafted event');
    const row = rowsOf(root!)[0];
    expect(row.querySelector('.event-quote')!.textContent).to.equal(hostile);
    expect(root!.querySelector('#event-list img, #event-list b')).to.not.exist;
    expect($('#document-json').children).to.have.length(0);
    await preview.updateComplete;
    expect(preview.shadowRoot!.querySelector('img, b')).to.not.exist;
    expect((window as {__injected?: number}).__injected).to.be.undefined;
  });

  it('reads a pasted web page: its article text, title, date and site, without the page around it', async () => {
    const {$, preview} = await mountPage();
    const html = await fixturePage('harbour-ferry.html');
    const text = $<HTMLTextAreaElement>('#article-text');
    paste(text, html);

    await until(() => rowsOf(root!).length >= 3, 'the drafted events');
    // The article's paragraphs, not the markup, the promo, the menu or the footer.
    expect(text.value).to.match(/^The Mary Ellen carried passengers across the harbour again on Monday/);
    expect(text.value).to.not.contain('<');
    expect(text.value).to.not.match(/Subscribe|Archive 2019/);
    expect($<HTMLInputElement>('#article-title').value).to.equal('Harbour ferry returns after two-year repair');
    expect($<HTMLInputElement>('#article-published').value).to.equal('2024-05-14');
    expect($<HTMLInputElement>('#article-publisher').value).to.equal('The Coastal Courier');
    expect($<HTMLSelectElement>('#article-lang').value).to.equal('en');
    expect($('#status').textContent).to.match(/as a web page/);
    expect(rowWith(root!, 'on Monday').querySelector<HTMLInputElement>('input[name="date"]')!.value).to.equal('2024-05-13');
    expect(
      rowsOf(root!)
        .map((li) => li.querySelector('.event-quote')!.textContent)
        .join(' '),
    ).to.not.match(/June 30|Offer ends/);

    await until(() => preview.model?.events.length === rowsOf(root!).length, 'the preview');
    const {doc} = await download($('#download-json'));
    expect(validateDocument(doc).valid, JSON.stringify(validateDocument(doc).problems)).to.be.true;
    expect(buildModel(doc, doc.source.text).problems).to.deep.equal([]);
    expect(doc.source).to.include({title: 'Harbour ferry returns after two-year repair', published: '2024-05-14', text: text.value});
    for (const e of doc.events) expect(doc.source.text).to.contain(e.quote);
  });

  it('leaves pasted plain text as it is, angle brackets and all', async () => {
    const {$} = await mountPage();
    const text = $<HTMLTextAreaElement>('#article-text');
    paste(text, 'Shares rose 3% on Monday as a <b>bold</b> bet paid off.');
    expect(text.value).to.equal('Shares rose 3% on Monday as a <b>bold</b> bet paid off.');
  });

  it('opens a saved .html page and a .txt article from files, and names a binary file it refuses', async () => {
    const {$} = await mountPage();
    const input = $<HTMLInputElement>('#article-file');
    const text = $<HTMLTextAreaElement>('#article-text');

    choose(input, new File([await fixturePage('stadtpark.html')], 'stadtpark.html', {type: 'text/html'}));
    await until(() => rowsOf(root!).length >= 1, 'the events of the German page');
    expect($<HTMLSelectElement>('#article-lang').value).to.equal('de');
    expect($<HTMLInputElement>('#article-published').value).to.equal('2024-02-08');
    expect(text.value).to.contain('Der Stadtrat hatte den Neubau am 14. März 2022 beschlossen.');
    expect(rowWith(root!, 'am 14. März 2022').querySelector<HTMLInputElement>('input[name="date"]')!.value).to.equal('2022-03-14');

    choose(input, new File([ARTICLE], 'ferry.txt', {type: 'text/plain'}));
    await until(() => text.value === ARTICLE, 'the text file, exactly');
    expect($('#status').textContent).to.equal('Read “ferry.txt”.');

    choose(input, new File([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0x14, 0])], 'photos.zip'));
    await until(() => /photos\.zip/.test($('#status').textContent!), 'the refusal');
    expect($('#status').textContent).to.match(/"photos\.zip" is not a text file/);
    expect(text.value, 'the article stays').to.equal(ARTICLE);
  });
});
