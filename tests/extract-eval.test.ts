// The scoring rule of `npm run eval:extract` (which runs in Node, and in `npm test` with its floors).
import {expect} from '@open-wc/testing';
import {scoreDraft} from '../src/extract/score.js';
import type {TimelineDocument} from '../src/document/types.js';

describe('scoreDraft', () => {
  const text = 'It opened in 2019. It closed on Friday.';
  const doc = (events: {date: string; quote: string}[]): TimelineDocument => ({
    source: {title: 't', text},
    events: events.map((e, i) => ({id: `e${i}`, title: 't', ...e})),
  });

  it('matches on an accepted date, qualifiers aside, and an overlapping quote', () => {
    const s = scoreDraft(text, doc([{date: '2019~', quote: 'It opened in 2019.'}]), [{dates: ['2019'], quote: 'opened in 2019'}]);
    expect([s.recall, s.precision]).to.deep.equal([1, 1]);
  });

  it('takes two forms of the same span as the same date', () => {
    const s = scoreDraft(text, doc([{date: '2019-22', quote: 'It opened in 2019.'}]), [
      {dates: ['2019-06/2019-08'], quote: 'opened in 2019'},
    ]);
    expect([s.recall, s.precision]).to.deep.equal([1, 1]);
    const other = scoreDraft(text, doc([{date: '2019-23', quote: 'It opened in 2019.'}]), [
      {dates: ['2019-06/2019-08'], quote: 'opened in 2019'},
    ]);
    expect([other.recall, other.precision]).to.deep.equal([0, 0]);
  });

  it('does not match a right date in another sentence, nor a wrong date in the right one', () => {
    const s = scoreDraft(
      text,
      doc([
        {date: '2019', quote: 'It closed on Friday.'},
        {date: '2020', quote: 'It opened in 2019.'},
      ]),
      [{dates: ['2019'], quote: 'It opened in 2019.'}],
    );
    expect([s.recall, s.precision]).to.deep.equal([0, 0]);
    expect(s.extra.length).to.equal(2);
  });

  it('leaves optional gold out of recall but counts it for precision', () => {
    const s = scoreDraft(text, doc([{date: '2023-03-17', quote: 'It closed on Friday.'}]), [
      {dates: ['2019'], quote: 'It opened in 2019.'},
      {dates: ['2023-03-17'], quote: 'It closed on Friday.', optional: true},
    ]);
    expect([s.recall, s.precision]).to.deep.equal([0, 1]);
  });

  it('counts date accuracy over the drafted events that found a gold sentence', () => {
    const s = scoreDraft(
      text,
      doc([
        {date: '2019', quote: 'It opened in 2019.'},
        {date: '2023-03-10', quote: 'It closed on Friday.'},
      ]),
      [
        {dates: ['2019'], quote: 'It opened in 2019.'},
        {dates: ['2023-03-17'], quote: 'closed on Friday'},
      ],
    );
    expect([s.located, s.dateAccuracy]).to.deep.equal([2, 0.5]);
    const none = scoreDraft(text, doc([{date: '2019', quote: 'It opened in 2019.'}]), [{dates: ['2019'], quote: 'It closed on Friday.'}]);
    expect([none.located, none.dateAccuracy, none.precision]).to.deep.equal([0, 1, 0]);
  });

  it('says which quote is not verbatim', () => {
    expect(() => scoreDraft(text, doc([]), [{dates: ['2019'], quote: 'It opened in 2018.'}])).to.throw(/gold event 0 is not verbatim/);
  });
});
