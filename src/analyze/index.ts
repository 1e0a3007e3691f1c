/**
 * Analyze stage: Article → Analysis. Every result is a span into `article.text`.
 *
 * @example
 * const analysis = analyze(article);
 * for (const q of analysis.quotes) console.log(article.text.slice(q.content.start, q.content.end));
 */
import type { Analysis, Article } from '../types.js';
import { splitSentences } from './sentences/index.js';
import { findEntities } from './entities/index.js';
import { findDescriptions, findRoles } from './roles/index.js';
import { findQuotes } from './quotes/index.js';
import { findClaims } from './claims/index.js';

/** Options of the analyze stage (none yet: every step runs with its own named defaults). */
export type AnalyzeOptions = Record<string, never>;

export const DEFAULT_ANALYZE_OPTIONS: AnalyzeOptions = {};

/** Runs the analysis steps in order: sentences → entities → roles (and the definite descriptions they resolve) → quotes → claims. */
export function analyze(article: Article, _options: Partial<AnalyzeOptions> = {}): Analysis {
  const sentences = splitSentences(article);
  const found = findEntities(article, sentences);
  const { entities } = found;
  const roles = findRoles(article, sentences, found.mentions, entities);
  const mentions = [...found.mentions, ...findDescriptions(article, sentences, found.mentions, roles)].sort((a, b) => a.start - b.start);
  const quotes = findQuotes(article, sentences, mentions, entities);
  const claims = findClaims(article, sentences, mentions, entities, quotes);
  return { articleId: article.id, sentences, mentions, entities, roles, quotes, claims };
}
