// Run only by web-test-runner.bundle.config.mjs: the element the other tests load through
// src/define.ts is the one in dist/article-timeline.bundled.js, so they test the file we ship.
import {expect, fixture, html} from '@open-wc/testing';
import {ArticleTimeline} from '../../src/define.js';

const BUNDLE = '/dist/article-timeline.bundled.js';
const load = (path: string): Promise<Record<string, unknown>> => import(path);

describe('the shipped bundle under test', () => {
  it('is what src/define.ts gives the tests', async () => {
    const bundled = await load(BUNDLE);
    expect(ArticleTimeline).to.equal(bundled.ArticleTimeline);
    expect(customElements.get('article-timeline')).to.equal(bundled.ArticleTimeline);
  });

  it('is the minified file, with its templates minified', async () => {
    const text = await (await fetch(BUNDLE)).text();
    expect(text.startsWith('/*! article-timeline.')).to.equal(true);
    // minify-literals leaves no line of template indentation behind.
    expect(text).not.to.match(/\n {4,}</);
    expect(text.split('\n').length).to.be.below(20);
  });

  it('draws a time axis with the stand-ins d3-scale gets in the bundle', async () => {
    const doc = {
      source: {title: 'T', text: 'In 2012 it began. In 2020 it ended.'},
      events: [
        {id: 'a', date: '2012', title: 'Began', quote: 'In 2012 it began.'},
        {id: 'b', date: '2020', title: 'Ended', quote: 'In 2020 it ended.'},
      ],
    };
    const el = await fixture<ArticleTimeline>(html`<article-timeline style="width: 800px" .timeline=${doc}></article-timeline>`);
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    const ticks = [...el.shadowRoot!.querySelectorAll('[part~="axis"] text')].map((t) => t.textContent);
    expect(ticks.length, 'axis ticks').to.be.greaterThan(2);
    expect(ticks.join(' ')).to.match(/2012|2014|2016/);
    expect(el.shadowRoot!.querySelectorAll('[part~="event"]').length).to.equal(2);
  });
});
