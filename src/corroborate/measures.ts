/**
 * What a quantity measures, read from the text around it, so that figures of
 * one thing can be compared across outlets and figures of different things
 * never are: "nearly four years of conflict" and "the more than three-year war"
 * both measure the war in years; "tens of thousands of military casualties" and
 * "tens of thousands of soldiers have died" measure different things.
 */
import { lowerSameLength } from '../text/fold.js';
import type { Quantity } from '../types.js';
import { GENERIC_PEOPLE, SAME_THING_GROUPS, SPEECH_VERBS } from './lexicon.js';
import { isStopword, lemma, wordTokens } from './text.js';

/** Units that measure time, distance or share: alone they say nothing about what is measured. */
const MEASURE_UNITS = new Set([
  'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade', 'century', 'mile', 'kilometre', 'kilometer',
  'km', 'metre', 'meter', 'percent', 'per',
]);

const CANONICAL = new Map<string, string>(SAME_THING_GROUPS.flatMap((g) => g.map((w) => [lemma(w), lemma(g[0] ?? w)] as const)));
const PEOPLE = new Set(GENERIC_PEOPLE.map(lemma));
const PEOPLE_MARK = '#people';
const SPEECH = new Set(SPEECH_VERBS);

/** A word as compared: its lemma, folded into its group of same-thing words. */
function canonical(word: string): string {
  const l = lemma(word);
  return CANONICAL.get(l) ?? l;
}

/** What a quantity measures. */
export interface Thing {
  /** The measure unit ("year", "hour") when the unit is one; counts have none. */
  measure?: string;
  /** The counted head ("death", "soldier"; "#people" for generic people and demonyms). */
  head?: string;
  /** Every content word naming the thing: unit words, "of X", the noun a compound describes, a participle after it. */
  words: Set<string>;
}

/** How far past a quantity the noun it describes or the participle it takes may be. */
const LOOKAHEAD_CHARS = 60;

/** Where the clause around a measure names what it measures. */
export interface MeasureContext {
  /** The subject of a verb of duration ("The war" has lasted …). */
  subject?: string;
  /** The clause's predicate lemma ("offer" in "employers offered 3.5 percent"); verbs of saying are ignored. */
  predicate?: string;
}

/** "a wage increase of 3.5 percent": up to two words before "of" right before the figure. */
const BEFORE_OF = /(?:(\p{Ll}+)\s+)?(\p{Ll}+)\s+of\s+(?:the\s+|a\s+|an\s+)?$/u;

/**
 * What the quantity in `text` measures. For a measure ("lasted nearly four
 * years", "an increase of 3.5 percent") the words around it name what is
 * measured: the subject of a verb of duration ("The war"), the noun before
 * "of", and the clause's verb ("offered").
 *
 * @example
 * thingOf('after nearly four years of conflict', q) // { measure: 'year', words: {'war'} }
 */
export function thingOf(text: string, q: Quantity, context: MeasureContext = {}): Thing {
  const { subject, predicate } = context;
  const unitWords = wordTokens(q.unit.replace(/-/g, ' ')).map((t) => t.text).filter((w) => !isStopword(w));
  const measure = unitWords.find((w) => MEASURE_UNITS.has(lemma(w)));
  const rest = unitWords.filter((w) => w !== measure);
  const headWord = rest[rest.length - 1];
  const words = new Set(rest.map(canonical));
  let head = headWord === undefined ? undefined : canonical(headWord);
  if (headWord !== undefined && (PEOPLE.has(lemma(headWord)) || isDemonymIn(text, q, headWord))) {
    head = PEOPLE_MARK;
    words.delete(canonical(headWord));
  }
  const after = text.slice(q.span.end, q.span.end + LOOKAHEAD_CHARS);
  const described = /^\s+of\s+(?:the\s+|a\s+|an\s+)?([a-z][a-z-]*)/.exec(after) ?? (/-/.test(text.slice(q.span.start, q.span.end))
    ? /^(?:\s+(?:[A-Z][\p{L}.’'-]*))*\s+([a-z][a-z-]*)/u.exec(after)
    : null);
  const describedWord = described?.[1];
  if (describedWord && !isStopword(describedWord)) {
    const w = canonical(describedWord.split('-').pop() ?? describedWord);
    words.add(w);
    if (head === undefined) head = w;
  }
  const participle = /^\s+(?:have|has|had|were|was|are|is)\s+(?:been\s+|now\s+|also\s+)*([a-z]+(?:ed|en)|died|dead)\b/.exec(after)?.[1];
  if (participle) words.add(canonical(participle));
  if (measure !== undefined) {
    for (const t of wordTokens(subject ?? '')) if (!isStopword(t.text) && !/^\p{Lu}/u.test(t.text)) words.add(canonical(t.text));
    const before = BEFORE_OF.exec(text.slice(Math.max(0, q.span.start - LOOKAHEAD_CHARS), q.span.start));
    for (const w of [before?.[1], before?.[2]]) if (w && !isStopword(w)) words.add(canonical(w));
    if (predicate && !SPEECH.has(predicate)) words.add(canonical(predicate));
  }
  const thing: Thing = { words };
  if (measure !== undefined) thing.measure = lemma(measure);
  if (head !== undefined) thing.head = head;
  return thing;
}

/** A capitalised unit word ("Ukrainians", "Peruvians") is a demonym: it counts people. */
function isDemonymIn(text: string, q: Quantity, word: string): boolean {
  // A length-keeping fold: the index found is an offset into the original text ("İ" would shift it).
  const at = lowerSameLength(text.slice(q.span.start, q.span.end)).lastIndexOf(lowerSameLength(word));
  const written = at < 0 ? word : text.slice(q.span.start + at, q.span.start + at + word.length);
  return /^\p{Lu}/u.test(written);
}

/**
 * True when two quantities measure the same thing. Measures (years, hours) must
 * share the measure and a word of what they measure; counts must share a word,
 * and a head word on either side must be named by the other, unless it is a
 * generic word for people. An exact figure stated twice only needs one shared
 * word ("a 12-point plan" / "the 12-point proposal"): the same exact number of
 * one thing is rarely a coincidence.
 *
 * @example
 * sameThing(thingOf(t1, q1), thingOf(t2, q2)) // true for "nearly four years of war" / "the three-year war"
 */
export function sameThing(a: Thing, b: Thing, exactSameValue = false): boolean {
  const shared = [...a.words].filter((w) => b.words.has(w));
  if (a.measure !== b.measure) return false;
  if (a.measure !== undefined) return shared.length > 0;
  if (exactSameValue && shared.length > 0) return true;
  if (a.head === PEOPLE_MARK && b.head === PEOPLE_MARK) return shared.length > 0 || (a.words.size === 0 && b.words.size === 0);
  if (shared.length === 0) return false;
  const covered = (t: Thing, other: Thing): boolean => t.head === undefined || t.head === PEOPLE_MARK || other.words.has(t.head);
  return covered(a, b) && covered(b, a);
}
