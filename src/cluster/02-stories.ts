/**
 * Step 2: online story assignment. Each article becomes a unit-length
 * TF-IDF term vector and an entity vector (IDF as seen so far; a country's
 * names, codes, demonyms and capital share one key). A story keeps the sum of
 * its members' vectors and its squared length, so the article's cosine to
 * the story's centroid costs time proportional to the article's terms.
 * Candidate stories come from an inverted index over each member's heaviest
 * terms and its entities (posting lists keep the most recent stories), never
 * from the whole corpus. The article joins the best candidate whose score
 * passes the threshold, else founds a story; when it also passes the
 * threshold with other candidates whose members are on average that close to
 * its new story's, it bridges them and they merge, the old ids redirecting
 * to the surviving one. Time is a soft factor: no effect within a window
 * that grows with the story's own span, then a slow decay with the gap,
 * measured from whichever of the article's publication date and the dates
 * its text writes out lies nearest the story (a page crawled weeks later is
 * read at the time it reports). The whole state is plain JSON-serialisable data.
 */
import type { AnalyzedArticle } from '../types.js';
import { bodyText, contentWords, dateMs, normaliseName, shortId } from './00-text.js';
import { append } from '../text/arrays.js';
import { capitalCountry, countryCodeOf } from '../text/countries.js';

/**
 * Tuning of the story step (part of `ClusterOptions`, kept inside the index).
 *
 * @example
 * createClusterIndex({ ...DEFAULT_CLUSTER_OPTIONS, joinThreshold: 0.3 });
 */
export interface StoryOptions {
  /** How many times a title word counts against a body word. */
  titleWeight: number;
  /** Share of the combined score given to the term similarity. */
  termWeight: number;
  /** Share of the combined score given to the entity similarity. */
  entityWeight: number;
  /** Combined score (mean similarity to the story's members) at or above which an article joins a story. */
  joinThreshold: number;
  /** Gap in days between an article and a story's dated articles within which time does not lower the score (widened by the story's own span). */
  timeWindowDays: number;
  /** Beyond the window the score is scaled by (window / gap) to this power: 0 ignores time. */
  timeDecay: number;
  /** Highest-weighted terms of an article used to look up candidate stories and to index its story. */
  queryTerms: number;
  /** Candidate stories scored in full per article. */
  maxCandidates: number;
  /** Terms (and entities) kept per story centroid. */
  centroidMaxTerms: number;
  /** Most recent stories kept per posting list. */
  maxPostings: number;
}

/**
 * One story as the index keeps it: its members and the sums of their unit term and entity vectors.
 *
 * @example
 * index.stories.get('s-1a2b3c4d5e6f'); // { id, articleIds: ['a', 'b'], terms: Map { 'strike' => 0.71, … }, … }
 */
export interface StoryState {
  id: string;
  /** The title of its first member that has one (else the founding article's opening words): what a story list shows. */
  title: string;
  /** True while `title` is opening words, to be replaced by the first member title that comes. */
  untitled?: boolean;
  articleIds: string[];
  terms: Map<string, number>;
  entities: Map<string, number>;
  /** Members that had entities. */
  withEntities: number;
  /** Squared lengths of `terms` and `entities`: the article's cosine to the centroid is its dot product over the length. */
  termNorm2: number;
  entityNorm2: number;
  /** Earliest and latest publication time of its dated members (ms since epoch). */
  first?: number;
  last?: number;
}

/**
 * The online clustering state: document frequencies, story centroids, the
 * inverted index from terms and entities to stories, and where merged
 * stories went. Maps (fast, and safe for any key from article text); a store
 * saves `clusterIndexToJson` and resumes from `clusterIndexFromJson`.
 *
 * @example
 * const saved = JSON.stringify(clusterIndexToJson(index));
 * assignArticle(clusterIndexFromJson(JSON.parse(saved)), nextItem);
 */
