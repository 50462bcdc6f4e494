/**
 * A vertical timeline's tick labels stand in the narrow margin beside its axis. One too wide for
 * it ("Feb 5, 2023" on a phone) goes on two lines instead of being cut at the drawing's edge.
 */
import {expect} from '@open-wc/testing';
import {articleTimeline} from './helpers/timeline.js';
import type {ArticleTimeline} from '../src/index.js';

/** Every tick label of the axis, with its box and its lines. */
function tickLabels(el: ArticleTimeline) {
  const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg')!;
  const left = svg.getBoundingClientRect().left;
  const right = svg.getBoundingClientRect().right;
  return [...el.shadowRoot!.querySelectorAll<SVGTextElement>('.tick text')].map((text) => {
    const box = text.getBoundingClientRect();
    return {
      text: text.textContent ?? '',
      lines: text.querySelectorAll('tspan').length || 1,
      left: box.left - left,
      right: right - box.right,
    };
  });
}

describe('vertical axis labels', () => {
  it('fit beside the axis at phone width, wide ones on two lines', async () => {
    const el = await articleTimeline(343, {orientation: 'vertical'});
    const ticks = tickLabels(el);
    expect(ticks.length).to.be.greaterThan(5);
    for (const t of ticks) expect(t.left, `"${t.text}" starts ${-t.left} px before the drawing`).to.be.at.least(0);
    // The article's axis has at least one label with a year that would not fit on one line.
    const wrapped = ticks.filter((t) => t.lines === 2);
    expect(wrapped.length, 'labels on two lines').to.be.greaterThan(0);
    expect(wrapped.every((t) => /\d{4}/.test(t.text))).to.equal(true);
  });

  it('fit on the right of an rtl axis, in Russian', async () => {
    const el = await articleTimeline(343, {orientation: 'vertical', dir: 'rtl', locale: 'ru'});
    for (const t of tickLabels(el)) expect(t.right, `"${t.text}" ends ${-t.right} px past the drawing`).to.be.at.least(0);
  });

  it('keep short labels on one line', async () => {
    const el = await articleTimeline(343, {orientation: 'vertical'});
    const short = tickLabels(el).filter((t) => !/\d{4}/.test(t.text));
    expect(short.length).to.be.greaterThan(0);
    expect(short.every((t) => t.lines === 1)).to.equal(true);
  });
});
