import {ArticleTimeline} from './element/article-timeline.js';
import {warmUpPage} from './element/controllers/warm-up.js';

export {ArticleTimeline};

// Idempotent: a second copy of this module (or a second import) must not throw.
if (!customElements.get('article-timeline')) {
  // Before defining: the elements already in the page connect (and would warm up) as it is defined.
  warmUpPage();
  customElements.define('article-timeline', ArticleTimeline);
}
