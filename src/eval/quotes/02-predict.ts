/**
 * Step 2 of the quote evaluation: run Parallax (extract → analyze) on a gold
 * article's text and keep what the scorer compares: each quote's content, cue
 * and local speaker mention.
 */
import { analyze } from '../../analyze/index.js';
import { ParallaxError } from '../../errors.js';
import { extract } from '../../extract/index.js';
import type { Quote, Span } from '../../types.js';
import type { GoldArticle } from './01-gold.js';

/** A predicted attribution as the scorer sees it. */
export interface PredictedQuote {
  /** What was said: the reported clause of a partial quote when there is one, else the quoted words. */
  content: Span;
  cue?: Span;
  /** The speaker as written where the quote is (a name, a pronoun, "a source close to …"). */
  speakerMention?: Span;
  /** Kind direct or partial (the quote has quotation marks); false for reported speech. */
  direct: boolean;
  /** Parallax's kind of quote, for diagnostics (the scores read only `direct`). */
  kind?: Quote['kind'];
}

/**
 * The scorer's view of a Parallax quote.
 *
 * @example
 * toPredicted({ kind: 'partial', start: 9, end: 20, content: { start: 10, end: 19 }, sentence: 0 });
 * // { content: { start: 10, end: 19 }, direct: true, kind: 'partial' }
 */
export function toPredicted(q: Quote): PredictedQuote {
  const p: PredictedQuote = { content: q.clause ?? q.content, direct: q.kind !== 'indirect', kind: q.kind };
  if (q.cue) p.cue = q.cue;
  if (q.speakerMention) p.speakerMention = q.speakerMention;
  return p;
}

/**
 * Parallax's quotes for one gold article, read as a plain-text article. The
 * extracted text must be the gold text itself, or no offset could be compared.
 *
 * @example
 * predictQuotes({ id: 'a', text: '“We will win,” Doe said.', attributions: [] });
 * // [{ content: { start: 1, end: 12 }, cue: { start: 19, end: 23 }, speakerMention: { start: 15, end: 18 }, direct: true }]
 */
export function predictQuotes(gold: GoldArticle): PredictedQuote[] {
  const article = extract({ id: gold.id, source: gold.id, format: 'text', content: gold.text, meta: {} });
  if (article.text !== gold.text) {
    throw new ParallaxError('INPUT_UNREADABLE', `${gold.id}: the extracted text differs from the gold text; offsets cannot be compared`);
  }
  return analyze(article).quotes.map(toPredicted);
}
