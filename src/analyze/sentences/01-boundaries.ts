/**
 * Step 1: candidate sentence ends in a stretch of text: a run of terminators
 * (`.`, `!`, `?`, `…`) with any closing quotes or brackets after it, followed
 * by whitespace or the end of the stretch.
 */

/** One candidate end: `end` is just past the closing quotes; `next` is the index of the next non-space character (or the stretch end). */
export interface Candidate {
  /** Index of the first terminator character. */
  terminator: number;
  /** Exclusive end of the terminator run and any closing marks. */
  end: number;
  /** Index of the next non-whitespace character, or the stretch end. */
  next: number;
}

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '›']);

/**
 * Every place in `text[start, end)` where a sentence may end.
 *
 * @example
 * findCandidates('Hi. Bye.', 0, 8); // [{ terminator: 2, end: 3, next: 4 }, { terminator: 7, end: 8, next: 8 }]
 */
export function findCandidates(text: string, start: number, end: number): Candidate[] {
  const out: Candidate[] = [];
  let i = start;
  while (i < end) {
    if (!TERMINATORS.has(text.charAt(i))) {
      i++;
      continue;
    }
    const terminator = i;
    while (i < end && TERMINATORS.has(text.charAt(i))) i++;
    while (i < end && CLOSERS.has(text.charAt(i))) i++;
    const closeEnd = i;
    while (i < end && /\s/.test(text.charAt(i))) i++;
    // A terminator glued to the next word ("3.5", "U.S.-led") is not an end.
    if (i === closeEnd && i < end) continue;
    out.push({ terminator, end: closeEnd, next: i });
  }
  return out;
}

/**
 * Hard breaks inside a block: a blank line always ends a sentence.
 *
 * @example
 * findHardBreaks('a\n\nb', 0, 4); // [1]
 */
export function findHardBreaks(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  const re = /\n[ \t]*\n/g;
  re.lastIndex = start;
  for (let m = re.exec(text); m !== null && m.index < end; m = re.exec(text)) out.push(m.index);
  return out;
}
