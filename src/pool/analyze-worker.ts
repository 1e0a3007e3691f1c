/**
 * The worker thread of `analyzeBounded`: extracts and analyses one document per message and
 * answers with its outcome. Everything it needs arrives in the message; it keeps no state.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeOne, type AnalyzeTask } from '../pipeline.js';
import { WORKER_READY } from './index.js';

parentPort?.on('message', (task: AnalyzeTask) => {
  parentPort?.postMessage(analyzeOne(task.doc, task.published));
});

// Warm up before saying ready: the first analysis loads the entity model and word lists lazily,
// and that one-off cost must not count against the first article's deadline.
analyzeOne({ id: 'warm-up', source: 'warm-up', format: 'text', content: 'Mayor Ana Silva said on Monday that 12 workers met in Lisbon.', meta: {} });
parentPort?.postMessage(WORKER_READY);
