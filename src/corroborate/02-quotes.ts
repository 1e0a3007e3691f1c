/**
 * Step 2: one group per utterance across the story's articles.
 *
 * Quotes are normalised (case, punctuation, typographic quotes, dotted
 * abbreviations, country forms), then grouped when their word bigrams
 * overlap enough (overlap coefficient, so a partial quote of half an
 * utterance still joins it) and their speakers do not disagree. Indirect
 * speech only ever groups with indirect speech.
 */
import { diffWords } from 'diff';
import type { AnalyzedArticle, Citation, Quote, QuoteGroup, QuoteVariant, WordingDiff } from '../types.js';
import type { CorroborateOptions } from './options.js';
import type { ActorIndex } from './01-actors.js';
import { replaceCountries } from '../text/countries.js';
import { UnionFind, compareStrings, fold } from './text.js';
import { overlapCoefficient } from '../text/similarity.js';

interface QuoteRecord {
  node: string;
  articleId: string;
  quote: Quote;
  text: string;
  tokens: string[];
  bigrams: Set<string>;
  /** Canonical actor id of the speaker, when resolved. */
  speakerId?: string;
  /** The anonymous description as written ("a source close to the delegation"). */
  anonymousAs?: string;
}

/**
 * Normalises quoted words for comparison: "The U.S. is hearing us;" and
 * "US is hearing us." both become "us is hearing us".
 *
 * @example
 * normalizeQuote('“The U.S. is hearing us; it’s true.”') // "us is hearing us it's true"
 */
