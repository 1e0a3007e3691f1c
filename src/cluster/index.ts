/**
 * Cluster stage: AnalyzedArticle[] → Clustering. Finds copies (exact,
 * syndicated, rewrites), groups articles into stories with an online pass, and
 * finds the events inside each story. Pure and deterministic: the same set of
 * articles gives the same result in any input order.
 *
 * @example
 * const { stories, copies, maxSimilarity } = cluster(items);
 */
import type { AnalyzedArticle, Clustering, Story } from '../types.js';
import { dateMs } from './00-text.js';
import { findDuplicates, type DuplicateOptions } from './01-duplicates.js';
import { assignArticle, createClusterIndex, type StoryOptions } from './02-stories.js';
import { findEvents, type EventOptions } from './03-events.js';

export { assignArticle, clusterIndexFromJson, clusterIndexToJson, createClusterIndex, resolveStory, resumableIndex } from './02-stories.js';
export type { ClusterIndex, ClusterIndexJson, StoryState } from './02-stories.js';

/**
 * Every tuning of the cluster stage: near-duplicates, stories and events.
 *
 * @example
 * const options: Partial<ClusterOptions> = { joinThreshold: 0.3 };
 */
export type ClusterOptions = DuplicateOptions & StoryOptions & EventOptions;

/** Five-word shingles: long enough that shared phrases of a topic ("the port authority said") rarely match, short enough that a light edit breaks few. */
const SHINGLE_SIZE = 5;
/** 128 permutations: Jaccard estimates within about ±0.04 at the rewrite threshold. */
const MINHASH_PERMUTATIONS = 128;
/** Any fixed seed: changing it changes signatures, never results that are verified exactly. */
const MINHASH_SEED = 0x5eed_2025;
/** Two rows per band (64 bands): a pair at Jaccard 0.2 becomes a candidate with probability 0.93. */
const LSH_BAND_ROWS = 2;
/** Up to 400 articles, all 80k pairs are compared by signature: milliseconds, and no pair is missed. */
const ALL_PAIRS_LIMIT = 400;
/** Up to 2,000 articles, candidate pairs are verified with exact Jaccard (the shingle sets fit in memory). */
const EXACT_VERIFY_LIMIT = 2000;
/** In each LSH bucket an article is compared with its three nearest earlier members: a copy shares dozens of buckets with its original, most of them small. */
const BUCKET_WINDOW = 3;
/** At most 32 comparisons per article: a bucket of thousands of near-identical articles costs a few per article, not one per pair. */
const COPY_CANDIDATES = 32;
/** Light edits of wire copy (new lede, dropped paragraph, credit line) measured 0.69–0.83 on the fixtures, a 40% rewrite 0.36. */
const SYNDICATED_SIMILARITY = 0.5;
/** A copy cut to part of the wire story still has nearly all its shingles in the original. */
const SYNDICATED_CONTAINMENT = 0.85;
/** Rewrites of one source (~40% reworded, reordered) measured 0.29–0.36; a same-topic article about another event 0.016. */
const REWRITE_SIMILARITY = 0.12;
/** About three standard deviations of a 128-permutation MinHash estimate at the rewrite threshold. */
const ESTIMATE_MARGIN = 0.08;
/** A headline states what the article is about more densely than any body sentence. */
const TITLE_WEIGHT = 3;
/** Words carry most of the topic; entity names are fewer and sparser. */
const TERM_WEIGHT = 0.6;
/** Shared actors and places tie together articles that describe one story in different words. */
const ENTITY_WEIGHT = 0.4;
/**
 * Cosine to a story's centroid at which an article joins. With centroid cosine (not the mean over
 * members) 0.15 and 0.17 scored within 0.015 B-cubed F1 of each other on each of the three clustering
 * development sets (event-, topic- and headline-labelled), 0.20 cost 0.05–0.07 on the topic and
 * headline sets, and lower values merge same-topic stories.
 */
const JOIN_THRESHOLD = 0.15;
/** A developing story is reported over days to weeks: within three weeks (plus the story's own span so far) time does not count against an article. */
const TIME_WINDOW_DAYS = 21;
/** Beyond the window, a gap ten times as long halves the score ((1/10)^0.3): follow-ups months later still join when close in words. */
const TIME_DECAY = 0.3;
/** Stories per posting list: the most recent 200 hold every story a new article plausibly joins, and keep lookups cheap at any corpus size. */
const MAX_POSTINGS = 200;
/** The 25 heaviest terms identify an article's topic; more only lengthens posting lists. */
const QUERY_TERMS = 25;
/** The story an article joins ranked within the first ten candidates on every development set (10, 20 and 50 scored alike); 20 leaves room and keeps assignment fast at 100,000 articles. */
const MAX_CANDIDATES = 20;
/** A story's 600 heaviest terms: 300 dropped enough of long articles' vocabulary to cost 0.6 points of B-cubed F1 on an event-labelled development set; 1,000 gained nothing more and held 60% more memory. */
const CENTROID_MAX_TERMS = 600;
/** A venue is usually within a few words of its meeting word ("talks, which took place in the X"). */
const MAX_CUE_DISTANCE = 6;
/** Two meetings at one place more than two days apart are separate rounds of talks. */
const EVENT_DATE_GAP_DAYS = 2;

