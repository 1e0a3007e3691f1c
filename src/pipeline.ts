/**
 * The whole flow, one stage per line: ingest → extract → analyze → cluster → corroborate → brief.
 * Stages are pure; this file is the only place that composes them.
 *
 * @example
 * const { documents, failures } = await ingest(['examples/ukraine-talks']);
 * const result = runPipeline(documents, { failures });
 */
import type { AnalyzedArticle, Brief, BriefNotice, InputFailure, RawDocument } from './types.js';
import { ParallaxError, isParallaxError } from './errors.js';
import { extract } from './extract/index.js';
import { analyze } from './analyze/index.js';
import {
  DEFAULT_CLUSTER_OPTIONS, assignArticle, cluster, clusterIndexToJson, createClusterIndex, inPublicationOrder, resumableIndex,
  type ClusterIndexJson,
} from './cluster/index.js';
import { corroborate } from './corroborate/index.js';
import { DEFAULT_POOL_LIMITS, runPool, type PoolFault, type PoolLimits } from './pool/index.js';
import { BRIEF_SCHEMA_ID, BRIEF_SCHEMA_VERSION, composeBrief } from './brief/index.js';

export interface PipelineOptions {
  /** Publication date (YYYY-MM-DD) for articles that carry none. */
  published?: string;
  /** Summary length in sentences (3–8). */
  summarySentences?: number;
  /** The date (YYYY-MM-DD) "what's next" is judged against; default: the latest article's. */
  asOf?: string;
  /** Failures from earlier stages (ingest), carried into the brief. */
  failures?: InputFailure[];
  /** Told after each document is analysed (a progress bar); never changes the result. */
  onProgress?: (done: number, total: number) => void;
}

/** Turns a stage error into a failure line that names the input; other articles go on. */
function failureOf(doc: RawDocument, err: unknown): InputFailure {
  if (isParallaxError(err)) return { source: doc.source, code: err.code, message: err.message };
  const reason = err instanceof Error ? err.message : String(err);
  const wrapped = new ParallaxError('ANALYSIS_FAILED', `${doc.source}: analysis failed: ${reason}`);
  return { source: doc.source, code: wrapped.code, message: wrapped.message };
}

/** One document extracted and analysed, or the failure that names it. */
export type AnalyzeOutcome = { item: AnalyzedArticle } | { failure: InputFailure };

/** Extracts and analyses one document; an error becomes its failure. */
export function analyzeOne(doc: RawDocument, published?: string): AnalyzeOutcome {
  try {
    const article = extract(doc, published ? { defaultPublished: published } : {});
    return { item: { article, analysis: analyze(article) } };
  } catch (err) {
    return { failure: failureOf(doc, err) };
  }
}

function inIdOrder(docs: RawDocument[]): RawDocument[] {
  return [...docs].sort((a, b) => a.id.localeCompare(b.id) || a.source.localeCompare(b.source));
}

function splitOutcomes(outcomes: AnalyzeOutcome[]): { items: AnalyzedArticle[]; failures: InputFailure[] } {
  const items: AnalyzedArticle[] = [];
  const failures: InputFailure[] = [];
  for (const o of outcomes) {
    if ('item' in o) items.push(o.item);
    else failures.push(o.failure);
  }
  return { items, failures };
}

/** Extracts and analyses each document in this thread; a document that fails becomes a failure, the rest go on. */
export function analyzeDocuments(
  docs: RawDocument[],
  options: Pick<PipelineOptions, 'published' | 'onProgress'> = {},
): { items: AnalyzedArticle[]; failures: InputFailure[] } {
  const ordered = inIdOrder(docs);
  return splitOutcomes(ordered.map((doc, i) => {
    const outcome = analyzeOne(doc, options.published);
    options.onProgress?.(i + 1, ordered.length);
    return outcome;
  }));
}

/** What `analyzeBounded` sends a worker: one document and the fallback date. */
export interface AnalyzeTask {
  doc: RawDocument;
  published?: string;
}

/** The failure line of a document whose worker ran out of its budget. */
function budgetFailure(doc: RawDocument, fault: PoolFault): InputFailure {
  const error = fault.kind === 'time'
    ? new ParallaxError('ARTICLE_TIME_LIMIT', `${doc.source}: analysis stopped after ${fault.seconds} s, the per-article time limit (articleSeconds, PARALLAX_ARTICLE_SECONDS)`)
    : fault.kind === 'memory'
      ? new ParallaxError('ARTICLE_MEMORY_LIMIT', `${doc.source}: analysis stopped at the per-article memory limit of ${fault.megabytes} MiB (articleMemoryMb, PARALLAX_ARTICLE_MEMORY_MB)`)
      : new ParallaxError('ANALYSIS_FAILED', `${doc.source}: analysis failed: ${fault.message}`);
  return { source: doc.source, code: error.code, message: error.message };
}

/**
 * Extracts and analyses each document in worker threads, every core at once, each document under
 * a deadline and a heap ceiling (`limits`): a document past either becomes one failure line that
 * names it and the limit, and every other document is still analysed. Same result as
 * `analyzeDocuments` for documents within the budget, in the same order.
 *
 * @example
 * const { items, failures } = await analyzeBounded(documents, { limits: { workers: 2, taskSeconds: 10, taskMemoryMb: 512 } });
 */
