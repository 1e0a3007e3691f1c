/**
 * What the model knows about a word form by itself: hashes of the form, its
 * lowercase, its shape and affixes, and a few orthographic flags. Computed once
 * per distinct form and cached, since news text repeats its words.
 */
import { hashString, mix } from './hash.js';

/** Flags of a word form. */
export const CAPITALISED = 1;
export const ALL_CAPS = 2;
export const HAS_LETTER = 4;
export const HAS_DIGIT = 8;
export const LOWER_INITIAL = 16;
export const HAS_PERIOD = 32;
/**
 * A form that never begins a name: lowercase with no capital anywhere
 * ("said", but not "al-Risala" or "eBay"), or no letter or digit of any script (",").
 * In CoNLL-2003 train 15 of 23,499 names begin so ("de", "serie"), while
 * such tokens are two thirds of all tokens: the decoder gives them O after O
 * without scoring.
 */
export const NEVER_OPENS = 64;

/** Longest prefix and suffix used as features: four letters catch "-ian", "-ese", "-burg", "Mc-". */
export const AFFIX_MAX = 4;
/** Cached forms before the cache is emptied, so a long-running process stays bounded (~40 MB). */
const CACHE_LIMIT = 200_000;
/** Shapes longer than this are cut: "Xxxxxxxxxxxx" and "Xxxxx" should not differ by length alone past here. */
const SHAPE_MAX = 8;

export interface Lexeme {
  /** Hash of the form as written. */
  exact: number;
  /** Hash of the lowercase form with digits mapped to 0 ("1996" and "1997" look alike). */
  lower: number;
  /** Lowercase form (digits mapped), for document statistics. */
  lowerText: string;
  /** A number for `lowerText`, the same for every lexeme with that lowercase form (until the cache is emptied). */
  word: number;
  /** Hash of the shape: X/x/d per character, other characters kept ("U.S." → "X.X."). */
  shape: number;
  /** Hash of the short shape: runs collapsed ("Xx", "X.X.", "d-d"). */
  shortShape: number;
  /** Hashes of the lowercase prefixes then suffixes, lengths 1..AFFIX_MAX (0 when the word is shorter). */
  affixes: Uint32Array;
  flags: number;
  /** Hash of the gazetteer lookup form ({@link gazetteerForm}). */
  gaz: number;
  /** Per-form feature hashes, filled in by the feature step on first use. */
  intrinsic: Uint32Array | null;
  /** Per weight table (by slot), the summed scores of the per-form features, filled in by the tagger. */
  sums: (Int32Array | undefined)[];
}

/**
 * Lookup form of one token in the gazetteer: lowercase, dots of abbreviations dropped ("U.S." → "us").
 *
 * @example
 * gazetteerForm('U.S.'); // 'us'
 */
export function gazetteerForm(token: string): string {
  const lower = token.toLowerCase();
  return /^(?:\p{L}\.)+\p{L}?\.?$/u.test(lower) && lower.length > 1 ? lower.replace(/\./g, '') : lower;
}

const cache = new Map<string, Lexeme>();
/** Numbers of lowercase forms, emptied with the cache. */
const words = new Map<string, number>();
/** Counts how often the cache was emptied: word numbers from before do not compare with those after. */
let generation = 0;

/**
 * How often the lexeme cache has been emptied; a caller holding lexemes from
 * before a change must fetch them again to compare their word numbers.
 *
 * @example
 * const before = cacheGeneration();
 */
export const cacheGeneration = (): number => generation;

/**
 * The lexeme of a word form.
 *
 * @example
 * lexemeOf('Paris').flags & CAPITALISED; // 1
 */
export function lexemeOf(form: string): Lexeme {
  const hit = cache.get(form);
  if (hit) return hit;
  if (cache.size >= CACHE_LIMIT) {
    cache.clear();
    words.clear();
    generation++;
  }
  const lex = buildLexeme(form);
  cache.set(form, lex);
  return lex;
}

function wordNumber(lowerText: string): number {
  let n = words.get(lowerText);
  if (n === undefined) words.set(lowerText, (n = words.size));
  return n;
}

function charClass(c: string): string {
  if (c >= '0' && c <= '9') return 'd';
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  if (lower !== upper) return c === upper ? 'X' : 'x';
  return c;
}

function buildLexeme(form: string): Lexeme {
  let shape = '';
  let shortShape = '';
  let letters = 0;
  let uppers = 0;
  let digits = 0;
  for (const c of form) {
    const k = charClass(c);
    if (k === 'X') uppers++;
    if (k === 'X' || k === 'x') letters++;
    if (k === 'd') digits++;
    if (shape.length < SHAPE_MAX) shape += k;
    if (!shortShape.endsWith(k)) shortShape += k;
  }
  const lowerText = form.toLowerCase().replace(/[0-9]/g, '0');
  const first = charClass(form.charAt(0));
  let flags = 0;
  if (letters > 0) flags |= HAS_LETTER;
  if (digits > 0) flags |= HAS_DIGIT;
  if (first === 'X') flags |= CAPITALISED;
  if (first === 'x') flags |= LOWER_INITIAL;
  if (letters > 0 && uppers === letters) flags |= ALL_CAPS;
  if (form.includes('.')) flags |= HAS_PERIOD;
  if ((first === 'x' && uppers === 0) || !/[\p{L}\p{N}]/u.test(form)) flags |= NEVER_OPENS;
  const chars = [...lowerText];
  const affixes = new Uint32Array(2 * AFFIX_MAX);
  for (let n = 1; n <= AFFIX_MAX && n <= chars.length; n++) {
    affixes[n - 1] = mix(n, hashString(chars.slice(0, n).join('')));
    affixes[AFFIX_MAX + n - 1] = mix(n + AFFIX_MAX, hashString(chars.slice(-n).join('')));
  }
  return {
    exact: hashString(form),
    lower: hashString(lowerText),
    lowerText,
    word: wordNumber(lowerText),
    shape: hashString(shape),
    shortShape: hashString(shortShape),
    affixes,
    flags,
    gaz: hashString(gazetteerForm(form)),
    intrinsic: null,
    sums: [],
  };
}
