/**
 * Test helpers for the analysis steps: build an Article from plain text the
 * way the extract stage would, so analysis tests do not depend on extract.
 *
 * @example
 * const article = articleFromText('Title Line\nA first paragraph. A second sentence.');
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Block, BlockKind } from '../types.js';

/** A line this short without final punctuation reads as a heading. */
const HEADING_MAX_WORDS = 12;

/**
 * One block per non-empty line: `bullet` for "- item" lines, `heading` for
 * short lines without sentence punctuation, `paragraph` otherwise.
 *
 * @example
 * articleFromText('Why It Matters\nIt does.').blocks.map((b) => b.kind); // ['heading', 'paragraph']
 */
export function articleFromText(text: string, id = 'test'): Article {
  const blocks: Block[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].trim() === '') continue;
    blocks.push({ start: m.index, end: m.index + m[0].length, kind: kindOf(m[0]) });
  }
  return {
    id,
    source: `${id}.txt`,
    outlet: id,
    title: '',
    language: 'en',
    text,
    blocks,
    provenance: [],
    contentHash: createHash('sha256').update(text).digest('hex'),
  };
}

function kindOf(line: string): BlockKind {
  const trimmed = line.trim();
  if (/^[-*•]\s/u.test(trimmed)) return 'bullet';
  const words = trimmed.split(/\s+/).length;
  if (words <= HEADING_MAX_WORDS && !/[.!?:"”]$/u.test(trimmed)) return 'heading';
  return 'paragraph';
}

/**
 * The example corpus (examples/ukraine-talks) as Articles, sorted by file name.
 *
 * @example
 * loadExamples()[0]?.id; // '000_4efbf8bebd05baf7'
 */
export function loadExamples(): Article[] {
  const dir = join(import.meta.dirname, '..', '..', 'examples', 'ukraine-talks');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => articleFromText(readFileSync(join(dir, f), 'utf8'), f.replace(/\.txt$/, '')));
}
