/**
 * The whole flow, one stage per line: ingest → extract → analyze → cluster → corroborate → brief.
 * Stages are pure; this file is the only place that composes them.
 *
 * @example
 * const { documents, failures } = await ingest(['examples/ukraine-talks']);
 * const result = runPipeline(documents, { failures });
 */
import type { AnalyzedArticle, Brief, InputFailure, RawDocument } from './types.js';
import { ParallaxError, isParallaxError } from './errors.js';
import { extract } from './extract/index.js';
import { analyze } from './analyze/index.js';
import {
  DEFAULT_CLUSTER_OPTIONS, assignArticle, cluster, clusterIndexToJson, createClusterIndex, inPublicationOrder, resumableIndex,
  type ClusterIndexJson,
} from './cluster/index.js';
import { corroborate } from './corroborate/index.js';
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

/** Extracts and analyses each document; a document that fails becomes a failure, the rest go on. */
export function analyzeDocuments(
  docs: RawDocument[],
  options: Pick<PipelineOptions, 'published' | 'onProgress'> = {},
): { items: AnalyzedArticle[]; failures: InputFailure[] } {
  const items: AnalyzedArticle[] = [];
  const failures: InputFailure[] = [];
  const ordered = [...docs].sort((a, b) => a.id.localeCompare(b.id) || a.source.localeCompare(b.source));
  ordered.forEach((doc, i) => {
    try {
      const article = extract(doc, options.published ? { defaultPublished: options.published } : {});
      items.push({ article, analysis: analyze(article) });
    } catch (err) {
      failures.push(failureOf(doc, err));
    }
    options.onProgress?.(i + 1, ordered.length);
  });
  return { items, failures };
}

/** The brief stage's options out of the pipeline's. */
function briefOptions(options: PipelineOptions): { summarySentences?: number; asOf?: string } {
  return { ...(options.summarySentences ? { summarySentences: options.summarySentences } : {}), ...(options.asOf ? { asOf: options.asOf } : {}) };
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
  return { $schema: BRIEF_SCHEMA_ID, version: BRIEF_SCHEMA_VERSION, stories, failures };
}

/** The whole flow over documents already ingested. */
export function runPipeline(docs: RawDocument[], options: PipelineOptions = {}): Brief {
  const { items, failures } = analyzeDocuments(docs, options);
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
  return { $schema: BRIEF_SCHEMA_ID, version: BRIEF_SCHEMA_VERSION, stories: [composed], failures: [] };
}
