/**
 * Step 2: the local features of every token, hashed into weight-table rows.
 * Each feature is `mix(template, value)` over precomputed hashes: the word and
 * its neighbours (±2), affixes, shapes, sentence position, headline casing,
 * document casing, gazetteer positions and the class signature of a short
 * line (results tables). A token has `STATIC_SLOTS` slots;
 * unused slots hold -1.
 */
import { hashString, mix, mix3 } from './hash.js';
import { AFFIX_MAX, ALL_CAPS, CAPITALISED, HAS_DIGIT, HAS_LETTER, NEVER_OPENS, type Lexeme } from './lexeme.js';
import type { FeatureBlock } from './03-decode.js';
import type { Prepared } from './01-prepare.js';

/** Template ids: fixed numbers, since they are part of the weight file's meaning. */
const T = {
  bias: 1, exact: 2, lower: 3, prev1: 4, next1: 5, prev2: 6, next2: 7, bigramPrev: 8, bigramNext: 9,
  affix: 10, shape: 11, shortShape: 12, shapePrev1: 13, shapeNext1: 14, shapePairPrev: 15, shapePairNext: 16,
  shapePrev2: 17, shapeNext2: 18, position: 19, prevWordShape: 20, nextWordShape: 21, docCase: 22, docShape: 23,
  gazetteer: 24, capsExact: 25, capsShape: 26, gazNext: 27, gazPrev: 28, lineSignature: 29,
} as const;

/** Gazetteer slots per token: a token rarely lies inside more than eight known names. */
const GAZ_SLOTS = 8;
/** Sentence-length buckets: short lines are bylines and datelines ("Peter Smith", "PARIS 1996-08-22"). */
const SHORT_LINE = 4;
/** Slots of local features per token. */
export const STATIC_SLOTS = 25 + 2 * AFFIX_MAX + GAZ_SLOTS;
/** Runs of token classes a line may have and still get a signature: results and table lines are short ("Hamburg 2 Bayern Munich 1"). */
const SIGNATURE_RUNS = 8;

const BOUNDARY_BEFORE = hashString('<s>');
const BOUNDARY_AFTER = hashString('</s>');
/** The shape of a word in a headline, when the document never writes it in running text. */
const UNKNOWN_SHAPE = hashString('<caps>');

/**
 * The per-form feature hashes of a lexeme (word, lowercase, affixes, shape;
 * unmasked; 0 for an absent affix), mixed once per form and kept on it.
 *
 * @example
 * intrinsicOf(lexemeOf('Paris')).length; // INTRINSIC_SLOTS
 */
export function intrinsicOf(l: Lexeme): Uint32Array {
  if (l.intrinsic) return l.intrinsic;
  const f = new Uint32Array(INTRINSIC_SLOTS);
  f[0] = mix(T.exact, l.exact);
  f[1] = mix(T.lower, l.lower);
  for (let a = 0; a < 2 * AFFIX_MAX; a++) f[2 + a] = l.affixes[a] ? mix(T.affix, l.affixes[a] ?? 0) : 0;
  f[INTRINSIC_SLOTS - 1] = mix(T.shape, l.shape);
  l.intrinsic = f;
  return f;
}

/** Exact form, lowercase, the affixes and the shape. */
export const INTRINSIC_SLOTS = 3 + 2 * AFFIX_MAX;

/** Marks a token whose rows are not computed yet (lazy blocks): its bias slot, never -1 once filled. */
export const UNFILLED = -2;

/**
 * Local features of every token: `out[i * STATIC_SLOTS + j]` is a row index or -1.
 * With `perForm` false the per-form rows of tokens outside headlines are left
 * out (-1): the tagger then adds their sums, cached per word form.
 *
 * @example
 * const f = staticFeatures(prepare([['In', 'Paris']], gaz), (1 << 18) - 1);
 */
export function staticFeatures(p: Prepared, mask: number, perForm = true): Int32Array {
  const { rows, fill } = staticFiller(p, mask, perForm, new Int32Array(p.n * STATIC_SLOTS));
  for (let i = 0; i < p.n; i++) fill(i);
  return rows;
}

