/**
 * Test fixtures for the cluster stage: builds AnalyzedArticle inputs from
 * plain text with a crude, predictable analysis, so the clustering tests do not
 * depend on the analyze stage. Not used by the stage itself.
 */
import { sha256Hex } from '../text/hash.js';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type {
  AnalyzedArticle,
  Block,
  BlockKind,
  Entity,
  EntityType,
  Mention,
  Provenance,
  Sentence,
} from '../types.js';
import { STOPWORDS } from './stopwords.js';

/**
 * Metadata and entity types for a fixture article.
 *
 * @example
 * makeItem('a', text, { publishedAt: '2025-03-04', types: { Velmora: 'GPE' } });
 */
export interface FixtureOptions {
  publishedAt?: string;
  outlet?: string;
  /** Entity types by surface name; unlisted capitalised names are MISC. */
  types?: Record<string, EntityType>;
}

const CREDIT = /^(?:with information from|this report is based on information originally published by|originally published by)\s+([^.,]+)/i;
const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/cluster/', import.meta.url));

/**
 * Reads a text fixture from `fixtures/cluster/`.
 *
 * @example
 * readFixture('wire.txt');
 */
export function readFixture(name: string): string {
  return readFileSync(FIXTURE_DIR + name, 'utf8');
}

/**
 * Every `.txt` article of a folder (ids: the first three characters of the
 * file name) through the crude fixture analysis, with `types` for the names
 * the caller needs typed.
 *
 * @example
 * folderItems(new URL('../../examples/some-story/', import.meta.url), { Velmora: 'GPE' });
 */
export function folderItems(dir: URL, types: Record<string, EntityType> = {}): AnalyzedArticle[] {
  const path = fileURLToPath(dir);
  return readdirSync(path)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => makeItem(f.slice(0, 3), readFileSync(path + f, 'utf8'), { types }));
}

/**
 * Builds an analysed article from text: one block per line ("# " lines are the
 * title, "- " lines bullets, credit lines `credit`, short unpunctuated lines
 * headings), crude sentences, and capitalised-word mentions.
 *
 * @example
 * makeItem('a1', '# Title\nDock workers met in Velmora.', { types: { Velmora: 'GPE' } });
 */
export function makeItem(id: string, raw: string, options: FixtureOptions = {}): AnalyzedArticle {
  const blocks: Block[] = [];
  const provenance: Provenance[] = [];
  let text = '';
  let title = '';
  for (const line of raw.split('\n')) {
    if (line.trim() === '') continue;
    if (text.length > 0) text += '\n';
    const isTitle = line.startsWith('# ');
    const content = isTitle ? line.slice(2) : line;
    const start = text.length;
    text += content;
    const kind = blockKind(content, isTitle);
    blocks.push({ kind, start, end: text.length });
    if (isTitle) title = content;
    const credit = CREDIT.exec(content);
    if (kind === 'credit' && credit?.[1] !== undefined) {
      provenance.push({ kind: 'wire', source: credit[1].trim(), span: { start, end: text.length } });
    }
  }
  const sentences = splitSentences(text, blocks);
  const { mentions, entities } = findMentions(text, sentences, options.types ?? {});
  return {
    article: {
      id,
      source: `${id}.txt`,
      outlet: options.outlet ?? id,
      title,
      language: 'en',
      text,
      blocks,
      provenance,
      contentHash: sha256Hex(text),
      ...(options.publishedAt === undefined ? {} : { publishedAt: options.publishedAt }),
    },
    analysis: { articleId: id, sentences, mentions, entities, roles: [], quotes: [], claims: [] },
  };
}

function blockKind(line: string, isTitle: boolean): BlockKind {
  if (isTitle) return 'title';
  if (CREDIT.test(line)) return 'credit';
  if (/indicates required fields/i.test(line)) return 'boilerplate';
  if (line.startsWith('- ')) return 'bullet';
  if (!/[.!?:"”]$/.test(line.trim()) && line.split(/\s+/).length < 12) return 'heading';
  return 'paragraph';
}

function splitSentences(text: string, blocks: Block[]): Sentence[] {
  const out: Sentence[] = [];
  blocks.forEach((b, index) => {
    if (b.kind !== 'paragraph' && b.kind !== 'bullet') return;
    let start = b.start;
    const re = /[.!?]["”’]?\s+(?=["“]?\p{Lu})/gu;
    const body = text.slice(b.start, b.end);
    for (const m of body.matchAll(re)) {
      const end = b.start + m.index + m[0].trimEnd().length;
      if (/\b\p{Lu}\.$/u.test(text.slice(start, end))) continue;
      out.push({ start, end, block: index });
      start = b.start + m.index + m[0].length;
    }
    if (start < b.end) out.push({ start, end: b.end, block: index });
  });
  return out;
}

/** A sentence-initial word is a name only when the text also capitalises it mid-sentence. */
function capitalisedInside(text: string, word: string): boolean {
  return new RegExp(`[\\p{Ll},;] ${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(text);
}

function findMentions(text: string, sentences: Sentence[], types: Record<string, EntityType>) {
  const mentions: Mention[] = [];
  const entities = new Map<string, Entity>();
  for (const s of sentences) {
    const re = /\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*/gu;
    for (const m of text.slice(s.start, s.end).matchAll(re)) {
      let surface = m[0];
      let offset = s.start + m.index;
      const lead = /^(\p{L}+)\s+/u.exec(surface);
      if (lead?.[1] !== undefined && STOPWORDS.has(lead[1].toLowerCase())) {
        offset += lead[0].length;
        surface = surface.slice(lead[0].length);
      }
      surface = surface.replace(/[’']s$/u, '').replace(/[.’'-]+$/u, '');
      if (surface.length < 2 || STOPWORDS.has(surface.toLowerCase())) continue;
      if (offset === s.start && !surface.includes(' ') && !capitalisedInside(text, surface)) continue;
      const type = types[surface] ?? 'MISC';
      const key = `${type.toLowerCase()}:${surface.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`;
      mentions.push({ start: offset, end: offset + surface.length, type, entity: key, form: 'name' });
      if (!entities.has(key)) entities.set(key, { key, type, name: surface, aliases: [surface] });
    }
  }
  return { mentions, entities: [...entities.values()] };
}
