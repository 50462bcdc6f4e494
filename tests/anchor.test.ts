import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {findDateText, findNearMiss, findQuote, findQuotes, sentenceSpan} from '../src/document/anchor.js';
import type {TextSpan} from '../src/document/types.js';

let article = '';
const slice = (span: TextSpan | null) => (span ? article.slice(span.start, span.end) : null);
const quoteSpan = (quote: string): TextSpan => {
  const span = findQuote(article, quote);
  if (!span) throw new Error(`test quote not in the article: ${quote}`);
  return span;
};

before(async () => {
  article = await (await fetch('/data/xi-putin-moscow-2023.txt')).text();
});

describe('findQuote', () => {
  it('finds the first verbatim occurrence', () => {
    const span = findQuote(article, 'on Monday');
    expect(span).to.deep.equal({start: article.indexOf('on Monday'), end: article.indexOf('on Monday') + 9});
    expect(slice(span)).to.equal('on Monday');
  });

  it('does not match with straight quotes where the text has curly ones', () => {
    expect(findQuote(article, "Xi's visit comes days after Putin")).to.equal(null);
    expect(findQuote(article, 'Xi’s visit comes days after Putin')).to.not.equal(null);
  });

  it('finds nothing for an empty quote', () => {
    expect(findQuote(article, '')).to.equal(null);
  });
});

describe('findQuotes', () => {
  // Long enough that the one-pass search is used (quotes × text above its threshold).
  const long = (text: string) => text.repeat(Math.ceil(40_000 / text.length));

  it("gives findQuote's answer for every quote of the article, found or not", () => {
    const text = long(article + '\n');
    const quotes = ['on Monday', 'Xi’s visit comes days after Putin', "Xi's visit comes days after Putin", '', 'ice cream'];
    for (const word of article.split(/\s+/).slice(0, 400)) quotes.push(word, `${word} and some words not in it at all`);
    // Every 97th 40-character stretch of the text, so every part of it is searched for.
    for (let i = 0; i + 40 < article.length; i += 97) quotes.push(article.slice(i, i + 40));
    expect(quotes.length * text.length).to.be.above(4_000_000);
    expect(findQuotes(text, quotes)).to.deep.equal(quotes.map((q) => findQuote(text, q)));
  });

  it('agrees with findQuote on random texts and quotes, including repeats and shared beginnings', () => {
    // A small alphabet makes shared prefixes, repeats and near misses common.
    const word = fc.string({unit: fc.constantFrom('a', 'b', ' ', 'é', '’'), minLength: 0, maxLength: 30});
    fc.assert(
      fc.property(word, fc.array(word, {minLength: 1, maxLength: 60}), (seed, extra) => {
        const text = long(seed + extra.join(' ') + 'x');
        const quotes = [...extra, ...extra.map((q) => q + 'ab'), text.slice(7, 40), text.slice(100, 125)];
        // And enough stretches of the text that the one-pass search is used.
        for (let i = 0; quotes.length * text.length <= 4_000_000; i++) quotes.push(text.slice(i * 37, i * 37 + 10 + (i % 30)));
        expect(findQuotes(text, quotes)).to.deep.equal(quotes.map((q) => findQuote(text, q)));
      }),
      {numRuns: 60},
    );
  });
});

describe('findNearMiss', () => {
  it('names a curly apostrophe and where the text has it', () => {
    const at = article.indexOf('Xi’s visit comes days');
    expect(findNearMiss(article, "Xi's visit comes days after Putin")).to.equal(
      `not found verbatim; the text has it with ’ instead of ' at offset ${at}`,
    );
  });

  it('names curly double quotes and dashes together', () => {
    const message = findNearMiss(article, 'to denounce "hegemony" - a reference');
    expect(message).to.contain('“ instead of "').and.to.contain('— instead of -');
  });

  it('notices different whitespace and different capitals', () => {
    expect(findNearMiss(article, 'Xi’s visit comes  days after')).to.contain('different whitespace');
    expect(findNearMiss(article, 'xi’s visit comes days after')).to.contain('different capitals: "Xi’s visit comes days after"');
  });

  it('points at where a misspelt quote stops matching', () => {
    const message = findNearMiss(article, 'Xi’s visit comes days after Putin was indited by');
    expect(message).to.contain('the first 42 characters match').and.to.contain('"cted by');
  });

  it('says nothing when the quote is there or nowhere near', () => {
    expect(findNearMiss(article, 'ice cream')).to.equal(null);
    expect(findNearMiss(article, 'nothing like this is in the text')).to.equal(null);
  });
});

