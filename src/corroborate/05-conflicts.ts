/**
 * Step 5: conflicts — only real differences.
 *
 * (a) Titles: an actor called "former X" in one article and "X" in another
 *     (status conflict); an actor who resigned in one article but holds a
 *     title in an article that does not report the resignation (changed).
 * (b) Numbers: inside one fact, quantities of the same unit whose intervals
 *     do not overlap ("nearly four years" and "more than three years" do).
 * (c) Quotes: a quote group whose outlets use different words.
 */
import type { Actor, AnalyzedArticle, Citation, Conflict, ConflictSide, Quantity, QuoteGroup } from '../types.js';
import type { ClaimRecord, FactDraft } from './03-facts.js';
import { compareCitations, dedupeCitations, titleKey } from './01-actors.js';
import { sameUnit } from './03-facts.js';
import { normalizeQuote, wordingDiff } from './02-quotes.js';
import { compareStrings } from './text.js';

/** Predicate lemmas that mean the subject left a post. */
const DEPARTURE_PREDICATES = new Set(['resign', 'step down', 'quit']);

/** Conflict kinds in the order a reader meets them. */
const KIND_ORDER: Conflict['kind'][] = ['title', 'number', 'date', 'place', 'quote'];

/**
 * Finds the conflicts of a story, sorted by kind, subject and first citation, with ids `c-<n>`.
 *
 * @example
 * const conflicts = findConflicts(items, actors, facts, groups);
 * conflicts.map((c) => c.kind) // ["title", "number", "quote"]
 */
export function findConflicts(items: AnalyzedArticle[], actors: Actor[], facts: FactDraft[], groups: QuoteGroup[]): Conflict[] {
  const texts = new Map(items.map((i) => [i.article.id, i.article.text]));
  const conflicts = [
    ...actors.flatMap(formerTitleConflicts),
    ...actors.flatMap((a) => resignationConflicts(a, facts)),
    ...facts.flatMap((f) => numberConflicts(f, texts)),
    ...groups.flatMap(quoteConflicts),
  ];
  conflicts.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      compareStrings(a.subject, b.subject) ||
      compareCitations(firstCitation(a), firstCitation(b)),
  );
  return conflicts.map((c, i) => ({ ...c, id: `c-${i + 1}` }));
}

function firstCitation(c: Conflict): Citation {
  return c.sides[0]?.citations[0] ?? { articleId: '', start: 0, end: 0 };
}

function articlesOf(citations: Citation[]): string[] {
  return [...new Set(citations.map((c) => c.articleId))].sort(compareStrings);
}

/** "former President" in one article against "President" in another. */
function formerTitleConflicts(actor: Actor): Conflict[] {
  const out: Conflict[] = [];
  for (const former of actor.roles.filter((r) => r.status === 'former')) {
    const key = titleKey(former.title);
    const current = dedupeCitations(actor.roles.filter((r) => !r.status && titleKey(r.title) === key).flatMap((r) => r.citations));
    const formerArticles = articlesOf(former.citations);
    const currentArticles = articlesOf(current);
    const crosses = formerArticles.some((a) => currentArticles.some((b) => a !== b));
    if (current.length === 0 || !crosses) continue;
    const title = actor.roles.find((r) => !r.status && titleKey(r.title) === key)?.title ?? former.title;
    out.push({
      id: '',
      kind: 'title',
      subject: `Title of ${actor.name}`,
      status: 'conflict',
      sides: [
        { value: title, citations: current },
        { value: `former ${former.title}`, citations: former.citations },
      ],
      reason: `${actor.name} is called former ${former.title} in ${formerArticles.join(', ')} but ${title} in ${currentArticles.join(', ')}.`,
    });
  }
  return out;
}

/** An actor reported as having resigned, who holds a current title in an article that does not say so. */
function resignationConflicts(actor: Actor, facts: FactDraft[]): Conflict[] {
  const claims: ClaimRecord[] = facts.flatMap((f) => f.claims).filter((c) => c.subject === actor.id && DEPARTURE_PREDICATES.has(c.claim.predicate));
  const evidence = dedupeCitations([
    ...actor.roles.filter((r) => r.status === 'resigned').flatMap((r) => r.citations),
    ...claims.map((c) => ({ articleId: c.articleId, start: c.sentence.start, end: c.sentence.end })),
  ]);
  if (evidence.length === 0) return [];
  const resignedIn = new Set(evidence.map((c) => c.articleId));
  const out: Conflict[] = [];
  for (const role of actor.roles.filter((r) => !r.status || r.status === 'new' || r.status === 'acting')) {
    const elsewhere = role.citations.filter((c) => !resignedIn.has(c.articleId));
    if (elsewhere.length === 0) continue;
    out.push({
      id: '',
      kind: 'title',
      subject: `Title of ${actor.name}`,
      status: 'changed',
      sides: [
        { value: 'resigned', citations: evidence },
        { value: role.title, citations: elsewhere },
      ],
      reason: `${articlesOf(elsewhere).join(', ')} still calls ${actor.name} ${role.title}; ${articlesOf(evidence).join(', ')} reports the resignation.`,
    });
  }
  return out;
}

interface QuantityRecord {
  quantity: Quantity;
  claim: ClaimRecord;
}