export interface ClusterIndex {
  /** 3 since stories keep their centroids' squared lengths and are scored by centroid cosine: an index of version 2 is rebuilt. */
  version: 3;
  options: StoryOptions;
  docCount: number;
  termDf: Map<string, number>;
  entityDf: Map<string, number>;
  /** Live stories by id, in the order they were created (merged ones are removed and listed in `mergedInto`). */
  stories: Map<string, StoryState>;
  termPostings: Map<string, string[]>;
  entityPostings: Map<string, string[]>;
  /** The story every article seen was put in, by article id (follow `mergedInto` for the live one). */
  storyOf: Map<string, string>;
  /** Where each merged story went. */
  mergedInto: Map<string, string>;
}

/** The JSON form of a story: its maps as entry lists. */
interface StoryJson extends Omit<StoryState, 'terms' | 'entities'> {
  terms: [string, number][];
  entities: [string, number][];
}

/**
 * The JSON form of the index, for a store to save: every map as a list of entries, in insertion order.
 *
 * @example
 * const saved = JSON.stringify(clusterIndexToJson(index));
 */
export interface ClusterIndexJson {
  version: 3;
  options: StoryOptions;
  docCount: number;
  termDf: [string, number][];
  entityDf: [string, number][];
  stories: StoryJson[];
  termPostings: [string, string[]][];
  entityPostings: [string, string[]][];
  storyOf: [string, string][];
  mergedInto: [string, string][];
}

type Vector = Map<string, number>;

/** An article as the index sees it. */
interface Probe {
  terms: Vector;
  /** The heaviest `queryTerms` terms: what finds candidates and what the story is indexed under. */
  top: [string, number][];
  entities: Vector;
  published: number | undefined;
  /** Days the article's own text names explicitly (a month or a year written out): its news time when the publication date is a later crawl date. */
  contentDays: number[];
}

/** Centroids are pruned back to their limit only when they grow past it by this factor, so the sort is amortised. */
const PRUNE_SLACK = 1.5;
const DAY_MS = 86_400_000;
/**
 * What a word found in every document still weighs, added to ln((N + 1) / (df + 1)). The usual 1 gave
 * shared filler words of a small corpus two thirds of a story word's weight (generated stories merged);
 * 0 (or the BM25 form) made the vocabulary five articles on one story share weigh nothing, and split them.
 */
const IDF_FLOOR = 0.5;

/**
 * An empty index with the given story options.
 *
 * @example
 * const index = createClusterIndex(DEFAULT_CLUSTER_OPTIONS);
 */
export function createClusterIndex(options: StoryOptions): ClusterIndex {
  const {
    titleWeight, termWeight, entityWeight, joinThreshold, timeWindowDays, timeDecay, queryTerms, maxCandidates, centroidMaxTerms, maxPostings,
  } = options;
  return {
    version: 3,
    options: { titleWeight, termWeight, entityWeight, joinThreshold, timeWindowDays, timeDecay, queryTerms, maxCandidates, centroidMaxTerms, maxPostings },
    docCount: 0,
    termDf: new Map(),
    entityDf: new Map(),
    stories: new Map(),
    termPostings: new Map(),
    entityPostings: new Map(),
    storyOf: new Map(),
    mergedInto: new Map(),
  };
}

/**
 * The index as plain JSON-serialisable data.
 *
 * @example
 * JSON.stringify(clusterIndexToJson(index));
 */
export function clusterIndexToJson(index: ClusterIndex): ClusterIndexJson {
  return {
    version: 3,
    options: { ...index.options },
    docCount: index.docCount,
    termDf: [...index.termDf],
    entityDf: [...index.entityDf],
    stories: [...index.stories.values()].map((s) => ({ ...s, articleIds: [...s.articleIds], terms: [...s.terms], entities: [...s.entities] })),
    termPostings: [...index.termPostings].map(([k, v]) => [k, [...v]]),
    entityPostings: [...index.entityPostings].map(([k, v]) => [k, [...v]]),
    storyOf: [...index.storyOf],
    mergedInto: [...index.mergedInto],
  };
}

/**
 * An index from its JSON form; the decisions that follow are the same as if it had never been saved.
 *
 * @example
 * const index = clusterIndexFromJson(JSON.parse(saved));
 */