export function normalizeQuote(text: string): string {
  return fold(replaceCountries(text))
    .replace(/[^\p{L}\p{N}'\s-]+/gu, ' ')
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, '$1')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Groups the quotes of a story into utterances.
 *
 * @example
 * const groups = groupQuotes(items, actors, DEFAULT_CORROBORATE_OPTIONS);
 * groups[0]?.variants.map((v) => v.articleId) // ["001", "003"]
 */
export function groupQuotes(items: AnalyzedArticle[], actors: ActorIndex, options: CorroborateOptions): QuoteGroup[] {
  const records = collectQuotes(items, actors);
  const clusters = cluster(records, options);
  const groups = clusters.map((c) => buildGroup(c, actors));
  groups.sort(
    (a, b) =>
      articleCount(b) - articleCount(a) ||
      compareStrings(a.variants[0]?.articleId ?? '', b.variants[0]?.articleId ?? '') ||
      (a.variants[0]?.start ?? 0) - (b.variants[0]?.start ?? 0),
  );
  return groups.map((g, i) => ({ ...g, id: `q-${i + 1}` }));
}

function articleCount(g: QuoteGroup): number {
  return new Set(g.variants.map((v) => v.articleId)).size;
}

function collectQuotes(items: AnalyzedArticle[], actors: ActorIndex): QuoteRecord[] {
  const out: QuoteRecord[] = [];
  for (const { article, analysis } of items) {
    for (const quote of analysis.quotes) {
      const text = article.text.slice(quote.content.start, quote.content.end);
      const tokens = normalizeQuote(text).split(' ').filter(Boolean);
      if (tokens.length === 0) continue;
      const record: QuoteRecord = {
        node: `${article.id}\u0000${String(quote.content.start).padStart(9, '0')}`,
        articleId: article.id,
        quote,
        text,
        tokens,
        bigrams: bigramsOf(tokens),
      };
      const speakerId = quote.speaker ? actors.actorOf(article.id, quote.speaker) : undefined;
      if (speakerId) record.speakerId = speakerId;
      if (quote.anonymous) {
        const desc = quote.speakerMention ? article.text.slice(quote.speakerMention.start, quote.speakerMention.end) : '';
        record.anonymousAs = desc.trim() || 'an unnamed source';
      }
      out.push(record);
    }
  }
  return out.sort((a, b) => compareStrings(a.node, b.node));
}

function bigramsOf(tokens: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) out.add(`${tokens[i]} ${tokens[i + 1]}`);
  return out;
}

/**
 * How much two quotes share: bigram overlap coefficient, or for quotes
 * shorter than `quoteMinTokens`, 1 when identical and 0 otherwise.
 */
function similarity(a: QuoteRecord, b: QuoteRecord, options: CorroborateOptions): number {
  if (Math.min(a.tokens.length, b.tokens.length) < options.quoteMinTokens) {
    return a.tokens.join(' ') === b.tokens.join(' ') ? 1 : 0;
  }
  return overlapCoefficient(a.bigrams, b.bigrams);
}

/** Who a quote cluster is attributed to: named actors, and whether anyone is anonymous. */
interface SpeakerSet {
  ids: Set<string>;
  anonymous: boolean;
}

/** Speakers agree unless two different actors are named, or a named actor meets an anonymous source. */
function compatibleSpeakers(a: SpeakerSet, b: SpeakerSet): boolean {
  const ids = new Set([...a.ids, ...b.ids]);
  if (ids.size > 1) return false;
  return !(ids.size === 1 && (a.anonymous || b.anonymous));
}

/**
 * The most earlier quotes one quote is scored against. A story's quotes share a rare word pair
 * with a few others; hundreds only on hostile or repeated text, where this keeps grouping linear.
 */
const MAX_QUOTE_CANDIDATES = 200;
/** The most quotes sharing one key that a quote is scored against (the latest ones). */
const MAX_QUOTES_PER_KEY = 4;

/**
 * Index pairs (i < j) of quotes that can reach the overlap threshold: short quotes only match
 * an identical quote, longer ones must share a word pair (their overlap is of word pairs). Each
 * quote looks through its rarest word pairs first, up to {@link MAX_QUOTE_CANDIDATES} quotes.
 */
function quoteCandidates(records: readonly QuoteRecord[], options: CorroborateOptions): [number, number][] {
  const keysOf = (r: QuoteRecord): string[] =>
    r.tokens.length < options.quoteMinTokens ? [`=${r.tokens.join(' ')}`] : [...r.bigrams];
  const keys = records.map(keysOf);
  const df = new Map<string, number>();
  for (const list of keys) for (const k of list) df.set(k, (df.get(k) ?? 0) + 1);
  const index = new Map<string, number[]>();
  const pairs: [number, number][] = [];
  keys.forEach((list, j) => {
    const seen = new Set<number>();
    const rarest = [...list].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || compareStrings(a, b));
    for (const k of rarest) {
      const posting = index.get(k) ?? [];
      // The latest quotes of a key first, and only a few of them: a key that hundreds share (the
      // same short quote over and over) joins its quotes through chains, not all pairs.
      for (let p = posting.length - 1; p >= Math.max(0, posting.length - MAX_QUOTES_PER_KEY); p--) {
        const i = posting[p]!;
        if (seen.size >= MAX_QUOTE_CANDIDATES) break;
        if (!seen.has(i)) {
          seen.add(i);
          pairs.push([i, j]);
        }
      }
    }
    for (const k of list) {
      const posting = index.get(k);
      if (posting) posting.push(j);
      else index.set(k, [j]);
    }
  });
  return pairs;
}

