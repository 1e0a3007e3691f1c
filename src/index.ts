/**
 * Parallax as a library.
 *
 * @example
 * import { brief, renderBrief } from 'parallax-dossier';
 * const result = brief([{ id: 'a', outlet: 'Daily', text: 'Ministers met in Oslo on Monday. …' }, …]);
 * console.log(renderBrief(result, 'md'));
 */
import type { ArticleMeta, Brief, RawDocument } from './types.js';
import { ingest, type IngestOptions } from './ingest/index.js';
import { runPipeline, runPipelineBounded, type PipelineOptions } from './pipeline.js';
import type { PoolLimits } from './pool/index.js';
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

/** Options of {@link briefAsync} and {@link briefFiles}: the pipeline's, plus the per-article budget of the worker threads. */
export type BoundedOptions = PipelineOptions & { limits?: Partial<PoolLimits> };

/**
 * {@link brief} without blocking the event loop: each article is extracted and analysed in a
 * worker thread (every core, the same pool as `briefFiles`), under the time and memory limits of
 * `options.limits` (defaults: `DEFAULT_POOL_LIMITS`); an article past them becomes a failure and
 * the rest are briefed. The same articles give the same brief as `brief()`.
 *
 * @example
 * const result = await briefAsync([{ id: 'a', outlet: 'Daily', text: '…' }], { limits: { workers: 2 } });
 */
export async function briefAsync(inputs: ArticleInput[], options: BoundedOptions = {}): Promise<Brief> {
  return runPipelineBounded(inputs.map(toDocument), options);
}

/**
 * Briefs files and folders (the library form of `parallax brief`): the analysis runs in worker
 * threads, each article under the time and memory limits of `options.limits` (defaults:
 * `DEFAULT_POOL_LIMITS`); an article past them is a failure, the rest are briefed.
 */
export async function briefFiles(paths: string[], options: BoundedOptions & Partial<IngestOptions> = {}): Promise<Brief> {
  const { documents, failures } = await ingest(paths, options);
  return runPipelineBounded(documents, { ...options, failures: [...(options.failures ?? []), ...failures] });
}
