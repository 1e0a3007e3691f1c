/**
 * Step 1: a document as the model reads it. Each token gets its lexeme,
 * gazetteer positions and document-level casing: how the same word is written
 * elsewhere in the document, which tells a headline's "BRUSSELS" (written
 * "Brussels" below) from "TALKS" (written "talks"), and a sentence-initial
 * "Officials" from a name.
 */
import { ALL_CAPS, CAPITALISED, HAS_LETTER, LOWER_INITIAL, cacheGeneration, lexemeOf, type Lexeme } from './lexeme.js';
import { GAZ_PREFIX, extendName, startName, type ModelGazetteer } from './gazetteer.js';

/** Letters in a line before it can count as an all-caps headline: "US" alone is an acronym, not a shouted line. */
const CAPS_LINE_MIN_LETTERS = 3;

/** Gazetteer categories per 32-bit word of marks: four positions (B/I/L/U) each. */
const CATEGORIES_PER_WORD = 8;

/** Document casing codes of a word: never seen elsewhere, seen lowercase, seen capitalised, both. */
export const CASE_UNSEEN = 0;
export const CASE_LOWER = 1;
export const CASE_CAPITAL = 2;
export const CASE_BOTH = 3;

export interface Prepared {
  /** Token count. */
  n: number;
  lex: Lexeme[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  /** First token index of each sentence, plus the total at the end. */
  sentenceStart: Int32Array;
  /** 1 when the sentence is written all in capitals (a headline). */
  capsLine: Uint8Array;
  /** Per token: bit `category * 4 + position` for every gazetteer name of categories 0–7 covering it. */
  gazetteer: Uint32Array;
  /** The same for categories 8–15 (bit `(category - 8) * 4 + position`). */
  gazetteerMore: Uint32Array;
  /** Per token: how its word is written elsewhere in the document (CASE_*), outside headlines and sentence starts. */
  docCase: Uint8Array;
  /** Per token: hash of the shape its word first has in running text, 0 if none. */
  docShape: Uint32Array;
  /** Per token: a document-local number of its lowercase word (-1 for tokens without letters). */
  wordId: Int32Array;
  /** How many distinct words have a number. */
  words: number;
}

/**
 * Prepares a document given as sentences of tokens.
 *
 * @example
 * prepare([['Talks', 'in', 'Paris']], loadModelGazetteer()).n; // 3
 */
export function prepare(sentences: readonly (readonly string[])[], gaz: ModelGazetteer): Prepared {
  const before = cacheGeneration();
  const p = readTokens(sentences);
  // The lexeme cache was emptied midway: fetch again, so that word numbers compare (an empty cache holds the document).
  const ready = cacheGeneration() === before ? p : readTokens(sentences);
  markGazetteer(ready, gaz);
  markCasing(ready);
  return ready;
}

function readTokens(sentences: readonly (readonly string[])[]): Prepared {
  let n = 0;
  for (const s of sentences) n += s.length;
  const lex: Lexeme[] = new Array(n);
  const sentenceOf = new Int32Array(n);
  const sentenceStart = new Int32Array(sentences.length + 1);
  const capsLine = new Uint8Array(sentences.length);
  let k = 0;
  sentences.forEach((s, si) => {
    sentenceStart[si] = k;
    let letters = 0;
    let lowerSeen = false;
    for (const form of s) {
      const l = lexemeOf(form);
      lex[k] = l;
      sentenceOf[k++] = si;
      if (l.flags & HAS_LETTER) {
        letters += form.length;
        if (!(l.flags & ALL_CAPS)) lowerSeen = true;
      }
    }
    capsLine[si] = letters >= CAPS_LINE_MIN_LETTERS && !lowerSeen ? 1 : 0;
  });
  sentenceStart[sentences.length] = n;
  const p: Prepared = {
    n, lex, sentenceOf, sentenceStart, capsLine,
    gazetteer: new Uint32Array(n), gazetteerMore: new Uint32Array(n), docCase: new Uint8Array(n), docShape: new Uint32Array(n), wordId: new Int32Array(n), words: 0,
  };
  return p;
}

/** Marks every gazetteer name that starts with a capitalised token and stays inside one sentence. */
function markGazetteer(p: Prepared, gaz: ModelGazetteer): void {
  for (let s = 0; s + 1 < p.sentenceStart.length; s++) {
    const from = p.sentenceStart[s] ?? 0;
    const to = p.sentenceStart[s + 1] ?? 0;
    for (let i = from; i < to; i++) {
      if (!((p.lex[i]?.flags ?? 0) & CAPITALISED)) continue;
      let h = startName();
      for (let len = 1; len <= gaz.maxTokens && i + len <= to; len++) {
        const l = p.lex[i + len - 1];
        if (!l) break;
        h = extendName(h, l.gaz);
        const found = gaz.names.get(h);
        if (found === undefined) break;
        const cats = found & ~GAZ_PREFIX;
        for (let c = 0; cats >> c; c++) {
          if (!((cats >> c) & 1)) continue;
          for (let j = 0; j < len; j++) {
            const pos = len === 1 ? 3 : j === 0 ? 0 : j === len - 1 ? 2 : 1;
            const at = i + j;
            const marks = c < CATEGORIES_PER_WORD ? p.gazetteer : p.gazetteerMore;
            marks[at] = (marks[at] as number) | (1 << ((c % CATEGORIES_PER_WORD) * 4 + pos));
          }
        }
      }
    }
  }
}

/** Scratch arrays: for each lexeme word number, the document that last saw it and its number there. */
let seenIn = new Int32Array(1 << 12);
let localOf = new Int32Array(1 << 12);
let documentCount = 0;

/** Numbers the document's lowercase words 0, 1, 2… (tokens without letters get -1). */
function numberWords(p: Prepared): void {
  const doc = ++documentCount;
  let words = 0;
  for (let i = 0; i < p.n; i++) {
    const l = p.lex[i] as Lexeme;
    if (!(l.flags & HAS_LETTER)) {
      p.wordId[i] = -1;
      continue;
    }
    if (l.word >= seenIn.length) {
      const size = Math.max(l.word + 1, seenIn.length * 2);
      const grownSeen = new Int32Array(size);
      grownSeen.set(seenIn);
      const grownLocal = new Int32Array(size);
      grownLocal.set(localOf);
      seenIn = grownSeen;
      localOf = grownLocal;
    }
    if (seenIn[l.word] !== doc) {
      seenIn[l.word] = doc;
      localOf[l.word] = words++;
    }
    p.wordId[i] = localOf[l.word] as number;
  }
  p.words = words;
}

/** Records how each word is written in running text (not in headlines, not first in a sentence). */
function markCasing(p: Prepared): void {
  numberWords(p);
  const cases = new Uint8Array(p.words);
  const shapes = new Uint32Array(p.words);
  const shaped = new Uint8Array(p.words);
  for (let i = 0; i < p.n; i++) {
    const word = p.wordId[i] as number;
    const s = p.sentenceOf[i] as number;
    if (word < 0 || p.capsLine[s] || i === p.sentenceStart[s]) continue;
    const l = p.lex[i] as Lexeme;
    cases[word] = (cases[word] as number) | (l.flags & LOWER_INITIAL ? CASE_LOWER : l.flags & CAPITALISED ? CASE_CAPITAL : CASE_UNSEEN);
    // The first running-text shape stands for the word: a word keeps its case in one article.
    if (!shaped[word]) {
      shaped[word] = 1;
      shapes[word] = l.shape;
    }
  }
  for (let i = 0; i < p.n; i++) {
    const word = p.wordId[i] as number;
    if (word < 0) continue;
    p.docCase[i] = cases[word] as number;
    p.docShape[i] = shapes[word] as number;
  }
}