export function clusterIndexFromJson(json: ClusterIndexJson): ClusterIndex {
  return {
    version: 3,
    options: { ...json.options },
    docCount: json.docCount,
    termDf: new Map(json.termDf),
    entityDf: new Map(json.entityDf),
    stories: new Map(json.stories.map((s) => [s.id, { ...s, articleIds: [...s.articleIds], terms: new Map(s.terms), entities: new Map(s.entities) }])),
    termPostings: new Map(json.termPostings.map(([k, v]) => [k, [...v]])),
    entityPostings: new Map(json.entityPostings.map(([k, v]) => [k, [...v]])),
    storyOf: new Map(json.storyOf),
    mergedInto: new Map(json.mergedInto),
  };
}

/**
 * A saved index to resume, or null when there is none, it is not an index
 * this version reads, or it was built with other options than `options`
 * (then the caller rebuilds from the stored articles, so new settings apply
 * to all of them).
 *
 * @example
 * const index = resumableIndex(await store.loadClusterState(), DEFAULT_CLUSTER_OPTIONS) ?? createClusterIndex(DEFAULT_CLUSTER_OPTIONS);
 */
export function resumableIndex(saved: unknown, options: StoryOptions): ClusterIndex | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const json = saved as Partial<ClusterIndexJson>;
  const wanted = createClusterIndex(options).options;
  if (json.version !== 3 || JSON.stringify(json.options) !== JSON.stringify(wanted)) return null;
  const lists = [json.termDf, json.entityDf, json.stories, json.termPostings, json.entityPostings, json.storyOf, json.mergedInto];
  if (typeof json.docCount !== 'number' || !lists.every(Array.isArray)) return null;
  return clusterIndexFromJson(json as ClusterIndexJson);
}

/**
 * The live story a story id (or a merged story's old id) now resolves to.
 *
 * @example
 * resolveStory(index, 's-old'); // 's-new' after a merge
 */
export function resolveStory(index: ClusterIndex, storyId: string): string {
  let id = storyId;
  for (let next = index.mergedInto.get(id); next !== undefined; next = index.mergedInto.get(id)) id = next;
  return id;
}

/**
 * Puts one article into a story: the best-scoring candidate story when its
 * score passes the threshold (merging other candidates it bridges), else a
 * new story (id `s-` + short sha256 of the founding article id). Updates
 * `index` in place and returns it; an article already in the index keeps
 * its story.
 *
 * @example
 * let index = createClusterIndex(DEFAULT_STORY_OPTIONS);
 * ({ index } = assignArticle(index, item)); // { storyId: 's-1a2b3c4d5e6f', index }
 */
export function assignArticle(index: ClusterIndex, item: AnalyzedArticle): { storyId: string; index: ClusterIndex } {
  const id = item.article.id;
  const known = index.storyOf.get(id);
  if (known !== undefined) return { storyId: resolveStory(index, known), index };

  const termTf = termFrequencies(item, index.options.titleWeight);
  const entityTf = entityFrequencies(item);
  index.docCount += 1;
  const terms = unit(countAndWeigh(termTf, index.termDf, index.docCount));
  const published = dateMs(item.article.publishedAt);
  const probe: Probe = {
    terms,
    top: topEntries(terms, index.options.queryTerms),
    entities: unit(countAndWeigh(entityTf, index.entityDf, index.docCount)),
    published,
    contentDays: contentDays(item, published),
  };

  const scored = candidates(index, probe)
    .map((story) => ({ story, score: score(index.options, probe, story) }))
    .filter((c) => c.score >= index.options.joinThreshold)
    .sort((a, b) => b.score - a.score || compare(a.story.id, b.story.id));
  const story = scored[0]?.story ?? newStory(index, id, item);
  if (story.untitled && item.article.title.trim() !== '') {
    story.title = item.article.title.trim();
    delete story.untitled;
  }
  addToStory(index, story, id, probe, newsTime(story, probe));
  for (const { story: other } of scored.slice(1)) {
    if (bridges(index.options, story, other)) mergeStories(index, story, other);
  }
  index.storyOf.set(id, story.id);
  return { storyId: story.id, index };
}

function termFrequencies(item: AnalyzedArticle, titleWeight: number): Vector {
  const tf: Vector = new Map();
  for (const w of contentWords(item.article.title)) tf.set(w, (tf.get(w) ?? 0) + titleWeight);
  for (const w of contentWords(bodyText(item.article))) tf.set(w, (tf.get(w) ?? 0) + 1);
  return tf;
}

