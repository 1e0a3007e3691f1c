/**
 * Step 3: claims matched across articles into facts.
 *
 * Two claims state one fact when a weighted score of shared evidence passes a
 * threshold: the same canonical subject, the same predicate lemma, shared
 * other actors, a shared quantity unit with compatible values, and shared
 * content words. Claims whose quantities measure different things never
 * match. A fact holds at most one claim per article (an outlet repeating one
 * figure aside); a claim that matches nothing is a fact of its own.
 *
 * Each quantity a claim states is also a fact of its own (a figure record), so
 * a sentence giving two figures ("the 12-point plan was cut to nine
 * items") supports each separately: figures match when they measure the same
 * thing and their intervals overlap.
 */
import type { AnalyzedArticle, Claim, Quantity, Span } from '../types.js';
import type { CorroborateOptions } from './options.js';
import type { ActorIndex } from './01-actors.js';
import { UnionFind, candidatePairs, compareStrings, isStopword, lemma, wordTokens } from './text.js';
import { jaccard } from '../text/similarity.js';
import { SpanIndex } from '../text/spans.js';
import { sameThing, thingOf, type Thing } from './measures.js';
import { firstIndex } from '../text/search.js';
import { placeOf, relatePlaces } from './places.js';
import { SPEECH_VERBS } from './lexicon.js';

const SPEECH = new Set(SPEECH_VERBS);

/** One claim with the evidence used to match it. */
export interface ClaimRecord {
  node: string;
  articleId: string;
  publishedAt?: string;
  claim: Claim;
  /** The sentence the claim is in (the claim's own span when the sentence is unknown). */
  sentence: Span;
  subject?: string;
  objects: Set<string>;
  words: Set<string>;
  quantities: Quantity[];
  /** The resolved dates the claim gives (ISO day, month or year). */
  dates: string[];
  /** The places the claim gives: canonical actor and the name as written. */
  places: { actor: string; name: string }[];
  /**
   * Set on a figure record: the one quantity this record stands for, what it measures, and the
   * sentence's words other than the figure's own ("two countries"): what else the sentence says.
   */
  figure?: { quantity: Quantity; thing: Thing; context: Set<string> };
}

/** A fact before independence is counted: its claims (one per article) and the most representative one. */
export interface FactDraft {
  claims: ClaimRecord[];
  representative: ClaimRecord;
}

/**
 * Matches the story's claims into facts, most-sourced first.
 *
 * @example
 * const facts = matchFacts(items, actors, DEFAULT_CORROBORATE_OPTIONS);
 * facts[0]?.claims.map((c) => c.articleId) // ["002", "003", "004"]
 */
