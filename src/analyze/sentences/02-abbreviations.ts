/**
 * Step 2: reject candidate ends that are not sentence ends: abbreviations
 * ("Mr.", "U.S. Secretary"), initials ("J. R. Smith"), and terminators
 * followed by a lowercase word ("“Really?” she asked").
 */
import { FUNCTION_WORDS } from '../lexicons/function-words.js';
import { PREFIX_ABBREVIATIONS, TERMINAL_ABBREVIATIONS } from '../lexicons/abbreviations.js';
import type { Candidate } from './01-boundaries.js';

const OPENERS = /^["“‘'(\[«‹]+/u;

/**
 * True when the candidate really ends a sentence.
 *
 * @example
 * isSentenceEnd('Mr. Smith left.', { terminator: 2, end: 3, next: 4 }, 15); // false
 */
export function isSentenceEnd(text: string, c: Candidate, stretchEnd: number): boolean {
  if (c.next >= stretchEnd) return true;
  const nextWord = wordAt(text, c.next, stretchEnd).replace(OPENERS, '');
  const first = nextWord.charAt(0);
  if (first !== '' && first === first.toLowerCase() && first !== first.toUpperCase()) return false;
  if (text.charAt(c.terminator) !== '.' || c.end - c.terminator > 1 && text.charAt(c.terminator + 1) === '.') {
    return true;
  }
  const before = wordBefore(text, c.terminator).replace(OPENERS, '');
  const lower = before.toLowerCase();
  if (PREFIX_ABBREVIATIONS.has(lower)) return false;
  if (/^\p{Lu}$/u.test(before)) return false;
  if (TERMINAL_ABBREVIATIONS.has(lower) || /^(\p{L}\.)+\p{L}$/u.test(before)) {
    // "the U.S. Secretary" goes on; "with the U.S. This …" ends.
    return FUNCTION_WORDS.has(nextWord.replace(/[^\p{L}]+$/u, '').toLowerCase());
  }
  return true;
}

/**
 * The longest word the abbreviation and capital checks read: abbreviations, initials and function
 * words are far shorter, and a bound keeps a text of dots without spaces ("a.a.a.…") from rescanning
 * one huge "word" at every dot.
 */
const MAX_WORD_CHARS = 64;

/** The non-space run that ends just before `index`, or '' when it is longer than {@link MAX_WORD_CHARS}. */
function wordBefore(text: string, index: number): string {
  let i = index;
  const stop = Math.max(0, index - MAX_WORD_CHARS - 1);
  while (i > stop && !/\s/.test(text.charAt(i - 1))) i--;
  if (i === stop && stop > 0 && !/\s/.test(text.charAt(i - 1))) return '';
  return text.slice(i, index);
}

/** The non-space run that starts at `index` (its first {@link MAX_WORD_CHARS} characters). */
function wordAt(text: string, index: number, limit: number): string {
  let i = index;
  const stop = Math.min(limit, index + MAX_WORD_CHARS);
  while (i < stop && !/\s/.test(text.charAt(i))) i++;
  return text.slice(index, i);
}
