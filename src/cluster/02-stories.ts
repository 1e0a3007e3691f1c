/**
 * Step 2: online story assignment. Each article becomes a weighted term vector
 * and an entity vector; it joins the most similar existing story (found through
 * an inverted index, so cost does not grow with the number of stories) or
 * starts a new one. The whole state is a plain JSON-serialisable object.
 */
import type { AnalyzedArticle } from '../types.js';
import { cosine } from '../text/similarity.js';
import { bodyText, contentWords, dateMs, normaliseName, shortId } from './00-text.js';

/**
 * Tuning of the story step (part of `ClusterOptions`, kept inside the index).
 *
 * @example
 * createClusterIndex({ ...DEFAULT_CLUSTER_OPTIONS, joinThreshold: 0.3 });
 */
export interface StoryOptions {
  /** How many times a title word counts against a body word. */
  titleWeight: number;
  /** Share of the combined score given to the term cosine. */
  termWeight: number;
  /** Share of the combined score given to the entity cosine. */
  entityWeight: number;
  /** Combined score at or above which an article joins a story. */
  joinThreshold: number;
  /** Largest gap in days between an article and a story's dated articles (when both are dated). */
  timeWindowDays: number;
  /** Highest-weighted terms of an article used to look up candidate stories. */
  queryTerms: number;
  /** Candidate stories scored in full per article. */
  maxCandidates: number;
  /** Terms (and entities) kept per story centroid. */
  centroidMaxTerms: number;
}

/**
 * One story as the index keeps it: its members and summed term and entity frequencies.
 *
 * @example
 * index.stories['s-1a2b3c4d5e6f']; // { id, articleIds: ['a', 'b'], terms: { strike: 7, … }, entities: { … } }
 */
export interface StoryState {
  id: string;
  articleIds: string[];
  terms: Record<string, number>;
  entities: Record<string, number>;
  /** Earliest and latest publication time of its dated members (ms since epoch). */
  first?: number;
  last?: number;
}

/**
 * The online clustering state: document frequencies, story centroids and the
 * inverted index from terms and entities to stories. Plain data, so a store
 * can save it as JSON and resume later.
 *
 * @example
 * const saved = JSON.stringify(index);
 * assignArticle(JSON.parse(saved) as ClusterIndex, nextItem);
 */
export interface ClusterIndex {
  version: 1;
  options: StoryOptions;
  docCount: number;
  termDf: Record<string, number>;
  entityDf: Record<string, number>;
  stories: Record<string, StoryState>;
  /** Story ids in the order they were created. */
  storyOrder: string[];
  termPostings: Record<string, string[]>;
  entityPostings: Record<string, string[]>;
  /** The story of every article seen, by article id. */
  storyOf: Record<string, string>;
}

type Vector = Map<string, number>;

/**
 * An empty index with the given story options.
 *
 * @example
 * const index = createClusterIndex(DEFAULT_STORY_OPTIONS);
 */
export function createClusterIndex(options: StoryOptions): ClusterIndex {
  return {
    version: 1,
    options: { ...options },
    docCount: 0,
    termDf: {},
    entityDf: {},
    stories: {},
    storyOrder: [],
    termPostings: {},
    entityPostings: {},
    storyOf: {},
  };
}

/**
 * Puts one article into a story: the best-scoring existing story when its
 * score passes the threshold, else a new story (id `s-` + short sha256 of the
 * founding article id). Updates `index` in place and returns it; an article
 * already in the index keeps its story.
 *
 * @example
 * let index = createClusterIndex(DEFAULT_STORY_OPTIONS);
 * ({ index } = assignArticle(index, item)); // { storyId: 's-1a2b3c4d5e6f', index }
 */
export function assignArticle(index: ClusterIndex, item: AnalyzedArticle): { storyId: string; index: ClusterIndex } {
  const id = item.article.id;
  const known = getOwn(index.storyOf, id);
  if (known !== undefined) return { storyId: known, index };

  const termTf = termFrequencies(item, index.options.titleWeight);
  const entityTf = entityFrequencies(item);
  index.docCount += 1;
  for (const t of termTf.keys()) setOwn(index.termDf, t, (getOwn(index.termDf, t) ?? 0) + 1);
  for (const e of entityTf.keys()) setOwn(index.entityDf, e, (getOwn(index.entityDf, e) ?? 0) + 1);

  const published = dateMs(item.article.publishedAt);
  const best = bestStory(index, termTf, entityTf, published);
  const story = best ?? newStory(index, id);
  addToStory(index, story, id, termTf, entityTf, published);
  setOwn(index.storyOf, id, story.id);
  return { storyId: story.id, index };
}

function termFrequencies(item: AnalyzedArticle, titleWeight: number): Vector {
  const tf: Vector = new Map();
  for (const w of contentWords(item.article.title)) tf.set(w, (tf.get(w) ?? 0) + titleWeight);
  for (const w of contentWords(bodyText(item.article))) tf.set(w, (tf.get(w) ?? 0) + 1);
  return tf;
}

