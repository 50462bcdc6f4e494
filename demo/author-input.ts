// What the authoring page accepts besides typed text: a saved web page (pasted as HTML, or chosen as
// an .html file) and plain-text files. A page goes through src/extract/html.ts, on a DOMParser
// document that runs no script and loads nothing, so the text the extractor quotes is the article's.
import {articleFromPage, type ArticlePage} from '../src/extract/html.js';

/** The article text the element accepts at most (the document format's limit). */
const MAX_TEXT = 5_000_000;

/** What a paste or a file gave the page: the article and, for a web page, what the page says about it. */
export interface ArticleInput {
  kind: 'page' | 'text';
  page: ArticlePage;
}

/** Whether a pasted or loaded text is a web page's HTML rather than an article's text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.trimStart().slice(0, 2000);
  if (/^<!doctype\s+html|^<html[\s>]|^<\?xml[^>]*>\s*<html/i.test(head)) return true;
  // A fragment: several block tags, as a page's article copied from its source.
  return (head.match(/<(?:p|div|article|section|h[1-6]|body|head|main)[\s>]/gi) ?? []).length >= 3;
}

/** Reads a saved page's HTML: its article text, title, publication day, site and language. */
export function readHtml(html: string, url?: string): ArticleInput {
  // DOMParser documents are inert: their scripts never run, their images and styles never load.
  const document = new DOMParser().parseFromString(html, 'text/html');
  const page = articleFromPage(document, url ? {url} : {});
  return {kind: 'page', page};
}

/** Reads pasted text: a web page when it looks like one, else the article as it is. */
export function readPasted(text: string): ArticleInput {
  return looksLikeHtml(text) ? readHtml(text) : {kind: 'text', page: {text}};
}

/**
 * Reads a chosen file: an .html/.htm page (or any file whose text looks like one) through the
 * page reader, a .txt as the article exactly. Throws an Error naming the file for a binary,
 * empty or too large one.
 */
export async function readArticleFile(file: File): Promise<ArticleInput> {
  const name = JSON.stringify(file.name);
  if (file.size > MAX_TEXT * 4) throw new Error(`${name} is ${Math.round(file.size / 1e6)} MB: too large for an article (at most 20 MB).`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0) throw new Error(`${name} is empty.`);
  if (bytes.subarray(0, 8000).includes(0))
    throw new Error(`${name} is not a text file (it holds binary data): choose a .txt or a saved .html page.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new Error(`${name} is not UTF-8 text: save it as UTF-8 and choose it again.`);
  }
  const input =
    /\.html?$/i.test(file.name) || file.type === 'text/html' || looksLikeHtml(text)
      ? readHtml(text)
      : {kind: 'text' as const, page: {text}};
  if (input.page.text.length > MAX_TEXT)
    throw new Error(`${name} has more than ${MAX_TEXT.toLocaleString('en')} characters of text: too long for one article.`);
  if (input.kind === 'page' && !input.page.text.trim()) throw new Error(`No article text was found in the page ${name}.`);
  return input;
}
