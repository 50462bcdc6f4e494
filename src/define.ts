import {ArticleTimeline} from './element/article-timeline.js';

export {ArticleTimeline};

// Idempotent: a second copy of this module (or a second import) must not throw.
if (!customElements.get('article-timeline')) {
  customElements.define('article-timeline', ArticleTimeline);
}
