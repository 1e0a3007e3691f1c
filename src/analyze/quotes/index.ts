/**
 * Quotes: direct, partial and multi-sentence quotations with their cue and
 * speaker, and reported (indirect) speech. Every result is a span into the text.
 *
 * @example
 * const quotes = findQuotes(article, sentences, mentions, entities);
 * for (const q of quotes) console.log(q.kind, article.text.slice(q.content.start, q.content.end), q.speaker);
 */
import type { Article, Entity, Mention, Quote, Sentence } from '../../types.js';
import { markedQuotes } from './04-direct.js';
import { reportedSpeech } from './05-indirect.js';
import { makeContext } from './context.js';

export { QUOTE_DEFAULTS } from './defaults.js';
export type { QuoteDefaults } from './defaults.js';

/**
 * Finds the quotations of one article, sorted by position; spans never overlap.
 * Speakers are the entity keys carried by `mentions`; a mention whose entity is
 * not in `entities` is ignored, so a speaker key always names a known entity.
 *
 * @example
 * findQuotes(article, sentences, mentions, entities)
 * // [{ kind: 'direct', start: 40, end: 75, content: { start: 41, end: 73 }, speaker: 'person:jane-doe', … }]
 */
export function findQuotes(article: Article, sentences: Sentence[], mentions: Mention[], entities: Entity[]): Quote[] {
  const known = new Set(entities.map((e) => e.key));
  const ctx = makeContext(article, sentences, mentions.filter((m) => known.has(m.entity)));
  const marked = markedQuotes(ctx);
  const reported = reportedSpeech(ctx, marked);
  return [...marked, ...reported].sort((a, b) => a.start - b.start);
}
