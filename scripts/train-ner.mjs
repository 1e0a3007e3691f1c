// Rebuilds the named-entity model from CoNLL-2003 train.jsonl (never dev), deterministically (seeded).
// Usage: npm run train:ner [-- --data PATH] [--out models/ner-conll2003.bin] [--holdout [--slice K] [--errors TYPE]] [--lists towns,people,companies,words|none] [--bits N] [--epochs N] [--folds N] [--seed N]
// --holdout trains on nine documents in ten and scores the tenth (the slice used for tuning), writing no file;
// --slice K (0-9, default 9) picks which tenth, to see how much a difference owes to the slice;
// --lists picks the optional gazetteer lists (see gazetteer-build.ts);
// --margins M,M… scores the held-out tenth at each lattice pruning margin (averaged-perceptron units; "Infinity" for none), default BEAM_MARGIN;
// --errors TYPE lists the held-out names of that type (PER, ORG, LOC, MISC) the model missed or mistyped, and its spurious ones.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { parseGold } from '../dist/eval/entities/read.js';
import { scoreEntities } from '../dist/eval/entities/score.js';
import { chunksOf } from '../dist/eval/entities/chunks.js';
import { DEFAULT_LISTS, loadModelGazetteer } from '../dist/analyze/entities/model/gazetteer-build.js';
import { trainModel } from '../dist/analyze/entities/model/train.js';
import { encodeWeights, decodeWeights } from '../dist/analyze/entities/model/weights.js';
import { BEAM_MARGIN, tagTokens } from '../dist/analyze/entities/model/tag.js';
import { toBio } from '../dist/analyze/entities/model/tags.js';

/** Defaults chosen on the held-out tenth of train (see ARCHITECTURE.md): 2^18 rows keep the file small with little loss. */
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/eval/conll2003/train.jsonl' },
    out: { type: 'string', default: 'models/ner-conll2003.bin' },
    holdout: { type: 'boolean', default: false },
    slice: { type: 'string', default: '9' },
    errors: { type: 'string' },
    margins: { type: 'string', default: String(BEAM_MARGIN) },
    lists: { type: 'string', default: DEFAULT_LISTS.join(',') },
    bits: { type: 'string', default: '18' },
    epochs: { type: 'string', default: '8' },
    folds: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
  },
});
if (/dev|test/.test(values.data.split('/').pop() ?? '')) throw new Error('train on the training split only');
const opts = { bits: Number(values.bits), epochs: Number(values.epochs), folds: Number(values.folds), seed: Number(values.seed) };
/** Every tenth document is the held-out slice for tuning. */
const HOLDOUT_EVERY = 10;

const docs = parseGold(readFileSync(values.data, 'utf8'), values.data);
const slice = Number(values.slice);
const training = values.holdout ? docs.filter((_, i) => i % HOLDOUT_EVERY !== slice) : docs;
const heldOut = values.holdout ? docs.filter((_, i) => i % HOLDOUT_EVERY === slice) : [];
const started = performance.now();
const log = (line) => console.log(`${((performance.now() - started) / 1000).toFixed(1)}s  ${line}`);
log(`${training.length} documents, ${training.reduce((n, d) => n + d.sentences.length, 0)} sentences; ${JSON.stringify(opts)}`);
const gazetteer = loadModelGazetteer(values.lists.split(',').filter((l) => l !== 'none'));
const { first, second } = trainModel(
  training.map((d) => ({ sentences: d.sentences.map((s) => s.tokens), tags: d.sentences.map((s) => s.tags) })),
  gazetteer,
  { ...opts, log },
);
const bytes = encodeWeights([first, second], opts.bits, gazetteer, {
  data: 'CoNLL-2003 English train.jsonl' + (values.holdout ? ' (nine tenths)' : ''), lists: values.lists, seed: opts.seed, epochs: opts.epochs, folds: opts.folds,
});
log(`weights: ${(bytes.length / 2 ** 20).toFixed(2)} MiB`);
if (values.holdout) {
  const decoded = decodeWeights(bytes, 'held-out model');
  for (const margin of values.margins.split(',').map(Number)) {
    const margins = decoded.header.scales.map((scale) => scale * margin);
    const model = { bits: opts.bits, first: decoded.tables[0], second: decoded.tables[1], margins, gazetteer: decoded.gazetteer };
    const gold = [];
    const predicted = [];
    const tagStart = performance.now();
    let tokens = 0;
    for (const d of heldOut) {
      const tags = toBio(tagTokens(model, d.sentences.map((s) => s.tokens)));
      let k = 0;
      for (const s of d.sentences) {
        gold.push(s.tags);
        predicted.push(tags.slice(k, (k += s.tokens.length)));
        tokens += s.tokens.length;
      }
    }
    const rate = tokens / ((performance.now() - tagStart) / 1000);
    const score = scoreEntities(gold, predicted);
    if (values.errors) printErrors(heldOut, gold, predicted, values.errors);
    const perType = Object.entries(score.perType).map(([t, s]) => `${t} ${s.f1.toFixed(4)}`).join('  ');
    log(`held-out tenth of train, margin ${margin}: F1 ${score.f1.toFixed(4)} (P ${score.precision.toFixed(4)}, R ${score.recall.toFixed(4)})  ${perType}  ${Math.round(rate)} tokens/s`);
  }
} else {
  writeFileSync(values.out, bytes);
  log(`wrote ${values.out}`);
}

/** Prints gold names of `type` not found exactly, and predicted names of `type` not in the gold, with their sentence. */
function printErrors(documents, gold, predicted, type) {
  const sentences = documents.flatMap((d) => d.sentences.map((s) => s.tokens));
  const names = (tags) => chunksOf(tags).map((c) => ({ ...c, key: `${c.start}:${c.end}:${c.type}` }));
  let shown = 0;
  sentences.forEach((tokens, k) => {
    const g = names(gold[k]);
    const p = names(predicted[k]);
    const text = (c) => tokens.slice(c.start, c.end).join(' ');
    for (const c of g) {
      if (c.type !== type || p.some((x) => x.key === c.key)) continue;
      const got = p.filter((x) => x.start < c.end && c.start < x.end).map((x) => `${x.type} "${text(x)}"`).join(', ') || 'nothing';
      if (shown++ < 60) console.log(`missed ${type} "${text(c)}" (got ${got}) | ${tokens.join(' ')}`);
    }
    for (const c of p) {
      if (c.type !== type || g.some((x) => x.key === c.key || (x.start < c.end && c.start < x.end))) continue;
      if (shown++ < 60) console.log(`spurious ${type} "${text(c)}" | ${tokens.join(' ')}`);
    }
  });
}
