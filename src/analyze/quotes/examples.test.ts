import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { splitSentences } from '../sentences/index.js';
import { findEntities } from '../entities/index.js';
import { findQuotes } from './index.js';
import { makeArticle } from './fixture.js';

const DIR = 'examples/ukraine-talks';

function analyse(file: string) {
  const article = makeArticle(readFileSync(`${DIR}/${file}`, 'utf8').trimEnd(), '2025-11-30');
  const sentences = splitSentences(article);
  const { mentions, entities } = findEntities(article, sentences);
  return { article, quotes: findQuotes(article, sentences, mentions, entities) };
}

describe('findQuotes on the example corpus (real sentences and entities)', () => {
  const speakers: Record<string, string[]> = {
    '000': ['rustem-umerov', 'donald-trump', 'marco-rubio', 'marco-rubio', 'vladimir-putin', 'rustem-umerov'],
    '001': ['vladimir-putin', 'volodymyr-zelenskyy', 'volodymyr-zelenskyy'],
    '002': ['marco-rubio'],
    '003': ['rustem-umerov', 'rustem-umerov', 'marco-rubio', 'marco-rubio', 'volodymyr-zelensky', 'volodymyr-zelensky'],
    '004': [],
  };
  const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

  it.each(files)('gives every direct quote in %s its speaker', (file) => {
    const { quotes } = analyse(file);
    const direct = quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker?.replace(/^person:/, ''));
    expect(direct).toEqual(speakers[file.slice(0, 3)]);
  });

  it('ends the unclosed quotation of 002 inside its own paragraph', () => {
    const { article, quotes } = analyse(files.find((f) => f.startsWith('002')) ?? '');
    const q = quotes.find((x) => article.text.slice(x.content.start, x.content.end).startsWith('productive and successful'));
    const block = article.blocks.find((b) => q !== undefined && b.start <= q.start && q.start < b.end);
    expect(q).toMatchObject({ kind: 'partial', anonymous: true });
    expect(q && block && q.end <= block.end).toBe(true);
  });

  it('keeps the anonymous source of 003 anonymous and the passive cue of 000 speakerless', () => {
    const q3 = analyse(files.find((f) => f.startsWith('003')) ?? '');
    const source = q3.quotes.filter((q) => q.anonymous && q.speakerMention);
    expect(source.map((q) => q3.article.text.slice(q.speakerMention?.start, q.speakerMention?.end))).toContain(
      'A source close to the Ukrainian delegation',
    );
    const q0 = analyse(files.find((f) => f.startsWith('000')) ?? '');
    const passive = q0.quotes.filter((q) => ['difficult', 'intense'].includes(q0.article.text.slice(q.content.start, q.content.end)));
    expect(passive.map((q) => q.speaker)).toEqual([undefined, undefined]);
  });
});
