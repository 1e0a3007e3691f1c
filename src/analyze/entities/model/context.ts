/**
 * Context aggregation (Ratinov & Roth 2009): a capitalised word takes as
 * features the words around its other occurrences in the document, so the
 * "beat" after one "Hamburg" and the score after another reach every
 * "Hamburg", and the "said" after "Smith" reaches the headline's "SMITH".
 * Read by the second pass only (with the line signatures of 02-features:
 * mean F1 of three held-out tenths of train .8906 → .8957; the same
 * features in both passes gave .8929, five occurrences .8941).
 */
import { mix } from './hash.js';
import { ALL_CAPS, CAPITALISED, type Lexeme } from './lexeme.js';
import type { Prepared } from './01-prepare.js';

const T_CTX_PREV = 54;
const T_CTX_NEXT = 55;
const T_CTX_NEXT_SHAPE = 56;
/** Other occurrences of a word whose neighbours become features: the first few carry most of the signal. */
const CONTEXT_OCCURRENCES = 3;
/** Features per other occurrence: the word before, the word after and the shape after ("Hamburg 2", "Smith said"). */
const CONTEXT_FEATURES = 3;
/** Slots of context features per token. */
export const CONTEXT_SLOTS = CONTEXT_OCCURRENCES * CONTEXT_FEATURES;
/** Stands for a sentence edge in a context feature. */
const EDGE = 0x5eed;

/**
 * A function writing token `i`'s context rows into `out` from `at` (the
 * `CONTEXT_SLOTS` slots must hold -1 already; slots without an occurrence stay -1).
 *
 * @example
 * const write = contextWriter(p, mask); write(i, rows, i * stride + 30);
 */
export function contextWriter(p: Prepared, mask: number): (i: number, out: Int32Array, at: number) => void {
  // Occurrences of each capitalised word in document order: firstAt[word], then following[i].
  const firstAt = new Int32Array(p.words).fill(-1);
  const lastAt = new Int32Array(p.words).fill(-1);
  const following = new Int32Array(p.n).fill(-1);
  for (let i = 0; i < p.n; i++) {
    const word = p.wordId[i] as number;
    if (word < 0 || !((p.lex[i] as Lexeme).flags & (CAPITALISED | ALL_CAPS))) continue;
    if (firstAt[word] === -1) firstAt[word] = i;
    else following[lastAt[word] as number] = i;
    lastAt[word] = i;
  }
  return (i, out, at) => {
    const word = p.wordId[i] as number;
    if (word < 0 || !((p.lex[i] as Lexeme).flags & (CAPITALISED | ALL_CAPS))) return;
    let slot = at;
    let seen = 0;
    for (let j = firstAt[word] as number; j >= 0 && seen < CONTEXT_OCCURRENCES; j = following[j] as number) {
      if (j === i) continue;
      seen++;
      const s = p.sentenceOf[j] as number;
      const before = j > (p.sentenceStart[s] as number) ? (p.lex[j - 1] as Lexeme).lower : EDGE;
      const after = j + 1 < (p.sentenceStart[s + 1] as number) ? (p.lex[j + 1] as Lexeme) : undefined;
      out[slot++] = mix(T_CTX_PREV, before) & mask;
      out[slot++] = mix(T_CTX_NEXT, after ? after.lower : EDGE) & mask;
      out[slot++] = mix(T_CTX_NEXT_SHAPE, after ? after.shortShape : EDGE) & mask;
    }
  };
}
