import { wordCount } from './02-boilerplate.js';

/** The block facts the title step needs. */
export interface TitleCandidate {
  readable: string;
  /** True for blocks that are content (not boilerplate, not credits). */
  content: boolean;
  bullet: boolean;
}

export interface TitleLimits {
  maxTitleWords: number;
  titleSearchBlocks: number;
}

/** Compares titles loosely: case, quotes, punctuation and spacing do not matter. */
export function titleKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A headline: short, not a list item, no final full stop, colon or comma. */
export function looksLikeHeadline(line: string, limits: TitleLimits): boolean {
  const words = wordCount(line);
  return words > 0 && words <= limits.maxTitleWords && !/[.:;,…]["'”’)\]]*$/.test(line);
}

/**
 * Finds the article title: the metadata title when given (and the index of an
 * early block that repeats it), else the first content block when it looks like
 * a headline and more content follows; else no title.
 *
 * @example
 * findTitle([{ readable: 'Talks Resume', content: true, bullet: false }, { readable: 'They met.', content: true, bullet: false }], undefined, limits);
 * // { title: 'Talks Resume', index: 0 }
 */
export function findTitle(
  blocks: readonly TitleCandidate[],
  metaTitle: string | undefined,
  limits: TitleLimits,
): { title: string; index: number | null } {
  const content = blocks.map((block, index) => ({ block, index })).filter(({ block }) => block.content);
  const early = content.slice(0, limits.titleSearchBlocks);
  if (metaTitle !== undefined && metaTitle.trim() !== '') {
    const key = titleKey(metaTitle);
    const match = early.find(({ block }) => titleKey(block.readable) === key);
    return { title: metaTitle.trim(), index: match?.index ?? null };
  }
  const first = early[0];
  const hasMore = content.length > 1;
  if (first && hasMore && !first.block.bullet && looksLikeHeadline(first.block.readable, limits)) {
    return { title: first.block.readable, index: first.index };
  }
  return { title: '', index: null };
}
