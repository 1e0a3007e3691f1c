/**
 * Context cues the recogniser reads around an unknown capitalised run:
 * the words before and after it in its sentence.
 */
import { FUNCTION_WORDS } from '../lexicons/function-words.js';
import { SPEECH_VERBS } from '../lexicons/speech-verbs.js';
import { isTitleHead, isTitleWord } from '../lexicons/titles.js';
import type { EntityType } from '../../types.js';
import type { Token } from './01-tokenise.js';
import {
  COMPASS_WORDS, LEADERSHIP_NOUNS, MOTION_VERBS, NATURAL_FEATURES, ORG_HEADS, PLACE_NOUNS,
  PLACE_PREPOSITIONS, SPEECH_ADVERBS,
} from './lexicon.js';

/** A run in its sentence: tokens `[from, to)`. */
export interface Window {
  tokens: readonly Token[];
  from: number;
  to: number;
}

/** How far after a possessive a title head may stand ("X’s newly appointed chief negotiator"). */
const POSSESSIVE_TITLE_REACH = 3;
/** How far into an appositive its title head may stand (", a senior special adviser"). */
const APPOSITIVE_TITLE_REACH = 4;
/** Adverbs allowed between a name and its speech verb ("X later publicly said"). */
const SPEECH_ADVERB_REACH = 2;

const lower = (t: Token | undefined): string => t?.text.toLowerCase() ?? '';
const isLowerWord = (t: Token | undefined): boolean => t?.kind === 'word' && /^\p{Ll}/u.test(t.text);

/**
 * A grammatical cue that the run names a person: a title before it, a
 * speech verb after it, an appositive role, a relative "who", or a
 * possessive before a title or a thing people lead.
 *
 * @example
 * personCue(windowOf('envoy Jane Doe arrived', 1, 3)); // true
 */
export function personCue(w: Window): boolean {
  return personCueKind(w) !== null;
}

/**
 * Which person cue stands around the run, or null. Every kind but `speech`
 * reads the grammar of a role ("envoy X", "X, who", "X’s chief of staff");
 * a speech verb also follows institutions ("Acme Corp said"), so it is the weakest.
 *
 * @example
 * personCueKind(windowOf('Doe’s chief of staff quit', 0, 1)); // 'possessive'
 */
export function personCueKind(w: Window): 'title' | 'possessive' | 'relative' | 'appositive' | 'speech' | null {
  const { tokens, from, to } = w;
  if (lower(tokens[from - 1]) === 'the') return null;
  const prev = tokens[from - 1];
  if (isLowerWord(prev) && prev !== undefined && isTitleHead(prev.text)) return 'title';
  if (prev?.text === ',' && isTitleHead(tokens[from - 2]?.text ?? '')) return 'appositive';
  const next = tokens[to];
  if (next?.kind === 'possessive') return possessiveCue(tokens, to + 1) ? 'possessive' : null;
  if (next?.text === ',') {
    if (lower(tokens[to + 1]) === 'who') return 'relative';
    return appositiveCue(tokens, to + 1) ? 'appositive' : null;
  }
  return speechCue(tokens, to) ? 'speech' : null;
}

function possessiveCue(tokens: readonly Token[], at: number): boolean {
  if (LEADERSHIP_NOUNS.has(lower(tokens[at]))) return true;
  for (let i = at; i < Math.min(tokens.length, at + POSSESSIVE_TITLE_REACH); i++) {
    const t = tokens[i];
    if (t === undefined || t.kind === 'punct') return false;
    if (isTitleHead(t.text)) return true;
  }
  return false;
}

function appositiveCue(tokens: readonly Token[], at: number): boolean {
  let i = at;
  if (['a', 'an', 'the'].includes(lower(tokens[i]))) i++;
  if (tokens[i + 1]?.kind === 'possessive') i += 2;
  for (let k = i; k < Math.min(tokens.length, i + APPOSITIVE_TITLE_REACH); k++) {
    const t = tokens[k];
    if (t === undefined || t.kind === 'punct') return false;
    // A head followed by a name titles that name (", President Jane Doe said"): no appositive.
    if (isTitleHead(t.text)) return !/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
    // Only title words and names may precede the head (", a senior adviser", ", U.S. envoy").
    if (isLowerWord(t) && !isTitleWord(t.text)) return false;
  }
  return false;
}

