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
export { runPipeline, runPipelineBounded, analyzeDocuments, analyzeBounded, briefItems, briefStory, type PipelineOptions } from './pipeline.js';
export { DEFAULT_POOL_LIMITS, type PoolLimits } from './pool/index.js';
export { openStore, type OpenStoreOptions, type Store } from './store/index.js';
export { loadConfig, DEFAULT_CONFIG, type Config } from './config.js';

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
 * Briefs files and folders (the library form of `parallax brief`): the analysis runs in worker
 * threads, each article under the time and memory limits of `options.limits` (defaults:
 * `DEFAULT_POOL_LIMITS`); an article past them is a failure, the rest are briefed.
 */
export async function briefFiles(paths: string[], options: PipelineOptions & Partial<IngestOptions> & { limits?: Partial<PoolLimits> } = {}): Promise<Brief> {
  const { documents, failures } = await ingest(paths, options);
  return runPipelineBounded(documents, { ...options, failures: [...(options.failures ?? []), ...failures] });
}
