import {expect} from '@open-wc/testing';
import {serverTicks} from '../src/ssr/first-paint.js';
import {articleTimeline, parts} from './helpers/timeline.js';

/** The lines of each tick label in SVG markup: one, or the two of a label on two lines. */
function tickLines(root: ParentNode): string[][] {
  return [...root.querySelectorAll('.tick text')].map((text) => {
    const spans = [...text.querySelectorAll('tspan')];
    return spans.length ? spans.map((s) => s.textContent ?? '') : [text.textContent ?? ''];
  });
}

const parse = (markup: string) =>
  new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg"><g>${markup}</g></svg>`, 'image/svg+xml').documentElement;

describe('server-written ticks of a vertical axis', () => {
  const vertical = (labels: string[], rtl = false) =>
    parse(
      serverTicks(
        labels.map((label, i) => ({at: i * 40, label})),
        [0, 200],
        {vertical: true, rtl, width: 375, fontSizePx: 14},
      ),
    );

  it('puts a label too wide for the margin on two lines, as the browser does; a short one stays whole', () => {
    const svg = vertical(['Feb 5, 2023', '2012', 'февр. 2022 г.']);
    const lines = tickLines(svg);
    expect(lines[0]).to.have.length(2);
    expect(lines[0]!.join(' ')).to.equal('Feb 5, 2023');
    expect(lines[1]).to.deep.equal(['2012']);
    expect(lines[2]!.join(' ')).to.equal('февр. 2022 г.');
    // Each line starts at the label's x (beside the axis), the first half a line up.
    const spans = [...svg.querySelectorAll('tspan')];
    expect(spans.map((s) => s.getAttribute('x'))).to.deep.equal(['-9', '-9', '-9', '-9']);
    expect(spans.map((s) => s.getAttribute('dy'))).to.deep.equal(['-.6em', '1.2em', '-.6em', '1.2em']);
    expect([...vertical(['Feb 5, 2023'], true).querySelectorAll('tspan')].map((s) => s.getAttribute('x'))).to.deep.equal(['9', '9']);
  });

  it('writes the lines the browser draws for the article on a phone', async () => {
    const el = await articleTimeline(375, {orientation: 'vertical', locale: 'en'});
    const drawn = tickLines(parts(el, 'axis')[0]!);
    expect(drawn.some((l) => l.length === 2)).to.equal(true);
    const written = tickLines(vertical(drawn.map((l) => l.join(' '))));
    expect(written).to.deep.equal(drawn);
  });
});
