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

export { parseClusterGold, type ClusterGoldRecord } from './01-gold.js';
export { scorePartition, type PartitionScore, type Prf } from './02-score.js';

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
    const { file, articles, goldClusters, bcubed, bcubedMinF1, pairwiseF1, nmi, clusters, articlesPerSecond, failures } = report;
    return JSON.stringify({ file, articles, goldClusters, bcubed, bcubedMinF1, pairwiseF1, nmi, clusters, articlesPerSecond, failures }, null, 2);
  }
  const f = (x: number) => x.toFixed(4);
  return [
    `clusters: ${report.file} — ${report.articles} articles in ${report.goldClusters} gold clusters, ${SHUFFLES} seeded input orders, default options`,
    `  B-cubed      P ${f(report.bcubed.precision)}  R ${f(report.bcubed.recall)}  F1 ${f(report.bcubed.f1)} (mean)  min F1 ${f(report.bcubedMinF1)}`,
    `  pairwise F1  ${f(report.pairwiseF1)}`,
    `  NMI          ${f(report.nmi)}`,
    `  stories      ${report.clusters.toFixed(1)} (mean)`,
    `  assignment   ${Math.round(report.articlesPerSecond)} articles/s (analysis not timed)`,
    ...(report.failures.length > 0 ? [`  not analysed: ${report.failures.length} (each scored as a story of its own)`] : []),
    ...report.failures.slice(0, FAILURES_SHOWN).map((x) => `    ${x.message}`),
    ...(report.failures.length > FAILURES_SHOWN ? [`    … ${report.failures.length - FAILURES_SHOWN} more (all in --json)`] : []),
  ].join('\n');
}
