/**
 * Step 3: Viterbi decoding of each sentence (first order). A token's score
 * for tag t after tag p is the sum of its feature rows for t (`local`) plus
 * the rows of the transition features — the previous tag, the previous tag
 * with the word and with its shape — for (p, t). Only BILOU-legal
 * transitions are scored, so every output is well formed.
 *
 * Tagging prunes the lattice: states whose score falls `margin` below the
 * best at a token are dropped. A token that never begins a name (lowercase,
 * punctuation: two thirds of news text) can then only be O when no open
 * entity survives, and is passed unscored: every surviving path takes O
 * there, so skipping its score changes no argmax. Training decodes the
 * whole lattice and scores every token (a structured perceptron, Collins
 * 2002): the learner is told each token whose tag or transition differs
 * from the gold path.
 *
 * On held-out tenths of train (slices 9, 4, 1), first-order Viterbi beat the
 * greedy decoder with a two-tags-back feature it replaced by 1.5 F1 (mean
 * 0.911 against 0.896, better on each slice; ORG most). A margin of 64
 * averaged-perceptron units (`BEAM_MARGIN`) tagged within 0.002 F1 of the
 * unpruned lattice on each slice at 2–3 times its speed; 48 lost 0.2–0.4.
 */
import { mix, mix3 } from './hash.js';
import { INSIDE, LAST, OUTSIDE, START, TAG_COUNT, isOpen, tagOf, typeOfTag } from './tags.js';
import type { Prepared } from './01-prepare.js';
import { UNFILLED } from './02-features.js';
import { NEVER_OPENS, type Lexeme } from './lexeme.js';

/** Template ids of the transition features (apart from the local ones in 02-features). */
const T_PREV = 40;
const T_PREV_WORD = 42;
const T_PREV_SHAPE = 43;

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
  /**
   * Moves the weights of rows starting at offsets `rows[0..count)` towards
   * tag `gold` and away from tag `guess`; either may be -1 for none.
   */
  update(rows: Int32Array, count: number, gold: number, guess: number): void;
}

/** How a decode runs: training passes a learner; tagging may pass per-form scores and a pruning margin. */
export interface DecodeOptions {
  learner?: Learner;
  base?: BaseScores;
  /** Drop lattice states scoring this far below a token's best (in the table's units); none when absent. */
  margin?: number;
}

/** Tags in BILOU order blocks: O, B-*, U-* (the opening tags), then I-*, L-*. */
const FIRST_CONTINUING = 1 + 2 * 4;
const NO_BASE = new Int32Array(TAG_COUNT);

/** Working buffers, grown on demand and reused across calls (decoding is synchronous). */
let active = new Int32Array(64);
const transitions = new Int32Array(3);
let back = new Int8Array(64 * TAG_COUNT);
const local = new Float64Array(TAG_COUNT);
let delta = new Float64Array(TAG_COUNT + 1);
let next = new Float64Array(TAG_COUNT + 1);
let live = new Int8Array(TAG_COUNT + 1);
let nextLive = new Int8Array(TAG_COUNT + 1);

/**
 * Tags every sentence of a prepared document from its blocks of feature rows.
 *
 * @example
 * decode(weights, mask, [{ rows: staticFeatures(p, mask), stride: STATIC_SLOTS }], p, tags);
 */
export function decode(w: WeightRows, mask: number, blocks: readonly FeatureBlock[], p: Prepared, out: Int8Array, opts: DecodeOptions = {}): void {
  const width = blocks.reduce((n, b) => n + b.stride, 0);
  if (active.length < width) active = new Int32Array(width);
  for (let s = 0; s + 1 < p.sentenceStart.length; s++) {
    const from = p.sentenceStart[s] ?? 0;
    const to = p.sentenceStart[s + 1] ?? 0;
    if (to > from) decodeSentence(w, mask, blocks, p, from, to, out, opts);
  }
}

