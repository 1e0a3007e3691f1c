/**
 * Step 5: conflicts — only real differences — and the differing values found
 * compatible, each with its reason.
 *
 * (a) Titles: an actor called "former X" in one article and "X" in another
 *     (status conflict); an actor reported as having left a post ("X resigned",
 *     "the resignation of X") while another article still gives a title (changed).
 * (b) Numbers: figures of the same thing across the story ("nearly four years"
 *     of war, "the three-year war") whose intervals do not overlap conflict, or
 *     are superseded when later reports give the higher count; overlapping
 *     intervals written differently are compatible.
 * (c) Places: where a gathering took place, compared by containment and
 *     distance ("Santa Monica" lies in "California"); in one matched fact,
 *     places far apart conflict.
 * (d) Quotes: a quote group whose outlets use different words (direct and
 *     partial quotes; reported speech is a paraphrase). Several partial
 *     quotes of one utterance from one outlet are read together, and wording
 *     that differs only in function words ("also") is compatible.
 */
import type { Actor, AnalyzedArticle, Citation, Compatibility, Conflict, ConflictSide, QuoteGroup } from '../types.js';
import type { ClaimRecord, FactDraft } from './03-facts.js';
import type { ActorIndex } from './01-actors.js';
import { compareCitations, dedupeCitations, titleKey } from './01-actors.js';
import { figureReport } from './figures.js';
import { articleWordings, wordingDiff } from './02-quotes.js';
import { placeOf, relatePlaces, type PlaceRelation } from './places.js';
import { DEPARTURE_NOUNS, DEPARTURE_VERBS, GATHERING_PREDICATES } from './lexicon.js';
import { UnionFind, compareStrings, isStopword } from './text.js';
import { phraseAlternation } from '../text/phrases.js';
import { append } from '../text/arrays.js';

/** Predicate lemmas that mean the subject left a post. */
const DEPARTURE_PREDICATES = new Set(['resign', 'step down', 'quit']);

/** Conflict kinds in the order a reader meets them. */
const KIND_ORDER: Conflict['kind'][] = ['title', 'number', 'date', 'place', 'quote'];

/** What step 5 finds: the conflicts, and the differing values found compatible. */
export interface ConflictReport {
  conflicts: Conflict[];
  compatible: Compatibility[];
}

/**
 * Finds the conflicts of a story, sorted by kind, subject and first citation, with ids `c-<n>`,
 * and the differing values it found compatible, sorted the same way.
 *
 * @example
 * const { conflicts, compatible } = findConflicts(items, actors, facts, groups);
 * conflicts.map((c) => c.kind) // ["title", "number", "quote"]
 * compatible.map((c) => c.reason) // ["Harbourside lies in Westshire."]
 */
export function findConflicts(items: AnalyzedArticle[], index: ActorIndex, facts: FactDraft[], groups: QuoteGroup[]): ConflictReport {
  const figures = figureReport(items, facts);
  const places = placeReport(items, index, facts);
  const quotes = groups.map(quoteReport);
  const conflicts: Conflict[] = [
    ...index.actors.flatMap(formerTitleConflicts),
    ...index.actors.flatMap((a) => resignationConflicts(a, facts, departures(items, index, a.id))),
    ...figures.conflicts,
    ...places.conflicts,
    ...quotes.flatMap((q) => q.conflicts),
  ];
  const compatible: Compatibility[] = [...figures.compatible, ...places.compatible, ...quotes.flatMap((q) => q.compatible)];
  const order = (a: Compatibility, b: Compatibility): number =>
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || compareStrings(a.subject, b.subject) || compareCitations(firstCitation(a), firstCitation(b));
  return {
    conflicts: conflicts.sort(order).map((c, i) => ({ ...c, id: `c-${i + 1}` })),
    compatible: compatible.sort(order),
  };
}

