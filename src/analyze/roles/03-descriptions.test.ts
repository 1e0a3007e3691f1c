import { describe, it, expect } from 'vitest';
import type { Article } from '../../types.js';
import { articleFromText } from '../test-helpers.js';
import { splitSentences } from '../sentences/index.js';
import { findEntities } from '../entities/index.js';
import { findDescriptions, findRoles } from './index.js';
import { analyze } from '../index.js';

const paragraph = (text: string): Article => ({ ...articleFromText(text), blocks: [{ start: 0, end: text.length, kind: 'paragraph' }] });

/** Descriptions as "text of the span → entity". */
const descriptionsOf = (text: string): string[] => {
  const article = paragraph(text);
  const sentences = splitSentences(article);
  const { mentions, entities } = findEntities(article, sentences);
  const roles = findRoles(article, sentences, mentions, entities);
  return findDescriptions(article, sentences, mentions, roles).map((m) => {
    expect(m.form).toBe('description');
    expect(m.type).toBe('PERSON');
    return `${text.slice(m.start, m.end)} → ${m.entity}`;
  });
};

describe('findDescriptions', () => {
  const table: [string, string, string[]][] = [
    ['resolves "the" + the whole title', 'Secretary of State Lena Hartmann arrived in Lima. The Secretary of State said talks would go on.', [
      'The Secretary of State → person:lena-hartmann',
    ]],
    ['resolves a shorter form of the title', 'Secretary of State Lena Hartmann arrived. Reporters asked the secretary about the deal.', [
      'the secretary → person:lena-hartmann',
    ]],
    ['reads "leader" as any head of state', 'Peruvian President Ada Frost met envoy Ivo Lind. The Peruvian leader thanked him.', [
      'leader → person:ada-frost',
    ]],
    ['reads a prime minister as a leader', 'Danish Prime Minister Olek Brun arrived. The Danish leader spoke first.', [
      'leader → person:olek-brun',
    ]],
    ['matches a demonym with "of" + the country', 'Ada Frost, the President of Chile, arrived on Monday. The Chilean president spoke first.', [
      'president → person:ada-frost',
    ]],
    ['uses the country to choose between two holders', 'Peruvian President Ada Frost met Chilean President Olek Brun. The Chilean president spoke first.', [
      'president → person:olek-brun',
    ]],
    ['leaves a description two people answer to', 'President Ada Frost met President Olek Brun. The president spoke first.', []],
    ['keeps former holders apart from current ones', 'Former President Ada Frost met President Olek Brun. The president spoke. The former president left.', [
      'The president → person:olek-brun',
      'The former president → person:ada-frost',
    ]],
    ['never resolves a plural description', 'Envoy Ivo Lind arrived on Monday. The envoys met on Tuesday.', []],
    ['needs someone to hold the role', 'The president spoke on Monday.', []],
    ['leaves a title before a name to the role patterns', 'Envoy Ivo Lind left. The envoy Olek Brun arrived.', []],
    ['resolves an office with its complement', 'Pavel Orlik, head of the Peruvian delegation, arrived. The head of the Peruvian delegation spoke.', [
      'The head → person:pavel-orlik',
    ]],
  ];
  it.each(table)('%s', (_name, text, expected) => {
    expect(descriptionsOf(text)).toEqual(expected);
  });
});

describe('analyze with descriptions', () => {
  it('adds description mentions to the analysis, in text order', () => {
    const text = 'Secretary of State Lena Hartmann arrived in Lima. Later the Secretary of State met reporters.';
    const { mentions } = analyze(paragraph(text));
    const description = mentions.find((m) => m.form === 'description');
    expect(description && text.slice(description.start, description.end)).toBe('the Secretary of State');
    expect(description?.entity).toBe('person:lena-hartmann');
    expect(mentions.map((m) => m.start)).toEqual([...mentions.map((m) => m.start)].sort((a, b) => a - b));
  });

  it('keeps mentions from overlapping when a description names a place or group', () => {
    const text = 'Peruvian President Ada Frost arrived in Lima. The Peruvian leader thanked the President of Peru.';
    const { mentions } = analyze(paragraph(text));
    expect(mentions.filter((m) => m.form === 'description').map((m) => text.slice(m.start, m.end))).toEqual(['leader', 'the President']);
    for (let i = 1; i < mentions.length; i++) expect(mentions[i]?.start).toBeGreaterThanOrEqual(mentions[i - 1]?.end ?? 0);
  });
});