function decodeSentence(w: WeightRows, mask: number, blocks: readonly FeatureBlock[], p: Prepared, from: number, to: number, out: Int8Array, opts: DecodeOptions): void {
  const { learner, margin = Infinity } = opts;
  if (back.length < (to - from) * TAG_COUNT) back = new Int8Array((to - from) * 2 * TAG_COUNT);
  let liveCount = 1;
  live[0] = START;
  delta[START] = 0;
  for (let i = from; i < to; i++) {
    const l = p.lex[i] as Lexeme;
    const row = (i - from) * TAG_COUNT;
    const isLast = i === to - 1;
    const opensNone = !learner && (l.flags & NEVER_OPENS) !== 0;
    let openTypes = 0;
    let anyClosed = false;
    for (let k = 0; k < liveCount; k++) {
      const t = live[k] as number;
      if (isOpen(t)) openTypes |= 1 << typeOfTag(t);
      else anyClosed = true;
    }
    if (opensNone && openTypes === 0) {
      // Only O can follow: carry the best state over, unscored.
      let best = live[0] as number;
      for (let k = 1; k < liveCount; k++) if ((delta[live[k] as number] as number) > (delta[best] as number)) best = live[k] as number;
      back[row + OUTSIDE] = best;
      delta[OUTSIDE] = delta[best] as number;
      live[0] = OUTSIDE;
      liveCount = 1;
      continue;
    }
    const count = gather(blocks, i, active);
    const b = opts.base ? opts.base(l, i) : NO_BASE;
    // Local scores of the tags that can follow a live state.
    const openTo = !anyClosed ? 0 : opensNone ? 1 : FIRST_CONTINUING;
    if (openTo > 0) sumBlock(w, active, count, 0, openTo, b);
    if (openTypes !== 0) sumContinuing(w, active, count, openTypes, b);
    next.fill(-Infinity);
    for (let k = 0; k < liveCount; k++) {
      const prev = live[k] as number;
      const d = delta[prev] as number;
      transitionRows(prev, l, mask, transitions);
      if (isOpen(prev)) {
        const type = typeOfTag(prev);
        if (!isLast) consider(w, tagOf(type, INSIDE), prev, d, row);
        consider(w, tagOf(type, LAST), prev, d, row);
      } else {
        consider(w, OUTSIDE, prev, d, row);
        for (let t = isLast ? 1 + 4 : 1; t < openTo; t++) consider(w, t, prev, d, row);
      }
    }
    let best = -Infinity;
    for (let t = 0; t < TAG_COUNT; t++) if ((next[t] as number) > best) best = next[t] as number;
    liveCount = 0;
    for (let t = 0; t < TAG_COUNT; t++) {
      const v = next[t] as number;
      if (v > -Infinity && v >= best - margin) nextLive[liveCount++] = t;
    }
    [live, nextLive] = [nextLive, live];
    [delta, next] = [next, delta];
  }
  // The best state at the end (no entity is left open there), then back along the pointers.
  let tag = live[0] as number;
  for (let k = 1; k < liveCount; k++) if ((delta[live[k] as number] as number) > (delta[tag] as number)) tag = live[k] as number;
  for (let i = to - 1; i >= from; i--) {
    out[i] = tag;
    tag = back[(i - from) * TAG_COUNT + tag] as number;
  }
  if (learner) learn(learner, mask, blocks, p, from, to, out);
}

/** Scores tag `t` after `prev` (score `d`) and keeps it at this token if it beats what is there. */
function consider(w: WeightRows, t: number, prev: number, d: number, row: number): void {
  const v = d + (local[t] as number) + (w[(transitions[0] as number) + t] as number) + (w[(transitions[1] as number) + t] as number) + (w[(transitions[2] as number) + t] as number);
  if (v > (next[t] as number)) {
    next[t] = v;
    back[row + t] = prev;
  }
}

/** Writes token `i`'s feature row offsets into `rows`; returns how many. */
function gather(blocks: readonly FeatureBlock[], i: number, rows: Int32Array): number {
  let count = 0;
  for (const block of blocks) {
    const { rows: feats, stride } = block;
    const at = i * stride;
    if (feats[at] === UNFILLED) block.fill?.(i);
    for (let j = 0; j < stride; j++) {
      const r = feats[at + j] as number;
      if (r >= 0) rows[count++] = r * TAG_COUNT;
    }
  }
  return count;
}