/**
 * The local feature block as the tagger uses it: rows of tokens that may
 * begin a name are filled at once, the others ({@link NEVER_OPENS}: most of
 * the text) only when the decoder asks, inside a name. The rows live in a
 * buffer reused by the next call: the block is for one tagging pass only.
 *
 * @example
 * const block = lazyStaticBlock(p, mask); // block.rows[i * STATIC_SLOTS] === UNFILLED for "said"
 */
export function lazyStaticBlock(p: Prepared, mask: number): FeatureBlock {
  if (scratch.length < p.n * STATIC_SLOTS) scratch = new Int32Array(Math.max(p.n * STATIC_SLOTS, scratch.length * 2));
  const { rows, fill } = staticFiller(p, mask, false, scratch);
  for (let i = 0; i < p.n; i++) {
    if ((p.lex[i] as Lexeme).flags & NEVER_OPENS) rows[i * STATIC_SLOTS] = UNFILLED;
    else fill(i);
  }
  return { rows, stride: STATIC_SLOTS, fill };
}

/** The reused rows of {@link lazyStaticBlock}: tagging allocates no rows per document. */
let scratch = new Int32Array(0);

/** The block of a document (in `out`) and the function that fills one token's rows. */
function staticFiller(p: Prepared, mask: number, perForm: boolean, out: Int32Array): { rows: Int32Array; fill: (i: number) => void } {
  const n = p.n;
  const words = new Uint32Array(n);
  const shapes = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const l = p.lex[i] as Lexeme;
    words[i] = l.lower;
    // In a headline the case says nothing, so the shape the document gives the word stands in.
    shapes[i] = p.capsLine[p.sentenceOf[i] as number] && l.flags & HAS_LETTER ? p.docShape[i] || UNKNOWN_SHAPE : l.shortShape;
  }
  const { signature, run } = lineSignatures(p);
  const fill = (i: number): void => {
    const s = p.sentenceOf[i] as number;
    const from = p.sentenceStart[s] as number;
    const to = p.sentenceStart[s + 1] as number;
    const caps = p.capsLine[s] === 1;
    const lengthCode = to - from <= SHORT_LINE ? to - from : SHORT_LINE + 1;
    const l = p.lex[i] as Lexeme;
    let k = i * STATIC_SLOTS;
    const w = words[i] as number;
    const wp1 = i - 1 >= from ? (words[i - 1] as number) : BOUNDARY_BEFORE;
    const wp2 = i - 2 >= from ? (words[i - 2] as number) : BOUNDARY_BEFORE;
    const wn1 = i + 1 < to ? (words[i + 1] as number) : BOUNDARY_AFTER;
    const wn2 = i + 2 < to ? (words[i + 2] as number) : BOUNDARY_AFTER;
    const sh = shapes[i] as number;
    const shp1 = i - 1 >= from ? (shapes[i - 1] as number) : BOUNDARY_BEFORE;
    const shp2 = i - 2 >= from ? (shapes[i - 2] as number) : BOUNDARY_BEFORE;
    const shn1 = i + 1 < to ? (shapes[i + 1] as number) : BOUNDARY_AFTER;
    const shn2 = i + 2 < to ? (shapes[i + 2] as number) : BOUNDARY_AFTER;
    const initial = i === from ? 1 : 0;
    const letters = (l.flags & HAS_LETTER) !== 0;
    const intrinsic = intrinsicOf(l);
    out[k++] = T.bias & mask;
    for (let j = 0; j < INTRINSIC_SLOTS; j++) {
      const h = intrinsic[j] as number;
      out[k++] = h === 0 || !(perForm || caps) ? -1 : h & mask;
    }
    if (caps) {
      out[k - INTRINSIC_SLOTS] = mix(T.capsExact, w) & mask;
      out[k - 1] = mix(T.capsShape, p.docShape[i] || UNKNOWN_SHAPE) & mask;
    }
    out[k++] = mix(T.shortShape, sh) & mask;
    out[k++] = mix(T.prev1, wp1) & mask;
    out[k++] = mix(T.next1, wn1) & mask;
    out[k++] = mix(T.prev2, wp2) & mask;
    out[k++] = mix(T.next2, wn2) & mask;
    out[k++] = mix3(T.bigramPrev, wp1, w) & mask;
    out[k++] = mix3(T.bigramNext, w, wn1) & mask;
    out[k++] = mix(T.shapePrev1, shp1) & mask;
    out[k++] = mix(T.shapeNext1, shn1) & mask;
    out[k++] = mix3(T.shapePairPrev, shp1, sh) & mask;
    out[k++] = mix3(T.shapePairNext, sh, shn1) & mask;
    out[k++] = mix(T.shapePrev2, shp2) & mask;
    out[k++] = mix(T.shapeNext2, shn2) & mask;
    out[k++] = mix3(T.position, initial * 2 + (i === to - 1 ? 1 : 0), lengthCode * 2 + (caps ? 1 : 0)) & mask;
    out[k++] = mix3(T.prevWordShape, wp1, sh) & mask;
    out[k++] = mix3(T.nextWordShape, wn1, sh) & mask;
    const where = caps ? 2 : initial;
    out[k++] = letters ? mix3(T.docCase, p.docCase[i] as number, where * 2 + (l.flags & CAPITALISED ? 1 : 0)) & mask : -1;
    out[k++] = letters && (caps || initial) ? mix(T.docShape, p.docShape[i] || UNKNOWN_SHAPE) & mask : -1;
    out[k++] = signature[s] ? mix3(T.lineSignature, signature[s] as number, run[i] as number) & mask : -1;
    out[k++] = i + 1 < to ? gazMark(T.gazNext, p, i + 1, mask) : -1;
    out[k++] = i > from ? gazMark(T.gazPrev, p, i - 1, mask) : -1;
    let bits = p.gazetteer[i] as number;
    let more = p.gazetteerMore[i] as number;
    for (let g = 0; g < GAZ_SLOTS; g++) {
      if (bits !== 0) {
        const b = 31 - Math.clz32(bits);
        bits &= ~(1 << b);
        out[k++] = mix(T.gazetteer, b) & mask;
      } else if (more !== 0) {
        const b = 31 - Math.clz32(more);
        more &= ~(1 << b);
        out[k++] = mix(T.gazetteer, b + 32) & mask;
      } else {
        out[k++] = -1;
      }
    }
  };
  return { rows: out, fill };
}

