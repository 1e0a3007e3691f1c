import { describe, it, expect } from 'vitest';
import type { Article } from '../../types.js';
import { articleFromText, loadExamples } from '../test-helpers.js';
import { splitSentences } from '../sentences/index.js';
import { findEntities } from '../entities/index.js';
import { findRoles } from './index.js';

const paragraph = (text: string): Article => ({ ...articleFromText(text), blocks: [{ start: 0, end: text.length, kind: 'paragraph' }] });

/** Roles as "entity | title | status | span text". */
const rolesOf = (article: Article): string[] => {
  const sentences = splitSentences(article);
  const { mentions, entities } = findEntities(article, sentences);
  return findRoles(article, sentences, mentions, entities).map(
    (r) => `${r.entity} | ${r.title} | ${r.status ?? '-'} | ${article.text.slice(r.start, r.end)}`,
  );
};

describe('findRoles', () => {
  const table: [string, string, string[]][] = [
    ['reads a capitalised title before the name', 'Secretary of State Lena Hartmann arrived.', [
      'person:lena-hartmann | Secretary of State | - | Secretary of State',
    ]],
    ['keeps a country before the title', 'U.S. envoy Tomas Brandt arrived.', ['person:tomas-brandt | U.S. envoy | - | U.S. envoy']],
    ['keeps a country and a modifier before the title', 'U.S. special envoy Tomas Brandt arrived.', [
      'person:tomas-brandt | U.S. special envoy | - | U.S. special envoy',
    ]],
    ['reads "ex-" as former', 'Ex-minister Olek Brun spoke.', ['person:olek-brun | minister | former | Ex-minister']],
    ['reads "newly elected" as new', 'The newly elected mayor, Ada Frost, spoke.', ['person:ada-frost | mayor | new | newly elected mayor']],
    ['reads an ousted leader as former', 'They met ousted president Ada Frost.', ['person:ada-frost | president | former | ousted president']],
    ['reads a lowercase title before the name', 'The team included senior advisor Nadia Brook.', [
      'person:nadia-brook | senior advisor | - | senior advisor',
    ]],
    ['keeps a nationality before the title', 'French President Jean Morel arrived.', ['person:jean-morel | French President | - | French President']],
    ['keeps an organisation before the title', 'National Security Council Secretary Oleh Dovhan spoke.', [
      'person:oleh-dovhan | National Security Council Secretary | - | National Security Council Secretary',
    ]],
    ['gives each person their own title around a possessive', 'President Ada Frost’s special envoy Tomas Brandt left.', [
      'person:ada-frost | President | - | President',
      'person:tomas-brandt | special envoy | - | special envoy',
    ]],
    ['marks a former title', 'They met former President Ada Frost.', ['person:ada-frost | President | former | former President']],
    ['reads a possessive relation', 'Frost’s son-in-law Ivo Lind joined.', ['person:ivo-lind | son-in-law | - | son-in-law']],
    ['reads an appositive after the name', 'Ilse Vormann, head of the Ruritanian delegation, spoke.', [
      'person:ilse-vormann | head of the Ruritanian delegation | - | head of the Ruritanian delegation',
    ]],
    ['drops the article of an appositive and keeps its complement', 'It was calm, said Petr Holub, a senior adviser to President Ada Frost.', [
      'person:petr-holub | senior adviser to President Ada Frost | - | senior adviser to President Ada Frost',
      'person:ada-frost | President | - | President',
    ]],
    ['reads a relation appositive without taking its inner status', 'Ivo Lind, the son-in-law of former President Ada Frost, came.', [
      'person:ivo-lind | son-in-law of former President Ada Frost | - | son-in-law of former President Ada Frost',
      'person:ada-frost | President | former | former President',
    ]],
    ['reads a possessive appositive', 'It hit Olek Brun, Frost’s chief of staff.', [
      'person:olek-brun | Frost’s chief of staff | - | Frost’s chief of staff',
    ]],
    ['reads an appositive before the name with a new status', 'Ruritania’s newly appointed chief negotiator, Pavel Orlik, spoke.', [
      'person:pavel-orlik | chief negotiator | new | newly appointed chief negotiator',
    ]],
    ['reads "a new X, Name"', 'They named a new chief negotiator, Pavel Orlik, on Friday.', [
      'person:pavel-orlik | chief negotiator | new | new chief negotiator',
    ]],
    ['reads "the previous X, Name" as former', 'It came after the previous lead, Olek Brun, resigned.', [
      'person:olek-brun | lead | former | previous lead',
    ]],
    ['reads a relative clause with a role verb', 'The team was led by Pavel Orlik, who recently assumed the role of chief negotiator after the vote.', [
      'person:pavel-orlik | chief negotiator | - | chief negotiator',
    ]],
    ['reads "stepped into the X role"', 'It was led by Pavel Orlik, who stepped into the chief negotiator role last week.', [
      'person:pavel-orlik | chief negotiator | - | chief negotiator',
    ]],
    ['reads "resigned as X" as resigned', 'Olek Brun resigned as foreign minister on Monday.', [
      'person:olek-brun | foreign minister | resigned | foreign minister',
    ]],
    ['gives no role for a bare resignation', 'Olek Brun resigned amid a scandal.', []],
    ['gives no role for "who said"', 'Ada Frost, who said the president was wrong, left.', []],
    ['gives no one a plural title shared over "and"', 'American negotiators Ivo Lind and Olek Brun traveled.', []],
    ['gives no one a plural appositive', 'The negotiators, Ivo Lind and Olek Brun, traveled.', []],
    ['gives no one a plural title of a country', 'Peruvian officials Ivo Lind and Olek Brun met.', []],
    ['reads an appositive before the name with an "of" complement', 'They met the head of the Peruvian delegation, Pavel Orlik, on Friday.', [
      'person:pavel-orlik | head of the Peruvian delegation | - | head of the Peruvian delegation',
    ]],
    ['reads a possessive appositive before the name', 'Frost’s chief of staff, Olek Brun, resigned.', [
      'person:olek-brun | chief of staff | - | chief of staff',
    ]],
    ['marks an acting title', 'Acting Mayor Lena Hartmann opened the bridge.', ['person:lena-hartmann | Mayor | acting | Acting Mayor']],
    ['marks an interim title as acting', 'They met interim president Ada Frost.', ['person:ada-frost | president | acting | interim president']],
    ['marks an outgoing title', 'The outgoing chancellor, Ada Frost, said goodbye.', ['person:ada-frost | chancellor | outgoing | outgoing chancellor']],
    ['reads "who became X"', 'Ada Frost, who became foreign minister in May, spoke.', ['person:ada-frost | foreign minister | - | foreign minister']],
    ['reads "stepped down as X" as resigned', 'Olek Brun stepped down as party chair last year.', [
      'person:olek-brun | chair | resigned | chair',
    ]],
    ['keeps several roles of one person', 'Envoy Ivo Lind spoke. Lind, a former deputy minister, left.', [
      'person:ivo-lind | Envoy | - | Envoy',
      'person:ivo-lind | deputy minister | former | former deputy minister',
    ]],
    ['keeps a relation and an office of one person', 'Frost’s son-in-law Ivo Lind spoke. Lind, a senior adviser to the president, left.', [
      'person:ivo-lind | son-in-law | - | son-in-law',
      'person:ivo-lind | senior adviser to the president | - | senior adviser to the president',
    ]],
  ];
  it.each(table)('%s', (_name, text, expected) => {
    expect(rolesOf(paragraph(text))).toEqual(expected);
  });
});

