/**
 * Extractive summary: rank the story's sentences by how central they are across
 * outlets and how well corroborated, drop near-repeats, cite every support.
 */
import type { AnalyzedArticle, Citation, Dossier, SummarySentence } from '../types.js';
import { contentWords } from './01-text.js';
import { dot, jaccard, unitVector } from '../text/similarity.js';
import { outletKey } from '../text/outlets.js';

export interface SummaryOptions {
  /** How many sentences the summary holds (3–8). */
  sentences: number;
}

/** A sentence worth 8–60 words: shorter ones are fragments, longer ones run-ons. */
const MIN_WORDS = 8;
const MAX_WORDS = 60;
/** Above this content-word Jaccard two sentences say the same thing; the bar is 0.5, we keep a margin. */
const REDUNDANCY_JACCARD = 0.35;
/** A sentence of another outlet at least this similar (tf-idf cosine) is cited as support. */
const SUPPORT_COSINE = 0.3;
/** Weight of corroboration (share of outlets that carry the sentence's fact) in the score. */
const CORROBORATION_WEIGHT = 0.3;
/** Weight of the lead position: news leads summarise. */
const LEAD_WEIGHT = 0.15;
/** More than this share of a sentence inside quotation marks makes it a quote, not a summary sentence. */
const MAX_QUOTED_SHARE = 0.4;
/** Sentences opening with a bare pronoun read badly out of context. */
const PRONOUN_START = /^(he|she|they|it|this|that|these|those|his|her|their)\b/i;

export interface Candidate {
  item: AnalyzedArticle;
  articleIndex: number;
  position: number;
  start: number;
  end: number;
  text: string;
  words: Set<string>;
  vector: Map<string, number>;
  score: number;
  /** Facts the sentence states as a whole. */
  claimFactIds: string[];
  /** Figure facts ("a 12-point plan") the sentence carries. */
  figureFactIds: string[];
  /** Every fact group the sentence belongs to: two summary sentences never share one. */
  factIds: string[];
  /** The other articles' sentences most like this one (tf-idf cosine ≥ SUPPORT_COSINE), one per article compared. */
  support: Citation[];
  /** The citations of the story's facts by id (shared by all candidates): a chosen sentence also cites its fact groups. */
  factCitations: ReadonlyMap<string, Citation[]>;
}

function quotedShare(item: AnalyzedArticle, start: number, end: number): number {
  let inside = 0;
  for (const q of item.analysis.quotes) {
    if (q.kind === 'indirect') continue;
    const s = Math.max(start, q.start);
    const e = Math.min(end, q.end);
    if (e > s) inside += e - s;
  }
  return inside / Math.max(1, end - start);
}

/** The facts a sentence states as a whole (claims) and the figures it carries, by sentence span. */
interface SentenceFacts {
  claims: string[];
  figures: string[];
}

function spanKey(c: Citation): string {
  return `${c.articleId}:${c.start}:${c.end}`;
}

function factIndex(dossier: Dossier): Map<string, SentenceFacts> {
  const bySpan = new Map<string, SentenceFacts>();
  for (const fact of dossier.facts) {
    for (const c of fact.citations) {
      // Title facts cite a phrase inside a sentence, so they never match a sentence's span.
      const entry = bySpan.get(spanKey(c)) ?? { claims: [], figures: [] };
      (fact.figure ? entry.figures : entry.claims).push(fact.id);
      bySpan.set(spanKey(c), entry);
    }
  }
  return bySpan;
}

/**
 * Share of the other outlets that corroborate a sentence: the best-supported fact it states as a
 * whole, or — since one sentence with two figures is only as solid as its weaker one — the
 * least-supported of its figures, whichever is higher.
 */
function corroboration(c: Candidate, sources: Map<string, number>, otherOutlets: number): number {
  const share = (id: string) => ((sources.get(id) ?? 1) - 1) / otherOutlets;
  const claim = Math.max(0, ...c.claimFactIds.map(share));
  const figure = c.figureFactIds.length > 0 ? Math.min(...c.figureFactIds.map(share)) : 0;
  return Math.max(claim, figure);
}

/** Scores every analysed sentence of the story, best first (the summary and the headline share one ranking). */
export function rankSentences(items: AnalyzedArticle[], dossier: Dossier): Candidate[] {
  const facts = factIndex(dossier);
  // A fact's support is its distinct outlets, as Key facts print it.
  const factSources = new Map(dossier.facts.map((f) => [f.id, f.outlets.length]));
  const factCitations = new Map(dossier.facts.map((f) => [f.id, f.citations]));
  const all: Candidate[] = [];
  items.forEach((item, articleIndex) => {
    item.analysis.sentences.forEach((s, position) => {
      const text = item.article.text.slice(s.start, s.end);
      const words = contentWords(text);
      const own = facts.get(spanKey({ articleId: item.article.id, start: s.start, end: s.end })) ?? { claims: [], figures: [] };
      all.push({
        item, articleIndex, position, start: s.start, end: s.end, text,
        words: new Set(words), vector: termFrequencies(words), score: 0,
        claimFactIds: own.claims, figureFactIds: own.figures, factIds: [...own.claims, ...own.figures], support: [], factCitations,
      });
    });
  });
  weighByIdf(all);
  const outlets = Math.max(1, new Set(items.map((i) => outletKey(i.article))).size - 1);
  const byArticle: Candidate[][] = items.map(() => []);
  for (const c of all) byArticle[c.articleIndex]?.push(c);
  const compared = comparedArticles(items.length);
  for (const c of all) {
    let centrality = 0;
    let others = 0;
    const support: Citation[] = [];
    for (const a of compared) {
      if (a === c.articleIndex) continue;
      others++;
      let best: Candidate | null = null;
      let bestSim = 0;
      for (const o of byArticle[a] ?? []) {
        const sim = dot(c.vector, o.vector);
        if (sim > bestSim) [best, bestSim] = [o, sim];
      }
      centrality += bestSim;
      if (best && bestSim >= SUPPORT_COSINE) support.push(cite(best));
    }
    const lead = 1 / (1 + c.position);
    c.score = centrality / Math.max(1, others) + CORROBORATION_WEIGHT * corroboration(c, factSources, outlets) + LEAD_WEIGHT * lead;
    c.support = support;
  }
  return all.sort((x, y) => y.score - x.score || x.item.article.id.localeCompare(y.item.article.id) || x.start - y.start);
}

