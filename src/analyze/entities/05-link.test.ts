import { describe, it, expect } from 'vitest';
import type { EntityType } from '../../types.js';
import type { Evidence, Recognised } from './04-recognise.js';
import { link, personName, variantKey } from './05-link.js';

/**
 * Recognised items as any recogniser (rules or a trained model) outputs them:
 * `[surface, type]` pairs located in `text` in order.
 */
function recognised(text: string, items: [string, EntityType | null, Evidence?][]): Recognised[] {
  let from = 0;
  return items.map(([surface, type, evidence = 'strong']) => {
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`"${surface}" is not in the text`);
    from = start + surface.length;
    const words = surface.split(/\s+/);
    return { start, end: from, type, evidence, text: surface, words: words.length, last: words[words.length - 1] ?? '', titleCase: false };
  });
}

/** Mentions as "surface → entity key". */
function linked(text: string, items: [string, EntityType | null, Evidence?][]): string[] {
  return link(recognised(text, items)).mentions.map((m) => `${text.slice(m.start, m.end)} → ${m.entity}`);
}

describe('link', () => {
  const table: [string, string, [string, EntityType | null, Evidence?][], string[]][] = [
    ['cuts an office and a courtesy title off person spans', 'Secretary Jane Doe met Mr. Doe.', [['Secretary Jane Doe', 'PERSON'], ['Mr. Doe', 'PERSON']], [
      'Jane Doe → person:jane-doe', 'Doe → person:jane-doe',
    ]],
    ['cuts a multi-word office off a person span', 'Secretary of State Jane Doe spoke. Secretary Doe left.', [['Secretary of State Jane Doe', 'PERSON'], ['Secretary Doe', 'PERSON']], [
      'Jane Doe → person:jane-doe', 'Doe → person:jane-doe',
    ]],
    ['cuts a possessive off a person span', 'Jane Doe’s aide left. Doe’s office was shut.', [['Jane Doe’s', 'PERSON'], ['Doe’s', 'PERSON']], [
      'Jane Doe → person:jane-doe', 'Doe → person:jane-doe',
    ]],
    ['keeps a given name that is also a title', 'Dean Smith spoke. Smith left.', [['Dean Smith', 'PERSON'], ['Smith', 'PERSON']], [
      'Dean Smith → person:dean-smith', 'Smith → person:dean-smith',
    ]],
    ['links a surname spelled another way to the full name', 'Dmytro Kovalenko spoke. Kovalenkko left.', [['Dmytro Kovalenko', 'PERSON'], ['Kovalenkko', 'PERSON']], [
      'Dmytro Kovalenko → person:dmytro-kovalenko', 'Kovalenkko → person:dmytro-kovalenko',
    ]],
    ['gives full names spelled two ways one key', 'Dmytro Kovalskyy spoke. Dmytro Kovalsky left.', [['Dmytro Kovalskyy', 'PERSON'], ['Dmytro Kovalsky', 'PERSON']], [
      'Dmytro Kovalskyy → person:dmytro-kovalskyy', 'Dmytro Kovalsky → person:dmytro-kovalskyy',
    ]],
    ['links a surname a model typed as something else', 'Jane Doe spoke. Doe left.', [['Jane Doe', 'PERSON'], ['Doe', 'ORG', 'weak']], [
      'Jane Doe → person:jane-doe', 'Doe → person:jane-doe',
    ]],
    ['takes a mistyped span with a title for the person it names', 'Secretary of State Jane Doe spoke. Jane Doe left.', [['State Jane Doe', 'ORG'], ['Jane Doe', 'PERSON']], [
      'Jane Doe → person:jane-doe', 'Jane Doe → person:jane-doe',
    ]],
    ['takes a mistyped span with a title for the person whose surname it ends with', 'Secretary of State Jane Doe spoke. Doe left.', [['State Jane Doe', 'ORG'], ['Doe', 'PERSON']], [
      'Jane Doe → person:jane-doe', 'Doe → person:jane-doe',
    ]],
    ['keeps an organisation that only shares a word with a person', 'Jane Doe met the State Bank of Doe.', [['Jane Doe', 'PERSON'], ['State Bank of Doe', 'ORG']], [
      'Jane Doe → person:jane-doe', 'State Bank of Doe → org:state-bank-of-doe',
    ]],
    ['drops a lone title word typed as a person', 'The Secretary of State said so.', [['State', 'PERSON', 'weak']], []],
  ];
  it.each(table)('%s', (_name, text, items, expected) => {
    expect(linked(text, items)).toEqual(expected);
  });

  it('keeps every mention span inside its recognised span', () => {
    const text = 'Mrs. Jane Doe’s visit ended.';
    const items = recognised(text, [['Mrs. Jane Doe’s', 'PERSON']]);
    const [m] = link(items).mentions;
    expect(m && text.slice(m.start, m.end)).toBe('Jane Doe');
    expect(m && m.start >= (items[0]?.start ?? 0) && m.end <= (items[0]?.end ?? 0)).toBe(true);
  });

  const capitals: [string, EntityType, string | undefined][] = [
    ['Paris', 'GPE', 'gpe:france'],
    ['Washington', 'GPE', 'gpe:united-states'],
    ['the Élysée', 'ORG', 'gpe:france'],
    ['Downing Street', 'LOC', 'gpe:united-kingdom'],
    ['White House', 'ORG', 'gpe:united-states'],
    ['Singapore', 'GPE', undefined],
    ['Lyon', 'GPE', undefined],
  ];
  it.each(capitals)('links "%s" (%s) to its country, keeping its own type', (surface, type, country) => {
    const text = `Officials in ${surface} spoke.`;
    const [entity] = link(recognised(text, [[surface, type, 'gazetteer']])).entities;
    expect(entity?.type).toBe(type);
    expect(entity?.country).toBe(country);
  });

  it('links no person named like a capital', () => {
    const text = 'Denzel Washington spoke. Washington smiled.';
    const { entities } = link(recognised(text, [['Denzel Washington', 'PERSON'], ['Washington', 'PERSON']]));
    expect(entities.map((e) => [e.key, e.country])).toEqual([['person:denzel-washington', undefined]]);
  });
});

describe('personName', () => {
  it('returns the item itself when there is nothing to cut', () => {
    const [item] = recognised('Jane Doe spoke.', [['Jane Doe', 'PERSON']]);
    expect(item && personName(item)).toBe(item);
  });
});

describe('variantKey', () => {
  it.each([['Zhelenskyy', 'Zhelensky'], ['Zhelenskiy', 'Zhelensky'], ['Dmytriy', 'Dmytrii'], ['Núñez', 'Nunez']])('folds "%s" and "%s" together', (a, b) => {
    expect(variantKey(a)).toBe(variantKey(b));
  });
  it('keeps different names apart', () => {
    expect(variantKey('Kovalenko')).not.toBe(variantKey('Kovalchuk'));
  });
});