describe('findRoles on the example corpus', () => {
  const examples = new Map(loadExamples().map((a) => [a.id.slice(0, 3), a]));
  const expectations: [string, string][] = [
    ['000', 'person:rustem-umerov | head of the Ukrainian delegation | - | head of the Ukrainian delegation'],
    ['000', 'person:andriy-yermak | Zelenskyy’s chief of staff | - | Zelenskyy’s chief of staff'],
    ['001', 'person:yuri-ushakov | senior adviser to President Vladimir Putin | - | senior adviser to President Vladimir Putin'],
    ['001', 'person:donald-trump | President | former | former President'],
    ['001', 'person:volodymyr-zelenskyy | President of Ukraine | - | President of Ukraine'],
    ['002', 'person:steve-witkoff | special envoy | - | special envoy'],
    ['002', 'person:rustem-umerov | National Security Council Secretary | - | National Security Council Secretary'],
    ['003', 'person:rustem-umerov | chief negotiator | new | newly appointed chief negotiator'],
    ['003', 'person:jared-kushner | son-in-law | - | son-in-law'],
    ['004', 'person:andriy-yermak | lead | former | previous lead'],
  ];
  it.each(expectations)('article %s has role %s', (id, role) => {
    const article = examples.get(id);
    expect(article).toBeDefined();
    if (article) expect(rolesOf(article)).toContain(role);
  });
});