describe('sentenceSpan', () => {
  for (const method of ['intl', 'regex'] as const) {
    describe(method, () => {
      it('expands "ice cream" to its whole (unpunctuated) sentence', () => {
        const sentence = slice(sentenceSpan(article, quoteSpan('ice cream'), {method}));
        expect(sentence).to.match(/^Past meetings between the leaders/);
        expect(sentence).to.match(/cooked Russian pancakes together\.$/);
        expect(sentence).to.not.contain('\n');
      });

      it('gives both sentences for a quote that spans two', () => {
        const span = quoteSpan('three-day visit. Ingrained conflict');
        expect(slice(sentenceSpan(article, span, {method}))).to.equal(
          'Ukraine is expected to be a key topic of discussion during Xi’s three-day visit. Ingrained conflict It has killed tens of thousands of people and triggered a massive humanitarian crisis.',
        );
      });

      it('stops at a sentence end inside a paragraph, after the closing quote mark', () => {
        expect(slice(sentenceSpan(article, quoteSpan('First and foremost'), {method}))).to.equal(
          'First and foremost is the surrender or withdrawal of Russian occupation forces from the territory of Ukraine.',
        );
        expect(slice(sentenceSpan(article, quoteSpan('Invasion of Ukraine'), {method}))).to.equal('Invasion of Ukraine.');
      });

      it('ends a sentence at a line break: a heading stays alone', () => {
        expect(slice(sentenceSpan(article, quoteSpan('top of the'), {method}))).to.equal('On top of the table');
      });

      it('takes the first sentence of the text from its start', () => {
        expect(slice(sentenceSpan(article, quoteSpan('Xi-Putin meeting'), {method}))).to.equal(
          'Xi-Putin meeting: Chinese president arrives in Moscow for talks',
        );
      });
    });
  }

  it('trims surrounding whitespace', () => {
    const text = '  One here.   Two there.  \n';
    const span = sentenceSpan(text, {start: 15, end: 18});
    expect(text.slice(span.start, span.end)).to.equal('Two there.');
  });
});

describe('findDateText', () => {
  it('prefers an occurrence inside the quote over earlier ones', () => {
    const quote = quoteSpan('In a statement issued after Xi landed on Monday');
    const span = findDateText(article, 'on Monday', quote);
    expect(span).to.deep.equal({start: quote.end - 'on Monday'.length, end: quote.end});
    expect(article.indexOf('on Monday')).to.be.lessThan(quote.start);
  });

  it('then one inside the sentence, even if another is nearer outside it', () => {
    const text = 'It was 2019. The quote is here, and then a long tail of words in 2019 ends it.';
    const quote = {start: text.indexOf('The quote'), end: text.indexOf(', and')};
    const span = findDateText(text, '2019', quote);
    expect(span).to.deep.equal({start: text.lastIndexOf('2019'), end: text.lastIndexOf('2019') + 4});
  });

  it('uses the sentence in the article: "2019" after the ice-cream quote, not the earlier one', () => {
    const quote = quoteSpan('Putin presented Xi with ice cream');
    const sentence = sentenceSpan(article, quote);
    const span = findDateText(article, '2019', quote, sentence);
    expect(article.indexOf('2019')).to.be.lessThan(quote.start);
    expect(span!.start).to.be.within(quote.end, sentence.end);
  });

  it('then the nearest occurrence in the text', () => {
    const quote = quoteSpan('The two last met in person');
    const span = findDateText(article, 'on Monday', quote);
    const nearest = article.indexOf('on Monday', quote.end);
    expect(span).to.deep.equal({start: nearest, end: nearest + 9});
  });

  it('returns null when the phrase is not in the text', () => {
    expect(findDateText(article, 'on Sunday', quoteSpan('ice cream'))).to.equal(null);
  });
});
