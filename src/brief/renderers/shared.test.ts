import { describe, expect, it } from 'vitest';
import type { Fact } from '../../types.js';
import { factLines } from './shared.js';

const fact = (id: string, text: string, sources: string[], figure?: string): Fact => ({
  id, text, predicate: 'be', sources, independentSources: sources.length, independenceNotes: [], citations: [],
  ...(figure ? { figure: { text: figure, citations: [] } } : {}),
});

describe('factLines', () => {
  it('lists a sentence once with every figure it is stated for, when the outlets are the same', () => {
    const text = 'The storm left 12 dead and 300 homes without power.';
    const lines = factLines([fact('f1', text, ['a', 'b'], '12 dead'), fact('f2', text, ['b', 'a'], '300 homes'), fact('f3', text, ['a', 'b'])]);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.figures).toEqual(['12 dead', '300 homes']);
    expect(lines[0]?.fact.id).toBe('f1');
  });

  it('keeps a figure that other outlets state as a line of its own', () => {
    const text = 'The storm left 12 dead and 300 homes without power.';
    const lines = factLines([fact('f1', text, ['a', 'b'], '12 dead'), fact('f2', text, ['a', 'c'], '300 homes')]);
    expect(lines.map((l) => l.figures)).toEqual([['12 dead'], ['300 homes']]);
  });
});
