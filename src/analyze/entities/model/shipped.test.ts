/**
 * The shipped model (models/ner-conll2003.bin) on sentences written for these
 * tests, and as the entity stage's recogniser. Loaded once for the file.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../types.js';
import { splitSentences } from '../../sentences/index.js';
import { articleFromText, expectWellFormedMentions } from '../../test-helpers.js';
import { findEntities } from '../index.js';
import { loadNerModel, tagSentences, tagTokens, type NerModel } from './index.js';
import { OUTSIDE, START, allowed } from './tags.js';
import { conllForm, recogniseByModel } from './recognise.js';

let model: NerModel;
beforeAll(() => {
  model = loadNerModel();
});

/** "Word/TYPE" for each entity of a tagged sentence, e.g. "Angela Merkel/PER". */
function entitiesOf(sentence: string): string[] {
  const tokens = sentence.split(' ');
  const tags = tagSentences(model, [tokens])[0] ?? [];
  const out: string[] = [];
  tokens.forEach((t, i) => {
    const tag = tags[i] ?? 'O';
    if (tag.startsWith('B-')) out.push(`${t}/${tag.slice(2)}`);
    else if (tag.startsWith('I-')) out[out.length - 1] = `${(out[out.length - 1] ?? '').split('/')[0]} ${t}/${tag.slice(2)}`;
  });
  return out;
}

describe('the shipped model on written sentence patterns', () => {
  it.each([
    ['a person and a capital', 'Angela Merkel met officials in Brussels on Tuesday .', ['Angela Merkel/PER', 'Brussels/LOC']],
    ['an organisation and a company', 'The European Union said on Monday it would fine Microsoft .', ['European Union/ORG', 'Microsoft/ORG']],
    ['a title before a name stays outside it', 'Prime Minister Justin Trudeau flew to Ottawa after talks with Mexican officials .', ['Justin Trudeau/PER', 'Ottawa/LOC', 'Mexican/MISC']],
    // The model alone types "World Health Organization" MISC ("World" leans to MISC in Reuters); the default recogniser's head-word rule makes it ORG (below).
    ['an appositive with a long organisation', 'Nadia Okafor , a spokeswoman for the World Health Organization , said the outbreak was contained .', ['Nadia Okafor/PER', 'World Health Organization/MISC']],
    ['a city and a nationality', 'Police in Lagos arrested three men , a Nigerian newspaper reported .', ['Lagos/LOC', 'Nigerian/MISC']],
    ['a multi-word city', 'Brazil beat Argentina 2-1 in the final in Rio de Janeiro .', ['Brazil/LOC', 'Argentina/LOC', 'Rio de Janeiro/LOC']],
    ['a company with a suffix and a country', 'Toyota Motor Corp said profits fell in Japan .', ['Toyota Motor Corp/ORG', 'Japan/LOC']],
    ['a possessive stays outside the name', "Kovacs 's lawyer said the Hungarian court had erred .", ['Kovacs/PER', 'Hungarian/MISC']],
    ['a dateline in capitals', 'NAIROBI 1996-08-22', ['NAIROBI/LOC']],
  ])('tags %s', (_name, sentence, expected) => {
    expect(entitiesOf(sentence)).toEqual(expected);
  });

  it('uses the rest of the document: a surname alone takes the type of the full name', () => {
    const doc = [['Marta', 'Kowalska', 'won', 'the', 'race', '.'], ['Kowalska', 'thanked', 'her', 'coach', '.']];
    expect(tagSentences(model, doc)[1]?.[0]).toBe('B-PER');
  });

  it('reads an all-caps headline through the casing of the text below', () => {
    const doc = [['RAIN', 'FLOODS', 'STREETS', 'OF', 'HANOI'], ['Heavy', 'rain', 'flooded', 'the', 'streets', 'of', 'Hanoi', 'on', 'Monday', '.']];
    expect(tagSentences(model, doc)[0]).toEqual(['O', 'O', 'O', 'O', 'B-LOC']);
  });
});

describe('lattice pruning', () => {
  it('tags alike with a wide pruning margin and with none, and never breaks BILOU rules when pruning hard', () => {
    const sentences = [
      ['The', 'Bank', 'of', 'England', 'said', 'on', 'Monday', 'that', 'Mark', 'Carney', 'would', 'visit', 'New', 'York', '.'],
      ['Officials', 'in', 'Oslo', 'and', 'the', 'European', 'Commission', 'declined', 'to', 'comment', '.'],
    ];
    const tagWith = (margins?: readonly [number, number]) => Array.from(tagTokens({ ...model, margins }, sentences));
    const exact = tagWith(undefined);
    expect(tagWith(model.margins?.map((m) => m * 4) as [number, number])).toEqual(exact);
    const hard = tagWith([0, 0]);
    hard.forEach((t, i) => expect(allowed(i === 0 || i === 15 ? START : (hard[i - 1] ?? OUTSIDE), t, i === 14 || i === hard.length - 1)).toBe(true));
  });
});

const paragraph = (text: string): Article => ({ ...articleFromText(text), blocks: [{ start: 0, end: text.length, kind: 'paragraph' }] });
describe('conllForm', () => {
  it.each([['’s', "'s"], ['“', '"'], ['—', '--'], ['Lagos', 'Lagos']])('writes %s as %s', (ours, conll) => {
    expect(conllForm(ours)).toBe(conll);
  });
});

const byModel = (text: string) => {
  const article = paragraph(text);
  return findEntities(article, splitSentences(article), { recogniser: recogniseByModel });
};

describe('recogniseByModel in the entity stage', () => {
  it.each([
    ['maps LOC to GPE for a country, keeping its canonical name', 'Talks in the U.S. resumed.', ['U.S.|GPE|gpe:united-states']],
    ['maps LOC to GPE for a known city', 'Officials met in Lagos on Monday.', ['Lagos|GPE|gpe:lagos']],
    ['maps MISC to NORP for a demonym', 'Nigerian officials met on Monday.', ['Nigerian|NORP|norp:nigerian']],
    ['maps PER to PERSON and links the surname', 'Nadia Okafor spoke first. Later Okafor left.', ['Nadia Okafor|PERSON|person:nadia-okafor', 'Okafor|PERSON|person:nadia-okafor']],
    ['leaves a curly possessive out of the name', 'Nadia Okafor’s lawyer spoke.', ['Nadia Okafor|PERSON|person:nadia-okafor']],
  ])('%s', (_name, text, expected) => {
    const { mentions } = byModel(text);
    expect(mentions.map((m) => `${text.slice(m.start, m.end)}|${m.type}|${m.entity}`)).toEqual(expected);
  });

  it('types a long organisation by its head word in the default recogniser (model and rules)', () => {
    const text = 'Nadia Okafor, a spokeswoman for the World Health Organization, said the outbreak was contained.';
    const article = paragraph(text);
    const { mentions } = findEntities(article, splitSentences(article));
    expect(mentions.map((m) => `${text.slice(m.start, m.end)}|${m.type}`)).toEqual(['Nadia Okafor|PERSON', 'World Health Organization|ORG']);
  });

  const words = ['Ana', 'Ruiz', 'said', 'the', 'U.S.', 'Council', 'of', 'in', 'Lima', ',', 'President', 'Bank’s', 'Chile-Peru', 'UNESCO', 'x', '.', '“', 'envoy', 'GENEVA'];
  it('returns in-bounds, non-overlapping mentions whose slices are their surface names', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (tokens) => {
        const text = tokens.join(' ');
        const { mentions, entities } = byModel(text);
        expectWellFormedMentions(text, mentions, entities);
      }),
      { numRuns: 200 },
    );
  });
});
