import { sha256Hex } from '../text/hash.js';
import type { AnalyzedArticle } from '../types.js';
import type { AddResult } from './api.js';

/** Hex digits of the source hash tried in turn for a colliding id: short first, for readable ids. */
const SUFFIX_LENGTHS = [8, 16, 64] as const;

/** What the store already holds about an article, as far as identity goes. */
export interface KnownArticle {
  id: string;
  source: string;
  contentHash: string;
  revision: number;
}

/** One article row to write, its id already the stored id. */
export interface PlannedRow {
  item: AnalyzedArticle;
  revision: number;
}

/** The writes one round of `addArticles` makes, and what to report. */
export interface AddPlan {
  inserts: PlannedRow[];
  updates: PlannedRow[];
  result: AddResult;
}

/**
 * Groups items into rounds in which each source occurs at most once, keeping
 * order: a source given twice in one call is handled as if added twice.
 *
 * @example
 * splitRounds([a1, b, a2]); // [[a1, b], [a2]] when a1 and a2 share a source
 */
export function splitRounds(items: readonly AnalyzedArticle[]): AnalyzedArticle[][] {
  const seen = new Map<string, number>();
  const rounds: AnalyzedArticle[][] = [];
  for (const item of items) {
    const round = seen.get(item.article.source) ?? 0;
    seen.set(item.article.source, round + 1);
    (rounds[round] ??= []).push(item);
  }
  return rounds;
}

/**
 * The ids an article may be stored under, in order of preference: its own id,
 * then the id suffixed with a hash of its source (the same source always gets
 * the same suffix, whatever else is in the store).
 *
 * @example
 * candidateIds(item); // ['wire-1', 'wire-1-3f2a9c01', …]
 */
export function candidateIds(item: AnalyzedArticle): string[] {
  const digest = sha256Hex(item.article.source);
  return [item.article.id, ...SUFFIX_LENGTHS.map((n) => `${item.article.id}-${digest.slice(0, n)}`)];
}

/**
 * Decides, for one round (each source at most once), what is added, revised,
 * unchanged or a duplicate, given the stored articles that share a source,
 * content hash or candidate id with the round. Identity is the source; a new
 * source whose content is stored under another source is a duplicate.
 *
 * @example
 * planAdd([item], []).result.added; // [item.article.id]
 */
export function planAdd(round: readonly AnalyzedArticle[], known: readonly KnownArticle[]): AddPlan {
  const bySource = new Map(known.map((k) => [k.source, k]));
  const byHash = new Map<string, string>();
  for (const k of [...known].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (!byHash.has(k.contentHash)) byHash.set(k.contentHash, k.id);
  }
  const takenIds = new Set(known.map((k) => k.id));
  const plan: AddPlan = { inserts: [], updates: [], result: emptyAddResult() };

  for (const item of round) {
    const { source, contentHash } = item.article;
    const stored = bySource.get(source);
    if (stored !== undefined && stored.contentHash === contentHash) {
      plan.result.unchanged.push(stored.id);
    } else if (stored !== undefined) {
      plan.updates.push({ item: withId(item, stored.id), revision: stored.revision + 1 });
      plan.result.revised.push(stored.id);
      if (byHash.get(stored.contentHash) === stored.id) byHash.delete(stored.contentHash);
      if (!byHash.has(contentHash)) byHash.set(contentHash, stored.id);
    } else {
      const sameAs = byHash.get(contentHash);
      if (sameAs !== undefined) {
        plan.result.duplicates.push({ id: item.article.id, sameAs });
        continue;
      }
      const id = freeId(item, takenIds);
      takenIds.add(id);
      byHash.set(contentHash, id);
      plan.inserts.push({ item: withId(item, id), revision: 1 });
      plan.result.added.push(id);
    }
  }
  return plan;
}

/**
 * An AddResult with nothing in it.
 *
 * @example
 * const total = emptyAddResult();
 */
export function emptyAddResult(): AddResult {
  return { added: [], revised: [], unchanged: [], duplicates: [] };
}

function freeId(item: AnalyzedArticle, taken: ReadonlySet<string>): string {
  const id = candidateIds(item).find((c) => !taken.has(c));
  // Only a sha256 collision between two sources could exhaust the candidates.
  if (id === undefined) throw new Error(`${item.article.source}: no free article id`);
  return id;
}

function withId(item: AnalyzedArticle, id: string): AnalyzedArticle {
  if (item.article.id === id && item.analysis.articleId === id) return item;
  return { article: { ...item.article, id }, analysis: { ...item.analysis, articleId: id } };
}