export function matchFacts(items: AnalyzedArticle[], actors: ActorIndex, options: CorroborateOptions): FactDraft[] {
  const all = items.flatMap((item) => collectClaims(item, actors)).sort((a, b) => compareStrings(a.node, b.node));
  const texts = new Map(items.map((i) => [i.article.id, i.article.text]));
  const figures = all.flatMap((c) => figureRecords(c, texts.get(c.articleId) ?? '')).sort((a, b) => compareStrings(a.node, b.node));
  const claims = all.filter((c) => !onlyFigures(c));
  const records = [...claims, ...figures].sort((a, b) => compareStrings(a.node, b.node));
  const pairs: { a: ClaimRecord; b: ClaimRecord; score: number }[] = [];
  // Only pairs that can pass the word-overlap gate are scored.
  const threshold = Math.min(options.factMinWordOverlap, options.factMinWordOverlapStructural);
  for (const [i, j] of candidatePairs(claims.map((r) => r.words), threshold, claims.map((r) => r.articleId))) {
    const a = claims[i];
    const b = claims[j];
    if (!a || !b || a.articleId === b.articleId) continue;
    const score = claimSimilarity(a, b, options);
    if (score >= options.factMatchThreshold) pairs.push({ a, b, score });
  }
  for (const [a, b] of figurePairs(figures)) {
    if (sameFigure(a, b)) pairs.push({ a, b, score: 1 + jaccard(a.words, b.words) });
  }
  pairs.sort((x, y) => y.score - x.score || compareStrings(x.a.node, y.a.node) || compareStrings(x.b.node, y.b.node));

  const uf = new UnionFind();
  const articlesOf = new Map(records.map((r) => [r.node, new Set([r.articleId])]));
  // Each fact's dates, from its first dated claim: two claims that each agree with an undated third
  // ("fired a missile") but not with each other (Tuesday's launch, Friday's) stay in two facts.
  const datesOf = new Map(records.filter((r) => r.dates.length > 0).map((r) => [r.node, r.dates]));
  // Facts found to share an article, by their roots: facts only grow, so they stay apart.
  const apart = new Set<string>();
  for (const { a, b } of pairs) {
    const ra = uf.find(a.node);
    const rb = uf.find(b.node);
    const sa = articlesOf.get(ra);
    const sb = articlesOf.get(rb);
    if (ra === rb || !sa || !sb) continue;
    const key = compareStrings(ra, rb) < 0 ? `${ra}\u0001${rb}` : `${rb}\u0001${ra}`;
    if (apart.has(key)) continue;
    const [da, db] = [datesOf.get(ra), datesOf.get(rb)];
    if (da && db && !datesAgree(da, db)) {
      apart.add(key);
      continue;
    }
    // The smaller set is walked and merged into the larger: linear overall, however large a fact grows.
    const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
    if ([...small].some((id) => large.has(id))) {
      apart.add(key);
      continue;
    }
    uf.union(ra, rb);
    for (const id of small) large.add(id);
    articlesOf.delete(ra);
    articlesOf.delete(rb);
    articlesOf.set(uf.find(ra), large);
    datesOf.delete(ra);
    datesOf.delete(rb);
    const dates = da ?? db;
    if (dates) datesOf.set(uf.find(ra), dates);
  }

  const byNode = new Map(records.map((r) => [r.node, r]));
  const groups = foldRepeatedFigures(uf
    .groups(records.map((r) => r.node))
    .map((g) => g.map((n) => byNode.get(n)).filter((r): r is ClaimRecord => r !== undefined)));
  const drafts = groups.map((claims) => ({ claims, representative: mostRepresentative(claims, options) }));
  return drafts.sort(
    (a, b) =>
      b.claims.length - a.claims.length ||
      compareStrings(a.claims[0]?.node ?? '', b.claims[0]?.node ?? ''),
  );
}

/**
 * How many figures a figure is compared with: a story's outlets give a few dozen figures of one
 * measure each, so this only binds when thousands of figures share a measure (hostile text, or
 * thousands of copies of one article), where it keeps figure matching n log n.
 */
const MAX_FIGURE_CANDIDATES = 100;

/** How many figures below a figure are looked at to find its candidates (those of its own article are skipped). */
const MAX_FIGURE_SCAN = 4 * MAX_FIGURE_CANDIDATES;

/**
 * Pairs of figure records that may state one figure: from different articles and of one measure
 * unit (sameFigure needs both). Within a measure, figures are sorted by lower bound; a figure is
 * compared with the {@link MAX_FIGURE_CANDIDATES} figures of other articles whose lower bounds lie
 * nearest below its upper bound (intervals must overlap; those above it cannot). Figures of one
 * article are never paired.
 */
