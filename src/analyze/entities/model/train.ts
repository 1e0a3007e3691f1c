/**
 * Training: the first pass is trained on every document; the second pass is
 * trained on first-pass tags produced by jackknifing (each fold tagged by a
 * first pass trained without it), so it learns how far first-pass tags can be
 * trusted on unseen text rather than on memorised training text.
 */
import { prepare, type Prepared } from './01-prepare.js';
import { STATIC_SLOTS, staticFeatures } from './02-features.js';
import { decode, type FeatureBlock } from './03-decode.js';
import { AGGREGATE_SLOTS, aggregateFeatures } from './04-aggregate.js';
import type { ModelGazetteer } from './gazetteer.js';
import { Perceptron } from './perceptron.js';
import { toBilou } from './tags.js';
import { seededRandom, shuffled } from '../../../text/random.js';

/** A training document: sentences of tokens and their BIO tags. */
export interface TrainingDocument {
  sentences: string[][];
  tags: string[][];
}

export interface TrainOptions {
  /** log2 of the rows of each weight table. */
  bits: number;
  /** Passes over the data for each perceptron. */
  epochs: number;
  /** Jackknife folds for the second pass's training input. */
  folds: number;
  /** Seed of the document shuffle, so training is repeatable. */
  seed: number;
  /** Progress lines. */
  log?: (line: string) => void;
}

interface Example {
  p: Prepared;
  gold: Int8Array;
  local: FeatureBlock;
  /** Second-pass features from the jackknifed first-pass tags. */
  aggregate?: FeatureBlock;
}

function fit(examples: readonly Example[], blocks: (e: Example) => FeatureBlock[], opts: TrainOptions, seed: number): Float32Array {
  const model = new Perceptron(opts.bits);
  const mask = (1 << opts.bits) - 1;
  const rand = seededRandom(seed);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const e of shuffled(examples, rand)) {
      decode(model.weights, mask, blocks(e), e.p, new Int8Array(e.p.n), { learner: model.learner(e.gold) });
      model.time += e.p.n;
    }
  }
  return model.averaged();
}

/**
 * Trains both passes.
 *
 * @example
 * const { first, second } = trainModel(docs, loadModelGazetteer(), { bits: 19, epochs: 8, folds: 4, seed: 1 });
 */
export function trainModel(docs: readonly TrainingDocument[], gaz: ModelGazetteer, opts: TrainOptions): { first: Float32Array; second: Float32Array } {
  const mask = (1 << opts.bits) - 1;
  const log = opts.log ?? (() => {});
  const examples: Example[] = docs.map((d) => {
    const p = prepare(d.sentences, gaz);
    return { p, gold: toBilou(d.tags.flat()), local: { rows: staticFeatures(p, mask), stride: STATIC_SLOTS } };
  });
  const firstTags = new Map<Example, Int8Array>();
  for (let fold = 0; fold < opts.folds; fold++) {
    const w = fit(examples.filter((_, i) => i % opts.folds !== fold), (e) => [e.local], opts, opts.seed + fold + 1);
    for (const e of examples.filter((_, i) => i % opts.folds === fold)) {
      const out = new Int8Array(e.p.n);
      decode(w, mask, [e.local], e.p, out);
      firstTags.set(e, out);
    }
    log(`jackknife fold ${fold + 1}/${opts.folds} done`);
  }
  const first = fit(examples, (e) => [e.local], opts, opts.seed);
  log('first pass trained');
  for (const e of examples) {
    e.aggregate = { rows: aggregateFeatures(e.p, firstTags.get(e) ?? new Int8Array(e.p.n), mask), stride: AGGREGATE_SLOTS };
  }
  const second = fit(examples, (e) => (e.aggregate ? [e.local, e.aggregate] : [e.local]), opts, opts.seed + opts.folds + 1);
  log('second pass trained');
  return { first, second };
}
