import {expect} from '@open-wc/testing';
import {encodeTextDirectiveTerm, textDirective, textFragmentUrl} from '../src/document/text-fragment.js';
import {articleTimeline, labelOf, minimalDoc, settle, timelineFrom, tooltip} from './helpers/timeline.js';

describe('text fragment links', () => {
  it('escapes the characters the directive syntax uses: - , &', () => {
    expect(encodeTextDirectiveTerm('Xi-Putin, talks & more')).to.equal('Xi%2DPutin%2C%20talks%20%26%20more');
  });

  it('links a short quote whole', () => {
    expect(textDirective('the two cooked  Russian pancakes')).to.equal('text=the%20two%20cooked%20Russian%20pancakes');
  });

  it('links a long quote by its first and last words', () => {
    const quote = 'on the sidelines of a forum in Vladivostok in 2018, the two cooked Russian pancakes together';
    expect(textDirective(quote)).to.equal('text=on%20the%20sidelines%20of,cooked%20Russian%20pancakes%20together');
  });

  it('builds the URL, keeps an existing fragment, replaces an old directive, refuses non-web URLs', () => {
    expect(textFragmentUrl('https://example.com/a?b=1', 'A happened')).to.equal('https://example.com/a?b=1#:~:text=A%20happened');
    expect(textFragmentUrl('https://example.com/a#top', 'A')).to.equal('https://example.com/a#top:~:text=A');
    expect(textFragmentUrl('https://example.com/a#top:~:text=old', 'A')).to.equal('https://example.com/a#top:~:text=A');
    expect(textFragmentUrl('javascript:alert(1)', 'A')).to.equal(undefined);
    expect(textFragmentUrl('data:text/html,x', 'A')).to.equal(undefined);
    expect(textFragmentUrl('not a url', 'A')).to.equal(undefined);
    expect(textFragmentUrl('https://example.com/', '   ')).to.equal(undefined);
  });

  it('puts "Read this passage in the article" in the pinned detail, opening a new tab safely', async () => {
    const el = await articleTimeline(1280, {locale: 'en'});
    el.selected = 'vladivostok-pancakes';
    await settle(el);
    const link = tooltip(el).querySelector<HTMLAnchorElement>('.tip-link a')!;
    expect(link.textContent!.trim()).to.equal('Read this passage in the article');
    expect(link.href).to.equal(
      'https://www.cnn.com/2023/03/20/europe/xi-jinping-putin-moscow-visit-intl/index.html#:~:text=on%20the%20sidelines%20of,cooked%20Russian%20pancakes%20together',
    );
    expect(link.target).to.equal('_blank');
    expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
  });

  it('shows no link in a hover detail, nor when the document has no source URL', async () => {
    const el = await articleTimeline(1280);
    labelOf(el, 'icc-warrant').dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
    await settle(el);
    expect(tooltip(el).textContent).to.contain('warrant');
    expect(tooltip(el).querySelector('.tip-link')).to.equal(null);

    const bare = await timelineFrom(minimalDoc([{id: 'a', date: '2019', title: 'B', quote: 'B happened'}]));
    bare.selected = 'a';
    await settle(bare);
    expect(tooltip(bare).textContent).to.contain('B happened');
    expect(tooltip(bare).querySelector('a')).to.equal(null);
  });
});
