/**
 * Step 3: greedy left-to-right tagging of each sentence. A token's score for
 * each tag is the sum of its feature rows plus rows of the tag history (the
 * previous tag, the previous two, the previous tag with the word and with its
 * shape); the best tag that may follow the previous one wins (BILOU
 * constraints), so every output is well formed. A token that never begins
 * a name (lowercase, punctuation: two thirds of news text) gets O after O
 * without being scored when tagging (training still scores it: skipping there
 * too cost 0.5 F1 on the held-out tenth of train, skipping only when tagging
 * 0.07). Training passes a learner that is told each mistake. (Tried and dropped on the held-out slice of
 * train: letting O close an open entity one token back, -0.4 F1; the
 * one-pass "extended prediction history", no gain over the second pass.)
 */
import { mix, mix3 } from './hash.js';
import { INSIDE, LAST, OPENING_TAGS, OUTSIDE, START, TAG_COUNT, isOpen, tagOf, typeOfTag } from './tags.js';
import type { Prepared } from './01-prepare.js';
import { UNFILLED } from './02-features.js';
import { NEVER_OPENS, type Lexeme } from './lexeme.js';

/** Template ids of the history features (apart from the local ones in 02-features). */
const T_PREV = 40;
const T_PREV2 = 41;
const T_PREV_WORD = 42;
const T_PREV_SHAPE = 43;
/** History features per token. */
export const HISTORY_SLOTS = 4;

/** A weight table: `TAG_COUNT` weights per row; float while training, integers when loaded. */
export type WeightRows = Float32Array | Int16Array;

/**
 * Feature rows of every token: `rows[i * stride + j]` is a row index or -1.
 * A lazy block marks tokens not computed yet with `UNFILLED` in their first
 * slot and fills them on demand.
 */
export interface FeatureBlock {
  rows: Int32Array;
  stride: number;
  fill?: (i: number) => void;
}

/** Scores of a token's per-form features, summed once per word form, or none. */
export type BaseScores = (lexeme: Lexeme, token: number) => Int32Array;


/** Told of every wrong guess while training. */
export interface Learner {
  /** The gold tag of every token of the document. */
  gold: Int8Array;
  /** Moves the weights of rows starting at offsets `rows[0..count)` towards `gold` and away from `guess`. */
  update(rows: Int32Array, count: number, gold: number, guess: number): void;
}

const scores = new Float64Array(OPENING_TAGS);
const NO_BASE = new Int32Array(TAG_COUNT);
let active = new Int32Array(64);

/**
 * Tags every sentence of a prepared document from its blocks of feature rows,
 * plus `base` scores per token (`TAG_COUNT` each) when given.
 *
 * @example
 * greedy(weights, mask, [{ rows: staticFeatures(p, mask), stride: STATIC_SLOTS }], p, tags);
 */
export function greedy(w: WeightRows, mask: number, blocks: readonly FeatureBlock[], p: Prepared, out: Int8Array, learner?: Learner, base?: BaseScores): void {
  const width = blocks.reduce((n, b) => n + b.stride, HISTORY_SLOTS);
  if (active.length < width) active = new Int32Array(width);
  const rows = active;
  for (let s = 0; s + 1 < p.sentenceStart.length; s++) {
    const from = p.sentenceStart[s] ?? 0;
    const to = p.sentenceStart[s + 1] ?? 0;
    let prev = START;
    let prev2 = START;
    for (let i = from; i < to; i++) {
      const l = p.lex[i] as Lexeme;
      if (!learner && l.flags & NEVER_OPENS && !isOpen(prev)) {
        // Such a token cannot begin a name (see NEVER_OPENS): O, unscored. Training still scores it, to learn from it.
        out[i] = OUTSIDE;
        prev2 = prev;
        prev = OUTSIDE;
        continue;
      }
      let count = 0;
      for (const block of blocks) {
        const { rows: feats, stride } = block;
        const base = i * stride;
        if (feats[base] === UNFILLED) block.fill?.(i);
        for (let j = 0; j < stride; j++) {
          const r = feats[base + j] as number;
          if (r >= 0) rows[count++] = r * TAG_COUNT;
        }
      }
      rows[count++] = (mix(T_PREV, prev) & mask) * TAG_COUNT;
      rows[count++] = (mix3(T_PREV2, prev, prev2) & mask) * TAG_COUNT;
      rows[count++] = (mix3(T_PREV_WORD, prev, l.lower) & mask) * TAG_COUNT;
      rows[count++] = (mix3(T_PREV_SHAPE, prev, l.shortShape) & mask) * TAG_COUNT;
      const b = base ? base(l, i) : NO_BASE;
      const isLast = i === to - 1;
      const best = isOpen(prev) ? continueEntity(w, rows, count, prev, isLast, b) : openOrOutside(w, rows, count, isLast, b);
      if (learner) {
        const gold = learner.gold[i] ?? 0;
        if (gold !== best) learner.update(rows, count, gold, best);
      }
      out[i] = best;
      prev2 = prev;
      prev = best;
    }
  }
}

/**
 * After O or a closed entity: the best of O, B-* and U-* (O and U-* at the
 * sentence end). The nine sums are kept in locals, which the compiler
 * holds in registers: this loop is where tagging spends its time.
 */
function openOrOutside(w: WeightRows, rows: Int32Array, count: number, last: boolean, base: Int32Array): number {
  let s0 = base[0] as number, s1 = base[1] as number, s2 = base[2] as number;
  let s3 = base[3] as number, s4 = base[4] as number, s5 = base[5] as number;
  let s6 = base[6] as number, s7 = base[7] as number, s8 = base[8] as number;
  for (let j = 0; j < count; j++) {
    const r = rows[j] as number;
    s0 += w[r] as number;
    s1 += w[r + 1] as number;
    s2 += w[r + 2] as number;
    s3 += w[r + 3] as number;
    s4 += w[r + 4] as number;
    s5 += w[r + 5] as number;
    s6 += w[r + 6] as number;
    s7 += w[r + 7] as number;
    s8 += w[r + 8] as number;
  }
  const sc = scores;
  sc[0] = s0;
  sc[1] = s1;
  sc[2] = s2;
  sc[3] = s3;
  sc[4] = s4;
  sc[5] = s5;
  sc[6] = s6;
  sc[7] = s7;
  sc[8] = s8;
  let best = OUTSIDE;
  for (let t = 1; t < OPENING_TAGS; t++) {
    if ((sc[t] as number) > (sc[best] as number) && (!last || !isOpen(t))) best = t;
  }
  return best;
}

/** After B-X or I-X: I-X or L-X (only L-X at the sentence end). */
function continueEntity(w: WeightRows, rows: Int32Array, count: number, prev: number, last: boolean, base: Int32Array): number {
  const type = typeOfTag(prev);
  const inside = tagOf(type, INSIDE);
  const lastTag = tagOf(type, LAST);
  let si = base[inside] as number;
  let sl = base[lastTag] as number;
  for (let j = 0; j < count; j++) {
    const row = rows[j] as number;
    si += w[row + inside] as number;
    sl += w[row + lastTag] as number;
  }
  return last || sl >= si ? lastTag : inside;
}