/** Agglomerative: strongest pairs first, merging only clusters whose speakers agree. */
function cluster(records: QuoteRecord[], options: CorroborateOptions): QuoteRecord[][] {
  const pairs: { a: QuoteRecord; b: QuoteRecord; score: number }[] = [];
  for (const [i, j] of quoteCandidates(records, options)) {
    const a = records[i];
    const b = records[j];
    if (!a || !b || (a.quote.kind === 'indirect') !== (b.quote.kind === 'indirect')) continue;
    const score = similarity(a, b, options);
    if (score >= options.quoteOverlapThreshold) pairs.push({ a, b, score });
  }
  pairs.sort((x, y) => y.score - x.score || compareStrings(x.a.node, y.a.node) || compareStrings(x.b.node, y.b.node));

  const uf = new UnionFind();
  const speakers = new Map<string, SpeakerSet>();
  for (const r of records) {
    speakers.set(r.node, { ids: new Set(r.speakerId ? [r.speakerId] : []), anonymous: r.anonymousAs !== undefined && !r.speakerId });
  }
  for (const { a, b } of pairs) {
    const ra = uf.find(a.node);
    const rb = uf.find(b.node);
    const sa = speakers.get(ra);
    const sb = speakers.get(rb);
    if (ra === rb || !sa || !sb || !compatibleSpeakers(sa, sb)) continue;
    uf.union(ra, rb);
    speakers.set(uf.find(ra), { ids: new Set([...sa.ids, ...sb.ids]), anonymous: sa.anonymous || sb.anonymous });
  }
  const byNode = new Map(records.map((r) => [r.node, r]));
  return uf.groups(records.map((r) => r.node)).map((g) => g.map((n) => byNode.get(n)).filter((r): r is QuoteRecord => r !== undefined));
}

function buildGroup(records: QuoteRecord[], actors: ActorIndex): QuoteGroup {
  const variants: QuoteVariant[] = records.map((r) => ({
    articleId: r.articleId,
    start: r.quote.content.start,
    end: r.quote.content.end,
    text: r.text,
    kind: r.quote.kind,
  }));
  // Several partial quotes of the utterance in one outlet are that outlet's one wording.
  const [first, ...others] = articleWordings({ variants } as Pick<QuoteGroup, 'variants'>);
  const diffs: WordingDiff[] = [];
  for (const w of others) {
    if (!first) break;
    const parts = wordingDiff(first.tokens, w.tokens);
    if (parts.some((p) => p.op !== 'same')) diffs.push({ articleId: w.articleId, parts });
  }
  const speakerId = records.map((r) => r.speakerId).find((s) => s !== undefined);
  const speakerName = speakerId ? actors.actors.find((a) => a.id === speakerId)?.name : undefined;
  const anonymousAs = speakerId ? undefined : records.map((r) => r.anonymousAs).find((s) => s !== undefined);
  const group: QuoteGroup = {
    id: '',
    speaker: speakerName ?? anonymousAs ?? null,
    anonymous: anonymousAs !== undefined,
    variants,
    diffs,
  };
  if (speakerId && speakerName) group.speakerId = speakerId;
  return group;
}

/**
 * The most words of each wording the word diff reads. A quote of an outlet (its partial quotes
 * read together) runs to tens or a few hundred words; thousands only come from hostile text, where
 * the alignment's table would take gigabytes.
 */
const MAX_DIFF_TOKENS = 1500;

/** Scores of the overlap alignment that finds where a partial quote sits inside a longer one. */
const ALIGN_MATCH = 2;
const ALIGN_MISMATCH = -1;
const ALIGN_GAP = -1;

/**
 * Word-level differences between two quotes of one utterance, over the part
 * both outlets quote: words one outlet simply did not quote (before or after
 * the shared stretch) are coverage, not wording, and are left out.
 *
 * @example
 * wordingDiff(['we', 'walk', 'on'], ['we', 'work', 'on'])
 * // [{op:'same',text:'we'},{op:'removed',text:'walk'},{op:'added',text:'work'},{op:'same',text:'on'}]
 */
