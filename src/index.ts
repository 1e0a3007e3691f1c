/**
 * Parallax as a library.
 *
 * @example
 * import { brief, renderBrief } from 'parallax-dossier';
 * const result = brief([{ id: 'a', outlet: 'Daily', text: 'Ministers met in Oslo on Monday. …' }, …]);
 * console.log(renderBrief(result, 'md'));
 */
import { getHeapStatistics } from 'node:v8';
import type { ArticleMeta, Brief, RawDocument } from './types.js';
import { ingest, type IngestOptions } from './ingest/index.js';
import { analyzeBounded, runPipeline, type PipelineOptions } from './pipeline.js';
import { DEFAULT_POOL_LIMITS, runPool, type PoolLimits } from './pool/index.js';
import type { BriefTask } from './pool/brief-worker.js';
import { ParallaxError } from './errors.js';

export type * from './types.js';
export { ParallaxError, isParallaxError, ERROR_CODES, type ErrorCode } from './errors.js';
export { ingest, decodeInput } from './ingest/index.js';
export { extract } from './extract/index.js';
export { analyze } from './analyze/index.js';
export { cluster } from './cluster/index.js';
export { corroborate } from './corroborate/index.js';
export { composeBrief, renderBrief, RENDER_FORMATS, type RenderFormat, BRIEF_SCHEMA_ID, BRIEF_SCHEMA_VERSION } from './brief/index.js';
export { parseRenderFormat } from './brief/renderers/index.js';
export {
  renderExport, exportRows, exportTarget, EXPORT_TABLES, EXPORT_FORMATS,
  type ExportTable, type ExportFormat, type ExportRow, type ExportValue,
} from './brief/renderers/export.js';
export { runPipeline, runPipelineBounded, analyzeDocuments, analyzeBounded, briefItems, briefStory, languageNotices, type PipelineOptions } from './pipeline.js';
export { DEFAULT_POOL_LIMITS, type PoolLimits } from './pool/index.js';
export { openStore, type OpenStoreOptions, type Store } from './store/index.js';
export { loadConfig, loadSettings, findConfigFile, DEFAULT_CONFIG, type Config, type ConfigOrigins } from './config.js';

/** One article given in memory: `text` (plain text or Markdown) or `html`, plus optional metadata. */
export interface ArticleInput extends ArticleMeta {
  id?: string;
  text?: string;
  html?: string;
  markdown?: boolean;
}

function toDocument(input: ArticleInput, index: number): RawDocument {
  const content = input.html ?? input.text;
  if (typeof content !== 'string') throw new ParallaxError('INPUT_BAD_JSON', `article ${input.id ?? index}: needs text or html`);
  const { id, text: _t, html, markdown, ...meta } = input;
  const name = id ?? `article-${index + 1}`;
  return { id: name, source: name, format: html !== undefined ? 'html' : markdown ? 'markdown' : 'text', content, meta };
}

/**
 * Briefs articles held in memory: clusters them into stories and returns the dossiers.
 * Articles that cannot be read are listed in `failures`; the rest are briefed.
 */
export function brief(inputs: ArticleInput[], options: PipelineOptions = {}): Brief {
  return runPipeline(inputs.map(toDocument), options);
}

/**
 * The whole flow with nothing on the caller's thread but the hand-over: each document is
 * extracted and analysed in the worker pool under the per-article budget, then the later stages
 * (cluster, corroborate, brief) run in one more worker. That worker gets the caller's heap limit
 * and, as its deadline, the analysis budget of all the articles (the later stages are linear and
 * cost less per article than the analysis); past either, the call throws ANALYSIS_FAILED.
 */
async function runOffThread(docs: RawDocument[], options: BoundedOptions): Promise<Brief> {
  const limits = { ...DEFAULT_POOL_LIMITS, ...options.limits };
  const { items, failures } = await analyzeBounded(docs, options);
  const { onProgress: _progress, limits: _limits, ...rest } = options;
  const task: BriefTask = { items, options: { ...rest, failures: [...(options.failures ?? []), ...failures] } };
  const heapMb = Math.ceil(getHeapStatistics().heap_size_limit / 2 ** 20);
  const [outcome] = await runPool<BriefTask, Brief>(new URL('./pool/brief-worker.js', import.meta.url), [task], {
    workers: 1, taskSeconds: limits.taskSeconds * Math.max(1, items.length), taskMemoryMb: heapMb,
  });
  if (!outcome?.ok) {
    const fault = outcome?.fault;
    const why = fault?.kind === 'time' ? `took over ${fault.seconds} s` : fault?.kind === 'memory' ? `needed over ${fault.megabytes} MiB` : fault?.message ?? 'no answer';
    throw new ParallaxError('ANALYSIS_FAILED', `briefing ${items.length} analysed articles failed: ${why}`);
  }
  return outcome.value;
}

/** Options of {@link briefAsync} and {@link briefFiles}: the pipeline's, plus the per-article budget of the worker threads. */
export type BoundedOptions = PipelineOptions & { limits?: Partial<PoolLimits> };

/**
 * {@link brief} without blocking the event loop: each article is extracted and analysed in a
 * worker thread (every core, the same pool as `briefFiles`), under the time and memory limits of
 * `options.limits` (defaults: `DEFAULT_POOL_LIMITS`), and the stories are composed in another
 * worker; an article past its limits becomes a failure and the rest are briefed. The same
 * articles give the same brief as `brief()`.
 *
 * @example
 * const result = await briefAsync([{ id: 'a', outlet: 'Daily', text: '…' }], { limits: { workers: 2 } });
 */
export async function briefAsync(inputs: ArticleInput[], options: BoundedOptions = {}): Promise<Brief> {
  return runOffThread(inputs.map(toDocument), options);
}

/**
 * Briefs files and folders (the library form of `parallax brief`), off the caller's thread like
 * {@link briefAsync}: the analysis in worker threads, each article under the time and memory
 * limits of `options.limits` (defaults: `DEFAULT_POOL_LIMITS`), an article past them a failure.
 */
export async function briefFiles(paths: string[], options: BoundedOptions & Partial<IngestOptions> = {}): Promise<Brief> {
  const { documents, failures } = await ingest(paths, options);
  return runOffThread(documents, { ...options, failures: [...(options.failures ?? []), ...failures] });
}
