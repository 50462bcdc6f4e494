// custom-elements.json describes the element that actually runs: its attributes are the observed
// ones, its shadow parts are the ones the templates write, its CSS custom properties the ones
// the styles read. (scripts/check-manifest.mjs checks the file is fresh and matches the README.)
import {expect} from '@open-wc/testing';
import {ArticleTimeline} from '../src/define.js';
import {articleTimeline, minimalDoc, parts, settle, timelineFrom, tooltip} from './helpers/timeline.js';

interface Named {
  name: string;
}
interface ElementDeclaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: (Named & {fieldName?: string})[];
  members?: (Named & {kind: string; privacy?: string; static?: boolean})[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

async function declaration(): Promise<ElementDeclaration> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {modules: {declarations?: ElementDeclaration[]}[]};
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement && d.tagName === 'article-timeline');
  if (!found) throw new Error('custom-elements.json has no <article-timeline>');
  return found;
}

const names = (list: Named[] | undefined) => (list ?? []).map((x) => x.name).sort();
/** Failure hint: the file may only be stale, or the class JSDoc may lack a tag. */
const HINT = 'custom-elements.json vs the element (run `npm run analyze`; document with @attr/@csspart/@cssprop)';
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** Every token of every `part` attribute in the element's shadow root. */
function renderedParts(el: ArticleTimeline): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(/\s+/).filter(Boolean));
}

/**
 * The element's module and every module of src/element/ it imports, directly or not, joined. The dev
 * server compiles the TypeScript; the template literals and the import specifiers come through verbatim.
 */
async function elementSources(): Promise<string> {
  const seen = new Set<string>();
  const texts: string[] = [];
  const visit = async (path: string): Promise<void> => {
    if (seen.has(path)) return;
    seen.add(path);
    const text = await (await fetch(path)).text();
    texts.push(text);
    // Relative specifiers, or absolute ones if the server rewrote them; with or without a query.
    for (const [, spec] of text.matchAll(/from\s*['"]((?:\.{1,2})?\/[^'"?]+?)\.[jt]s(?:\?[^'"]*)?['"]/g)) {
      const url = new URL(`${spec}.ts`, new URL(path, location.origin)).pathname;
      if (url.startsWith('/src/element/')) await visit(url);
    }
  };
  await visit('/src/element/article-timeline.ts');
  return texts.join('\n');
}

describe('custom-elements.json', () => {
  it('lists exactly the attributes the element observes, each tied to a property', async () => {
    const d = await declaration();
    expect(names(d.attributes), HINT).to.deep.equal(sorted(ArticleTimeline.observedAttributes));
    const el = document.createElement('article-timeline');
    for (const attr of d.attributes ?? []) expect(attr.fieldName && attr.fieldName in el, attr.name).to.be.true;
  });

  it('lists only public members, and each exists on the element', async () => {
    const d = await declaration();
    const el = document.createElement('article-timeline');
    for (const m of d.members ?? []) {
      expect(m.privacy ?? 'public', m.name).to.equal('public');
      expect(m.name in el, m.name).to.be.true;
    }
  });

  it('lists exactly the --article-timeline-* custom properties the styles read', async () => {
    const d = await declaration();
    const css = ArticleTimeline.elementStyles
      .map((s) => ('cssText' in s ? s.cssText : [...s.cssRules].map((r) => r.cssText).join('\n')))
      .join('\n');
    const used = sorted([...css.matchAll(/--article-timeline-[a-z0-9-]*[a-z0-9]/g)].map((m) => m[0]));
    expect(names(d.cssProperties), HINT).to.deep.equal(used);
  });

  it('lists exactly the shadow parts the templates write', async () => {
    const d = await declaration();
    const source = await elementSources();
    const written = sorted([...source.matchAll(/\spart="([^"]+)"/g)].flatMap((m) => m[1]!.split(/\s+/)));
    expect(written).to.include('event');
    expect(names(d.cssParts), HINT).to.deep.equal(written);
  });

  it('documents every part a rendered timeline shows, with its detail open and with an error', async () => {
    const d = await declaration();
    const documented = new Set(names(d.cssParts));

    const el = await articleTimeline(1000, {selected: 'vladivostok-pancakes'});
    await settle(el);
    expect(tooltip(el).textContent).to.contain('cooked Russian pancakes together');
    const broken = await timelineFrom(
      minimalDoc([
        {id: 'a', date: '2023-03-20', title: 'A', quote: 'A happened'},
        {id: 'ghost', date: '2019', title: 'Ghost', quote: 'never written'},
      ]),
    );
    expect(parts(broken, 'error')).to.have.length(1);

    const shown = sorted([...renderedParts(el), ...renderedParts(broken)]);
    expect(shown).to.include.members(['event', 'event-label', 'event-mark', 'tooltip', 'error']);
    expect(
      shown.filter((p) => !documented.has(p)),
      HINT,
    ).to.deep.equal([]);
  });
});
