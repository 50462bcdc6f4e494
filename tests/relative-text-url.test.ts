// A document given as an object through `timeline` has no URL of its own: the README says its
// relative `source.textUrl` is resolved against the page (document.baseURI). These tests pin that.
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/define.js';
import type {ArticleTimeline} from '../src/element/article-timeline.js';
import type {TimelineDocument} from '../src/document/types.js';

const DOC_URL = '/data/xi-putin-moscow-2023.timeline.json';

async function documentWithTextAt(textUrl: string): Promise<TimelineDocument> {
  const doc = (await (await fetch(DOC_URL)).json()) as TimelineDocument;
  return {...doc, source: {...doc.source, textUrl, text: undefined}};
}

describe('a relative textUrl in the timeline property', () => {
  it('is fetched relative to the page, not to the script or the data folder', async () => {
    // The test page sits at the server's root, so from it the text is at data/…, not ../data/….
    const fromPage = new URL('data/xi-putin-moscow-2023.txt', document.baseURI);
    expect(fromPage.pathname).to.equal('/data/xi-putin-moscow-2023.txt');
    const el = await fixture<ArticleTimeline>(html`<article-timeline></article-timeline>`);
    const loaded = oneEvent(el, 'timeline-load');
    el.timeline = await documentWithTextAt('data/xi-putin-moscow-2023.txt');
    const {detail: model} = await loaded;
    expect(model.problems).to.deep.equal([]);
    expect(model.events.length).to.equal(21);
  });

  it('follows a <base href> on the page', async () => {
    const base = document.createElement('base');
    base.href = new URL('/data/', document.baseURI).href;
    document.head.prepend(base);
    try {
      const el = await fixture<ArticleTimeline>(html`<article-timeline></article-timeline>`);
      const loaded = oneEvent(el, 'timeline-load');
      el.timeline = await documentWithTextAt('xi-putin-moscow-2023.txt');
      const {detail: model} = await loaded;
      expect(model.problems).to.deep.equal([]);
      expect(model.events.length).to.equal(21);
    } finally {
      base.remove();
    }
  });
});