/**
 * The article's entities as keys: every name and alias normalised, and a country's code for any
 * name, code or demonym of it ("DPRK", "North Korea", "North Korean" are one key) or for its
 * capital or seat of government, so outlets' different names for one country meet.
 */
function entityFrequencies(item: AnalyzedArticle): Vector {
  const tf: Vector = new Map();
  for (const e of item.analysis.entities) {
    for (const name of [e.name, ...e.aliases]) {
      const key = normaliseName(name);
      if (key.length === 0 || tf.has(key)) continue;
      tf.set(key, 1);
      // A person's name never names a country; skipping the look-up keeps assignment fast.
      const country = e.type === 'PERSON' ? null : (countryCodeOf(name) ?? capitalCountry(name));
      if (country !== null) tf.set(`country:${country}`, 1);
    }
  }
  return tf;
}

/** A date written with its month or year ("Oct. 1", "September 15, 2017"), not only a weekday or "yesterday" resolved against the publication date. */
const EXPLICIT_DATE = /\p{N}{4}|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/iu;
/** Content dates further back than this are history the article recalls, not its news. */
const CONTENT_LOOKBACK_DAYS = 366;

/** Explicit day-precise dates the article's claims carry, within a year before its publication (all of them when undated). */
function contentDays(item: AnalyzedArticle, published: number | undefined): number[] {
  const out = new Set<number>();
  const text = item.article.text;
  for (const claim of item.analysis.claims) {
    for (const v of claim.values) {
      if (v.kind !== 'date' || v.value === undefined || !/^\d{4}-\d{2}-\d{2}/.test(v.value)) continue;
      if (!EXPLICIT_DATE.test(text.slice(v.span.start, v.span.end))) continue;
      const ms = dateMs(v.value.slice(0, 10));
      if (ms === undefined) continue;
      if (published !== undefined && (ms > published + DAY_MS || ms < published - CONTENT_LOOKBACK_DAYS * DAY_MS)) continue;
      out.add(ms);
    }
  }
  return [...out];
}

/**
 * Counts the article's keys into the document frequencies and weighs each by
 * log term frequency × smoothed IDF (see IDF_FLOOR), in one pass over the map.
 */
function countAndWeigh(tf: Vector, df: Map<string, number>, docCount: number): Vector {
  const out: Vector = new Map();
  for (const [k, f] of tf) {
    const n = (df.get(k) ?? 0) + 1;
    df.set(k, n);
    out.set(k, Math.log1p(f) * (Math.log((docCount + 1) / (n + 1)) + IDF_FLOOR));
  }
  return out;
}

function unit(v: Vector): Vector {
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  if (norm === 0) return v;
  const scale = 1 / Math.sqrt(norm);
  for (const [k, x] of v) v.set(k, x * scale);
  return v;
}

/**
 * The article's cosine to the story's centroid (terms, and entities when both have some), scaled by
 * the time factor. Against the mean cosine to the members (average linkage, which the centroid's
 * sum divided by the story's size gives) the centroid's length is the divisor: it is the size when
 * all members say the same, and less when a developing story's members each add their own words,
 * so a follow-up is not held to the mean of members it shares little with.
 */
function score(options: StoryOptions, probe: Probe, story: StoryState): number {
  const terms = cosine(probe.terms, story.terms, story.termNorm2);
  const hasEntities = probe.entities.size > 0 && story.withEntities > 0;
  const combined = hasEntities
    ? options.termWeight * terms + options.entityWeight * cosine(probe.entities, story.entities, story.entityNorm2)
    : terms;
  const time = newsTime(story, probe);
  return combined * timeFactor(options, time === undefined ? 0 : gapDays(story, time), spanDays(story));
}

/** Of the article's publication time and the dates its text names, the one nearest the story's span: a page crawled weeks later is read at the time it reports. */
function newsTime(story: StoryState, probe: Probe): number | undefined {
  let best = probe.published;
  if (story.first === undefined || story.last === undefined) return best;
  let bestGap = best === undefined ? Infinity : gapDays(story, best);
  for (const day of probe.contentDays) {
    const gap = gapDays(story, day);
    if (gap < bestGap) [best, bestGap] = [day, gap];
  }
  return best;
}