export function wordingDiff(fullA: string[], fullB: string[]): WordingDiff['parts'] {
  // The alignment costs |a| × |b| in time and memory: compare at most the first MAX_DIFF_TOKENS words.
  const a = fullA.length > MAX_DIFF_TOKENS ? fullA.slice(0, MAX_DIFF_TOKENS) : fullA;
  const b = fullB.length > MAX_DIFF_TOKENS ? fullB.slice(0, MAX_DIFF_TOKENS) : fullB;
  const r = alignOverlap(a, b);
  const before = Math.min(r.aStart, r.bStart);
  const after = Math.min(a.length - r.aEnd, b.length - r.bEnd);
  const left = a.slice(r.aStart - before, r.aEnd + after).join(' ');
  const right = b.slice(r.bStart - before, r.bEnd + after).join(' ');
  const parts: WordingDiff['parts'] = [];
  for (const change of diffWords(left, right)) {
    const text = change.value.trim();
    if (!text) continue;
    const op = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text = `${last.text} ${text}`;
    else parts.push({ op, text });
  }
  return parts;
}

/**
 * Best local alignment (Smith–Waterman) of two token lists: the stretch both
 * quote. Ties keep the earliest stretch, so results do not depend on chance.
 */
function alignOverlap(a: string[], b: string[]): { aStart: number; aEnd: number; bStart: number; bEnd: number } {
  const cols = b.length + 1;
  const score = new Int32Array((a.length + 1) * cols);
  const origin = new Int32Array((a.length + 1) * cols * 2);
  let best = { value: 0, i: 0, j: 0 };
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const k = i * cols + j;
      const diag = (score[k - cols - 1] ?? 0) + (a[i - 1] === b[j - 1] ? ALIGN_MATCH : ALIGN_MISMATCH);
      const up = (score[k - cols] ?? 0) + ALIGN_GAP;
      const left = (score[k - 1] ?? 0) + ALIGN_GAP;
      const v = Math.max(0, diag, up, left);
      score[k] = v;
      let from: [number, number] = [i, j];
      if (v > 0 && v === diag) from = originOf(origin, k - cols - 1, i - 1, j - 1, score);
      else if (v > 0 && v === up) from = originOf(origin, k - cols, i - 1, j, score);
      else if (v > 0) from = originOf(origin, k - 1, i, j - 1, score);
      origin[2 * k] = from[0];
      origin[2 * k + 1] = from[1];
      if (v > best.value) best = { value: v, i, j };
    }
  }
  if (best.value === 0) return { aStart: 0, aEnd: 0, bStart: 0, bEnd: 0 };
  const k = best.i * cols + best.j;
  return { aStart: origin[2 * k] ?? 0, aEnd: best.i, bStart: origin[2 * k + 1] ?? 0, bEnd: best.j };
}

/** Where the alignment path through cell k started (a cell with score 0 starts a new path). */
function originOf(origin: Int32Array, k: number, i: number, j: number, score: Int32Array): [number, number] {
  if ((score[k] ?? 0) === 0) return [i, j];
  return [origin[2 * k] ?? i, origin[2 * k + 1] ?? j];
}

/** One outlet's wording of a quote group: its quotes of the utterance read together, in text order. */
export interface ArticleWording {
  articleId: string;
  text: string;
  tokens: string[];
  citations: Citation[];
}

/**
 * The wordings of a group, one per article, in the order the articles first appear among the variants.
 *
 * @example
 * articleWordings(group).map((w) => w.articleId) // ["a1", "a2"]
 */
export function articleWordings(group: Pick<QuoteGroup, 'variants'>): ArticleWording[] {
  const byArticle = new Map<string, QuoteGroup['variants']>();
  for (const v of group.variants) {
    const list = byArticle.get(v.articleId);
    if (list) list.push(v);
    else byArticle.set(v.articleId, [v]);
  }
  return [...byArticle.entries()].map(([articleId, variants]) => {
    const ordered = [...variants].sort((a, b) => a.start - b.start);
    return {
      articleId,
      text: ordered.map((v) => v.text.trim()).join(' … '),
      tokens: ordered.flatMap((v) => tokensOf(v.text)),
      citations: ordered.map((v) => ({ articleId, start: v.start, end: v.end })),
    };
  });
}

function tokensOf(text: string): string[] {
  return normalizeQuote(text).split(' ').filter(Boolean);
}

