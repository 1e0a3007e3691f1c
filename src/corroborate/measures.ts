/**
 * What a quantity measures, read from the text around it, so that figures of
 * one thing can be compared across outlets and figures of different things
 * never are: "nearly four years of conflict" and "the more than three-year war"
 * both measure the war in years; "tens of thousands of military casualties" and
 * "tens of thousands of soldiers have died" measure different things.
 */
import { lowerSameLength } from '../text/fold.js';
import type { Quantity } from '../types.js';
import { CASUALTY_STATES, DISTRIBUTIVE_WORDS, GENERIC_CASUALTIES, GENERIC_PEOPLE, MEASURE_UNIT_NAMES, SAME_THING_GROUPS, SPEECH_VERBS } from './lexicon.js';
import { isStopword, lemma, wordTokens } from './text.js';

/** Units that measure time, distance, weight, money or share: alone they say nothing about what is measured. */
const MEASURE_UNITS = new Set(Object.keys(MEASURE_UNIT_NAMES));

const CANONICAL = new Map<string, string>(SAME_THING_GROUPS.flatMap((g) => g.map((w) => [lemma(w), lemma(g[0] ?? w)] as const)));
const PEOPLE = new Set(GENERIC_PEOPLE.map(lemma));
const PEOPLE_MARK = '#people';
const SPEECH = new Set(SPEECH_VERBS);

/**
 * A word as compared: its lemma, folded into its group of same-thing words.
 *
 * @example
 * canonicalWord('walkout') // 'strike'
 */
export function canonicalWord(word: string): string {
  return canonical(word);
}

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
  /**
   * What exactly the figure measures, as one key: "dead", "injured: american soldier", "side booster",
   * "kilometre: altitude", "euro/day: cost". Figures are compared for conflicts only under one key.
   * Absent when the text does not say (a bare number, a unit with nothing it measures, a name).
   */
  key?: string;
  /** The key as an editor titles it: "Dead", "Side boosters", "Altitude (kilometres)". */
  label?: string;
  /**
   * True when the key names a property of the clause's subject rather than a thing of its own
   * ("its nine engines", "the missile flew 3,700 km"): only figures of one subject compare.
   */
  ofSubject?: boolean;
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
  const key = measureKey(text, q, context, measure);
  if (key) {
    thing.key = key.key;
    thing.label = key.label;
    if (key.ofSubject) thing.ofSubject = true;
  }
  return thing;
}

