import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle, Dossier, Fact } from '../types.js';
import { rankSentences, summarise } from './02-summary.js';

/** An article whose sentences are the given strings, one per line. */
function item(id: string, sentences: string[]): AnalyzedArticle {
  const text = sentences.join('\n');
  let at = 0;
  const spans = sentences.map((s) => {
    const span = { start: at, end: at + s.length, block: 0 };
    at += s.length + 1;
    return span;
  });
  return {
    article: { id, source: `${id}.txt`, outlet: id, title: '', language: 'en', text, blocks: [], provenance: [], contentHash: id },
    analysis: { articleId: id, sentences: spans, mentions: [], entities: [], roles: [], quotes: [], claims: [] },
  };
}

function fact(id: string, items: AnalyzedArticle[], at: [number, number][]): Fact {
  const citations = at.map(([a, s]) => {
    const span = items[a]!.analysis.sentences[s]!;
    return { articleId: items[a]!.article.id, start: span.start, end: span.end };
  });
  const sources = [...new Set(citations.map((c) => c.articleId))];
  return { id, text: '', predicate: 'x', sources, outlets: sources, independentSources: sources.length, independenceNotes: [], citations };
}

function dossier(facts: Fact[]): Dossier {
  return { storyId: 's', actors: [], quoteGroups: [], facts, conflicts: [], compatible: [], singleSource: [] };
}

const A = [
  'Dockworkers in the northern port walked off the job on Monday over pay and new cranes.',
  'The union leader warned that the strike could last for several weeks without a new offer.',
  'Ferry services to the islands were cancelled while the terminal stayed closed to traffic.',
  'Shipping companies began diverting container vessels to two smaller harbours along the coast.',
];
const B = [
  'Dockworkers at the northern port walked off the job on Monday in a dispute over pay and cranes.',
  'Port managers offered talks with the union at the labour ministry later in the week.',
  'Container vessels were being diverted by shipping companies to smaller harbours down the coast.',
];

describe('summarise', () => {
  const items = [item('a', A), item('b', B)];

  it('gives two outlets\u2019 versions of one sentence once, citing both', () => {
    const summary = summarise(items, rankSentences(items, dossier([])), { sentences: 3 });
    const strikes = summary.filter((s) => /walked off the job/.test(s.text));
    expect(strikes).toHaveLength(1);
    expect(new Set(strikes[0]!.citations.map((c) => c.articleId))).toEqual(new Set(['a', 'b']));
    expect(strikes[0]!.singleSource).toBe(false);
  });

  it('marks a sentence only one outlet carries as single-source', () => {
    const summary = summarise(items, rankSentences(items, dossier([])), { sentences: 8 });
    const ferry = summary.find((s) => /Ferry services/.test(s.text));
    expect(ferry?.singleSource).toBe(true);
    expect(ferry?.citations).toHaveLength(1);
  });

  it('never takes two sentences of one fact group, and cites the other outlet\u2019s sentence of the group', () => {
    const facts = [fact('f-1', items, [[0, 1], [0, 2], [1, 1]])];
    const summary = summarise(items, rankSentences(items, dossier(facts)), { sentences: 8 });
    const inFact = summary.filter((s) => facts[0]!.citations.some((c) => c.articleId === s.citations[0]!.articleId && c.start === s.citations[0]!.start));
    expect(inFact).toHaveLength(1);
    expect(inFact[0]!.citations.map((c) => c.articleId)).toContain(inFact[0]!.citations[0]!.articleId === 'a' ? 'b' : 'a');
  });

  it('holds at most the requested number of sentences', () => {
    expect(summarise(items, rankSentences(items, dossier([])), { sentences: 3 }).length).toBeLessThanOrEqual(3);
  });
});