/**
 * Default clustering options, every number named above with its reason.
 *
 * @example
 * cluster(items, { ...DEFAULT_CLUSTER_OPTIONS, joinThreshold: 0.25 });
 */
export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  shingleSize: SHINGLE_SIZE,
  permutations: MINHASH_PERMUTATIONS,
  seed: MINHASH_SEED,
  bandRows: LSH_BAND_ROWS,
  allPairsLimit: ALL_PAIRS_LIMIT,
  exactVerifyLimit: EXACT_VERIFY_LIMIT,
  bucketWindow: BUCKET_WINDOW,
  copyCandidates: COPY_CANDIDATES,
  syndicatedSimilarity: SYNDICATED_SIMILARITY,
  syndicatedContainment: SYNDICATED_CONTAINMENT,
  rewriteSimilarity: REWRITE_SIMILARITY,
  estimateMargin: ESTIMATE_MARGIN,
  titleWeight: TITLE_WEIGHT,
  termWeight: TERM_WEIGHT,
  entityWeight: ENTITY_WEIGHT,
  joinThreshold: JOIN_THRESHOLD,
  timeWindowDays: TIME_WINDOW_DAYS,
  timeDecay: TIME_DECAY,
  maxPostings: MAX_POSTINGS,
  queryTerms: QUERY_TERMS,
  maxCandidates: MAX_CANDIDATES,
  centroidMaxTerms: CENTROID_MAX_TERMS,
  maxCueDistance: MAX_CUE_DISTANCE,
  dateGapDays: EVENT_DATE_GAP_DAYS,
};

/**
 * Groups analysed articles into stories and events and finds their copies.
 *
 * @example
 * const clustering = cluster([a, b, c]);
 * clustering.stories[0]; // { id: 's-…', articleIds: ['a', 'b'], events: [{ label: 'talks in …', … }] }
 * clustering.copies;     // [{ from: 'a', to: 'b', similarity: 0.87, kind: 'syndicated' }]
 */
export function cluster(items: AnalyzedArticle[], options: Partial<ClusterOptions> = {}): Clustering {
  const opts: ClusterOptions = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  const ordered = inPublicationOrder(items);
  const index = createClusterIndex(opts);
  for (const item of ordered) assignArticle(index, item);

  const byId = new Map(ordered.map((item) => [item.article.id, item]));
  const stories: Story[] = [...index.stories.keys()].map((storyId) => {
    const articleIds = index.stories.get(storyId)?.articleIds ?? [];
    const members = articleIds.flatMap((id) => byId.get(id) ?? []);
    return { id: storyId, articleIds: [...articleIds], events: findEvents(storyId, members, opts) };
  });
  const storyOf = new Map(stories.flatMap((story) => story.articleIds.map((id) => [id, story.id] as const)));
  const duplicates = findDuplicates(ordered, opts, (id) => storyOf.get(id) ?? '');

  const maxSimilarity = stories.reduce((max, story) => Math.max(max, duplicates.maxSimilarity(story.articleIds)), 0);
  return { stories, copies: duplicates.copies, maxSimilarity };
}

/**
 * Articles by publication time (undated last), then id; one article per id (the
 * first by content hash) so duplicated inputs cannot make the result depend on order.
 *
 * @example
 * for (const item of inPublicationOrder(stored)) assignArticle(index, item);
 */
export function inPublicationOrder(items: readonly AnalyzedArticle[]): AnalyzedArticle[] {
  const sorted = [...items].sort((a, b) => {
    const ta = dateMs(a.article.publishedAt) ?? Infinity;
    const tb = dateMs(b.article.publishedAt) ?? Infinity;
    if (ta !== tb) return ta - tb;
    return compare(a.article.id, b.article.id) || compare(a.article.contentHash, b.article.contentHash);
  });
  const seen = new Set<string>();
  return sorted.filter((item) => {
    if (seen.has(item.article.id)) return false;
    seen.add(item.article.id);
    return true;
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
