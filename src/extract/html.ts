// A saved web page → the article's text and what the page says about it (title, publication day,
// language, address). Takes a Document so that the same code runs on a DOMParser document in the
// browser and on a linkedom one in Node (src/cli/page.ts). The text is made here, so the quotes the
// extractor takes from it are verbatim in it by construction.
import {Readability} from '@mozilla/readability';

/** What a saved page gives the extractor. Fields the page does not state are absent. */
export interface ArticlePage {
  /** The article's paragraphs (and subheadings), whitespace collapsed as a browser shows them, joined with blank lines. */
  text: string;
  /** The headline: `og:title`, JSON-LD `headline`, the article's one `<h1>`, else the `<title>`. */
  title?: string;
  /**
   * Publication day, `YYYY-MM-DD`, as written in the page's own time zone: `article:published_time`,
   * JSON-LD `datePublished`, `itemprop="datePublished"`, a dated `<meta>`, else the article's `<time datetime>`.
   */
  published?: string;
  /** The site: `og:site_name`, JSON-LD `publisher.name`. */
  publisher?: string;
  /** BCP 47 tag from `<html lang>` (or `og:locale`). */
  lang?: string;
  /** The page's canonical http(s) address. */
  url?: string;
}

export interface ArticlePageOptions {
  /** Where the page came from; used when the page names no canonical address of its own. */
  url?: string;
}

// Page furniture whose dates are not the story's: navigation, promos, "most read" lists, footers.
const FURNITURE_TAGS = 'script, style, noscript, template, iframe, form, button, nav, aside, footer, header, figure, svg';
const FURNITURE_ROLES = ['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'alert'];
const FURNITURE_NAME =
  /(^|[\s_-])(most[\s_-]?(read|popular|viewed|shared)|meistgelesen|trending|promo|newsletter|subscribe|signup|related|recommend\w*|teaser|advert\w*|ad[\s_-]?slot|sponsor\w*|share|social|breadcrumbs?|comments?|cookie\w*|paywall|outbrain|taboola)($|[\s_-])/i;
// The byline's date is the publication's, not an event: out of the text, but read for `published`.
const BYLINE_NAME = /(^|[\s_-])(byline|dateline|author|autor|timestamp)($|[\s_-])/i;
const ARTICLE_TYPE = /Article|BlogPosting|Report/;
const PUBLISHED_META = [
  'article:published_time',
  'datePublished',
  'pubdate',
  'publishdate',
  'date',
  'dc.date',
  'dc.date.issued',
  'parsely-pub-date',
  'sailthru.date',
];
const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
);

/** Reads a saved page: its article text (without the page around it) and its metadata. Leaves `document` unchanged. */
export function articleFromPage(document: Document, options: ArticlePageOptions = {}): ArticlePage {
  const ld = jsonLdArticle(document);
  const root = articleRoot(document);
  const page: ArticlePage = {text: ''};
  const title = meta(document, 'og:title') ?? str(ld?.headline) ?? onlyHeading(root);
  const published = publishedDay(document, ld, root);
  const publisher = meta(document, 'og:site_name') ?? str(objectOf(ld?.publisher)?.name);
  const lang = clean(document.documentElement?.getAttribute('lang')) ?? meta(document, 'og:locale')?.replace('_', '-');
  const url = [attr(document.querySelector('link[rel~="canonical"]'), 'href'), meta(document, 'og:url'), urlOf(ld), options.url]
    .map(httpUrl)
    .find(Boolean);

  // Readability rewrites the tree it is given: give it a copy, without the furniture.
  const copy = document.cloneNode(true) as Document;
  removeFurniture(copy);
  const article = new Readability<Node>(copy, {serializer: (node) => node}).parse();
  if (article?.content)
    page.text = blocksOf(article.content as Element)
      .filter((b) => b !== title)
      .join('\n\n');

  const finalTitle = title ?? clean(article?.title) ?? clean(document.title);
  if (finalTitle) page.title = finalTitle;
  if (published) page.published = published;
  if (publisher ?? clean(article?.siteName)) page.publisher = publisher ?? clean(article?.siteName);
  if (lang ?? clean(article?.lang)) page.lang = lang ?? clean(article?.lang);
  if (url) page.url = url;
  return page;
}

/** Whitespace collapsed (ASCII only, as HTML does: a no-break space stays), trimmed; undefined when empty. */
function clean(s: string | null | undefined): string | undefined {
  const t = s?.replace(/[ \t\n\r\f]+/g, ' ').trim();
  return t ? t : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? clean(value) : undefined;
}

function attr(el: Element | null, name: string): string | undefined {
  return clean(el?.getAttribute(name));
}

