/**
 * The worker thread of the library's `briefAsync` and `briefFiles` after the analysis: clusters,
 * corroborates and composes the dossiers of analysed articles, so the caller's event loop is not
 * held for the later stages either. Everything it needs arrives in the message; it keeps no state.
 */
import { parentPort } from 'node:worker_threads';
import { briefItems, type PipelineOptions } from '../pipeline.js';
import type { AnalyzedArticle } from '../types.js';
import { WORKER_READY } from './index.js';

/** What the worker is sent: the analysed articles and the brief's options (without callbacks). */
export interface BriefTask {
  items: AnalyzedArticle[];
  options: Omit<PipelineOptions, 'onProgress'>;
}

parentPort?.on('message', (task: BriefTask) => {
  parentPort?.postMessage(briefItems(task.items, task.options));
});
parentPort?.postMessage(WORKER_READY);