function entityFrequencies(item: AnalyzedArticle): Vector {
  const tf: Vector = new Map();
  for (const e of item.analysis.entities) {
    for (const name of [e.name, ...e.aliases]) {
      const key = normaliseName(name);
      if (key.length > 0) tf.set(key, 1);
    }
  }
  return tf;
}

/** Smoothed inverse document frequency from the counts seen so far. */
function idf(df: Record<string, number>, key: string, docCount: number): number {
  return Math.log((docCount + 1) / ((getOwn(df, key) ?? 0) + 1)) + 1;
}

function weigh(tf: Iterable<[string, number]>, df: Record<string, number>, docCount: number): Vector {
  const out: Vector = new Map();
  for (const [k, f] of tf) out.set(k, Math.log1p(f) * idf(df, k, docCount));
  return out;
}

function bestStory(index: ClusterIndex, termTf: Vector, entityTf: Vector, published: number | undefined) {
  const { options } = index;
  const termVec = weigh(termTf, index.termDf, index.docCount);
  const entityVec = weigh(entityTf, index.entityDf, index.docCount);
  let best: StoryState | undefined;
  let bestScore = -1;
  for (const storyId of candidates(index, termVec, entityVec)) {
    const story = getOwn(index.stories, storyId);
    if (story === undefined || !withinWindow(story, published, options.timeWindowDays)) continue;
    const termCos = cosine(termVec, weigh(Object.entries(story.terms), index.termDf, index.docCount));
    const hasEntities = entityVec.size > 0 && Object.keys(story.entities).length > 0;
    const score = hasEntities
      ? options.termWeight * termCos +
        options.entityWeight * cosine(entityVec, weigh(Object.entries(story.entities), index.entityDf, index.docCount))
      : termCos;
    if (score > bestScore) {
      bestScore = score;
      best = story;
    }
  }
  return bestScore >= options.joinThreshold ? best : undefined;
}

/**
 * Stories sharing a top term or an entity with the article, ranked by the
 * weight they share; ties go to the smaller story id so the result is deterministic.
 */
function candidates(index: ClusterIndex, termVec: Vector, entityVec: Vector): string[] {
  const query = [...termVec.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, index.options.queryTerms);
  const shared = new Map<string, number>();
  const credit = (postings: string[] | undefined, weight: number) => {
    for (const s of postings ?? []) shared.set(s, (shared.get(s) ?? 0) + weight);
  };
  for (const [t, w] of query) credit(getOwn(index.termPostings, t), w);
  for (const [e, w] of entityVec) credit(getOwn(index.entityPostings, e), w);
  return [...shared.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, index.options.maxCandidates)
    .map(([id]) => id);
}

function withinWindow(story: StoryState, published: number | undefined, days: number): boolean {
  if (published === undefined || story.first === undefined || story.last === undefined) return true;
  const gap = published < story.first ? story.first - published : Math.max(0, published - story.last);
  return gap <= days * 86_400_000;
}

function newStory(index: ClusterIndex, founderId: string): StoryState {
  const story: StoryState = { id: shortId('s-', founderId), articleIds: [], terms: {}, entities: {} };
  setOwn(index.stories, story.id, story);
  index.storyOrder.push(story.id);
  return story;
}

function addToStory(
  index: ClusterIndex,
  story: StoryState,
  articleId: string,
  termTf: Vector,
  entityTf: Vector,
  published: number | undefined,
): void {
  story.articleIds.push(articleId);
  if (published !== undefined) {
    story.first = Math.min(story.first ?? published, published);
    story.last = Math.max(story.last ?? published, published);
  }
  const max = index.options.centroidMaxTerms;
  story.terms = mergeCentroid(story.id, story.terms, termTf, max, index.termPostings);
  story.entities = mergeCentroid(story.id, story.entities, entityTf, max, index.entityPostings);
}

/**
 * Adds frequencies to a centroid, keeps its `max` heaviest keys (ties by key),
 * and keeps the postings in step: kept keys point at the story, dropped ones no longer do.
 */
function mergeCentroid(
  storyId: string,
  centroid: Record<string, number>,
  tf: Vector,
  max: number,
  postings: Record<string, string[]>,
): Record<string, number> {
  const merged = new Map(Object.entries(centroid));
  for (const [k, f] of tf) merged.set(k, (merged.get(k) ?? 0) + f);
  const ranked = [...merged.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const out: Record<string, number> = {};
  ranked.forEach(([k, f], i) => {
    const list = getOwn(postings, k) ?? [];
    const listed = list.includes(storyId);
    if (i < max) {
      setOwn(out, k, f);
      if (!listed) setOwn(postings, k, [...list, storyId]);
    } else if (listed) {
      setOwn(postings, k, list.filter((s) => s !== storyId));
    }
  });
  return out;
}

/** Own-property read: keys come from article text, so "constructor" must not reach the prototype. */
function getOwn<T>(rec: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(rec, key) ? rec[key] : undefined;
}

/** Own-property write that is safe for any key, "__proto__" included. */
function setOwn<T>(rec: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(rec, key, { value, writable: true, enumerable: true, configurable: true });
}