/** A neighbour's lowest gazetteer mark (one representative name category), or -1 when it has none. */
function gazMark(template: number, p: Prepared, at: number, mask: number): number {
  const low = p.gazetteer[at] as number;
  if (low) return mix(template, 31 - Math.clz32(low & -low)) & mask;
  const high = p.gazetteerMore[at] as number;
  return high ? mix(template, 32 + 31 - Math.clz32(high & -high)) & mask : -1;
}

/** Token classes of a line signature. */
const CLASS_CAPITAL = 1;
const CLASS_NUMBER = 2;
const CLASS_LOWER = 3;
const CLASS_OTHER = 4;

/**
 * Per sentence, a hash of its token classes with runs collapsed (capitalised,
 * number, lowercase, other), 0 when it has more than `SIGNATURE_RUNS` runs;
 * per token, the index of its run. A results line "Hamburg 2 Bayern Munich 1"
 * is C N C N, and each name learns it sits before a score.
 *
 * @example
 * lineSignatures(prepare([['Hamburg', '2', 'Bayern', '1']], gaz)).run; // [1, 2, 3, 4]
 */
export function lineSignatures(p: Prepared): { signature: Uint32Array; run: Uint8Array } {
  const sentences = p.sentenceStart.length - 1;
  const signature = new Uint32Array(sentences);
  const run = new Uint8Array(p.n);
  for (let s = 0; s < sentences; s++) {
    const from = p.sentenceStart[s] as number;
    const to = p.sentenceStart[s + 1] as number;
    let h = 0x9e37;
    let last = 0;
    let runs = 0;
    for (let i = from; i < to && runs <= SIGNATURE_RUNS; i++) {
      const f = (p.lex[i] as Lexeme).flags;
      const c = f & (CAPITALISED | ALL_CAPS) ? CLASS_CAPITAL : f & HAS_LETTER ? CLASS_LOWER : f & HAS_DIGIT ? CLASS_NUMBER : CLASS_OTHER;
      if (c !== last) {
        runs++;
        h = mix(h, c);
        last = c;
      }
      run[i] = runs;
    }
    signature[s] = runs <= SIGNATURE_RUNS ? h || 1 : 0;
  }
  return { signature, run };
}
