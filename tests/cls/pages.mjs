// The pages on which layout shift (CLS) is measured (#15.1): what an embedding page looks like when
// it pastes exactly the README's two lines (the script tag, the element) and no CSS of its own, with a
// heading above and eight long paragraphs below. The script tag is the README's, blocking="render"
// included: without it the page may paint before the element is defined, with the element 0 px tall. `node tests/cls/pages.mjs` writes the static copies
// the browser tests load (tests/cls/src.html, tests/cls/inline.html, with the TypeScript sources);
// `npm run bench` can serve the same pages with the bundle through `clsPageHtml`.
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const root = new URL('../../', import.meta.url);

/** Eight long paragraphs, as a news page has under an embed. */
export const PARAGRAPHS = Array.from(
  {length: 8},
  (_, i) =>
    `Paragraph ${i + 1}. ` +
    'The story goes on below the timeline, as it does on any news page: the reader has started on ' +
    'this text while the timeline loads, and the line being read must not move when it arrives. '.repeat(4),
);

/**
 * The HTML of a CLS page. `script`: URL of the module that defines the element (the bundle, or
 * /src/define.ts). `doc`: a URL for `src`, or a document object to paste inline.
 */
export function clsPageHtml({script, doc, title = 'CLS page'}) {
  const element =
    typeof doc === 'string'
      ? `<article-timeline src="${doc}"></article-timeline>`
      : `<article-timeline>\n  <script type="application/json">${JSON.stringify(doc).replace(/</g, '\\u003c')}</script>\n</article-timeline>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script type="module" src="${script}" blocking="render"></script>
</head>
<body>
<h1>A news page that embeds a timeline</h1>
${element}
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
</body>
</html>
`;
}

/** The article's document with its text inline (no second request), as an inline embed has it. */
export function inlineArticleDocument() {
  const doc = JSON.parse(readFileSync(new URL('data/xi-putin-moscow-2023.timeline.json', root), 'utf8'));
  const text = readFileSync(new URL('data/xi-putin-moscow-2023.txt', root), 'utf8');
  const {textUrl: _unused, ...source} = doc.source;
  delete doc.$schema;
  return {...doc, source: {...source, text}};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const script = '/src/define.ts';
  writeFileSync(
    new URL('src.html', import.meta.url),
    clsPageHtml({script, doc: '/data/xi-putin-moscow-2023.timeline.json', title: 'CLS: src'}),
  );
  writeFileSync(new URL('inline.html', import.meta.url), clsPageHtml({script, doc: inlineArticleDocument(), title: 'CLS: inline'}));
}