/** Days between a time and a story's dated members (0 inside its span or when the story is undated). */
function gapDays(story: StoryState, time: number): number {
  if (story.first === undefined || story.last === undefined) return 0;
  return (time < story.first ? story.first - time : Math.max(0, time - story.last)) / DAY_MS;
}

function spanDays(story: Pick<StoryState, 'first' | 'last'>): number {
  return story.first === undefined || story.last === undefined ? 0 : (story.last - story.first) / DAY_MS;
}

/** Cosine of a unit vector and a centroid of the given squared length. */
function cosine(v: Vector, centroid: Vector, norm2: number): number {
  return norm2 > 0 ? dot(v, centroid) / Math.sqrt(norm2) : 0;
}

function squaredLength(v: Vector): number {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  return sum;
}

function dot(v: Vector, centroid: Vector): number {
  let sum = 0;
  for (const [k, x] of v) sum += x * (centroid.get(k) ?? 0);
  return sum;
}

/**
 * What a gap of `days` between an article and a story does to their score: nothing within the
 * window — the fixed window plus the story's own span, so a story that has developed for months
 * accepts a follow-up months later — then (window / gap) ^ decay.
 *
 * @example
 * timeFactor({ ...DEFAULT_CLUSTER_OPTIONS, timeWindowDays: 21, timeDecay: 0.3 }, 210); // 0.5
 * timeFactor({ ...DEFAULT_CLUSTER_OPTIONS, timeWindowDays: 21, timeDecay: 0.3 }, 210, 189); // 1
 */
export function timeFactor(options: Pick<StoryOptions, 'timeWindowDays' | 'timeDecay'>, days: number, storySpanDays = 0): number {
  const window = options.timeWindowDays + storySpanDays;
  return days <= window ? 1 : (window / days) ** options.timeDecay;
}

/**
 * Two stories an article joins both: merged when their members are, on average over all pairs, as
 * close as an article must be to its story's centroid. A merge cannot be undone, so it asks more than
 * a join: the cosine of the two centroids (higher than the mean over pairs) merged unrelated
 * headline stories that one ambiguous headline touched.
 */
function bridges(options: StoryOptions, a: StoryState, b: StoryState): boolean {
  const pairs = a.articleIds.length * b.articleIds.length;
  const terms = dot(a.terms, b.terms) / pairs;
  const entityPairs = a.withEntities * b.withEntities;
  const combined = entityPairs > 0 ? options.termWeight * terms + options.entityWeight * (dot(a.entities, b.entities) / entityPairs) : terms;
  const gap = a.first === undefined || a.last === undefined || b.first === undefined || b.last === undefined
    ? 0
    : Math.max(0, a.first - b.last, b.first - a.last) / DAY_MS;
  return combined * timeFactor(options, gap, Math.max(spanDays(a), spanDays(b))) >= options.joinThreshold;
}

/**
 * Stories sharing a top term or an entity with the article, ranked by the
 * weight they share; ties go to the smaller story id so the result is deterministic.
 */
function candidates(index: ClusterIndex, probe: Probe): StoryState[] {
  const shared = new Map<string, number>();
  const credit = (postings: readonly string[] | undefined, weight: number) => {
    for (const s of postings ?? []) {
      const live = resolveStory(index, s);
      shared.set(live, (shared.get(live) ?? 0) + weight);
    }
  };
  for (const [t, w] of probe.top) credit(index.termPostings.get(t), w);
  for (const [e, w] of probe.entities) credit(index.entityPostings.get(e), w);
  return topEntries(shared, index.options.maxCandidates).flatMap(([id]) => index.stories.get(id) ?? []);
}

/**
 * The `n` heaviest entries of a map, heaviest first, ties by key: one pass
 * keeping a short sorted list, instead of sorting the thousands of stories
 * a common term can credit.
 */