/** Within a fact: per unit, values whose intervals never overlap. */
function numberConflicts(fact: FactDraft, texts: Map<string, string>): Conflict[] {
  if (fact.claims.length < 2) return [];
  const units: QuantityRecord[][] = [];
  for (const claim of fact.claims) {
    for (const quantity of claim.quantities) {
      const unit = units.find((u) => u[0] && sameUnit(u[0].quantity.unit, quantity.unit));
      if (unit) unit.push({ quantity, claim });
      else units.push([{ quantity, claim }]);
    }
  }
  return units.map((u) => unitConflict(u, texts)).filter((c): c is Conflict => c !== null);
}

/** Sweeps the sorted intervals into bins of mutually reachable overlaps; two or more bins disagree. */
function valueBins(records: QuantityRecord[]): QuantityRecord[][] {
  const sorted = [...records].sort(
    (a, b) => a.quantity.low - b.quantity.low || a.quantity.high - b.quantity.high || compareStrings(a.claim.node, b.claim.node),
  );
  const bins: QuantityRecord[][] = [];
  let reach = -Infinity;
  for (const r of sorted) {
    const bin = bins[bins.length - 1];
    if (bin && r.quantity.low <= reach) {
      bin.push(r);
      reach = Math.max(reach, r.quantity.high);
    } else {
      bins.push([r]);
      reach = r.quantity.high;
    }
  }
  return bins;
}

function unitConflict(records: QuantityRecord[], texts: Map<string, string>): Conflict | null {
  const bins = valueBins(records);
  if (bins.length < 2 || new Set(records.map((r) => r.claim.articleId)).size < 2) return null;
  const sides = bins.map((bin) => binSide(bin, texts));
  const unit = records[0]?.quantity.unit ?? '';
  const superseded = growsOverTime(bins);
  const ordered = superseded ? [...sides].reverse() : sides;
  const [a, b] = [bins[0], bins[bins.length - 1]];
  return {
    id: '',
    kind: 'number',
    subject: `Number of ${unit}`,
    status: superseded ? 'superseded' : 'conflict',
    sides: ordered,
    reason: superseded
      ? `The later report gives a higher count (${ordered[0]?.value}) than the earlier one (${ordered[ordered.length - 1]?.value}).`
      : `The values ${sides.map((s) => `"${s.value}"`).join(' and ')} do not overlap (${range(a)} vs ${range(b)}).`,
  };
}

function binSide(bin: QuantityRecord[], texts: Map<string, string>): ConflictSide {
  const citations = dedupeCitations(bin.map((r) => ({ articleId: r.claim.articleId, start: r.quantity.span.start, end: r.quantity.span.end })));
  const values = [...new Set(citations.map((c) => texts.get(c.articleId)?.slice(c.start, c.end).trim() ?? ''))].filter(Boolean);
  return { value: values.join(' / '), citations };
}

function range(bin: QuantityRecord[] | undefined): string {
  const low = Math.min(...(bin ?? []).map((r) => r.quantity.low));
  const high = Math.max(...(bin ?? []).map((r) => r.quantity.high));
  return `[${low}, ${high === Infinity ? '∞' : high}]`;
}

/**
 * A count that grew: every article giving the higher values was published
 * after every article giving the lower ones. Bins are sorted by value.
 */
function growsOverTime(bins: QuantityRecord[][]): boolean {
  for (let i = 1; i < bins.length; i++) {
    const lower = bins[i - 1] ?? [];
    const higher = bins[i] ?? [];
    const lowerDates = lower.map((r) => r.claim.publishedAt);
    const higherDates = higher.map((r) => r.claim.publishedAt);
    if ([...lowerDates, ...higherDates].some((d) => d === undefined || Number.isNaN(Date.parse(d)))) return false;
    const latestLower = Math.max(...lowerDates.map((d) => Date.parse(d ?? '')));
    const earliestHigher = Math.min(...higherDates.map((d) => Date.parse(d ?? '')));
    if (!(earliestHigher > latestLower)) return false;
  }
  return true;
}

function tokensOf(text: string): string[] {
  return normalizeQuote(text).split(' ').filter(Boolean);
}

/** A quote group with different words: one side per distinct wording. */
function quoteConflicts(group: QuoteGroup): Conflict[] {
  if (group.diffs.length === 0) return [];
  const first = group.variants[0];
  if (!first) return [];
  const firstTokens = tokensOf(first.text);
  const sides = new Map<string, ConflictSide>();
  for (const v of group.variants) {
    const signature = wordingDiff(firstTokens, tokensOf(v.text))
      .filter((p) => p.op !== 'same')
      .map((p) => `${p.op}:${p.text}`)
      .join('|');
    const side = sides.get(signature) ?? { value: v.text.trim(), citations: [] };
    side.citations.push({ articleId: v.articleId, start: v.start, end: v.end });
    sides.set(signature, side);
  }
  if (sides.size < 2) return [];
  const changes = group.diffs.map((d) => {
    const removed = d.parts.filter((p) => p.op === 'removed').map((p) => p.text).join(' … ');
    const added = d.parts.filter((p) => p.op === 'added').map((p) => p.text).join(' … ');
    return `"${removed}" → "${added}" in ${d.articleId}`;
  });
  return [
    {
      id: '',
      kind: 'quote',
      subject: `Wording of a quote by ${group.speaker ?? 'an unknown speaker'}`,
      status: 'conflict',
      sides: [...sides.values()],
      reason: `Outlets quote different words: ${[...new Set(changes)].join('; ')}.`,
    },
  ];
}
