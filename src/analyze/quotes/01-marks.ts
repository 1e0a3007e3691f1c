/**
 * Step 1: find quotation marks and pair them, one block at a time, so an
 * unclosed quotation ends with its paragraph instead of swallowing the next ones.
 * One pass over the characters with at most one mark open: a mark left open
 * longer than `QUOTE_DEFAULTS.maxQuoteChars` is a stray mark and is dropped.
 */
import type { Block, Span } from '../../types.js';
import { QUOTE_DEFAULTS } from './defaults.js';
import { trimSpan } from './text.js';

/** A quoted passage: `start`/`end` include the marks, `content` excludes them. */
export interface QuoteMark extends Span {
  content: Span;
  /** Index of the block it lies in. */
  block: number;
  /** False when the block ended before a closing mark. */
  closed: boolean;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = '"';

/** Blocks whose text the analysis reads; headings and boilerplate are never quotes. */
export function isAnalysedBlock(block: Block): boolean {
  return block.kind === 'paragraph' || block.kind === 'bullet';
}

/**
 * Every quoted passage in the paragraph and bullet blocks, in text order.
 *
 * @example
 * findMarks('He said “yes.”', [{ kind: 'paragraph', start: 0, end: 14 }]);
 * // [{ start: 8, end: 14, content: { start: 9, end: 13 }, block: 0, closed: true }]
 */
export function findMarks(text: string, blocks: readonly Block[]): QuoteMark[] {
  const marks: QuoteMark[] = [];
  blocks.forEach((block, index) => {
    // One by one: spreading hundreds of thousands of marks as arguments overflows the stack.
    if (isAnalysedBlock(block)) for (const mark of marksInBlock(text, block, index)) marks.push(mark);
  });
  return marks;
}

function marksInBlock(text: string, block: Block, index: number): QuoteMark[] {
  const marks: QuoteMark[] = [];
  let open = -1;
  const close = (end: number, closed: boolean): void => {
    const mark = makeMark(text, open, end, index, closed);
    if (mark) marks.push(mark);
    open = -1;
  };
  for (let i = block.start; i < block.end; i++) {
    // No closing mark within reach: the opening one was stray, and what follows is read afresh.
    if (open >= 0 && i - open > QUOTE_DEFAULTS.maxQuoteChars) open = -1;
    const ch = text.charAt(i);
    if (OPENERS.has(ch) && open >= 0 && closesWords(text, i, block.end)) {
      // "“It's unusual,“ said Doe": a mistyped opening mark that ends the words it follows.
      close(i + 1, true);
    } else if (OPENERS.has(ch)) {
      // A new opening while one is open: the earlier one was never closed.
      if (open >= 0) close(trimSpan(text, { start: open, end: i }).end, false);
      open = i;
    } else if (CLOSERS.has(ch) || (ch === STRAIGHT && open >= 0)) {
      if (open >= 0) close(i + 1, true);
    } else if (ch === STRAIGHT && text.charAt(i - 1) === '=') {
      // '<tweet id="123">': a markup attribute's value, never a quotation; skip to its closing mark.
      const close = indexIn(text, STRAIGHT, i + 1, block.end);
      if (close >= 0) i = close;
    } else if (ch === STRAIGHT) {
      open = i;
    }
  }
  if (open >= 0 && block.end - open <= QUOTE_DEFAULTS.maxQuoteChars) close(trimSpan(text, { start: open, end: block.end }).end, false);
  return marks;
}

/** The first `ch` in `[from, end)`, or -1; unlike `indexOf` it never reads past `end`. */
function indexIn(text: string, ch: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (text.charAt(i) === ch) return i;
  return -1;
}

/** True when the mark at `i` sticks to the word before it and is followed by a space or the block's end. */
function closesWords(text: string, i: number, end: number): boolean {
  return /[\p{L}\p{N}.,!?]/u.test(text.charAt(i - 1)) && (i + 1 >= end || /[\s,.;:]/.test(text.charAt(i + 1)));
}

function makeMark(text: string, start: number, end: number, block: number, closed: boolean): QuoteMark | null {
  // Trailing commas belong to the reporting sentence ("…,” she said), not to the words quoted.
  const content = trimSpan(text, { start: start + 1, end: closed ? end - 1 : end }, ',');
  if (content.end <= content.start) return null;
  return { start, end, content, block, closed };
}