function figurePairs(figures: readonly ClaimRecord[]): [ClaimRecord, ClaimRecord][] {
  const blocks = new Map<string, ClaimRecord[]>();
  for (const f of figures) {
    const measure = f.figure?.thing.measure ?? '';
    const list = blocks.get(measure);
    if (list) list.push(f);
    else blocks.set(measure, [f]);
  }
  const low = (r: ClaimRecord): number => r.figure?.quantity.low ?? 0;
  const high = (r: ClaimRecord): number => r.figure?.quantity.high ?? 0;
  const out: [ClaimRecord, ClaimRecord][] = [];
  for (const block of blocks.values()) {
    const sorted = [...block].sort((a, b) => low(a) - low(b) || compareStrings(a.node, b.node));
    const position = new Map(sorted.map((r, i) => [r, i]));
    const seen = new Set<number>();
    for (const a of sorted) {
      const i = position.get(a) ?? 0;
      const above = firstLowAbove(sorted, high(a), low);
      let taken = 0;
      for (let k = above - 1; k >= 0 && k >= above - MAX_FIGURE_SCAN && taken < MAX_FIGURE_CANDIDATES; k--) {
        const b = sorted[k] as ClaimRecord;
        if (b.articleId === a.articleId) continue;
        taken++;
        // A pair may be reached from both sides: once is enough.
        const id = Math.min(i, k) * sorted.length + Math.max(i, k);
        if (seen.has(id)) continue;
        seen.add(id);
        out.push(compareStrings(a.node, b.node) < 0 ? [a, b] : [b, a]);
      }
    }
  }
  return out;
}

/** The first index of `sorted` (by `low`) whose low is above `value`. */
function firstLowAbove(sorted: readonly ClaimRecord[], value: number, low: (r: ClaimRecord) => number): number {
  return firstIndex(sorted.length, (i) => low(sorted[i] as ClaimRecord) > value);
}

function collectClaims({ article, analysis }: AnalyzedArticle, actors: ActorIndex): ClaimRecord[] {
  const canonical = (key: string): string => actors.actorOf(article.id, key) ?? `${article.id}:${key}`;
  const mentions = new SpanIndex(analysis.mentions);
  const roles = new SpanIndex(analysis.roles);
  return analysis.claims.map((claim) => {
    const sentence = analysis.sentences[claim.sentence] ?? { start: claim.start, end: claim.end };
    // What a speaker said is compared without the words naming the speaker ("Japan's chief cabinet
    // secretary Yoshihide Suga said"): two statements of one speaker share those and nothing else.
    const speaker = SPEECH.has(claim.predicate) && claim.subject !== undefined ? claim.subject : undefined;
    const naming: Span[] = speaker === undefined ? [] : [
      ...(claim.subjectSpan ? [claim.subjectSpan] : []),
      claim.predicateSpan,
      ...roles.overlapping(sentence.start, sentence.end).filter((r) => r.entity === speaker),
      ...mentions.overlapping(sentence.start, sentence.end).filter((m) => m.entity === speaker),
    ];
    const record: ClaimRecord = {
      node: [article.id, pad(claim.start), pad(claim.predicateSpan.start), claim.predicate, claim.subject ?? ''].join('\u0000'),
      articleId: article.id,
      claim,
      sentence: { start: sentence.start, end: sentence.end },
      objects: new Set(claim.objects.map(canonical)),
      words: contentWords(article.text, sentence, mentions, canonical, naming),
      quantities: claim.values.filter((v): v is Quantity => v.kind === 'quantity'),
      // Days, months and years; other forms (weeks, intervals) are not compared.
      dates: claim.values.flatMap((v) => (v.kind === 'date' && v.value && CALENDAR_DATE.test(v.value) ? [v.value] : [])),
      places: claim.values.flatMap((v) => (v.kind === 'place' ? [{ actor: canonical(v.entity), name: article.text.slice(v.span.start, v.span.end) }] : [])),
    };
    if (article.publishedAt) record.publishedAt = article.publishedAt;
    if (claim.subject) record.subject = canonical(claim.subject);
    return record;
  });
}

/**
 * An outlet that gives one figure twice ("millions of displaced", later "more than
 * seven million displaced") states one fact: a lone figure joins the fact of
 * several outlets that holds a matching figure of its own article.
 */
