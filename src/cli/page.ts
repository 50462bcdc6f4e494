// A saved web page in Node: linkedom builds the Document that src/extract/html.ts reads.
import {parseHTML} from 'linkedom';
import {articleFromPage, type ArticlePage} from '../extract/html.js';

export function readPage(html: string, url?: string): ArticlePage {
  const {document} = parseHTML(html);
  // linkedom's Document implements what html.ts and Readability use of the DOM's.
  return articleFromPage(document as unknown as Document, {url});
}