export async function analyzeBounded(
  docs: RawDocument[],
  options: Pick<PipelineOptions, 'published' | 'onProgress'> & { limits?: Partial<PoolLimits> } = {},
): Promise<{ items: AnalyzedArticle[]; failures: InputFailure[] }> {
  const ordered = inIdOrder(docs);
  const tasks: AnalyzeTask[] = ordered.map((doc) => ({ doc, ...(options.published ? { published: options.published } : {}) }));
  const outcomes = await runPool<AnalyzeTask, AnalyzeOutcome>(
    new URL('./pool/analyze-worker.js', import.meta.url), tasks, { ...DEFAULT_POOL_LIMITS, ...options.limits },
    (done) => options.onProgress?.(done, ordered.length),
  );
  return splitOutcomes(outcomes.map((o, i) => (o.ok ? o.value : { failure: budgetFailure(ordered[i]!, o.fault) })));
}

/** The brief stage's options out of the pipeline's. */
function briefOptions(options: PipelineOptions): { summarySentences?: number; asOf?: string } {
  return { ...(options.summarySentences ? { summarySentences: options.summarySentences } : {}), ...(options.asOf ? { asOf: options.asOf } : {}) };
}

/** The language the analysis is built for: its models, word lists and rules are English. */
const ANALYSIS_LANGUAGE = 'en';

/** The English name of a language code ("fr" → "French"), or the code when it has none. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * One notice per article whose language is not English: it is analysed as English all the same
 * (the result is not changed), but the reader should know its names, quotes and facts are
 * unreliable. Sorted by source, like failures.
 */
export function languageNotices(items: AnalyzedArticle[]): BriefNotice[] {
  return items
    .filter(({ article }) => article.language !== ANALYSIS_LANGUAGE)
    .map(({ article }): BriefNotice => ({
      source: article.source,
      articleId: article.id,
      code: 'NOT_ENGLISH',
      language: article.language,
      message: `analysis is English-only; this article reads as ${languageName(article.language)} (${article.language}), so its people, quotes and facts may be wrong`,
    }))
    .sort((a, b) => a.source.localeCompare(b.source) || a.articleId.localeCompare(b.articleId));
}

/** `notices` for a brief: the field only when there is something to say, so English briefs are unchanged. */
function noticesOf(items: AnalyzedArticle[]): Pick<Brief, 'notices'> {
  const notices = languageNotices(items);
  return notices.length > 0 ? { notices } : {};
}

/** Clusters analysed articles into stories and writes one dossier per story. */
export function briefItems(items: AnalyzedArticle[], options: PipelineOptions = {}): Brief {
  const clustering = cluster(items);
  const byId = new Map(items.map((i) => [i.article.id, i]));
  const stories = clustering.stories.map((story) => {
    const storyItems = story.articleIds.flatMap((id) => byId.get(id) ?? []);
    const dossier = corroborate(story, storyItems, clustering.copies);
    return composeBrief(story, storyItems, dossier, clustering.copies, briefOptions(options));
  });
  const failures = [...(options.failures ?? [])].sort((a, b) => a.source.localeCompare(b.source));
  return { $schema: BRIEF_SCHEMA_ID, version: BRIEF_SCHEMA_VERSION, stories, failures, ...noticesOf(items) };
}

/** The whole flow over documents already ingested. */
export function runPipeline(docs: RawDocument[], options: PipelineOptions = {}): Brief {
  const { items, failures } = analyzeDocuments(docs, options);
  return briefItems(items, { ...options, failures: [...(options.failures ?? []), ...failures] });
}

/** The whole flow over documents already ingested, the analysis in worker threads under the per-article budget (`analyzeBounded`). */
export async function runPipelineBounded(docs: RawDocument[], options: PipelineOptions & { limits?: Partial<PoolLimits> } = {}): Promise<Brief> {
  const { items, failures } = await analyzeBounded(docs, options);
  return briefItems(items, { ...options, failures: [...(options.failures ?? []), ...failures] });
}

/** What online story assignment gives the store to keep. */
export interface OnlineStories {
  stories: { id: string; title: string; articleIds: string[] }[];
  clusterState: ClusterIndexJson;
  /** Merged story id → the story it went into. */
  redirects: [string, string][];
  /** True when the saved index could not be resumed and every stored article was assigned afresh. */
  rebuilt: boolean;
}

/**
 * Online story assignment for the store: resumes the saved index and assigns
 * only the new articles; without a saved index (or one built with other
 * options) it assigns every stored article, read through `all`, in
 * publication order. Only the new articles' stories are compared, never the
 * whole corpus.
 *
 * @example
 * const online = await assignOnline(await store.loadClusterState(), newItems, () => store.listArticles());
 * await store.saveStories(online.stories, online);
 */
export async function assignOnline(saved: unknown, added: AnalyzedArticle[], all: () => Promise<AnalyzedArticle[]>): Promise<OnlineStories> {
  const resumed = resumableIndex(saved, DEFAULT_CLUSTER_OPTIONS);
  const index = resumed ?? createClusterIndex(DEFAULT_CLUSTER_OPTIONS);
  for (const item of inPublicationOrder(resumed ? added : await all())) assignArticle(index, item);
  return {
    stories: [...index.stories.values()].map((s) => ({ id: s.id, title: s.title, articleIds: [...s.articleIds] })),
    clusterState: clusterIndexToJson(index),
    redirects: [...index.mergedInto],
    rebuilt: resumed === null,
  };
}

/** The brief of one stored story: its articles, kept together under their stored id. */
export function briefStory(storyId: string, items: AnalyzedArticle[], options: PipelineOptions = {}): Brief {
  const clustering = cluster(items);
  const story = { id: storyId, articleIds: items.map((i) => i.article.id), events: clustering.stories.flatMap((s) => s.events) };
  const dossier = corroborate(story, items, clustering.copies);
  const composed = composeBrief(story, items, dossier, clustering.copies, briefOptions(options));
  return { $schema: BRIEF_SCHEMA_ID, version: BRIEF_SCHEMA_VERSION, stories: [composed], failures: [], ...noticesOf(items) };
}