function foldRepeatedFigures(groups: ClaimRecord[][]): ClaimRecord[][] {
  // The figures of facts of several outlets, by article, each with its fact's place in `groups`.
  const sharedFigures = new Map<string, { claim: ClaimRecord; at: number }[]>();
  const add = (claim: ClaimRecord, at: number): void => {
    const list = sharedFigures.get(claim.articleId);
    if (list) list.push({ claim, at });
    else sharedFigures.set(claim.articleId, [{ claim, at }]);
  };
  groups.forEach((g, at) => {
    if (new Set(g.map((c) => c.articleId)).size > 1) for (const claim of g) if (claim.figure) add(claim, at);
  });
  return groups.filter((g) => {
    const [lone] = g;
    if (g.length !== 1 || !lone?.figure) return true;
    // The first such fact in order, as a scan of the facts would find it.
    let home: number | undefined;
    for (const { claim, at } of sharedFigures.get(lone.articleId) ?? []) {
      if ((home === undefined || at < home) && sameFigure(claim, lone)) home = at;
    }
    if (home === undefined) return true;
    groups[home]?.push(lone);
    // A folded figure can itself be matched by a later lone figure of its article.
    add(lone, home);
    return false;
  });
}

/**
 * A claim that states nothing but its figures is left to its figure records: a bare
 * copula ("the talks are part of a 12-point plan"), or figures with no named actor,
 * place or date ("Employers have offered 3.5 percent").
 */
function onlyFigures(c: ClaimRecord): boolean {
  if (c.quantities.length === 0) return false;
  return c.claim.predicate === 'be' || (c.subject === undefined && c.objects.size === 0 && c.claim.values.every((v) => v.kind === 'quantity'));
}

/** Verbs whose subject is what a duration measures ("the war has lasted", "the strike went on"). */
const DURATION_PREDICATES = new Set(['last', 'continue', 'run', 'span', 'go', 'drag', 'stretch', 'be', 'enter']);

/** One record per quantity of a claim: the figure as a fact of its own. */
function figureRecords(claim: ClaimRecord, text: string): ClaimRecord[] {
  const span = claim.claim.subjectSpan;
  // "The war has lasted four years": the subject of a verb of duration is what the measure measures.
  const subject = span && DURATION_PREDICATES.has(claim.claim.predicate) ? text.slice(span.start, span.end).split(',')[0] : undefined;
  const context = subject === undefined ? { predicate: claim.claim.predicate } : { subject, predicate: claim.claim.predicate };
  return claim.quantities.map((quantity) => {
    const own = new Set(wordTokens(text.slice(quantity.span.start, quantity.span.end)).flatMap((t) => t.text.split('-')).map(lemma));
    return {
      ...claim,
      node: `${claim.node}\u0000#${pad(quantity.span.start)}`,
      quantities: [quantity],
      figure: { quantity, thing: thingOf(text, quantity, context), context: new Set([...claim.words].filter((w) => !own.has(w))) },
    };
  });
}

/**
 * Two figures state one fact when they measure the same thing and their
 * intervals overlap ("nearly four years of war" / "the more than three-year war").
 *
 * @example
 * sameFigure(recordA, recordB) // true
 */
export function sameFigure(a: ClaimRecord, b: ClaimRecord): boolean {
  if (!a.figure || !b.figure) return false;
  const [qa, qb] = [a.figure.quantity, b.figure.quantity];
  const exact = qa.low === qa.high && qb.low === qb.high && qa.value === qb.value;
  if (!intervalsOverlap(qa, qb)) return false;
  // The same figure on another day is another incident (the Tuesday launch, not the Friday one).
  if (!claimDatesAgree(a, b)) return false;
  // Sentences that share a small number and a noun but neither their verb nor their wording say
  // different things ("two countries could act" / "two countries hosted bombers").
  const small = a.figure.thing.measure === undefined && Number.isInteger(qa.value) && Math.max(qa.high, qb.high) <= SMALL_COUNT;
  if (small && a.claim.predicate !== b.claim.predicate && jaccard(a.figure.context, b.figure.context) < FIGURE_MIN_WORD_OVERLAP) return false;
  // The same exact figure with the same unit word in sentences that share a quarter of their words is
  // the same statement (a copy, a close rewrite).
  const sameWord = sameUnit(qa.unit, qb.unit) || (qa.unit.trim() === '' && qb.unit.trim() === '');
  const echoed = exact && sameWord && a.figure.thing.measure === b.figure.thing.measure && jaccard(a.words, b.words) >= ECHO_MIN_WORD_OVERLAP;
  // One shared word is enough for one exact number only when the number comes with the same unit word
  // ("a 12-point plan" / "the 12-point proposal"): "two attackers were killed" and "two died" share
  // "killed" but not what they count, so each must name what the other counts.
  return echoed || sameThing(a.figure.thing, b.figure.thing, exact && sameWord);
}

