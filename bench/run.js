// Throughput and latency of the analysis and the brief, printed against bench/baseline.json.
// Run with `npm run bench` (builds first). `--record` rewrites the baseline with this machine's figures.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyzeDocuments, briefItems } from '../dist/pipeline.js';
import { tokenise } from '../dist/analyze/entities/01-tokenise.js';
import { loadNerModel, tagSentences } from '../dist/analyze/entities/model/index.js';
import { conllForm } from '../dist/analyze/entities/model/recognise.js';
import { assignArticle, createClusterIndex, DEFAULT_CLUSTER_OPTIONS } from '../dist/cluster/index.js';
import { syntheticArticles } from './stories.js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full collection before and after indexing, so the index's memory is what it retains, not garbage
// (the flag set at run time makes `gc` available in a fresh context without a command-line option).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');

const BASELINE = new URL('./baseline.json', import.meta.url);
/** Enough repetitions for a stable figure on a 2-core machine, short enough to run in seconds. */
const ROUNDS = 40;

function corpus(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({
    id: f.replace(/\.txt$/, ''), source: `${dir}/${f}`, format: 'text', content: readFileSync(`${dir}/${f}`, 'utf8'), meta: {},
  }));
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// The model is loaded first, before the analysis below (which may use it) has it cached.
const loadStart = performance.now();
const model = loadNerModel();
const loadMs = performance.now() - loadStart;

const docs = corpus('examples/ukraine-talks').concat(corpus('fixtures/stories/port-strike'));
const words = docs.reduce((n, d) => n + d.content.split(/\s+/).length, 0);
analyzeDocuments(docs); // warm up the JIT and lazy tables

const analyseMs = [];
let items = [];
for (let i = 0; i < ROUNDS; i++) {
  const t = performance.now();
  items = analyzeDocuments(docs).items;
  analyseMs.push(performance.now() - t);
}
const briefMs = [];
for (let i = 0; i < ROUNDS; i++) {
  const t = performance.now();
  briefItems(items);
  briefMs.push(performance.now() - t);
}

// The recogniser alone on pre-tokenised input: the articles as token sentences, repeated to enough tokens.
/** Half a million tokens: a stable figure, about two seconds of tagging. */
const RECOGNISER_TOKENS = 500_000;
const articleSentences = docs.map((d) => {
  const sentences = [[]];
  for (const t of tokenise(d.content, 0, d.content.length)) {
    sentences[sentences.length - 1].push(conllForm(t.text));
    if (/^[.!?]$/.test(t.text)) sentences.push([]);
  }
  return sentences.filter((s) => s.length > 0);
});
const articleTokens = articleSentences.flat(2).length;
const repeated = Array.from({ length: Math.ceil(RECOGNISER_TOKENS / articleTokens) }, () => articleSentences).flat();
for (const doc of articleSentences) tagSentences(model, doc); // warm up
const tagStart = performance.now();
for (const doc of repeated) tagSentences(model, doc);
const tagMs = performance.now() - tagStart;

const figures = {
  'recogniser tokens/s (pre-tokenised)': Math.round((repeated.flat(2).length / tagMs) * 1000),
  'recogniser model load (ms)': Number(loadMs.toFixed(1)),
  'analysis articles/s': Math.round((docs.length / median(analyseMs)) * 1000),
  'analysis words/s': Math.round((words / median(analyseMs)) * 1000),
  [`brief of ${docs.length} articles (ms)`]: Number(median(briefMs).toFixed(1)),
  'heap used (MiB)': Math.round(process.memoryUsage().heapUsed / 2 ** 20),
};

// Story assignment with a large index: 100,000 synthetic articles indexed first, then 2,000 more timed.
/** The corpus size the assignment target is stated at. */
const INDEXED_ARTICLES = 100_000;
const TIMED_ARTICLES = 2_000;
const synthetic = syntheticArticles(INDEXED_ARTICLES + TIMED_ARTICLES, 7);
collectGarbage();
const heapBefore = process.memoryUsage().heapUsed;
const storyIndex = createClusterIndex(DEFAULT_CLUSTER_OPTIONS);
for (const item of synthetic.slice(0, INDEXED_ARTICLES)) assignArticle(storyIndex, item);
const grownHeap = process.memoryUsage().heapUsed - heapBefore;
collectGarbage();
const indexHeap = process.memoryUsage().heapUsed - heapBefore;
const assignStart = performance.now();
for (const item of synthetic.slice(INDEXED_ARTICLES)) assignArticle(storyIndex, item);
figures[`story assignment articles/s (${INDEXED_ARTICLES / 1000}k indexed)`] = Math.round((TIMED_ARTICLES / (performance.now() - assignStart)) * 1000);
figures[`heap growth while indexing (MiB, ${INDEXED_ARTICLES / 1000}k)`] = Math.round(grownHeap / 2 ** 20);
figures[`story index retained after GC (MiB, ${INDEXED_ARTICLES / 1000}k)`] = Math.round(indexHeap / 2 ** 20);

let baseline = {};
try { baseline = JSON.parse(readFileSync(BASELINE, 'utf8')); } catch { /* first run: no baseline yet */ }
console.log(`Parallax bench — ${docs.length} articles, ${words} words, median of ${ROUNDS} rounds (node ${process.version})`);
for (const [name, value] of Object.entries(figures)) {
  const base = baseline[name];
  const change = typeof base === 'number' && base > 0 ? ` (baseline ${base}, ${((value / base - 1) * 100).toFixed(0)}%)` : ' (no baseline)';
  console.log(`  ${name.padEnd(38)} ${String(value).padStart(10)}${change}`);
}
if (process.argv.includes('--record')) {
  writeFileSync(BASELINE, JSON.stringify(figures, null, 2) + '\n');
  console.log('baseline recorded');
}
