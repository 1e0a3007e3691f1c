/**
 * Corroborate stage: one story's analysed articles → Dossier.
 *
 * Pure and deterministic: articles are put in id order first and every list
 * is sorted by content, so the dossier does not depend on input order.
 *
 * @example
 * const dossier = corroborate(story, items, clustering.copies);
 * for (const c of dossier.conflicts) console.log(c.kind, c.subject, c.reason);
 */
import type { AnalyzedArticle, CopyLink, Dossier, Fact, Story } from '../types.js';
import { DEFAULT_CORROBORATE_OPTIONS, type CorroborateOptions } from './options.js';
import { resolveActors, dedupeCitations } from './01-actors.js';
import { groupQuotes } from './02-quotes.js';
import { matchFacts, supportingClaims, type FactDraft } from './03-facts.js';
import { independenceOf, sharedPassages, type IndependenceJudge } from './04-independence.js';
import { findConflicts } from './05-conflicts.js';
import { roleFacts } from './06-role-facts.js';
import { compareStrings } from './text.js';

export { DEFAULT_CORROBORATE_OPTIONS, type CorroborateOptions } from './options.js';

/**
 * Builds the dossier of one story: actors, quote groups, facts with their
 * independent sources, conflicts and single-source facts.
 *
 * @example
 * const dossier = corroborate({ id: 's-1', articleIds: ['a', 'b'], events: [] }, items, []);
 * dossier.actors[0]?.name // "Jane Doe"
 */
export function corroborate(
  story: Story,
  items: AnalyzedArticle[],
  copies: CopyLink[],
  options: Partial<CorroborateOptions> = {},
): Dossier {
  const opts: CorroborateOptions = {
    ...DEFAULT_CORROBORATE_OPTIONS,
    ...options,
    factWeights: { ...DEFAULT_CORROBORATE_OPTIONS.factWeights, ...options.factWeights },
  };
  const storyItems = selectStoryItems(story, items);
  const actors = resolveActors(storyItems, opts);
  const quoteGroups = groupQuotes(storyItems, actors, opts);
  const drafts = matchFacts(storyItems, actors, opts);
  const judge = independenceOf(storyItems, copies);
  const actorIds = new Set(actors.actors.map((a) => a.id));
  const texts = new Map(storyItems.map((i) => [i.article.id, i.article.text]));
  const facts = [...withoutRepeatedSentences(drafts.map((d) => toFact(d, texts, judge, actorIds))), ...roleFacts(actors.actors, judge)]
    .sort((a, b) => b.outlets.length - a.outlets.length || b.sources.length - a.sources.length ||
      compareStrings(a.citations[0]?.articleId ?? '', b.citations[0]?.articleId ?? '') ||
      (a.citations[0]?.start ?? 0) - (b.citations[0]?.start ?? 0) || compareStrings(a.text, b.text))
    .map((f, i) => ({ id: `f-${i + 1}`, ...f }));
  const { conflicts, compatible } = findConflicts(storyItems, actors, drafts, quoteGroups);
  return {
    storyId: story.id,
    actors: actors.actors,
    quoteGroups,
    facts,
    conflicts,
    compatible,
    singleSource: facts.filter((f) => f.outlets.length === 1).map((f) => f.id),
  };
}

/** The story's articles, one per id, in id order (all of them when the story lists none). */
function selectStoryItems(story: Story, items: AnalyzedArticle[]): AnalyzedArticle[] {
  const wanted = new Set(story.articleIds);
  const byId = new Map<string, AnalyzedArticle>();
  for (const item of items) {
    const id = item.article.id;
    if ((wanted.size === 0 || wanted.has(id)) && !byId.has(id)) byId.set(id, item);
  }
  return [...byId.values()].sort((a, b) => compareStrings(a.article.id, b.article.id));
}

/**
 * A sentence with several claims would otherwise be listed once per claim: a fact whose
 * sentences are all cited by a fact with at least as many sources adds nothing. A figure
 * is a fact of its own, dropped only when the same figure spans were kept already; it
 * stands for the rest of its sentence only at equal support, so "they met on Sunday"
 * stays single-source even when the sentence's figure is corroborated.
 */
function withoutRepeatedSentences(facts: Omit<Fact, 'id'>[]): Omit<Fact, 'id'>[] {
  const cited = new Set<string>();
  const byFigure = new Map<string, Set<number>>();
  const key = (c: { articleId: string; start: number }) => `${c.articleId}:${c.start}`;
  const kept: Omit<Fact, 'id'>[] = [];
  const order = [...facts].sort((a, b) => b.outlets.length - a.outlets.length || b.sources.length - a.sources.length ||
    Number(b.figure !== undefined) - Number(a.figure !== undefined));
  for (const f of order) {
    if (f.figure) {
      const spans = f.figure.citations.map((c) => `#${key(c)}`);
      if (spans.every((k) => cited.has(k))) continue;
      for (const k of spans) cited.add(k);
      for (const c of f.citations) byFigure.set(key(c), new Set([...(byFigure.get(key(c)) ?? []), f.outlets.length]));
    } else {
      const n = f.outlets.length;
      if (f.citations.every((c) => cited.has(key(c)) || byFigure.get(key(c))?.has(n))) continue;
      for (const c of f.citations) cited.add(key(c));
    }
    kept.push(f);
  }
  return kept;
}

function toFact(draft: FactDraft, texts: Map<string, string>, judge: IndependenceJudge, actorIds: Set<string>): Omit<Fact, 'id'> {
  const rep = draft.representative;
  const text = texts.get(rep.articleId) ?? '';
  // Claims matched to the fact that contradict it (another value, day or place) are left to the conflicts.
  const claims = supportingClaims(draft);
  const sources = [...new Set(claims.map((c) => c.articleId))].sort(compareStrings);
  const citations = dedupeCitations(claims.map((c) => ({ articleId: c.articleId, start: c.sentence.start, end: c.sentence.end })));
  const fact: Omit<Fact, 'id'> = {
    text: text.slice(rep.sentence.start, rep.sentence.end),
    predicate: rep.claim.predicate,
    sources,
    outlets: judge.outletsOf(sources),
    ...judge.assess(sources, sharedPassages(citations, (id) => texts.get(id))),
    citations,
  };
  if (rep.subject && actorIds.has(rep.subject)) fact.subject = rep.subject;
  if (rep.figure) {
    const span = rep.figure.quantity.span;
    fact.figure = {
      text: text.slice(span.start, span.end),
      citations: dedupeCitations(claims.flatMap((c) => (c.figure ? [{ articleId: c.articleId, ...c.figure.quantity.span }] : []))),
    };
  }
  return fact;
}