/** A day, month or year: the date values claims are compared by. */
const CALENDAR_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** How long before an article a date is background, not the news it reports: the timeline's bound too. */
const BACKGROUND_DAYS = 90;

/**
 * Two claims' dates agree as {@link datesAgree} reads them; a claim that gives no date is about the
 * news of its article, so it does not agree with a claim all of whose dates are background (more
 * than {@link BACKGROUND_DAYS} days before that article: "fired a rocket over Japan in 2009").
 */
function claimDatesAgree(a: ClaimRecord, b: ClaimRecord): boolean {
  if (a.dates.length > 0 && b.dates.length > 0) return datesAgree(a.dates, b.dates);
  const [dated, undated] = a.dates.length > 0 ? [a, b] : [b, a];
  if (dated.dates.length === 0 || !undated.publishedAt) return true;
  const published = Date.parse(undated.publishedAt.slice(0, 10));
  if (Number.isNaN(published)) return true;
  const bound = new Date(published - BACKGROUND_DAYS * 86_400_000).toISOString().slice(0, 10);
  return dated.dates.some((d) => lastDay(d) >= bound);
}

/** The last day a date value can be, as YYYY-MM-DD ("2009" → "2009-12-31"; string order is date order). */
function lastDay(value: string): string {
  if (/^\d{4}$/.test(value)) return `${value}-12-31`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-31`;
  return value.slice(0, 10);
}

/**
 * Two claims' dates agree when either gives none, or some date of one falls within some date of
 * the other ("2017-08" holds "2017-08-29"): two days are two incidents, never one fact.
 *
 * @example
 * datesAgree(['2017-08-29'], ['2017-08']) // true
 * datesAgree(['2017-08-29'], ['2017-09-15']) // false
 */
export function datesAgree(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((x) => b.some((y) => x.startsWith(y) || y.startsWith(x)));
}

/**
 * Counts up to ten recur by chance in one story ("two countries", "three officials": the numbers
 * style guides spell out); a larger exact count shared by two outlets ("a 12-point plan") rarely does.
 */
const SMALL_COUNT = 10;

/** Word overlap below which two sentences with different verbs do not state one small count: FACT_MIN_WORD_OVERLAP_STRUCTURAL, the overlap of paraphrases of one event. */
const FIGURE_MIN_WORD_OVERLAP = 0.1;

/** Word overlap from which two sentences giving one exact figure restate each other: the factMinWordOverlap of claims. */
const ECHO_MIN_WORD_OVERLAP = 0.25;

/**
 * Content lemmas of a sentence; a named mention counts as its canonical actor,
 * so "Kovalsky" and "Kovalskyy" are one word here.
 */
function contentWords(
  text: string,
  sentence: Span,
  mentions: SpanIndex<{ start: number; end: number; entity: string }>,
  canonical: (key: string) => string,
  skip: readonly Span[] = [],
): Set<string> {
  const skipped = (at: number): boolean => skip.some((s) => at >= s.start && at < s.end);
  const inside = mentions.overlapping(sentence.start, sentence.end).filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  const words = new Set<string>(inside.filter((m) => !skipped(m.start)).map((m) => `@${canonical(m.entity)}`));
  for (const t of wordTokens(text.slice(sentence.start, sentence.end))) {
    const start = sentence.start + t.start;
    if (skipped(start) || inside.some((m) => start >= m.start && start < m.end)) continue;
    // "anti-corruption" shares "corruption" with "corruption raid".
    for (const part of t.text.split('-')) if (part && !isStopword(part)) words.add(lemma(part));
  }
  return words;
}

/**
 * Units agree when they share a content lemma ("displaced persons" / "residents
 * displaced"); "military casualties" and "soldiers" do not.
 *
 * @example
 * sameUnit('years', 'year') // true
 */
export function sameUnit(a: string, b: string): boolean {
  const la = unitLemmas(a);
  return [...unitLemmas(b)].some((w) => la.has(w));
}

/** Units already read: a story has a few dozen, compared with one another many times. */
const unitCache = new Map<string, Set<string>>();
const UNIT_CACHE_SIZE = 10_000;

function unitLemmas(unit: string): Set<string> {
  const known = unitCache.get(unit);
  if (known) return known;
  const lemmas = new Set(wordTokens(unit.replace(/-/g, ' ')).filter((t) => !isStopword(t.text)).map((t) => lemma(t.text)));
  if (unitCache.size >= UNIT_CACHE_SIZE) unitCache.clear();
  unitCache.set(unit, lemmas);
  return lemmas;
}

/**
 * Two quantity intervals are compatible when they overlap: "nearly four
 * years" [3.4, 4] and "more than three years" [3, ∞) are.
 *
 * @example
 * intervalsOverlap({ low: 3.4, high: 4 }, { low: 3, high: Infinity }) // true
 */
export function intervalsOverlap(a: { low: number; high: number }, b: { low: number; high: number }): boolean {
  return Math.max(a.low, b.low) <= Math.min(a.high, b.high);
}

/** Credit for a shared unit whose values clash: the claims measure the same thing (a number conflict to report), but agree less. */
const CLASHING_VALUE_CREDIT = 0.5;

/** 1 for a shared unit with compatible values, less when they clash, null when the units never meet. */
function quantityAgreement(a: Quantity[], b: Quantity[]): number | null {
  let shared = false;
  for (const qa of a) {
    for (const qb of b) {
      if (!sameUnit(qa.unit, qb.unit)) continue;
      shared = true;
      if (intervalsOverlap(qa, qb)) return 1;
    }
  }
  return shared ? CLASHING_VALUE_CREDIT : null;
}

/**
 * The weighted mean of the evidence two claims offer, in [0, 1]: a feature
 * neither claim has (no subject, no other actors, no quantities on one side)
 * is left out of the mean rather than counted as disagreement. 0 when their
 * quantities measure different things or they share too few words.
 */
function claimSimilarity(a: ClaimRecord, b: ClaimRecord, options: CorroborateOptions): number {
  const words = jaccard(a.words, b.words);
  // Paraphrase shares few words; the same actor doing the same thing to the same
  // other actor or place, or the same exact figure of the same thing, is evidence
  // enough to look further.
  if (a.figure || b.figure) return a.figure && b.figure && sameFigure(a, b) ? 1 : 0;
  // One claim is one predicate of one subject on one day: "fired" and "warned" are two statements
  // however many words their sentences share, and so are two launches on two days.
  if (a.claim.predicate !== b.claim.predicate || !subjectsCompatible(a, b) || !claimDatesAgree(a, b)) return 0;
  // What someone said is its content, not the saying: "Suga said the missile fell …" and "Suga said
  // the test was a threat" share subject and verb and state different things.
  const structural = a.subject !== undefined && a.subject === b.subject && a.claim.predicate === b.claim.predicate &&
    !SPEECH.has(a.claim.predicate) && [...a.objects].some((o) => b.objects.has(o));
  if (words < (structural ? options.factMinWordOverlapStructural : options.factMinWordOverlap)) return 0;
  return weightedEvidence(a, b, words, options);
}

function weightedEvidence(a: ClaimRecord, b: ClaimRecord, words: number, options: CorroborateOptions): number {
  const w = options.factWeights;
  const evidence: [weight: number, score: number][] = [
    [w.predicate, a.claim.predicate === b.claim.predicate ? 1 : 0],
    [w.words, words],
  ];
  if (a.subject || b.subject) evidence.push([w.subject, subjectAgreement(a, b)]);
  if (a.objects.size > 0 || b.objects.size > 0) evidence.push([w.objects, jaccard(a.objects, b.objects)]);
  if (a.quantities.length > 0 && b.quantities.length > 0) {
    const agreement = quantityAgreement(a.quantities, b.quantities);
    if (agreement === null) return 0;
    evidence.push([w.quantity, agreement]);
  }
  const total = evidence.reduce((sum, [weight]) => sum + weight, 0);
  return total === 0 ? 0 : evidence.reduce((sum, [weight, score]) => sum + weight * score, 0) / total;
}

/**
 * Subjects that may be one: the same canonical actor, one's subject the other's object ("A met B" /
 * "B met A"), or a subject on one side only (an unnamed "the missile" is read from the words).
 */
function subjectsCompatible(a: ClaimRecord, b: ClaimRecord): boolean {
  return a.subject === undefined || b.subject === undefined || subjectAgreement(a, b) > 0;
}

/** 1 for the same subject; half when one claim's subject is the other's object ("A met B" / "B met A"). */
function subjectAgreement(a: ClaimRecord, b: ClaimRecord): number {
  if (a.subject && a.subject === b.subject) return 1;
  if ((a.subject && b.objects.has(a.subject)) || (b.subject && a.objects.has(b.subject))) return 0.5;
  return 0;
}

/**
 * The claims of a fact that support it: those that state the representative's claim, not merely
 * one matched to it through others. A claim supports it when its value overlaps the
 * representative's (no chaining through a third, wider one: "at least 50" does not make 59 support
 * 50), its dates agree, and (for a whole claim) its places are not far apart. The others stay in the fact for step 5,
 * where a contradiction is a conflict; they are never counted as support.
 *
 * @example
 * supportingClaims(draft).map((c) => c.articleId) // ["002", "004"]: 003 gives another toll
 */
export function supportingClaims(draft: FactDraft): ClaimRecord[] {
  const rep = draft.representative;
  // A figure's sentence may name places the figure is not about ("a plan favourable to Russia" /
  // "talks in the capital cut the plan"): places weigh only for whole claims.
  return draft.claims.filter((c) => c === rep ||
    (claimDatesAgree(rep, c) && (rep.figure !== undefined || placesAgree(rep.places, c.places)) && valuesAgree(rep, c)));
}

/** Values agree when the figures overlap, or no unit the claims share has values apart. */
function valuesAgree(a: ClaimRecord, b: ClaimRecord): boolean {
  if (a.figure && b.figure) return intervalsOverlap(a.figure.quantity, b.figure.quantity);
  return quantityAgreement(a.quantities, b.quantities) !== CLASHING_VALUE_CREDIT;
}

/** Places agree when either claim gives none, or some two are one actor or are not far apart (inside, near, unknown to the gazetteer). */
function placesAgree(a: ClaimRecord['places'], b: ClaimRecord['places']): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((x) => b.some((y) => x.actor === y.actor || relatePlaces(placeOf(x.name), placeOf(y.name)).relation !== 'apart'));
}

/**
 * How many of a fact's claims a candidate representative is compared with: every claim of a
 * story's fact (a few dozen outlets), an evenly spaced sample of thousands of copies.
 */
const MAX_REPRESENTATIVE_SAMPLE = 64;

/** The claim most similar to the others; ties go to the first in stable order. */
function mostRepresentative(claims: ClaimRecord[], options: CorroborateOptions): ClaimRecord {
  let best = claims[0] as ClaimRecord;
  let bestScore = -1;
  const step = Math.max(1, Math.ceil(claims.length / MAX_REPRESENTATIVE_SAMPLE));
  const sample = step === 1 ? claims : claims.filter((_, i) => i % step === 0);
  for (const c of claims) {
    const score = sample.reduce((sum, o) => (o === c ? sum : sum + claimSimilarity(c, o, options)), 0);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** Zero-padded offsets sort like numbers inside string keys. */
function pad(n: number): string {
  return String(n).padStart(9, '0');
}
