/**
 * Subject position: a name directly followed by what can only be its verb
 * ("Doe went after …", "Doe later called …") is the subject of its clause,
 * whatever type the entity recogniser gave it; a name followed by a comma, a
 * preposition or a determiner ("in Springfield, Ohio, …", "after Doe on …"),
 * or coming after a determiner, preposition or possessive ("his Democratic rival"),
 * is not.
 */
import type { Mention } from '../../types.js';
import { FUNCTION_WORDS } from '../lexicons/function-words.js';
import type { QuoteContext } from './context.js';
import { isPossessive, wordsIn } from './text.js';

/** Function words that may stand between a subject and its verb, or be the verb: auxiliaries and adverbs. */
const BEFORE_VERB = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might',
  'must', 'did', 'does', 'do', 'also', 'still', 'later', 'then', 'again', 'now', 'never', 'often', 'already', 'even',
  'just', 'only', 'always', 'recently', 'first', 'finally', 'once', 'soon', 'earlier',
]);
/** Function words after which a new clause, and so a subject, may begin. */
const CLAUSE_LINKS = new Set([
  'and', 'but', 'or', 'so', 'yet', 'while', 'when', 'as', 'after', 'before', 'because', 'since', 'if', 'that',
  'although', 'though', 'whereas', 'then', 'once', 'until', 'unless', 'where',
]);
/** Longer than any word that could follow a subject and be read here. */
const NEXT_WORD_MAX_CHARS = 24;

/**
 * True when the word right after `m` (across spaces only) reads as its verb:
 * lowercase, and not a preposition, determiner, conjunction or pronoun.
 *
 * @example
 * verbFollows(ctx, doeMention); // true in "Doe went after Roe"
 */
export function verbFollows(ctx: QuoteContext, m: Mention): boolean {
  // "his Democratic rival", "with Republican senators", "a judge’s Mexican heritage": a modifier, not a subject.
  const prev = wordsIn(ctx.text, Math.max(0, m.start - NEXT_WORD_MAX_CHARS), m.start).pop();
  if (prev && /^\s+$/.test(ctx.text.slice(prev.end, m.start))) {
    if (isPossessive(ctx.text, prev.end) || (FUNCTION_WORDS.has(prev.lower) && !CLAUSE_LINKS.has(prev.lower))) return false;
  }
  const gap = /^[ \t]+/.exec(ctx.text.slice(m.end, m.end + NEXT_WORD_MAX_CHARS));
  if (!gap) return false;
  const next = wordsIn(ctx.text, m.end + gap[0].length, m.end + NEXT_WORD_MAX_CHARS)[0];
  if (!next || next.start !== m.end + gap[0].length) return false;
  if (next.text !== next.lower) return false;
  return !FUNCTION_WORDS.has(next.lower) || BEFORE_VERB.has(next.lower);
}
