/**
 * Test fixtures: hand-built articles, sentences and mentions, so the quote and
 * claim tests do not depend on the sentence splitter or the entity finder.
 *
 * @example
 * const article = makeArticle('Jane Doe said “hi.”');
 * const sentences = simpleSentences(article);
 * const mentions = mentionsOf(article.text, [['Jane Doe', 'PERSON', 'person:jane-doe']]);
 */
import type { Article, Block, Entity, EntityType, Mention, Sentence } from '../../types.js';

/**
 * An article whose lines are blocks: "- " lines are bullets, short lines with no
 * final punctuation are headings, everything else is a paragraph.
 *
 * @example
 * makeArticle('Title line\nA paragraph.').blocks.map((b) => b.kind); // ['heading', 'paragraph']
 */
export function makeArticle(text: string, publishedAt?: string): Article {
  const blocks: Block[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const kind = line.startsWith('- ') ? 'bullet' : /[.!?”":]$/.test(line.trim()) ? 'paragraph' : 'heading';
    if (line.trim() !== '') blocks.push({ kind, start: pos, end: pos + line.length });
    pos += line.length + 1;
  }
  const article: Article = {
    id: 'test',
    source: 'test',
    outlet: 'test',
    title: '',
    language: 'en',
    text,
    blocks,
    provenance: [],
    contentHash: '',
  };
  if (publishedAt !== undefined) article.publishedAt = publishedAt;
  return article;
}

const NOT_AN_END = /^(?:(?:[A-Z]\.)+[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Sen|Gov)$/;

/**
 * Sentences split after . ! ? (and a closing quotation mark) before a capital
 * letter or an opening mark, except after initials such as "U.S." or "Dr.".
 *
 * @example
 * simpleSentences(makeArticle('One. Two.')).length; // 2
 */
export function simpleSentences(article: Article): Sentence[] {
  const out: Sentence[] = [];
  article.blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph' && block.kind !== 'bullet') return;
    let start = block.start;
    const body = article.text.slice(block.start, block.end);
    for (const m of body.matchAll(/[.!?][”"]?\s+(?=[“"A-Z])/g)) {
      const stop = block.start + (m.index ?? 0);
      const lastWord = article.text.slice(start, stop).split(/\s+/).pop() ?? '';
      if (article.text.charAt(stop) === '.' && NOT_AN_END.test(lastWord)) continue;
      const end = stop + m[0].trimEnd().length;
      out.push({ start, end, block: index });
      start = stop + m[0].length;
    }
    if (start < block.end) out.push({ start, end: block.end, block: index });
  });
  return out;
}

/** A surface form to find, its entity type and entity key; `form` defaults to `name`. */
export type MentionSpec = [surface: string, type: EntityType, key: string, form?: Mention['form']];

/**
 * Every whole-word occurrence of each surface form, longest form first, sorted and non-overlapping.
 *
 * @example
 * mentionsOf('Jane Doe met Doe.', [['Jane Doe', 'PERSON', 'person:jane-doe'], ['Doe', 'PERSON', 'person:jane-doe']]).length; // 2
 */
export function mentionsOf(text: string, specs: readonly MentionSpec[]): Mention[] {
  const out: Mention[] = [];
  const sorted = [...specs].sort((a, b) => b[0].length - a[0].length);
  for (const [surface, type, entity, form = 'name'] of sorted) {
    const escaped = surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'gu'))) {
      const start = m.index ?? 0;
      const end = start + surface.length;
      if (!out.some((o) => o.start < end && start < o.end)) out.push({ start, end, type, entity, form });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * One entity per key in `mentions`, named by its longest surface form.
 *
 * @example
 * entitiesOf(text, mentions)[0]?.key; // 'person:jane-doe'
 */
export function entitiesOf(text: string, mentions: readonly Mention[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const m of mentions) {
    const surface = text.slice(m.start, m.end);
    const entity = byKey.get(m.entity) ?? { key: m.entity, type: m.type, name: surface, aliases: [] };
    if (!entity.aliases.includes(surface)) entity.aliases.push(surface);
    if (surface.length > entity.name.length) entity.name = surface;
    byKey.set(m.entity, entity);
  }
  return [...byKey.values()];
}
