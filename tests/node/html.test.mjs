// src/extract/html.ts on saved pages (tests/fixtures/pages/), parsed by linkedom as the CLI does.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {parseHTML} from 'linkedom';
import {ROOT, importTs} from './helpers/import-ts.mjs';

const {articleFromPage, dayOf} = await importTs('src/extract/html.ts');
const fixture = (name) => readFileSync(`${ROOT}tests/fixtures/pages/${name}`, 'utf8');
const read = (html, options) => articleFromPage(parseHTML(html).document, options);

test('a page with Open Graph metadata: the article paragraphs, joined with blank lines, and its metadata', () => {
  const page = read(fixture('harbour-ferry.html'));
  assert.equal(page.title, 'Harbour ferry returns after two-year repair');
  assert.equal(page.published, '2024-05-14');
  assert.equal(page.publisher, 'The Coastal Courier');
  assert.equal(page.lang, 'en-GB');
  assert.equal(page.url, 'https://courier.example/news/2024/05/harbour-ferry-returns');
  const paragraphs = page.text.split('\n\n');
  assert.equal(paragraphs.length, 6);
  assert.equal(
    paragraphs[0],
    'The Mary Ellen carried passengers across the harbour again on Monday, for the first time since a fire in its engine room in March 2022 forced the council to take it out of service.',
  );
  assert.equal(
    paragraphs[3],
    '“People told us it was a museum piece,” said Councillor Anita Rowe, who chairs the transport committee. “On Monday morning there was a queue of 60 people at 7 a.m. waiting for it.”',
  );
  assert.equal(paragraphs[5], 'Fares stay at £1.20, the price set in 2019. The council said it would review them in the spring of 2025.');
});

test('navigation, promos, "most read", related links, bylines and footers are not in the text', () => {
  const texts = ['harbour-ferry.html', 'city-library.html', 'stadtpark.html'].map((f) => read(fixture(f)).text);
  const furniture = [
    'Archive 2019',
    'Subscribe before June 30',
    'Most read',
    'Storm warning',
    'since 1874',
    'Bridge closes for repairs',
    'Ruth Penhale',
    '© 2024',
    'Registered in England',
    'Terms',
    'Updated 15 May',
    'Events this weekend',
    'newsletter',
    'Trending',
    'first since 1995',
    'More from Local',
    'Bridge repairs to start',
    'Staff report',
    'Founded 1887',
    'Startseite',
    'Jana Keller',
    'Lesen Sie auch',
    'Meistgelesen',
    'Wochenmarkt',
    'Impressum',
  ];
  for (const words of furniture) {
    assert.ok(!texts.some((t) => t.includes(words)), `"${words}" should not be in the article text`);
  }
});

test('JSON-LD datePublished in a @graph, past a JSON-LD block that does not parse; "Updated" times do not count', () => {
  const page = read(fixture('city-library.html'));
  assert.equal(page.published, '2023-10-06');
  assert.equal(page.title, 'City library reopens with a rooftop reading room');
  assert.equal(page.publisher, 'Riverside Daily');
  assert.equal(page.url, 'https://riverside.example/2023/10/06/library-reopens');
  assert.equal(page.text.split('\n\n').length, 6);
  assert.ok(page.text.startsWith('The Central Library on Water Street reopened on Thursday'));
  assert.ok(page.text.endsWith('A public celebration with music and tours is planned for next Saturday.'));
});

test("only a <time datetime> in the article's byline: that is the publication day, not the footer's", () => {
  const page = read(fixture('stadtpark.html'));
  assert.equal(page.published, '2024-02-08');
  assert.equal(page.lang, 'de-DE');
  assert.equal(page.title, 'Stadtpark: Neue Brücke über den Mühlbach eröffnet');
  assert.equal(page.publisher, undefined);
  assert.equal(page.text.split('\n\n').length, 4);
  assert.ok(page.text.includes('Der Stadtrat hatte den Neubau am 14. März 2022 beschlossen.'));
});

test('a page that states no publication day has none, whatever its footer and lists say', () => {
  const html = fixture('harbour-ferry.html')
    .replace(/<meta property="article:published_time"[^>]*>/, '')
    .replace(/<time datetime="2024-05-14[^"]*">/g, '<time>');
  const page = read(html);
  assert.equal(page.published, undefined);
  assert.ok(page.text.includes('Built in 1964'));
});

test('the document given is left as it was', () => {
  const {document} = parseHTML(fixture('city-library.html'));
  const before = document.toString();
  articleFromPage(document);
  assert.equal(document.toString(), before);
});

test('inline markup is read as a browser shows it: spaces collapsed, <br> a line break, no-break spaces kept', () => {
  const body = '<p>The <b>ferry</b>\n   returned on\u00a0Monday.<br>It was <a href="#">full</a>.</p>'.repeat(1);
  const filler =
    '<p>The harbour has had a ferry since 1890, and the crossing has been a part of daily life for walkers ever since it opened.</p>'.repeat(
      4,
    );
  const page = read(`<html><body><article>${body}${filler}</article></body></html>`, {url: 'https://example.org/a?b=1'});
  assert.equal(page.text.split('\n\n')[0], 'The ferry returned on\u00a0Monday.\nIt was full.');
  assert.equal(page.url, 'https://example.org/a?b=1');
});

test('dayOf: the day as written in the timestamp, only if it exists', () => {
  assert.equal(dayOf('2023-03-20T23:30:00-05:00'), '2023-03-20');
  assert.equal(dayOf('2024-02-29'), '2024-02-29');
  assert.equal(dayOf('2023-02-29T10:00:00Z'), undefined);
  assert.equal(dayOf('2024-13-01'), undefined);
  assert.equal(dayOf('20240101'), undefined);
  assert.equal(dayOf(undefined), undefined);
});