function speechCue(tokens: readonly Token[], at: number): boolean {
  let i = at;
  while (i < at + SPEECH_ADVERB_REACH && isLowerWord(tokens[i]) && isAdverb(lower(tokens[i]))) i++;
  return isLowerWord(tokens[i]) && SPEECH_VERBS.has(lower(tokens[i]));
}

function isAdverb(word: string): boolean {
  return SPEECH_ADVERBS.has(word) || (word.endsWith('ly') && !SPEECH_VERBS.has(word));
}

/**
 * "the X" before a verb, punctuation or a possessive names an institution
 * ("the X said", "in the X."); compass words name a region ("the West").
 *
 * @example
 * definiteCue(windowOf('in the Assembly.', 2, 3)); // 'ORG'
 */
export function definiteCue(w: Window): EntityType | null {
  const { tokens, from, to } = w;
  if (lower(tokens[from - 1]) !== 'the' || to - from !== 1) return null;
  if (COMPASS_WORDS.has(lower(tokens[from]))) return 'LOC';
  const next = tokens[to];
  if (next === undefined || next.kind !== 'word') return 'ORG';
  const word = lower(next);
  if (Object.hasOwn(PLACE_NOUNS, word)) return null;
  if (!isLowerWord(next)) return null;
  return FUNCTION_WORDS.has(word) || SPEECH_VERBS.has(word) || SPEECH_ADVERBS.has(word) ? 'ORG' : null;
}

/**
 * Place cues: "X region", "region of X", "in X", "near X", "travel to X".
 *
 * @example
 * placeCue(windowOf('near Springfield today', 1, 2), new Set()); // 'GPE'
 */
export function placeCue(w: Window, languages: ReadonlySet<string>): EntityType | null {
  const { tokens, from, to } = w;
  const byNoun = placeNounCue(w);
  if (byNoun) return byNoun;
  const prevWord = lower(tokens[from - 1]);
  const text = tokens.slice(from, to).map((t) => t.text).join(' ');
  if (languages.has(text)) return null;
  const byPreposition = PLACE_PREPOSITIONS.has(prevWord);
  const byMotion = prevWord === 'to' && to - from === 1 && MOTION_VERBS.has(lower(tokens[from - 2]));
  if (!byPreposition && !byMotion) return null;
  return NATURAL_FEATURES.has(lower(tokens[to - 1])) ? 'LOC' : 'GPE';
}

/**
 * A place noun beside the run names its kind: "the X region", "X province",
 * "the province of X". Unlike a preposition ("in X"), it says which kind of place.
 *
 * @example
 * placeNounCue(windowOf('the Vardenis region', 1, 2)); // 'LOC'
 */
export function placeNounCue(w: Window): EntityType | null {
  const { tokens, from, to } = w;
  const nextWord = lower(tokens[to]);
  if (isLowerWord(tokens[to]) && Object.hasOwn(PLACE_NOUNS, nextWord)) return PLACE_NOUNS[nextWord] ?? null;
  if (lower(tokens[from - 1]) === 'of' && Object.hasOwn(PLACE_NOUNS, lower(tokens[from - 2]))) {
    return PLACE_NOUNS[lower(tokens[from - 2])] ?? null;
  }
  return null;
}

/**
 * Two capitalised plain words ("Jane Doe"), or three with a middle initial,
 * that nothing else typed: the usual shape of a personal name.
 *
 * @example
 * nameShape(windowOf('met Jane Doe', 1, 3)); // true
 */
export function nameShape(w: Window): boolean {
  const toks = w.tokens.slice(w.from, w.to).filter((t) => t.text !== '.');
  const plain = (t: Token) =>
    t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text) && !isTitleWord(t.text) && !ORG_HEADS.has(t.text.toLowerCase());
  if (toks.length === 2) return toks.every(plain);
  if (toks.length === 3) {
    const [a, b, c] = toks;
    return a !== undefined && c !== undefined && plain(a) && plain(c) && /^\p{Lu}$/u.test(b?.text ?? '');
  }
  return false;
}
