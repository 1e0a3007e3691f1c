/**
 * Claims: one statement of fact per clause — who did, said or is what — with
 * its predicate lemma, subject, the other entities named, and the quantities,
 * dates and places it states. Every part is a span into the text.
 *
 * @example
 * const claims = findClaims(article, sentences, mentions, entities, quotes);
 * claims.map((c) => c.predicate); // ['meet', 'last', 'say']
 */
import type { Article, Claim, DateValue, Entity, Mention, Quote, Sentence } from '../../types.js';
import { findDates } from '../dates/index.js';
import { SpanIndex } from '../../text/spans.js';
import { isBlank } from '../quotes/text.js';
import type { ClaimContext } from './03-clauses.js';
import { findCopula, findPredicate, findSubject, splitClauses } from './03-clauses.js';
import { clauseObjects, clauseValues } from './04-values.js';

export { CLAIM_DEFAULTS } from './defaults.js';

/**
 * The claims of one article, in text order. A clause makes a claim when it has
 * a predicate and at least a named subject, another entity or a value;
 * sentences that are nothing but a quotation make none.
 *
 * @example
 * findClaims(article, sentences, mentions, entities, quotes)[0];
 * // { start: 0, end: 52, sentence: 0, subject: 'person:jane-doe', predicate: 'meet', objects: ['person:karl-brandt'], values: [...] }
 */
export function findClaims(article: Article, sentences: Sentence[], mentions: Mention[], entities: Entity[], quotes: Quote[]): Claim[] {
  const known = new Set(entities.map((e) => e.key));
  const ctx: ClaimContext = {
    text: article.text,
    mentions: mentions.filter((m) => known.has(m.entity)).sort((a, b) => a.start - b.start),
    hidden: quotes.filter((q) => q.kind !== 'indirect').map((q) => ({ start: q.start, end: q.end })),
  };
  const dates = new SpanIndex(findDates(article, sentences).map((d) => ({ start: d.span.start, end: d.span.end, date: d })));
  const mentionIndex = new SpanIndex(ctx.mentions);
  const hiddenIndex = new SpanIndex(ctx.hidden);
  const claims: Claim[] = [];
  sentences.forEach((sentence, index) => {
    // Every step reads only what touches the clause, so each sentence sees its own mentions, quotes
    // and dates (found by binary search), never the whole article's: many names or figures cost n log n.
    const local: ClaimContext = {
      text: ctx.text,
      mentions: mentionIndex.overlapping(sentence.start, sentence.end),
      hidden: hiddenIndex.overlapping(sentence.start, sentence.end),
    };
    if (onlyQuotation(local, sentence)) return;
    const own = dates.overlapping(sentence.start, sentence.end).map((d) => d.date);
    for (const clause of splitClauses(local, sentence)) {
      const claim = clauseClaim(local, clause, index, own);
      if (claim) claims.push(claim);
    }
  });
  return claims;
}

function clauseClaim(ctx: ClaimContext, clause: { start: number; end: number }, sentence: number, dates: readonly DateValue[]): Claim | null {
  const values = clauseValues(ctx, clause, dates);
  // A clause without a news verb still states a figure it gives ("The talks are part of a 12-point plan"):
  // its copula carries the claim, so the figure can be corroborated.
  const predicate = findPredicate(ctx, clause) ?? (values.some((v) => v.kind === 'quantity') ? findCopula(ctx, clause) : null);
  if (!predicate) return null;
  const subject = findSubject(ctx, clause, predicate.groupStart);
  const objects = clauseObjects(ctx, clause, subject.entity);
  if (subject.entity === undefined && objects.length === 0 && values.length === 0) return null;
  const end = clause.end - (/[.!?]$/.test(ctx.text.slice(clause.start, clause.end)) ? 1 : 0);
  const claim: Claim = { start: clause.start, end, sentence, predicate: predicate.lemma, predicateSpan: predicate.span, objects, values };
  if (subject.entity !== undefined) claim.subject = subject.entity;
  if (subject.span !== undefined) claim.subjectSpan = subject.span;
  return claim;
}

function onlyQuotation(ctx: ClaimContext, sentence: Sentence): boolean {
  let pos = sentence.start;
  for (const h of ctx.hidden.filter((q) => q.end > sentence.start && q.start < sentence.end)) {
    if (!isBlank(ctx.text, pos, Math.max(pos, h.start))) return false;
    pos = Math.max(pos, h.end);
  }
  return isBlank(ctx.text, pos, sentence.end);
}