const CASUALTY = new Map(Object.entries(CASUALTY_STATES));
const GENERIC_TOLL = new Set([...GENERIC_PEOPLE, ...GENERIC_CASUALTIES].map(lemma));
const DISTRIBUTIVE = new Set(DISTRIBUTIVE_WORDS);
/** A verb of casualties right before the figure: "killing at least four", "and wounding 120", "shoots dead 22". */
const CASUALTY_BEFORE = /(?:^|[^\p{L}])(\p{L}+)\s+$/u;
/** "death toll … rose to at least six": the figure is the toll, named earlier in its sentence. */
const TOLL_BEFORE = /\btoll\b[^.;!?]{0,150}$/i;
/** How far back in its sentence a figure's "death toll" may be named. */
const TOLL_WINDOW = 160;
/** After the figure: an aside, then a verb of state ("people, many of them children, were killed", "are dead"). */
const STATE_AFTER = /^(?:\s*,[^,.;]{1,60},)?\s+(?:(?:have|has|had|were|was|are|is|been|being|now|also|reportedly|later|more)\s+)*(\p{Ll}+)/u;
/** After the figure: "per day", "a year", "each": a rate or a count per item. */
const RATE_AFTER = /^\s+(?:a|an|per|each|every)\s+(day|week|month|year|hour|minute|second)\b/i;
/** "altitude of", "payload of": the noun naming what a measure measures, right before the figure. */
const NOUN_BEFORE_OF = /(\p{Ll}[\p{Ll}-]*)\s+of\s+(?:the\s+|a\s+|an\s+|some\s+)?$/u;
/** "of conflict", "of liftoff thrust": what a measure is of, right after it (up to two words). */
const OF_AFTER = /^\s+of\s+(?:the\s+|a\s+|an\s+)?(\p{Ll}[\p{Ll}-]*)(?:\s+(\p{Ll}[\p{Ll}-]*))?/u;
/** "the three-year war", "200 feet tall": the noun or adjective a measure describes. */
const DESCRIBED_AFTER = /^(?:\s+\p{Lu}[\p{L}.’'-]*)*\s+(\p{Ll}[\p{Ll}-]*)/u;
/** "two compound words": joined so they are one word of the key ("service members"). */
const COMPOUNDS: readonly [RegExp, string][] = [[/\bservice\s+members?\b/g, 'servicemember']];
/** How far around a figure a distributive word ("each") makes it a count per item. */
const DISTRIBUTIVE_WINDOW = 30;

/**
 * The words of a unit phrase that name the counted thing, compounds joined: a participle after
 * the noun starts what is said of it ("59 people attending", "troops stationed") and is cut.
 */
function unitPhrase(unit: string): string[] {
  let u = unit.toLowerCase().replace(/-/g, ' ');
  for (const [re, joined] of COMPOUNDS) u = u.replace(re, joined);
  const words = wordTokens(u).map((t) => t.text).filter((w) => !isStopword(w));
  const cut = words.findIndex((w, i) => i > 0 && /(?:[^e]ed|ing)$/.test(w) && !CASUALTY.has(w));
  return cut < 0 ? words : words.slice(0, cut);
}

/** Whether "dead" or "injured" is what the figure counts, from the words around it. */
function casualtyState(text: string, q: Quantity, unitWords: readonly string[]): 'dead' | 'injured' | undefined {
  for (const w of unitWords) {
    const state = CASUALTY.get(w.toLowerCase());
    if (state) return state;
  }
  const before = text.slice(Math.max(0, q.span.start - LOOKAHEAD_CHARS), q.span.start);
  const verb = CASUALTY_BEFORE.exec(before)?.[1]?.toLowerCase();
  const byVerb = verb === undefined ? undefined : CASUALTY.get(verb);
  if (byVerb) return byVerb;
  if (/\b(?:shoots?|shot|shooting)\s+dead\s+$/i.test(before)) return 'dead';
  const after = STATE_AFTER.exec(text.slice(q.span.end, q.span.end + LOOKAHEAD_CHARS * 2))?.[1];
  const byState = after === undefined ? undefined : CASUALTY.get(after);
  if (byState) return byState;
  const sentence = text.slice(Math.max(0, q.span.start - TOLL_WINDOW), q.span.start);
  if (/\bdeath\s+toll\b/i.test(sentence) && TOLL_BEFORE.test(sentence)) return 'dead';
  return undefined;
}

const capitalised = (w: string): string => `${w.charAt(0).toUpperCase()}${w.slice(1)}`;
const plural = (w: string): string => (/(?:s|x|ch|sh)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);

/**
 * What exactly a figure measures, as a key and an editor's label, or null when the text does
 * not say. A casualty count is its state ("dead", "injured") and the non-generic noun counted
 * ("American soldiers"); another count is its noun with modifiers ("side booster"); a measure is
 * its unit and the noun it measures ("altitude of 770 km", "four years of conflict", "the
 * three-year war", "costing 20 million euros a day"). A rate or a count per item says so.
 */
function measureKey(text: string, q: Quantity, context: MeasureContext, measure: string | undefined): { key: string; label: string; ofSubject?: boolean } | null {
  const unitWords = unitPhrase(q.unit);
  if (unitWords.some((w) => OCCURRENCES.has(lemma(w)))) return null;
  const possessed = POSSESSIVE_BEFORE.test(text.slice(Math.max(0, q.span.start - 8), q.span.start));
  const found = keyOf(text, q, context, measure, unitWords);
  // "with another 1,000 troops": a count besides the one just given, not a second report of it.
  const key = found && ANOTHER_BEFORE.test(text.slice(Math.max(0, q.span.start - 16), q.span.start)) ? { ...found, key: `${found.key} besides`, label: `${found.label}, besides` } : found;
  // "its nine engines", "The N1 rocket had 30 engines": the count is a property of the subject.
  return key && (possessed || context.predicate === 'have') ? { ...key, ofSubject: true } : key;
}

/** "another 1,000", "a further 20": a count in addition to another. */
const ANOTHER_BEFORE = /\b(?:another|additional|further|other)\s+$/i;

/** "three times", "two ways": occurrences, not a thing counted. */
const OCCURRENCES = new Set(['time', 'occasion', 'way', 'thing', 'kind', 'sort', 'lot']);
/** "its nine engines": a count that belongs to the subject. */
const POSSESSIVE_BEFORE = /\b(?:its|their|his|her)\s+$/i;

function keyOf(text: string, q: Quantity, context: MeasureContext, measure: string | undefined, unitWords: readonly string[]): { key: string; label: string; ofSubject?: boolean } | null {
  const after = text.slice(q.span.end, q.span.end + LOOKAHEAD_CHARS);
  const near = lowerSameLength(text.slice(Math.max(0, q.span.start - DISTRIBUTIVE_WINDOW), q.span.end + DISTRIBUTIVE_WINDOW));
  const perItem = wordTokens(near).some((t) => DISTRIBUTIVE.has(t.text)) ? ' each' : '';
  const rate = RATE_AFTER.exec(after)?.[1]?.toLowerCase();
  const per = rate === undefined ? '' : `/${rate}`;
  if (measure !== undefined) {
    const unit = MEASURE_UNIT_NAMES[lemma(measure)] ?? MEASURE_UNIT_NAMES[measure.toLowerCase()] ?? lemma(measure);
    const found = measuredNoun(text, q, context, unitWords.filter((w) => w !== measure.toLowerCase() && lemma(w) !== lemma(measure)));
    if (found === undefined) return null;
    const { noun, byVerb, owner } = found;
    const of = owner === undefined ? '' : ` of ${owner}`;
    const key = { key: `${unit}${per}: ${noun}${of}${perItem}`, label: `${capitalised(noun)}${of} (${plural(unit)}${rate ? ` a ${rate}` : ''})${perItem}` };
    return byVerb ? { ...key, ofSubject: true } : key;
  }
  const state = casualtyState(text, q, unitWords);
  if (state !== undefined) {
    const counted = unitWords.filter((w) => !CASUALTY.has(w) && !GENERIC_TOLL.has(lemma(w))).map(canonical);
    const key = [state, counted.join(' ')].filter(Boolean).join(': ') + perItem;
    return { key, label: `${capitalised(state)}${counted.length > 0 ? ` (${counted.join(' ')})` : ''}${perItem}` };
  }
  const words = unitWords.map(canonical);
  const head = words[words.length - 1];
  if (head === undefined) return null;
  if (PEOPLE.has(head)) {
    // "displaced persons", "residents have been displaced", "84 people have been taken to hospital":
    // generic people are counted by what is said of them.
    const participle = /^\s+(?:have|has|had|were|was|are|is)\s+(?:been\s+|now\s+|also\s+)*([a-z]+(?:ed|en))\b/.exec(after)?.[1];
    const said = [...new Set([...(participle ? [canonical(participle)] : []), ...words.filter((w) => !PEOPLE.has(w))])];
    if (said.length === 0) return null;
    return { key: `${said.join(' ')} people${per}${perItem}`, label: `People ${said.join(' ')}` };
  }
  const phrase = words.join(' ');
  return { key: `${phrase}${per}${perItem}`, label: `${capitalised([...words.slice(0, -1), plural(head)].join(' '))}${rate ? ` a ${rate}` : ''}${perItem}` };
}

/** The noun a measure measures: "altitude of", "of conflict", "three-year war", "200 feet tall", the subject of "lasted", the verb ("costing"). */
/**
 * A verb a few words before a measure, in its clause: a participle ("costing the Dutch economy
 * 25 million euros") or a base form after "would", "will", "to" and the like ("the repairs would
 * cost 20 million euros"); not after "can" or "may": what a thing can do ("missiles that can
 * travel 500 miles") is a capability, not a figure of the story's events.
 */
const VERB_BEFORE = /(?:^|[^\p{L}])(?:(\p{Ll}+(?:ing|ed))|(?:would|will|must|should|to|does|did|do)\s+(\p{Ll}+))\s+(?:[\p{L}’'-]+\s+){0,3}$/du;
/** The noun right before a verb and its auxiliaries: "the strike was costing", "the repairs would cost". */
const OWNER_BEFORE = /(\p{Ll}[\p{Ll}-]*)\s+(?:(?:was|is|were|are|has|have|had|been|will|would|could|can|may|might|must|should|be|still|now|already)\s+)*$/u;

function measuredNoun(text: string, q: Quantity, context: MeasureContext, unitRest: readonly string[]): { noun: string; byVerb?: boolean; owner?: string } | undefined {
  const ok = (w: string | undefined): string | undefined => (w && !isStopword(w) && !MEASURE_UNITS.has(lemma(w)) ? canonical(w) : undefined);
  const after = text.slice(q.span.end, q.span.end + LOOKAHEAD_CHARS);
  const of = OF_AFTER.exec(after);
  const described = /-/.test(text.slice(q.span.start, q.span.end)) || /^\s+(?:tall|high|long|wide|deep)\b/.test(after) ? DESCRIBED_AFTER.exec(after)?.[1] : undefined;
  const subject = wordTokens(context.subject ?? '').find((t) => !/^\p{Lu}/u.test(t.text) && ok(t.text))?.text;
  const candidates = [
    unitRest[unitRest.length - 1],
    NOUN_BEFORE_OF.exec(text.slice(Math.max(0, q.span.start - LOOKAHEAD_CHARS), q.span.start))?.[1],
    of?.[2] && !isStopword(of[2]) ? of[2] : of?.[1],
    described,
    subject,
  ];
  for (const c of candidates) if (ok(c)) return { noun: ok(c) as string };
  // "the strike was costing 20 million euros": the verb right before says what is measured, of the noun before it.
  const before = text.slice(Math.max(0, q.span.start - LOOKAHEAD_CHARS), q.span.start);
  const verb = VERB_BEFORE.exec(before);
  const verbWord = verb?.[1] ?? verb?.[2];
  if (verb && verbWord && !SPEECH.has(lemma(verbWord)) && ok(verbWord)) {
    const at = verb.indices?.[verb[1] ? 1 : 2]?.[0] ?? verb.index;
    const owner = OWNER_BEFORE.exec(before.slice(0, at))?.[1];
    return { noun: ok(verbWord) as string, ...(owner && !isStopword(owner) ? { owner: canonical(owner) } : {}) };
  }
  // "the missile flew 3,700 km": the verb says what is measured, of the subject.
  if (context.predicate && !SPEECH.has(context.predicate) && ok(context.predicate)) return { noun: ok(context.predicate) as string, byVerb: true };
  return undefined;
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
