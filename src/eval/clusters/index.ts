/**
 * `parallax eval clusters`: feeds gold articles one at a time into the online
 * story index, in several seeded shuffles, with default options only (labels
 * are read for scoring only), and scores each resulting partition against the
 * gold labels. Analysis (extract → analyze) runs once per article and is not
 * timed; articles/s is the story assignment alone.
 *
 * @example
 * const report = evaluateClustersFile('../shared/eval/clustering/giveme5w1h-dev.jsonl');
 * report.bcubed.f1; // mean over the shuffles
 */
import { performance } from 'node:perf_hooks';
import { assignArticle, createClusterIndex, DEFAULT_CLUSTER_OPTIONS, resolveStory } from '../../cluster/index.js';
import { analyzeDocuments } from '../../pipeline.js';
import { seededRandom, shuffled } from '../../text/random.js';
import type { AnalyzedArticle, InputFailure } from '../../types.js';
import { readGold } from '../read-gold.js';
import { parseClusterGold, type ClusterGoldRecord } from './01-gold.js';
import { scorePartition, type PartitionScore, type Prf } from './02-score.js';
import { averageLinkageClusters, BASELINE_DISTANCE_THRESHOLD } from './03-baseline.js';

export { parseClusterGold, type ClusterGoldRecord } from './01-gold.js';
export { scorePartition, type PartitionScore, type Prf } from './02-score.js';
export { averageLinkageClusters, BASELINE_DISTANCE_THRESHOLD, type BaselineRecord } from './03-baseline.js';

/** Input orders scored: enough to see how much the order moves the result. */
export const SHUFFLES = 5;

/** Failures listed in the text report; `--json` lists all. */
const FAILURES_SHOWN = 3;

/** What `parallax eval clusters` reports. */
export interface ClusterEvalReport {
  file: string;
  articles: number;
  goldClusters: number;
  /** B-cubed precision, recall and F1, each the mean over the shuffles. */
  bcubed: Prf;
  /** The lowest B-cubed F1 of any shuffle. */
  bcubedMinF1: number;
  pairwiseF1: number;
  nmi: number;
  /** Predicted stories (mean over the shuffles). */
  clusters: number;
  /** Story assignments per second (all shuffles, analysis excluded). */
  articlesPerSecond: number;
  /** Each shuffle's scores, in seed order. */
  shuffles: PartitionScore[];
  /** Records that could not be analysed: each is scored as a story of its own. */
  failures: InputFailure[];
  /** The offline reference on the same records: TF-IDF + average linkage, cosine distance cut at 0.85, all records at once. */
  baseline: BaselineReport;
}

/** The offline baseline's scores on the same records (one run: it does not depend on the order). */
export interface BaselineReport {
  method: string;
  bcubed: Prf;
  pairwiseF1: number;
  nmi: number;
  clusters: number;
  /** Wall-clock seconds of vectorising and clustering all records. */
  seconds: number;
}

/**
 * Reads a gold file and scores online story assignment on it.
 *
 * @example
 * evaluateClustersFile('gold.jsonl').bcubedMinF1;
 */
export function evaluateClustersFile(path: string): ClusterEvalReport {
  return evaluateClusters(parseClusterGold(readGold(path), path), path);
}

/**
 * Scores online story assignment on gold records; `file` names them in the report.
 *
 * @example
 * evaluateClusters([{ id: '1', label: 'a', text: 'Rates rise.' }], 'inline').bcubed.f1; // 1
 */
