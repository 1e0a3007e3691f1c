/**
 * Sentence splitting: each `paragraph` and `bullet` block is cut into trimmed
 * sentence spans; a sentence never crosses a block.
 *
 * @example
 * const sentences = splitSentences(article);
 * sentences.map((s) => article.text.slice(s.start, s.end));
 */
import type { Article, BlockKind, Sentence, Span } from '../../types.js';
import { findCandidates, findHardBreaks } from './01-boundaries.js';
import { isSentenceEnd } from './02-abbreviations.js';
import { cutTrimmed } from './03-spans.js';

/** Defaults of the sentence step. */
export const DEFAULT_SENTENCE_OPTIONS = {
  /** Only these blocks carry sentences (see `BlockKind`). */
  blockKinds: ['paragraph', 'bullet'] as readonly BlockKind[],
  /** A list marker at the start of a bullet block is layout, not part of the sentence. */
  bulletMarker: /^[ \t]*(?:[-*•–—▪◦]|\d{1,3}[.)])[ \t]+/u,
  /**
   * A stretch with no sentence end for this many characters is cut at a space before it: every
   * later step works sentence by sentence, so this bounds their cost on text with no full stops
   * (a 5 MiB "sentence"). Longer than all but one of 13,721 sentences of three sets of real news
   * (p99.9 is 566 characters; the one longer is a 2,658-character list without stops).
   */
  maxSentenceChars: 2000,
};

export type SentenceOptions = typeof DEFAULT_SENTENCE_OPTIONS;

/**
 * Splits the article's paragraph and bullet blocks into sentences.
 *
 * @example
 * splitSentences(article)[0]; // { start: 0, end: 42, block: 0 }
 */
export function splitSentences(article: Article, options: Partial<SentenceOptions> = {}): Sentence[] {
  const opts = { ...DEFAULT_SENTENCE_OPTIONS, ...options };
  const out: Sentence[] = [];
  article.blocks.forEach((block, index) => {
    if (!opts.blockKinds.includes(block.kind)) return;
    let start = block.start;
    if (block.kind === 'bullet') {
      // The marker is at most a few characters: match it on a short head, not on a copy of the whole block.
      const marker = opts.bulletMarker.exec(article.text.slice(block.start, Math.min(block.end, block.start + BULLET_HEAD_CHARS)));
      if (marker) start += marker[0].length;
    }
    for (const span of splitStretch(article.text, start, block.end)) {
      for (const piece of capLength(article.text, span, opts.maxSentenceChars)) out.push({ ...piece, block: index });
    }
  });
  return out;
}

/** Characters of a bullet block read for its list marker (leading blanks, a marker of up to 3 digits, blanks). */
const BULLET_HEAD_CHARS = 64;

/** How far back from the cap a cut looks for a space, so a word is not split in two. */
const CUT_LOOK_BACK = 200;

/**
 * A sentence longer than `max` characters cut into pieces of at most `max`, each ending at a space
 * when one lies within {@link CUT_LOOK_BACK} characters (never inside a surrogate pair).
 */
function capLength(text: string, span: Span, max: number): Span[] {
  if (span.end - span.start <= max) return [span];
  const out: Span[] = [];
  let from = span.start;
  while (span.end - from > max) {
    let cut = from + max;
    let space = cut;
    while (space > cut - CUT_LOOK_BACK && !/\s/.test(text.charAt(space))) space--;
    if (space > cut - CUT_LOOK_BACK) cut = space;
    else if (/[\uDC00-\uDFFF]/.test(text.charAt(cut))) cut--;
    out.push(...cutTrimmed(text, from, cut, []));
    from = cut;
  }
  out.push(...cutTrimmed(text, from, span.end, []));
  return out;
}

/** Sentence spans of one stretch of text. */
function splitStretch(text: string, start: number, end: number) {
  const cuts = findCandidates(text, start, end)
    .filter((c) => isSentenceEnd(text, c, end))
    .map((c) => c.end);
  const all = [...new Set([...cuts, ...findHardBreaks(text, start, end)])].sort((a, b) => a - b);
  return cutTrimmed(text, start, end, all);
}