function topEntries(weights: Map<string, number>, n: number): [string, number][] {
  const top: [string, number][] = [];
  const before = (a: [string, number], b: [string, number]) => a[1] > b[1] || (a[1] === b[1] && compare(a[0], b[0]) < 0);
  for (const entry of weights) {
    if (top.length === n && !before(entry, top[n - 1] as [string, number])) continue;
    let at = top.length;
    while (at > 0 && before(entry, top[at - 1] as [string, number])) at--;
    top.splice(at, 0, entry);
    if (top.length > n) top.pop();
  }
  return top;
}


/** Words of the opening shown as a story's title when its founding article has none. */
const UNTITLED_WORDS = 12;

function openingWords(item: AnalyzedArticle): string {
  const words = bodyText(item.article).split(/\s+/).filter((w) => w !== '');
  return words.slice(0, UNTITLED_WORDS).join(' ') + (words.length > UNTITLED_WORDS ? ' …' : '');
}

function newStory(index: ClusterIndex, founderId: string, founder: AnalyzedArticle): StoryState {
  const title = founder.article.title.trim();
  const story: StoryState = {
    id: shortId('s-', founderId), title: title || openingWords(founder), articleIds: [], terms: new Map(), entities: new Map(), withEntities: 0,
    termNorm2: 0, entityNorm2: 0,
  };
  if (title === '') story.untitled = true;
  index.stories.set(story.id, story);
  return story;
}

function addToStory(index: ClusterIndex, story: StoryState, articleId: string, probe: Probe, time: number | undefined): void {
  story.articleIds.push(articleId);
  if (time !== undefined) {
    story.first = Math.min(story.first ?? time, time);
    story.last = Math.max(story.last ?? time, time);
  }
  const max = index.options.centroidMaxTerms;
  story.termNorm2 = addInto(story.terms, probe.terms, max, story.termNorm2);
  if (probe.entities.size > 0) {
    story.withEntities += 1;
    story.entityNorm2 = addInto(story.entities, probe.entities, max, story.entityNorm2);
  }
  for (const [t] of probe.top) post(index.termPostings, t, story.id, index.options.maxPostings);
  for (const e of probe.entities.keys()) post(index.entityPostings, e, story.id, index.options.maxPostings);
}

/** The surviving story takes the other's members, sums and dates; the other's id now redirects to it. */
function mergeStories(index: ClusterIndex, into: StoryState, from: StoryState): void {
  if (into.id === from.id) return;
  append(into.articleIds, from.articleIds);
  into.withEntities += from.withEntities;
  if (from.first !== undefined && from.last !== undefined) {
    into.first = Math.min(into.first ?? from.first, from.first);
    into.last = Math.max(into.last ?? from.last, from.last);
  }
  into.termNorm2 = addInto(into.terms, from.terms, index.options.centroidMaxTerms, into.termNorm2);
  into.entityNorm2 = addInto(into.entities, from.entities, index.options.centroidMaxTerms, into.entityNorm2);
  index.stories.delete(from.id);
  index.mergedInto.set(from.id, into.id);
}

/**
 * Adds a vector into a centroid whose squared length is `norm2` and returns the new squared length
 * (updated per changed key; recomputed after a prune); past its limit (with slack) keeps the keys
 * weighing at least the `max`-th heaviest (all of a tie).
 */
function addInto(centroid: Vector, v: Vector, max: number, norm2: number): number {
  let length2 = norm2;
  for (const [k, x] of v) {
    const before = centroid.get(k) ?? 0;
    const after = before + x;
    centroid.set(k, after);
    length2 += after * after - before * before;
  }
  if (centroid.size <= max * PRUNE_SLACK) return length2;
  const weights = Float64Array.from(centroid.values()).sort();
  const cutoff = weights[weights.length - max] as number;
  for (const [k, x] of centroid) if (x < cutoff) centroid.delete(k);
  return squaredLength(centroid);
}

/** Lists a story under a key, most recent last, keeping at most `max` stories. */
function post(postings: Map<string, string[]>, key: string, storyId: string, max: number): void {
  const list = postings.get(key);
  if (list === undefined) {
    postings.set(key, [storyId]);
    return;
  }
  const at = list.lastIndexOf(storyId);
  if (at === list.length - 1) return;
  if (at >= 0) list.splice(at, 1);
  list.push(storyId);
  if (list.length > max) list.splice(0, list.length - max);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