export function evaluateClusters(records: readonly ClusterGoldRecord[], file: string): ClusterEvalReport {
  const { items, failures } = analyzeRecords(records, file);
  const shuffles: PartitionScore[] = [];
  let seconds = 0;
  for (let k = 0; k < SHUFFLES; k++) {
    const order = shuffled(items, seededRandom(k + 1));
    const index = createClusterIndex(DEFAULT_CLUSTER_OPTIONS);
    const started = performance.now();
    for (const item of order) assignArticle(index, item);
    seconds += (performance.now() - started) / 1000;
    const predicted = records.map((r) => {
      const story = index.storyOf.get(r.id);
      return story === undefined ? `unanalysed:${r.id}` : resolveStory(index, story);
    });
    shuffles.push(scorePartition(records.map((r) => r.label), predicted));
  }
  const baselineStarted = performance.now();
  const baselineClusters = averageLinkageClusters(records);
  const baselineSeconds = (performance.now() - baselineStarted) / 1000;
  const reference = scorePartition(records.map((r) => r.label), baselineClusters.map(String));
  const baseline: BaselineReport = {
    method: `TF-IDF + average linkage, cosine distance < ${BASELINE_DISTANCE_THRESHOLD}, all records at once`,
    bcubed: reference.bcubed,
    pairwiseF1: reference.pairwise.f1,
    nmi: reference.nmi,
    clusters: reference.clusters,
    seconds: baselineSeconds,
  };
  const mean = (f: (s: PartitionScore) => number) => shuffles.reduce((sum, s) => sum + f(s), 0) / shuffles.length;
  return {
    file,
    articles: records.length,
    goldClusters: shuffles[0]?.goldClusters ?? 0,
    bcubed: { precision: mean((s) => s.bcubed.precision), recall: mean((s) => s.bcubed.recall), f1: mean((s) => s.bcubed.f1) },
    bcubedMinF1: Math.min(...shuffles.map((s) => s.bcubed.f1)),
    pairwiseF1: mean((s) => s.pairwise.f1),
    nmi: mean((s) => s.nmi),
    clusters: mean((s) => s.clusters),
    articlesPerSecond: seconds > 0 ? (items.length * SHUFFLES) / seconds : 0,
    shuffles,
    failures,
    baseline,
  };
}

/**
 * Each record read as a plain-text article (its title and date as metadata) and analysed by the
 * pipeline's own step; a record that fails is reported, the rest go on. Items keep the gold order,
 * which the seeded shuffles start from.
 */
function analyzeRecords(records: readonly ClusterGoldRecord[], file: string): { items: AnalyzedArticle[]; failures: InputFailure[] } {
  const { items, failures } = analyzeDocuments(records.map((r) => ({
    id: r.id, source: `${file}#${r.id}`, format: 'text' as const, content: r.text,
    meta: { ...(r.title ? { title: r.title } : {}), ...(r.published ? { published: r.published } : {}) },
  })));
  const byId = new Map(items.map((i) => [i.article.id, i]));
  return { items: records.flatMap((r) => byId.get(r.id) ?? []), failures };
}

/**
 * The report as text (or JSON with `json`).
 *
 * @example
 * console.log(formatClusterReport(report, false));
 */
export function formatClusterReport(report: ClusterEvalReport, json: boolean): string {
  if (json) {
    const { file, articles, goldClusters, bcubed, bcubedMinF1, pairwiseF1, nmi, clusters, articlesPerSecond, failures, baseline } = report;
    return JSON.stringify({ file, articles, goldClusters, bcubed, bcubedMinF1, pairwiseF1, nmi, clusters, articlesPerSecond, failures, baseline }, null, 2);
  }
  const f = (x: number) => x.toFixed(4);
  const b = report.baseline;
  const row = (name: string, online: string, offline: string) => `  ${name.padEnd(13)}${online.padEnd(44)}${offline}`;
  return [
    `clusters: ${report.file} — ${report.articles} articles in ${report.goldClusters} gold clusters`,
    row('', `online, ${SHUFFLES} seeded orders, defaults`, `baseline: ${b.method}`),
    row('B-cubed P', `${f(report.bcubed.precision)} (mean)`, f(b.bcubed.precision)),
    row('B-cubed R', `${f(report.bcubed.recall)} (mean)`, f(b.bcubed.recall)),
    row('B-cubed F1', `${f(report.bcubed.f1)} (mean)  min ${f(report.bcubedMinF1)}`, f(b.bcubed.f1)),
    row('pairwise F1', `${f(report.pairwiseF1)} (mean)`, f(b.pairwiseF1)),
    row('NMI', `${f(report.nmi)} (mean)`, f(b.nmi)),
    row('stories', `${report.clusters.toFixed(1)} (mean)`, String(b.clusters)),
    row('time', `${Math.round(report.articlesPerSecond)} articles/s (analysis not timed)`, `${b.seconds.toFixed(2)} s for all records`),
    `  margin       B-cubed F1 ${report.bcubed.f1 >= b.bcubed.f1 ? '+' : ''}${(report.bcubed.f1 - b.bcubed.f1).toFixed(4)} over the baseline`,
    ...(report.failures.length > 0 ? [`  not analysed: ${report.failures.length} (each scored as a story of its own)`] : []),
    ...report.failures.slice(0, FAILURES_SHOWN).map((x) => `    ${x.message}`),
    ...(report.failures.length > FAILURES_SHOWN ? [`    … ${report.failures.length - FAILURES_SHOWN} more (all in --json)`] : []),
  ].join('\n');
}
