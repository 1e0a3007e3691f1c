/**
 * Step 4: document features from the first pass (Ratinov & Roth 2009,
 * "prediction aggregation"): how the other occurrences of the same word in
 * the document were tagged, and the first-pass tags around the token. The
 * second pass reads them, so "Blackburn" alone takes the type that "Peter
 * Blackburn" had three sentences earlier, and a headline word the type its
 * running-text occurrences have. The block also carries the context
 * aggregation of context.ts (the words around the word's other occurrences).
 */
import { mix, mix3 } from './hash.js';
import { ENTITY_TYPES, typeOfTag } from './tags.js';
import type { Prepared } from './01-prepare.js';
import { UNFILLED } from './02-features.js';
import type { FeatureBlock } from './03-decode.js';
import { NEVER_OPENS, type Lexeme } from './lexeme.js';
import { CONTEXT_SLOTS, contextWriter } from './context.js';

const T_AGG = 50;
const T_AGG_NONE = 51;
const T_STACK = 52;
const T_STACK_CONTEXT = 53;
/** Types plus O: the buckets of the aggregate. */
const KINDS = ENTITY_TYPES.length + 1;
/** The stacked tag slots, the aggregate slots, then the context slots. */
export const AGGREGATE_SLOTS = KINDS + 2 + CONTEXT_SLOTS;

/**
 * Aggregate features of every token from first-pass tags: `out[i * AGGREGATE_SLOTS + j]` is a row or -1.
 *
 * @example
 * aggregateFeatures(p, firstPassTags, mask);
 */
export function aggregateFeatures(p: Prepared, tags: Int8Array, mask: number): Int32Array {
  const { rows, fill } = aggregateFiller(p, tags, mask);
  for (let i = 0; i < p.n; i++) fill(i);
  return rows;
}

/**
 * The aggregate block as the tagger uses it: filled at once for tokens that
 * may begin a name, on demand for the others (see `lazyStaticBlock`).
 *
 * @example
 * decode(model.second, mask, [local, lazyAggregateBlock(p, first, mask)], p, out);
 */
export function lazyAggregateBlock(p: Prepared, tags: Int8Array, mask: number): FeatureBlock {
  const { rows, fill } = aggregateFiller(p, tags, mask);
  for (let i = 0; i < p.n; i++) {
    if ((p.lex[i] as Lexeme).flags & NEVER_OPENS) rows[i * AGGREGATE_SLOTS] = UNFILLED;
    else fill(i);
  }
  return { rows, stride: AGGREGATE_SLOTS, fill };
}

function aggregateFiller(p: Prepared, tags: Int8Array, mask: number): { rows: Int32Array; fill: (i: number) => void } {
  const counts = new Int32Array(p.words * KINDS);
  const kind = (i: number) => typeOfTag(tags[i] ?? 0) + 1;
  for (let i = 0; i < p.n; i++) {
    const word = p.wordId[i] as number;
    const at = word * KINDS + kind(i);
    if (word >= 0) counts[at] = (counts[at] as number) + 1;
  }
  const out = new Int32Array(p.n * AGGREGATE_SLOTS);
  const context = contextWriter(p, mask);
  const fill = (i: number): void => {
    const k = i * AGGREGATE_SLOTS;
    out.fill(-1, k, k + AGGREGATE_SLOTS);
    out[k] = mix(T_STACK, tags[i] ?? 0) & mask;
    const s = p.sentenceOf[i] ?? 0;
    const before = i > (p.sentenceStart[s] ?? 0) ? kind(i - 1) : KINDS;
    const after = i + 1 < (p.sentenceStart[s + 1] ?? 0) ? kind(i + 1) : KINDS;
    out[k + 1] = mix3(T_STACK_CONTEXT, before, after) & mask;
    const word = p.wordId[i] as number;
    if (word < 0) return;
    context(i, out, k + KINDS + 2);
    const own = kind(i);
    const first = word * KINDS;
    let others = 0;
    for (let t = 0; t < KINDS; t++) others += (counts[first + t] as number) - (t === own ? 1 : 0);
    if (others === 0) {
      out[k + 2] = mix(T_AGG_NONE, 0) & mask;
      return;
    }
    for (let t = 0; t < KINDS; t++) {
      const n = (counts[first + t] as number) - (t === own ? 1 : 0);
      if (n > 0) out[k + 2 + t] = mix3(T_AGG, t, n * 2 >= others ? 1 : 0) & mask;
    }
  };
  return { rows: out, fill };
}