/**
 * How many articles a sentence is compared with for its centrality and support: every article of a
 * story of up to this many, an evenly spaced sample of a larger one (thousands of copies of one
 * wire story), so ranking stays linear in the story's sentences. A summary sentence still cites
 * every sentence of its fact group (withFactSupport).
 */
const MAX_COMPARED_ARTICLES = 100;

/** The indices of the articles every sentence is compared with: all, or an evenly spaced sample. */
function comparedArticles(count: number): number[] {
  const step = Math.max(1, count / MAX_COMPARED_ARTICLES);
  const out: number[] = [];
  for (let x = 0; Math.floor(x) < count; x += step) out.push(Math.floor(x));
  return out;
}

/**
 * A chosen sentence's support: the most similar sentences of the other articles, and the other
 * outlets' sentences of its fact groups, which support it (or its figure) too. Computed for the
 * few chosen sentences only: a fact of thousands of copies has thousands of citations.
 */
function withFactSupport(c: Candidate): Citation[] {
  const seen = new Set([spanKey(cite(c)), ...c.support.map(spanKey)]);
  const out = [...c.support];
  for (const id of c.factIds) {
    for (const x of c.factCitations.get(id) ?? []) {
      if (x.articleId === c.item.article.id || seen.has(spanKey(x))) continue;
      seen.add(spanKey(x));
      out.push(x);
    }
  }
  return out;
}

function termFrequencies(words: string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
  return tf;
}

function weighByIdf(all: Candidate[]): void {
  const df = new Map<string, number>();
  for (const c of all) for (const w of c.words) df.set(w, (df.get(w) ?? 0) + 1);
  for (const c of all) {
    for (const [w, tf] of c.vector) c.vector.set(w, tf * Math.log(1 + all.length / (df.get(w) ?? 1)));
    // Unit length once, so every comparison is a dot product.
    c.vector = unitVector(c.vector);
  }
}

function cite(c: Candidate): Citation {
  return { articleId: c.item.article.id, start: c.start, end: c.end };
}

function eligible(c: Candidate): boolean {
  const n = c.text.split(/\s+/).length;
  return n >= MIN_WORDS && n <= MAX_WORDS && !PRONOUN_START.test(c.text) && quotedShare(c.item, c.start, c.end) <= MAX_QUOTED_SHARE;
}

/**
 * Two sentences say the same thing when their content words overlap, they belong to one fact
 * group, or either is the other outlet's version the other cites as support (a sentence of a fact
 * group is one of that group's citations, so fact support needs no check of its own).
 */
function sameThing(a: Candidate, b: Candidate): boolean {
  const supports = (x: Candidate, y: Candidate) => x.support.some((s) => spanKey(s) === spanKey(cite(y)));
  return jaccard(a.words, b.words) >= REDUNDANCY_JACCARD || a.factIds.some((f) => b.factIds.includes(f)) ||
    supports(a, b) || supports(b, a);
}

/**
 * Picks the summary: best-ranked eligible sentences, no two saying the same thing
 * (content-word Jaccard) or coming from the same fact group, each citing itself and
 * the other outlets' sentences that support it.
 *
 * @example summarise(items, rankSentences(items, dossier), { sentences: 5 }).map((s) => s.text)
 */
export function summarise(items: AnalyzedArticle[], ranked: Candidate[], options: SummaryOptions): SummarySentence[] {
  const outletOf = new Map(items.map((i) => [i.article.id, outletKey(i.article)]));
  const chosen: Candidate[] = [];
  for (const c of ranked) {
    if (chosen.length >= options.sentences) break;
    if (!eligible(c)) continue;
    if (!chosen.some((o) => sameThing(o, c))) chosen.push(c);
  }
  const lead = chosen[0];
  const rest = chosen.slice(1).sort((x, y) => x.articleIndex - y.articleIndex || x.start - y.start);
  return (lead ? [lead, ...rest] : []).map((c) => {
    const citations = [cite(c), ...withFactSupport(c)];
    const outlets = new Set(citations.map((x) => outletOf.get(x.articleId) ?? x.articleId));
    return { text: c.text, citations, singleSource: outlets.size === 1 };
  });
}
