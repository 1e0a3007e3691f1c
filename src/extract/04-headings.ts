import { wordCount } from './02-boilerplate.js';

/** Small words a title-case heading leaves in lower case. */
const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'as',
  'into', 'onto', 'over', 'per', 'than', 'via', 'vs', 'up', 'off', 'out', 'is', 'are', 'be', 'its', 'it',
]);

const WORD_CORE = /[\p{L}\p{N}](?:.*[\p{L}\p{N}])?/su;

/**
 * True when the line ends like a sentence: a full stop, exclamation or question
 * mark, semicolon, comma or ellipsis, before any closing quotes or brackets.
 */
export function endsLikeSentence(line: string): boolean {
  return /[.!?;,…]["'”’)\]]*$/.test(line);
}

/**
 * Share of a line's words that start with a capital letter, not counting small
 * words (articles, prepositions) after the first.
 *
 * @example
 * capitalisedShare('Territory Remains the Key Obstacle'); // 1
 */
export function capitalisedShare(line: string): number {
  const tokens = line
    .split(/\s+/)
    // From the first letter or digit to the last: one match, where /[^\p{L}\p{N}]+$/ would retry along a long run of punctuation.
    .map((t) => WORD_CORE.exec(t)?.[0] ?? '')
    .filter((t) => /\p{L}/u.test(t));
  const counted = tokens.filter((t, i) => i === 0 || !MINOR_WORDS.has(t.toLowerCase()));
  if (counted.length === 0) return 0;
  return counted.filter((t) => /^\p{Lu}/u.test(t)).length / counted.length;
}

export interface HeadingLimits {
  maxHeadingWords: number;
  maxSentenceCaseHeadingWords: number;
  headingCapitalisedShare: number;
}

/** The readable text around a candidate: the previous and next content blocks. */
export interface Neighbours {
  previous?: string;
  next?: string;
}

/**
 * A heading is a short line with no sentence ending, followed by more text,
 * whose words are mostly capitalised ("Why It Matters") — or, in sentence case,
 * a very short line between two full sentences ("What happens next").
 * A line ending in ':' is a heading only in title case: a full clause that
 * introduces a list ("…guarantees that ensure:") is a paragraph.
 *
 * @example
 * looksLikeHeading('Why It Matters', { next: 'The U.S. is attempting…' }, limits); // true
 */
export function looksLikeHeading(line: string, around: Neighbours, limits: HeadingLimits): boolean {
  if (around.next === undefined) return false;
  const words = wordCount(line);
  if (words === 0 || words > limits.maxHeadingWords || /[.!;,…]["'”’)\]]*$/.test(line)) return false;
  if (capitalisedShare(line) >= limits.headingCapitalisedShare) return true;
  return (
    words <= limits.maxSentenceCaseHeadingWords &&
    /^\p{Lu}/u.test(line) &&
    !/[:?]$/.test(line) &&
    endsLikeSentence(around.next) &&
    (around.previous === undefined || endsLikeSentence(around.previous))
  );
}