/** The row offsets of the three transition features of (`prev`, token). */
function transitionRows(prev: number, l: Lexeme, mask: number, out: Int32Array): void {
  out[0] = (mix(T_PREV, prev) & mask) * TAG_COUNT;
  out[1] = (mix3(T_PREV_WORD, prev, l.lower) & mask) * TAG_COUNT;
  out[2] = (mix3(T_PREV_SHAPE, prev, l.shortShape) & mask) * TAG_COUNT;
}

/**
 * `local[t]` for the tags from `lo` (the opening block O, B-*, U-* from 0, or
 * just O; or the continuing block I-*, L-* from FIRST_CONTINUING): the base
 * scores plus every row's weight for t. The sums are kept in locals, which
 * the compiler holds in registers: this loop is where tagging spends its time.
 */
function sumBlock(w: WeightRows, rows: Int32Array, count: number, lo: number, width: number, base: Int32Array): void {
  if (width === 1) {
    let s0 = base[lo] as number;
    for (let j = 0; j < count; j++) s0 += w[(rows[j] as number) + lo] as number;
    local[lo] = s0;
    return;
  }
  let s0 = base[lo] as number, s1 = base[lo + 1] as number, s2 = base[lo + 2] as number;
  let s3 = base[lo + 3] as number, s4 = base[lo + 4] as number, s5 = base[lo + 5] as number;
  let s6 = base[lo + 6] as number, s7 = base[lo + 7] as number, s8 = width > 8 ? (base[lo + 8] as number) : 0;
  for (let j = 0; j < count; j++) {
    const r = (rows[j] as number) + lo;
    s0 += w[r] as number;
    s1 += w[r + 1] as number;
    s2 += w[r + 2] as number;
    s3 += w[r + 3] as number;
    s4 += w[r + 4] as number;
    s5 += w[r + 5] as number;
    s6 += w[r + 6] as number;
    s7 += w[r + 7] as number;
    if (width > 8) s8 += w[r + 8] as number;
  }
  local[lo] = s0;
  local[lo + 1] = s1;
  local[lo + 2] = s2;
  local[lo + 3] = s3;
  local[lo + 4] = s4;
  local[lo + 5] = s5;
  local[lo + 6] = s6;
  local[lo + 7] = s7;
  if (width > 8) local[lo + 8] = s8;
}

/** `local` of I-X and L-X for each type X in the bit set `types`: pair by pair for one or two types, else the whole block. */
function sumContinuing(w: WeightRows, rows: Int32Array, count: number, types: number, base: Int32Array): void {
  const typeCount = (types & 1) + ((types >> 1) & 1) + ((types >> 2) & 1) + ((types >> 3) & 1);
  if (typeCount > 2) {
    sumBlock(w, rows, count, FIRST_CONTINUING, TAG_COUNT - FIRST_CONTINUING, base);
    return;
  }
  for (let type = 0; type < 4; type++) {
    if ((types & (1 << type)) === 0) continue;
    const inside = tagOf(type, INSIDE);
    const last = tagOf(type, LAST);
    let si = base[inside] as number;
    let sl = base[last] as number;
    for (let j = 0; j < count; j++) {
      const r = rows[j] as number;
      si += w[r + inside] as number;
      sl += w[r + last] as number;
    }
    local[inside] = si;
    local[last] = sl;
  }
}

/** The structured-perceptron update: towards the gold path, away from the decoded one, where they differ. */
function learn(learner: Learner, mask: number, blocks: readonly FeatureBlock[], p: Prepared, from: number, to: number, out: Int8Array): void {
  let goldPrev = START;
  let guessPrev = START;
  for (let i = from; i < to; i++) {
    const gold = learner.gold[i] ?? OUTSIDE;
    const guess = out[i] ?? OUTSIDE;
    const l = p.lex[i] as Lexeme;
    if (gold !== guess) learner.update(active, gather(blocks, i, active), gold, guess);
    if (gold !== guess || goldPrev !== guessPrev) {
      transitionRows(goldPrev, l, mask, transitions);
      learner.update(transitions, 3, gold, -1);
      transitionRows(guessPrev, l, mask, transitions);
      learner.update(transitions, 3, -1, guess);
    }
    goldPrev = gold;
    guessPrev = guess;
  }
}
