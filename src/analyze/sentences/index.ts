/**
 * Sentence splitting: each `paragraph` and `bullet` block is cut into trimmed
 * sentence spans; a sentence never crosses a block.
 *
 * @example
 * const sentences = splitSentences(article);
 * sentences.map((s) => article.text.slice(s.start, s.end));
 */
import type { Article, BlockKind, Sentence } from '../../types.js';
import { findCandidates, findHardBreaks } from './01-boundaries.js';
import { isSentenceEnd } from './02-abbreviations.js';
import { cutTrimmed } from './03-spans.js';

/** Defaults of the sentence step. */
export const DEFAULT_SENTENCE_OPTIONS = {
  /** Only these blocks carry sentences (see `BlockKind`). */
  blockKinds: ['paragraph', 'bullet'] as readonly BlockKind[],
  /** A list marker at the start of a bullet block is layout, not part of the sentence. */
  bulletMarker: /^[ \t]*(?:[-*•–—▪◦]|\d{1,3}[.)])[ \t]+/u,
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
      const marker = opts.bulletMarker.exec(article.text.slice(block.start, block.end));
      if (marker) start += marker[0].length;
    }
    for (const span of splitStretch(article.text, start, block.end)) out.push({ ...span, block: index });
  });
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