function objectOf(value: unknown): Record<string, unknown> | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
}

/** A `<meta>` by `property`, `name` or `itemprop` (case-insensitive names), its `content`. */
function meta(document: Document, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const el of document.querySelectorAll('meta[content]')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    if (key === wanted) return attr(el, 'content');
  }
  return undefined;
}

function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** The first JSON-LD object typed as an article (searching arrays and `@graph`); scripts that do not parse are skipped. */
function jsonLdArticle(document: Document): Record<string, unknown> | undefined {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 5 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    const obj = value as Record<string, unknown>;
    const type = [obj['@type']].flat().join(' ');
    if (ARTICLE_TYPE.test(type) || (obj.datePublished && !type)) found.push(obj);
    visit(obj['@graph'], depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A broken block of someone else's metadata: the page may still say what we need elsewhere.
    }
  }
  return found[0];
}

function urlOf(ld: Record<string, unknown> | undefined): string | undefined {
  return str(ld?.url) ?? str(ld?.mainEntityOfPage) ?? str(objectOf(ld?.mainEntityOfPage)?.['@id']);
}

/** `YYYY-MM-DD` from a timestamp as written (its own zone's day), if that day exists. */
export function dayOf(value: string | undefined): string | undefined {
  const m = value?.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?![\d])/);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? m[0] : undefined;
}

function publishedDay(document: Document, ld: Record<string, unknown> | undefined, root: Element): string | undefined {
  const tagged = document.querySelector('[itemprop="datePublished"]');
  const candidates = [
    meta(document, 'article:published_time'),
    str(ld?.datePublished),
    attr(tagged, 'datetime') ?? attr(tagged, 'content'),
    ...PUBLISHED_META.slice(1).map((name) => meta(document, name)),
    // Last, a <time> of the article itself: those in its navigation, promos and footers date other things.
    ...[...root.querySelectorAll('time[datetime]')].filter((t) => !inFurniture(t, root)).map((t) => attr(t, 'datetime')),
  ];
  for (const c of candidates) {
    const day = dayOf(c);
    if (day) return day;
  }
  return undefined;
}

/** The element that holds the story: `<article>`, the main landmark, `itemprop="articleBody"`, else `<body>`. */
function articleRoot(document: Document): Element {
  return (
    document.querySelector('article, [itemprop="articleBody"]') ??
    document.querySelector('main, [role="main"]') ??
    document.body ??
    document.documentElement
  );
}

function onlyHeading(root: Element): string | undefined {
  const headings = root.querySelectorAll('h1');
  return headings.length === 1 ? clean(headings[0].textContent) : undefined;
}

function isFurniture(el: Element): boolean {
  if (el.matches(FURNITURE_TAGS)) return true;
  if (FURNITURE_ROLES.includes(el.getAttribute('role') ?? '')) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return FURNITURE_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id ?? ''}`);
}

function inFurniture(el: Element, root: Element): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (isFurniture(e)) return true;
  return false;
}

/**
 * Takes out what is not the story, except what holds the story itself (a site may call the article's
 * wrapper "content-share" or put it in a <header>-less <main>). A short block that is only a dateline
 * ("By Ruth Penhale · 14 May 2024") goes too: its date is the publication's, not an event.
 */
function removeFurniture(document: Document): void {
  const root = articleRoot(document);
  // (Elements inside one already removed are removed from it too, which is harmless.)
  for (const el of [...document.querySelectorAll('body *')]) {
    if (el.contains(root)) continue;
    if (isFurniture(el) || isDateline(el)) el.remove();
  }
}

function isDateline(el: Element): boolean {
  if (BYLINE_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id ?? ''}`)) return true;
  if (!el.matches('p, div, span') || !el.querySelector('time')) return false;
  const text = clean(el.textContent) ?? '';
  return text.length < 100 && !/[.!?"”»“]$/.test(text);
}

/**
 * The text of each block that holds text directly: a paragraph, a heading, a list item; inline runs
 * between blocks are blocks of their own. `<br>` is a line break within its block.
 */
function blocksOf(container: Element): string[] {
  const blocks: string[] = [];
  let run = '';
  const flush = () => {
    const lines = run.split('\n').map(clean).filter(Boolean);
    if (lines.length) blocks.push(lines.join('\n'));
    run = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      run += (node.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'BR') {
      run += '\n';
      return;
    }
    if (el.matches('script, style, noscript, template, figure, figcaption')) return;
    const block = BLOCK.has(el.tagName);
    if (block) flush();
    el.childNodes.forEach(walk);
    if (block) flush();
  };
  walk(container);
  flush();
  return blocks;
}
