/**
 * A pool of worker threads that runs one task per message under a per-task budget: a deadline
 * and a heap ceiling. A task past its deadline has its worker terminated (V8 interrupts any
 * running script, a stuck regular expression included) and becomes a failure; a task that
 * exhausts its heap ends its worker with ERR_WORKER_OUT_OF_MEMORY, never the process. Either
 * way a fresh worker takes the next task, so one hostile input never blocks the batch.
 *
 * Generic on purpose: it knows tasks and results, not articles (`src/pipeline.ts` composes it).
 *
 * @example
 * const results = await runPool(new URL('./my-worker.js', import.meta.url), tasks, { workers: 2, taskSeconds: 10, taskMemoryMb: 512 });
 */
import fs from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface PoolLimits {
  /** Worker threads running at once. */
  workers: number;
  /** Wall-clock seconds one task may take before its worker is terminated. */
  taskSeconds: number;
  /** Heap ceiling of each worker (V8 old generation), in MiB. */
  taskMemoryMb: number;
}

/**
 * Defaults: every core (at most 8: beyond that the main thread's later stages dominate); 5 s a
 * task — a hundred times a long article's analysis (tens of milliseconds), a megabyte of text
 * analyses in 2–4 s, and a folder of a dozen hostile 5 MiB files still ends within a minute on
 * two cores; 512 MiB of heap, which a 5 MiB article's analysis stays under while two such
 * workers and the main thread stay near a gigabyte.
 */
export const DEFAULT_POOL_LIMITS: PoolLimits = {
  workers: Math.max(1, Math.min(8, availableParallelism())),
  taskSeconds: 5,
  taskMemoryMb: 512,
};

/** How a task ended when its worker could not answer. */
export type PoolFault = { kind: 'time'; seconds: number } | { kind: 'memory'; megabytes: number } | { kind: 'crash'; message: string };

/** One task's outcome: the worker's answer, or why there is none. */
export type PoolOutcome<R> = { ok: true; value: R } | { ok: false; fault: PoolFault };

/**
 * The compiled worker file for a module URL: the file itself when it exists, else its twin in
 * `dist/` (tests run the TypeScript sources, but a worker thread needs the built JavaScript).
 */
export function workerFile(url: URL): URL {
  const file = fileURLToPath(url);
  if (fs.existsSync(file)) return url;
  const built = file.replace(/([\\/])src([\\/])(?!.*[\\/]src[\\/])/, '$1dist$2');
  if (built !== file && fs.existsSync(built)) return pathToFileURL(built);
  throw new Error(`worker script ${file} is missing: run "npm run build"`);
}

/** A worker and what its current task does with each thing the worker reports. */
interface Lane {
  worker: Worker;
  settle: ((outcome: PoolOutcome<unknown>, reusable: boolean) => void) | null;
  /** Resolves once the worker has loaded its modules and said so (see `WORKER_READY`). */
  ready: Promise<void>;
}

/**
 * What a worker script posts once its modules are loaded. The deadline runs from then, so the
 * seconds of loading code on a busy machine are not charged to the first task.
 */
export const WORKER_READY = '__parallax_worker_ready__';
/** A worker that has not loaded its code after this long is broken, not slow. */
const WORKER_START_SECONDS = 120;

function spawnLane(file: URL, limits: PoolLimits): Lane {
  const worker = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: limits.taskMemoryMb } });
  let markReady = (): void => undefined;
  const lane: Lane = { worker, settle: null, ready: new Promise((resolve) => (markReady = resolve)) };
  // Listeners are attached once for the worker's life and routed to its current task: removing a
  // Worker's listeners would also stop its message port.
  worker.on('message', (value: unknown) => (value === WORKER_READY ? markReady() : lane.settle?.({ ok: true, value }, true)));
  worker.on('error', (err: Error & { code?: string }) => {
    const fault: PoolFault = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'memory', megabytes: limits.taskMemoryMb } : { kind: 'crash', message: err.message };
    lane.settle?.({ ok: false, fault }, false);
  });
  worker.on('exit', (code) => lane.settle?.({ ok: false, fault: { kind: 'crash', message: `worker exited with code ${code}` } }, false));
  return lane;
}

/**
 * Runs every task through the pool and resolves with one outcome per task, in task order.
 * `onDone` is told after each task ends, in completion order.
 */
export async function runPool<T, R>(script: URL, tasks: T[], limits: PoolLimits, onDone?: (done: number) => void): Promise<PoolOutcome<R>[]> {
  const outcomes: PoolOutcome<R>[] = new Array(tasks.length);
  if (tasks.length === 0) return outcomes;
  const file = workerFile(script);
  let next = 0;
  let finished = 0;
  return new Promise((resolve) => {
    const start = (idle: Lane | null): void => {
      if (next >= tasks.length) {
        if (idle) void idle.worker.terminate();
        return;
      }
      const index = next++;
      const lane = idle ?? spawnLane(file, limits);
      let timer = setTimeout(() => lane.settle?.({ ok: false, fault: { kind: 'crash', message: `the worker did not start within ${WORKER_START_SECONDS} s` } }, false), WORKER_START_SECONDS * 1000);
      void lane.ready.then(() => {
        if (!lane.settle) return;
        clearTimeout(timer);
        timer = setTimeout(() => lane.settle?.({ ok: false, fault: { kind: 'time', seconds: limits.taskSeconds } }, false), limits.taskSeconds * 1000);
        lane.worker.postMessage(tasks[index]);
      });
      lane.settle = (outcome, reusable) => {
        lane.settle = null;
        clearTimeout(timer);
        outcomes[index] = outcome as PoolOutcome<R>;
        finished += 1;
        onDone?.(finished);
        if (!reusable) void lane.worker.terminate();
        start(reusable ? lane : null);
        if (finished === tasks.length) resolve(outcomes);
      };
    };
    for (let i = 0; i < Math.min(limits.workers, tasks.length); i++) start(null);
  });
}