function firstCitation(c: Compatibility): Citation {
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

/** After a name: an optional apposition (", the minister,"), then a verb of leaving ("resigned", "stepped down"). */
const LEFT_AFTER = new RegExp(`^(?:\\s*,[^,.;]{1,60},)?\\s*,?\\s+(?:has\\s+|had\\s+|then\\s+|later\\s+)?(?:${phraseAlternation(DEPARTURE_VERBS)})\\b`, 'i');
/** Before a name: a noun of leaving and "of" ("the resignation of"). */
const LEFT_BEFORE = new RegExp(`\\b(?:${phraseAlternation(DEPARTURE_NOUNS)})\\s+of\\s+$`, 'i');
/** How much text after a name may hold its apposition and verb. */
const DEPARTURE_WINDOW = 90;

/**
 * Sentences that report the actor leaving a post: "X resigned", "X, the
 * minister, stepped down", "the resignation of X".
 *
 * @example
 * departures(items, index, 'person:mark-tell') // [{ articleId: 'b2', start: 0, end: 31 }]
 */
export function departures(items: AnalyzedArticle[], index: ActorIndex, actorId: string): Citation[] {
  const out: Citation[] = [];
  for (const { article, analysis } of items) {
    for (const m of analysis.mentions) {
      if (index.actorOf(article.id, m.entity) !== actorId) continue;
      const after = article.text.slice(m.end, m.end + DEPARTURE_WINDOW);
      const before = article.text.slice(Math.max(0, m.start - DEPARTURE_WINDOW), m.start);
      if (!LEFT_AFTER.test(after) && !LEFT_BEFORE.test(before)) continue;
      const sentence = analysis.sentences.find((x) => x.start <= m.start && m.end <= x.end) ?? m;
      out.push({ articleId: article.id, start: sentence.start, end: sentence.end });
    }
  }
  return dedupeCitations(out);
}

/** An actor reported as having left a post, who holds a current title in an article that does not say so. */
function resignationConflicts(actor: Actor, facts: FactDraft[], reported: Citation[]): Conflict[] {
  const claims: ClaimRecord[] = facts.flatMap((f) => f.claims).filter((c) => !c.figure && c.subject === actor.id && DEPARTURE_PREDICATES.has(c.claim.predicate));
  const evidence = dedupeCitations([
    ...actor.roles.filter((r) => r.status === 'resigned').flatMap((r) => r.citations),
    ...claims.map((c) => ({ articleId: c.articleId, start: c.sentence.start, end: c.sentence.end })),
    ...reported,
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

/** A place a claim gives for what it reports. */
interface PlaceRecord {
  articleId: string;
  /** Canonical actor id of the place (the entity key when unresolved). */
  id: string;
  name: string;
  /** True when written "near X". */
  near: boolean;
  citation: Citation;
  claim: ClaimRecord;
}

const NEAR_BEFORE = /\b(?:near|outside|close\s+to)\s+(?:the\s+)?$/i;

function placeRecords(items: AnalyzedArticle[], index: ActorIndex, facts: FactDraft[]): PlaceRecord[] {
  const texts = new Map(items.map((i) => [i.article.id, i.article.text]));
  const names = new Map(index.actors.map((a) => [a.id, a.name]));
  const out: PlaceRecord[] = [];
  for (const claim of facts.flatMap((f) => f.claims)) {
    if (claim.figure) continue;
    const text = texts.get(claim.articleId) ?? '';
    for (const v of claim.claim.values) {
      if (v.kind !== 'place') continue;
      const id = index.actorOf(claim.articleId, v.entity) ?? v.entity;
      const written = text.slice(v.span.start, v.span.end);
      out.push({
        articleId: claim.articleId,
        id,
        name: names.get(id) ?? written,
        near: NEAR_BEFORE.test(text.slice(Math.max(0, v.span.start - 20), v.span.start)),
        citation: { articleId: claim.articleId, start: v.span.start, end: v.span.end },
        claim,
      });
    }
  }
  return out;
}

/** Why two places agree, in words; null when they do not. */
function placeAgreement(a: PlaceRecord, b: PlaceRecord, relation: PlaceRelation): string | null {
  if (relation.relation === 'inside') {
    const [inner, outer] = relation.inner === 0 ? [a, b] : [b, a];
    return `${inner.name} lies in ${outer.name}`;
  }
  if (relation.relation === 'near') return `${a.name} is ${relation.km} km from ${b.name}`;
  return null;
}

/**
 * Places compared by containment and distance. Where a gathering took place
 * (met, held, convened in …) is compared across outlets: places inside one
 * another or near each other are compatible, one entry per connected set of
 * names. In one matched fact, places far apart are a conflict; places of two
 * gatherings far apart are two gatherings, not a conflict.
 */
function placeReport(items: AnalyzedArticle[], index: ActorIndex, facts: FactDraft[]): ConflictReport {
  const records = placeRecords(items, index, facts);
  const factOf = new Map(facts.flatMap((f, i) => f.claims.map((c) => [c.node, i] as const)));
  const gathering = new Set(GATHERING_PREDICATES);
  const uf = new UnionFind();
  const reasons = new Map<string, Set<string>>();
  const conflicts: Conflict[] = [];
  const seenConflicts = new Set<string>();
  const relations = new Map<string, PlaceRelation>();
  const agreed = new Set<PlaceRecord>();
  const relate = (a: PlaceRecord, b: PlaceRecord): PlaceRelation => {
    const key = [a.id, b.id].join('\u0000');
    const known = relations.get(key) ?? relatePlaces(placeOf(a.name), placeOf(b.name));
    relations.set(key, known);
    return known;
  };
  for (let i = 0; i < records.length; i++) {
    for (let j = i + 1; j < records.length; j++) {
      const [a, b] = [records[i] as PlaceRecord, records[j] as PlaceRecord];
      if (a.articleId === b.articleId || a.id === b.id) continue;
      const oneFact = factOf.get(a.claim.node) === factOf.get(b.claim.node);
      const gatherings = gathering.has(a.claim.claim.predicate) && gathering.has(b.claim.claim.predicate);
      if (!oneFact && !gatherings) continue;
      const relation = relate(a, b);
      const why = placeAgreement(a, b, relation);
      if (why) {
        agreed.add(a).add(b);
        uf.union(a.id, b.id);
        reasons.set(why, new Set([...(reasons.get(why) ?? []), a.id, b.id]));
      } else if (oneFact && relation.relation === 'apart' && !seenConflicts.has([a.id, b.id].sort().join('|'))) {
        seenConflicts.add([a.id, b.id].sort().join('|'));
        conflicts.push({
          id: '',
          kind: 'place',
          subject: `Place where ${a.claim.claim.predicate} happened`,
          status: 'conflict',
          sides: [placeSide([a]), placeSide([b])],
          reason: `${a.name} and ${b.name} are ${relation.km === undefined ? 'different places' : `${relation.km} km apart`}.`,
        });
      }
    }
  }
  const compatible: Compatibility[] = [];
  const linked = records.filter((r) => agreed.has(r));
  for (const group of uf.groups([...new Set(linked.map((r) => r.id))])) {
    const members = new Set(group);
    const sides = [...members].sort(compareStrings).map((id) => placeSide(linked.filter((r) => r.id === id)));
    const why = [...reasons.entries()].filter(([, ids]) => [...ids].every((id) => members.has(id))).map(([w]) => w).sort(compareStrings);
    const predicates = [...new Set(linked.filter((r) => members.has(r.id)).map((r) => r.claim.claim.predicate))].sort(compareStrings);
    compatible.push({ kind: 'place', subject: `Place of the event (${predicates.join(', ')})`, sides, reason: `${why.join('; ')}.` });
  }
  return { conflicts, compatible };
}

function placeSide(records: PlaceRecord[]): ConflictSide {
  const first = records[0];
  const value = first ? `${records.every((r) => r.near) ? 'near ' : ''}${first.name}` : '';
  return { value, citations: dedupeCitations(records.map((r) => r.citation)) };
}

/** Function words that change meaning when added or dropped: a quote without "not" says the opposite. */
const MEANING_WORDS = new Set(['not', 'no', 'nor', 'never', 'without', 'only', 'all', 'any', 'more', 'most', 'than', 'some', 'both', 'each']);

/** True when every changed word is a function word that does not change the meaning ("also", "the"). */
function onlyFiller(parts: { op: string; text: string }[]): boolean {
  return parts
    .filter((p) => p.op !== 'same')
    .flatMap((p) => p.text.split(' '))
    .every((w) => isStopword(w) && !MEANING_WORDS.has(w));
}

/**
 * A quote group with different words: one side per distinct wording. Each
 * outlet's quotes of the utterance are read together in text order, so two
 * partial quotes from one outlet are one wording, never two sides; wording that
 * differs only in function words is compatible.
 */
function quoteReport(group: QuoteGroup): ConflictReport {
  // Reported speech is the outlet's paraphrase: its words are not the speaker's to compare.
  if (group.variants.every((v) => v.kind === 'indirect')) return { conflicts: [], compatible: [] };
  const wordings = articleWordings(group);
  const [base, ...others] = wordings;
  if (!base || others.length === 0) return { conflicts: [], compatible: [] };
  const sides = new Map<string, ConflictSide>([['', { value: base.text, citations: [...base.citations] }]]);
  const changes: string[] = [];
  const filler: string[] = [];
  for (const w of others) {
    const parts = wordingDiff(base.tokens, w.tokens);
    const changed = parts.filter((p) => p.op !== 'same');
    const described = describeChange(changed, w.articleId);
    const fillerOnly = onlyFiller(parts);
    if (changed.length > 0 && fillerOnly) filler.push(described);
    const signature = changed.length === 0 || fillerOnly ? '' : changed.map((p) => `${p.op}:${p.text}`).join('|');
    if (signature !== '') changes.push(described);
    const side = sides.get(signature) ?? { value: w.text, citations: [] };
    append(side.citations, w.citations);
    sides.set(signature, side);
  }
  const subject = `Wording of a quote by ${group.speaker ?? 'an unknown speaker'}`;
  const report: ConflictReport = { conflicts: [], compatible: [] };
  for (const side of sides.values()) side.citations = dedupeCitations(side.citations);
  if (sides.size >= 2) {
    report.conflicts.push({ id: '', kind: 'quote', subject, status: 'conflict', sides: [...sides.values()], reason: `Outlets quote different words: ${changes.join('; ')}.` });
  } else if (filler.length > 0) {
    const split: ConflictSide[] = [base, ...others].map((w) => ({ value: w.text, citations: w.citations }));
    report.compatible.push({ kind: 'quote', subject, sides: split, reason: `Only function words differ: ${filler.join('; ')}.` });
  }
  return report;
}

function describeChange(changed: { op: string; text: string }[], articleId: string): string {
  const removed = changed.filter((p) => p.op === 'removed').map((p) => p.text).join(' … ');
  const added = changed.filter((p) => p.op === 'added').map((p) => p.text).join(' … ');
  return `"${removed}" → "${added}" in ${articleId}`;
}

