/**
 * A speaker described rather than named ("the man who built his career on …",
 * "one owner of a shop that sells …"): the head of the description, before its
 * post-modifiers, is what names the speaker.
 *
 * @example
 * describedSpeaker(wordsIn('one owner of a shop that sells shoes', 0, 36)); // the span of "one owner"
 */
import type { Span } from '../../types.js';
import { CALENDAR_WORDS } from '../lexicons/calendar.js';
import { FUNCTION_WORDS } from '../lexicons/function-words.js';
import { QUOTE_DEFAULTS } from './defaults.js';
import type { Word } from './text.js';

/** Words that open a post-modifier of a noun: prepositions and relative pronouns. */
const POSTMODIFIER_OPENERS = new Set([
  'of', 'for', 'from', 'at', 'in', 'on', 'with', 'without', 'about', 'by', 'to', 'who', 'whom', 'whose', 'which', 'that',
  'wearing', 'holding', 'speaking',
]);

/**
 * The span of a description of a speaker, as written: the whole phrase when it is
 * short enough, else its head before the first preposition or relative pronoun;
 * null when even the head is too long to be a way of naming someone.
 *
 * @example
 * describedSpeaker(wordsIn('the man who built his political career on it', 0, 44)); // "the man"
 */
export function describedSpeaker(words: readonly Word[]): Span | null {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  if (words.length <= QUOTE_DEFAULTS.speakerDescriptionMaxWords) return { start: first.start, end: last.end };
  const cut = words.findIndex((w, i) => i > 0 && POSTMODIFIER_OPENERS.has(w.lower));
  const head = words[cut - 1];
  if (cut < 0 || !head || cut > QUOTE_DEFAULTS.speakerDescriptionMaxWords) return null;
  return { start: first.start, end: head.end };
}

/** Determiners and possessives that open a description of a subject ("The retired surgeon", "His office"). */
const DESCRIPTION_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this']);
/** Nouns of time: a phrase they head ("A month later", "The next day") is an adverbial, not a subject. */
const TIME_NOUNS = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'hour', 'hours', 'night', 'morning',
  'evening', 'afternoon', 'weekend', 'time', 'moment', 'minute', 'minutes',
]);
/** Words ending in "-ly" that are adjectives or nouns, not adverbs ("An early tweet", "the elderly couple"). */
const LY_NOT_ADVERBS = new Set(['early', 'daily', 'weekly', 'monthly', 'yearly', 'elderly', 'family', 'friendly', 'likely', 'costly', 'deadly', 'lonely', 'holy']);

function isAdverb(w: Word): boolean {
  return w.text === w.lower && w.lower.endsWith('ly') && !LY_NOT_ADVERBS.has(w.lower);
}

/** Words after the determiner: a description longer than this ("The former two-term governor of …") is cut short. */
const SUBJECT_DESCRIPTION_MAX_WORDS = 5;

/**
 * The description that opens a clause ("The retired surgeon addressed …", "His
 * office put out …"): its determiner and the words after it up to the first
 * function word, adverb or punctuation, less a last word that reads as the verb
 * (one followed by a function word other than "of": "addressed his", "put out").
 * Null when the clause does not open with a determiner, or opens with a time phrase.
 *
 * @example
 * openingDescription(text, wordsIn(text, 0, 40)); // "The retired surgeon" in "The retired surgeon addressed his concerns"
 */
export function openingDescription(text: string, words: readonly Word[]): Span | null {
  const first = words[0];
  if (!first || !DESCRIPTION_DETERMINERS.has(first.lower)) return null;
  let end = 0;
  for (let i = 1; i <= SUBJECT_DESCRIPTION_MAX_WORDS; i++) {
    const w = words[i];
    const prev = words[i - 1];
    if (!w || !prev || !/^\s+$/.test(text.slice(prev.end, w.start)) || FUNCTION_WORDS.has(w.lower) || isAdverb(w)) break;
    // "A month later, …", "The day before": a time phrase, not a subject.
    if (CALENDAR_WORDS.has(w.lower) || TIME_NOUNS.has(w.lower)) return null;
    end = i;
  }
  const next = words[end + 1];
  const adjacentNext = next !== undefined && /^\s+$/.test(text.slice(words[end]?.end ?? 0, next.start));
  // "The surgeon addressed his …", "His office put out …": the last word is the verb, not the head noun.
  if (end > 1 && adjacentNext && FUNCTION_WORDS.has(next.lower) && next.lower !== 'of') end--;
  const head = words[end];
  return end > 0 && head ? { start: first.start, end: head.end } : null;
}

