/**
 * Test helpers for the analysis steps: build an Article from plain text the
 * way the extract stage would, so analysis tests do not depend on extract.
 *
 * @example
 * const article = articleFromText('Title Line\nA first paragraph. A second sentence.');
 */
import { sha256Hex } from '../text/hash.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Article, Block, BlockKind, Entity, Mention } from '../types.js';

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
    contentHash: sha256Hex(text),
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

/**
 * Asserts what every entity step must give: mentions in bounds, in order,
 * non-overlapping, trimmed, each slice one of its entity's aliases, and no
 * slice matching `forbidden` (e.g. a comma or a trailing possessive).
 *
 * @example
 * expectWellFormedMentions(text, mentions, entities, /[,“”]/u);
 */
export function expectWellFormedMentions(
  text: string,
  mentions: readonly Mention[],
  entities: readonly Entity[],
  forbidden?: RegExp,
): void {
  let lastEnd = 0;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    lastEnd = m.end;
    const slice = text.slice(m.start, m.end);
    expect(slice).toBe(slice.trim());
    if (forbidden) expect(slice).not.toMatch(forbidden);
    expect(entities.find((e) => e.key === m.entity)?.aliases).toContain(slice);
  }
}

/** `unit(i)` repeated until the text has `chars` characters. */
export function fill(chars: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < chars; i++) {
    const piece = unit(i);
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('');
}
