/**
 * The two-pass tagger: local features → first pass → document aggregates of
 * the first pass → second pass. Pure over a loaded model.
 */
import { prepare, type Prepared } from './01-prepare.js';
import { intrinsicOf, lazyStaticBlock } from './02-features.js';
import { decode, type BaseScores, type WeightRows } from './03-decode.js';
import { lazyAggregateBlock } from './04-aggregate.js';
import type { ModelGazetteer } from './gazetteer.js';
import { TAG_COUNT } from './tags.js';

/** Each weight table's slot in the lexemes' `sums`. */
const tableSlots = new WeakMap<WeightRows, number>();
const ZERO = new Int32Array(TAG_COUNT);
let nextSlot = 0;

/**
 * The scores of a token's per-form features: summed once per word form and
 * table and kept on the lexeme (zero in headlines, whose per-form rows stay
 * in the feature block).
 *
 * @example
 * decode(model.first, mask, [block], p, out, { base: perFormScores(model.first, p, mask) });
 */
export function perFormScores(w: WeightRows, p: Prepared, mask: number): BaseScores {
  let slot = tableSlots.get(w);
  if (slot === undefined) tableSlots.set(w, (slot = nextSlot++));
  const at = slot;
  return (l, i) => {
    if (p.capsLine[p.sentenceOf[i] as number]) return ZERO;
    const cached = l.sums[at];
    if (cached) return cached;
    const sum = new Int32Array(TAG_COUNT);
    for (const h of intrinsicOf(l)) {
      if (h === 0) continue;
      const row = (h & mask) * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) sum[t] = (sum[t] as number) + (w[row + t] as number);
    }
    l.sums[at] = sum;
    return sum;
  };
}

/**
 * How far below a token's best a lattice state may score and still be kept,
 * in averaged-perceptron units (one unit: one net update of one feature).
 * Chosen on held-out tenths of train (see 03-decode.ts): the smallest tried
 * that tags within 0.002 F1 of the unpruned lattice.
 */
export const BEAM_MARGIN = 64;

/** A loaded model: the two weight tables and the gazetteer. */
export interface NerModel {
  /** log2 of the rows of each weight table. */
  bits: number;
  first: WeightRows;
  second: WeightRows;
  /** Each table's pruning margin in its own units (its weight scale × BEAM_MARGIN); none when absent. */
  margins?: readonly [number, number];
  gazetteer: ModelGazetteer;
}

/**
 * BILOU tag indices of every token of a prepared document (both passes).
 *
 * @example
 * tagPrepared(model, prepare(sentences, model.gazetteer));
 */
export function tagPrepared(model: NerModel, p: Prepared): Int8Array {
  const mask = (1 << model.bits) - 1;
  const local = lazyStaticBlock(p, mask);
  const first = new Int8Array(p.n);
  decode(model.first, mask, [local], p, first, { base: perFormScores(model.first, p, mask), margin: model.margins?.[0] });
  const second = new Int8Array(p.n);
  const aggregate = lazyAggregateBlock(p, first, mask);
  decode(model.second, mask, [local, aggregate], p, second, { base: perFormScores(model.second, p, mask), margin: model.margins?.[1] });
  return second;
}

/**
 * BILOU tags of a document given as sentences of tokens, flattened.
 *
 * @example
 * tagTokens(model, [['Angela', 'Merkel', 'visited', 'Paris']]); // Int8Array of 4 tag indices
 */
export function tagTokens(model: NerModel, sentences: readonly (readonly string[])[]): Int8Array {
  return tagPrepared(model, prepare(sentences, model.gazetteer));
}
