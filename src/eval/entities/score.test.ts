import { describe, expect, it } from 'vitest';
import { ParallaxError } from '../../errors.js';
import { chunksOf } from './chunks.js';
import { evaluateEntities } from './index.js';
import { parseGold } from './read.js';
import { scoreEntities } from './score.js';

describe('chunksOf (conlleval reading of BIO)', () => {
  it.each([
    ['a B- then I- of the same type is one chunk', ['B-PER', 'I-PER', 'O'], ['0-2 PER']],
    ['a B- right after an entity starts a new chunk', ['B-LOC', 'B-LOC'], ['0-1 LOC', '1-2 LOC']],
    ['an I- after O opens a chunk', ['O', 'I-ORG', 'I-ORG'], ['1-3 ORG']],
    ['an I- of another type opens a chunk', ['B-ORG', 'I-LOC'], ['0-1 ORG', '1-2 LOC']],
    ['a chunk may end the sentence', ['O', 'B-MISC'], ['1-2 MISC']],
  ])('%s', (_name, tags, expected) => {
    expect(chunksOf(tags).map((c) => `${c.start}-${c.end} ${c.type}`)).toEqual(expected);
  });
});

describe('scoreEntities', () => {
  const gold = [
    ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'],
    ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-MISC'],
    ['O', 'B-PER', 'O', 'B-LOC', 'I-LOC'],
  ];

  it('scores gold as its own prediction 1.0 overall and per type', () => {
    const s = scoreEntities(gold, gold);
    expect([s.precision, s.recall, s.f1]).toEqual([1, 1, 1]);
    for (const t of Object.values(s.perType)) expect([t.precision, t.recall, t.f1]).toEqual([1, 1, 1]);
    expect(s.gold).toBe(6);
  });

  it('scores a boundary error, a type error, a missed and a spurious entity as computed by hand', () => {
    const predicted = [
      ['B-PER', 'O', 'O', 'B-LOC', 'O'], // PER boundary error (0-1 instead of 0-2); LOC right
      ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-LOC'], // ORG right; MISC typed LOC (type error)
      ['O', 'O', 'B-ORG', 'B-LOC', 'I-LOC'], // PER missed; ORG spurious; LOC right
    ];
    // Gold 6 entities: PER 2, LOC 2, ORG 1, MISC 1.
    // Predicted 6: PER 1 (boundary error), LOC 3 (2 right, 1 type error), ORG 2 (1 right, 1 spurious), MISC 0.
    // Correct 3 → P = 3/6, R = 3/6, F1 = 1/2.
    const s = scoreEntities(gold, predicted);
    expect(s.correct).toBe(3);
    expect(s.predicted).toBe(6);
    expect(s.gold).toBe(6);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBe(0.5);
    expect(s.perType.PER).toMatchObject({ correct: 0, predicted: 1, gold: 2, precision: 0, recall: 0, f1: 0 });
    // LOC: P = 2/3, R = 2/2, F1 = 2·(2/3)·1 / (5/3) = 4/5.
    expect(s.perType.LOC?.precision).toBeCloseTo(2 / 3, 10);
    expect(s.perType.LOC?.recall).toBe(1);
    expect(s.perType.LOC?.f1).toBeCloseTo(4 / 5, 10);
    // ORG: P = 1/2, R = 1/1, F1 = 2/3.
    expect(s.perType.ORG?.f1).toBeCloseTo(2 / 3, 10);
    expect(s.perType.MISC).toMatchObject({ correct: 0, predicted: 0, gold: 1, f1: 0 });
  });

  it('gives zero, not NaN, when nothing is predicted', () => {
    const s = scoreEntities(gold, gold.map((g) => g.map(() => 'O')));
    expect([s.precision, s.recall, s.f1]).toEqual([0, 0, 0]);
  });
});

describe('parseGold', () => {
  const line = (doc: string, tokens: string[], tags: string[]) => JSON.stringify({ id: `${doc}-x`, doc_id: doc, tokens, tags });

  it('groups sentences by doc_id in order of first appearance', () => {
    const text = [line('d2', ['A'], ['O']), line('d1', ['B'], ['B-PER']), '', line('d2', ['C'], ['O'])].join('\n');
    const docs = parseGold(text, 'g.jsonl');
    expect(docs.map((d) => [d.id, d.sentences.length])).toEqual([['d2', 2], ['d1', 1]]);
  });

  it.each([
    ['{"tokens": ["a"], "tags": ["O"]}\nnot json', 'g.jsonl:2: not valid JSON'],
    ['{"tokens": ["a", "b"], "tags": ["O"]}', 'g.jsonl:1: 2 tokens but 1 tags'],
    ['{"tokens": ["a"]}', 'g.jsonl:1: needs "tokens" and "tags"'],
    ['{"tokens": ["a"], "tags": ["X-PER"]}', 'g.jsonl:1: "X-PER" is not a BIO tag'],
  ])('names the file and line of a malformed line', (text, message) => {
    expect(() => parseGold(text, 'g.jsonl')).toThrow(ParallaxError);
    expect(() => parseGold(text, 'g.jsonl')).toThrow(message);
  });
});

describe('evaluateEntities', () => {
  it('times the tagger and counts documents, sentences and tokens', () => {
    const docs = parseGold([line2('d', ['Jo', 'Ross', 'ran'], ['B-PER', 'I-PER', 'O']), line2('e', ['in', 'Oslo'], ['O', 'B-LOC'])].join('\n'), 'g');
    let calls = 0;
    const result = evaluateEntities(docs, (sentences) => {
      calls++;
      return sentences.map((s) => s.map((t) => (t === 'Oslo' ? 'B-LOC' : 'O')));
    });
    // Five tokens: warm-up passes until 500,000 tokens (100,000 passes of two documents), then five timed passes.
    expect(calls).toBe(2 * 100_000 + 2 * 5);
    expect(result).toMatchObject({ documents: 2, sentences: 2, tokens: 5, correct: 1, predicted: 1, gold: 2 });
    expect(result.recall).toBe(0.5);
    expect(result.tokensPerSecond).toBeGreaterThan(0);
  });
});

function line2(doc: string, tokens: string[], tags: string[]): string {
  return JSON.stringify({ id: doc, doc_id: doc, tokens, tags });
}
