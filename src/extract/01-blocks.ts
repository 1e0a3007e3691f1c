import type { ContentFormat, Span } from '../types.js';

/** What the markup says a block is, before the content rules run. */
export type BlockHint = 'plain' | 'heading' | 'bullet';

/** A located block of the article text, trimmed, with its markup hint. */
export interface RawBlock extends Span {
  hint: BlockHint;
}

interface Line extends Span {
  blank: boolean;
}

// `- `, `* `, `+ `, `• `, `1. `, `1) `: a list item marker and the space after it.
const BULLET = /^[ \t]*(?:[-*+•‣◦▪]|\d{1,3}[.)])[ \t]+(?=\S)/;
// Markdown ATX heading: 1–6 `#` and a space.
const MD_HEADING = /^[ \t]{0,3}#{1,6}[ \t]+(?=\S)/;
// Markdown block quote marker.
const MD_QUOTE = /^[ \t]{0,3}>[ \t]?/;
// A thematic break (`---`, `* * *`): a separator, never text.
const RULE_LINE = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const body = text.slice(start, end);
    lines.push({ start, end, blank: body.trim() === '' || RULE_LINE.test(body) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** Shrinks a span past whitespace at both ends; null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
  return s < e ? { start: s, end: e } : null;
}

/**
 * The length of a Markdown heading's closing sequence (spaces or tabs, then
 * `#`s) at the end of a span, 0 when there is none. A scan from the end: the
 * regex /[ \t]+#+$/ retries at every space of a long run (quadratic).
 */
function closingHashes(text: string, start: number, end: number): number {
  let hashes = end;
  while (hashes > start && text[hashes - 1] === '#') hashes -= 1;
  let spaces = hashes;
  while (spaces > start && (text[spaces - 1] === ' ' || text[spaces - 1] === '\t')) spaces -= 1;
  return hashes < end && spaces < hashes ? end - spaces : 0;
}

/** Markdown: a line that is all emphasis (`**Why it matters**`) reads as its inner text; a heading's closing `#`s are markup. */
function unwrapMarkdown(text: string, span: Span): Span {
  let { start, end } = span;
  end -= closingHashes(text, start, end);
  for (const mark of ['**', '__']) {
    const inner = text.slice(start + mark.length, end - mark.length);
    if (text.startsWith(mark, start) && text.endsWith(mark, end) && inner.length > 0 && !inner.includes(mark)) {
      start += mark.length;
      end -= mark.length;
    }
  }
  return trimSpan(text, start, end) ?? span;
}

/** How a line opens: its hint and how many characters of markup precede the text. */
function markerOf(lineText: string, format: ContentFormat): { hint: BlockHint; skip: number } | null {
  if (format === 'markdown') {
    const heading = MD_HEADING.exec(lineText);
    if (heading) return { hint: 'heading', skip: heading[0].length };
    const quote = MD_QUOTE.exec(lineText);
    if (quote) return { hint: 'plain', skip: quote[0].length };
  }
  const bullet = BULLET.exec(lineText);
  return bullet ? { hint: 'bullet', skip: bullet[0].length } : null;
}

/** Groups consecutive non-blank lines into runs. */
function runsOf(lines: Line[]): Line[][] {
  const runs: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.blank) {
      if (current.length > 0) runs.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/**
 * A run of lines is one hard-wrapped paragraph when the text separates
 * paragraphs with blank lines, every line of the run is short enough to be a
 * wrapped line and at least half of its breaks fall mid-sentence; otherwise
 * every line is its own block (one line per paragraph).
 */
function isWrapped(text: string, run: Line[], usesBlankLines: boolean, maxWrapWidth: number): boolean {
  if (!usesBlankLines || run.length < 2) return false;
  const lines = run.map((l) => text.slice(l.start, l.end).trim());
  if (lines.some((l) => l.length > maxWrapWidth)) return false;
  // A wrap falls mid-sentence; lines that each end a sentence are separate one-line paragraphs.
  const midSentence = lines.slice(0, -1).filter((l) => !/[.!?:]["'”’)\]]*$/.test(l)).length;
  return midSentence * 2 >= lines.length - 1;
}

/**
 * Splits text or Markdown into located blocks: one per line, or one per
 * hard-wrapped paragraph; list markers and Markdown heading markers stay
 * outside the spans; every span is trimmed.
 *
 * @example
 * segmentText('# Talks\n\n- First point\n- Second', 'markdown', 100);
 * // [{ start: 2, end: 7, hint: 'heading' }, { start: 11, end: 22, hint: 'bullet' }, { start: 25, end: 31, hint: 'bullet' }]
 */
export function segmentText(text: string, format: ContentFormat, maxWrapWidth: number): RawBlock[] {
  const lines = splitLines(text);
  const runs = runsOf(lines);
  const blocks: RawBlock[] = [];
  for (const run of runs) {
    const wrapped = isWrapped(text, run, runs.length > 1, maxWrapWidth);
    let current: RawBlock | null = null;
    for (const line of run) {
      const marker = markerOf(text.slice(line.start, line.end), format);
      if (current && wrapped && !marker && current.hint !== 'heading') {
        current.end = line.end;
        continue;
      }
      if (current) blocks.push(current);
      current = { start: line.start + (marker?.skip ?? 0), end: line.end, hint: marker?.hint ?? 'plain' };
    }
    if (current) blocks.push(current);
  }
  return blocks.flatMap((block) => {
    const span = trimSpan(text, block.start, block.end);
    if (!span) return [];
    return [{ ...(format === 'markdown' ? unwrapMarkdown(text, span) : span), hint: block.hint }];
  });
}

/**
 * The words of a block as a reader sees them: Markdown links and emphasis
 * reduced to their text, images dropped, whitespace collapsed. Used for the
 * content rules only; spans always index the original text.
 *
 * @example
 * readableText('Read [the **full** story](https://x.example)', 'markdown'); // 'Read the full story'
 */
export function readableText(raw: string, format: ContentFormat): string {
  let text = raw;
  if (format === 'markdown') {
    // No part may run past the next bracket or marker of its kind: a search
    // from each unclosed `[` or `**` to the end of the text would be quadratic.
    text = text
      .replace(/!\[[^[\]]*\]\([^()]*\)/g, '')
      .replace(/\[([^[\]]+)\]\([^()]*\)/g, '$1')
      .replace(/(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1/g, '$2')
      .replace(/([*_])(?=\S)((?:(?!\1).)+?)(?<=\S)\1/g, '$2')
      .replace(/`+/g, '');
  }
  return text.replace(/\s+/g, ' ').trim();
}
