import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/define.js';
import type {ArticleTimeline} from '../src/element/article-timeline.js';
import type {TimelineDocument} from '../src/document/types.js';
import {textDirection, titleDirection} from '../src/i18n/direction.js';
import {labelOf, settle} from './helpers/timeline.js';

describe('titleDirection', () => {
  it('takes a title whose letters all run one way in that direction, whatever the article', () => {
    expect(titleDirection("Xi Jinping takes office as China's leader", 'rtl')).to.equal('ltr');
    expect(titleDirection('שי ג׳ינפינג נכנס לתפקידו', 'ltr')).to.equal('rtl');
    expect(titleDirection('وصول شي إلى موسكو', 'ltr')).to.equal('rtl');
    expect(titleDirection('Си Цзиньпин прибыл в Москву', 'rtl')).to.equal('ltr');
  });

  it('takes a title that mixes both in the article’s direction', () => {
    // A Hebrew title that begins with a Latin name, and an English one quoting a Hebrew word.
    expect(titleDirection('CNN: נשיא סין מגיע למוסקבה', 'rtl')).to.equal('rtl');
    expect(titleDirection('The word שלום on the banners', 'ltr')).to.equal('ltr');
  });

  it('leaves a title without letters to the page (undefined)', () => {
    expect(titleDirection('2024 – 2025', 'rtl')).to.equal(undefined);
  });

  it('reads an article’s direction from most of its letters, niqqud and digits aside', () => {
    expect(textDirection('בְּרֵאשִׁית בָּרָא CNN 2024')).to.equal('rtl');
    expect(textDirection('Xi arrived in Moscow on Monday; Putin said "שלום".')).to.equal('ltr');
    expect(textDirection('')).to.equal('ltr');
  });
});

const ENGLISH_TITLE =
  'Xi Jinping takes office as China’s leader after a decade of rising through the ranks of the party in three provinces and in Shanghai';
const HEBREW_TITLE = 'שי ג׳ינפינג נכנס לתפקידו כמנהיג סין לאחר עשור של עלייה בשורות המפלגה בשלושה מחוזות ובעיר שנגחאי הגדולה';
const HEBREW_LATIN_TITLE = 'CNN: נשיא סין מגיע למוסקבה לביקור ממלכתי בן שלושה ימים ונפגש עם הנשיא פוטין בקרמלין ובארוחת ערב';

const doc = (text: string, titles: [string, string, string][]): TimelineDocument => ({
  source: {title: 'Test', publisher: 'Test', published: '2023-03-20', text},
  events: titles.map(([id, date, title]) => ({id, date, title, quote: id})),
});

/** A timeline in `<div dir="rtl" lang="he">`, 400 px wide: room for each label, not for these titles. */
async function onRtlPage(d: TimelineDocument): Promise<ArticleTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="he" style="width:400px"></div>`);
  const el = document.createElement('article-timeline');
  el.setAttribute('orientation', 'horizontal');
  const loaded = oneEvent(el, 'timeline-load');
  el.timeline = d;
  wrapper.append(el);
  await loaded;
  await settle(el);
  return el;
}

/**
 * Where the title's first and last letters are drawn, against the label's box: a label cut short
 * shows its first letter and loses its last (clipped behind the ellipsis).
 */
function ends(label: HTMLElement): {first: 'inside' | 'outside'; last: 'inside' | 'outside'; firstSide: 'left' | 'right'} {
  const texts = [...label.childNodes].filter((n): n is Text => n instanceof Text && !!n.data.trim());
  const box = label.getBoundingClientRect();
  const rectOf = (node: Text, at: number) => {
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    return range.getBoundingClientRect();
  };
  const where = (r: DOMRect) => (r.left >= box.left - 0.5 && r.right <= box.right + 0.5 ? 'inside' : 'outside');
  const first = rectOf(texts[0]!, texts[0]!.data.search(/\S/));
  const lastNode = texts[texts.length - 1]!;
  const last = rectOf(lastNode, lastNode.data.trimEnd().length - 1);
  const mid = box.left + box.width / 2;
  return {first: where(first), last: where(last), firstSide: first.left < mid ? 'left' : 'right'};
}

describe('<article-timeline> titles cut at their own end on a right-to-left page', () => {
  it('an English article: its titles keep their start, and lose their end on the right', async () => {
    const text = 'In 2012 office came. In 2015 visit came. In 2019 birthday came.';
    const el = await onRtlPage(
      doc(text, [
        ['office', '2012-11-15', ENGLISH_TITLE],
        ['visit', '2015-05-08', ENGLISH_TITLE.replace('Xi Jinping', 'Xi')],
        ['birthday', '2019-06-15', ENGLISH_TITLE.replace('takes office', 'stays on')],
      ]),
    );
    const ids = ['office', 'visit', 'birthday'];
    const cut = {first: 'inside', last: 'outside', firstSide: 'left'};
    expect(Object.fromEntries(ids.map((id) => [id, ends(labelOf(el, id))]))).to.deep.equal({office: cut, visit: cut, birthday: cut});
    expect(ids.map((id) => labelOf(el, id).getAttribute('dir'))).to.deep.equal(['ltr', 'ltr', 'ltr']);
  });

  it('a Hebrew article: its titles, one beginning with a Latin name, keep their start on the right', async () => {
    const text = 'בשנת 2012 office קרה. בשנת 2015 visit קרה. בשנת 2019 birthday קרה. שי ג׳ינפינג והנשיא פוטין נפגשו בקרמלין.';
    const el = await onRtlPage(
      doc(text, [
        ['office', '2012-11-15', HEBREW_TITLE],
        ['visit', '2015-05-08', HEBREW_LATIN_TITLE],
        ['birthday', '2019-06-15', HEBREW_TITLE.replace('שי ג׳ינפינג', 'הנשיא שי')],
      ]),
    );
    const ids = ['office', 'visit', 'birthday'];
    const cut = {first: 'inside', last: 'outside', firstSide: 'right'};
    expect(Object.fromEntries(ids.map((id) => [id, ends(labelOf(el, id))]))).to.deep.equal({office: cut, visit: cut, birthday: cut});
    expect(ids.map((id) => labelOf(el, id).getAttribute('dir'))).to.deep.equal(['rtl', 'rtl', 'rtl']);
  });
});
