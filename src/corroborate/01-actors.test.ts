import { describe, it, expect } from 'vitest';
import type { EntityType } from '../types.js';
import { resolveActors, nameTokenKey, titleKey } from './01-actors.js';
import { DEFAULT_CORROBORATE_OPTIONS } from './options.js';
import { buildArticle } from './test-fixture.js';

/** One article per name, each naming one entity of the given type. */
function actorsFor(names: string[], type: EntityType = 'PERSON') {
  const items = names.map((name, i) =>
    buildArticle({ id: `a${i}`, text: `Today ${name} spoke to reporters.` }, (b) =>
      b.entity(`${type.toLowerCase()}:${i}`, type, name),
    ),
  );
  return resolveActors(items, DEFAULT_CORROBORATE_OPTIONS).actors;
}

describe('resolveActors: name variants', () => {
  const cases: { names: string[]; type?: EntityType; merged: boolean; why: string }[] = [
    { names: ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Zelenskiy'], merged: true, why: 'y / yy / iy endings' },
    { names: ['Andriy Yermak', 'Andrii Yermak'], merged: true, why: 'iy / ii given-name endings' },
    { names: ['Andriy Yermak', 'Andriy Yermolenko'], merged: false, why: 'different surnames sharing a prefix' },
    { names: ['Sergei Lavrenko', 'Sergey Lavrenko'], merged: true, why: 'ei / ey' },
    { names: ['Olena Kovalenko', 'Maria Kovalenko'], merged: false, why: 'same surname, different given names' },
    { names: ['Jane Whitfield', 'J. Whitfield'], merged: true, why: 'initial of the given name' },
    { names: ['Jane Whitfield', 'Whitfield'], merged: true, why: 'surname-only joins the unique full name' },
    { names: ['Oleksandr Marchenko', 'Oleksandr Marchenco'], merged: true, why: 'one-letter spelling variant of a long surname' },
    { names: ['Ivan Li', 'Ivan Lu'], merged: false, why: 'short surnames must be equal' },
    { names: ['José Núñez', 'Jose Nunez'], merged: true, why: 'diacritics' },
    { names: ['U.S.', 'US', 'United States', 'USA', 'the United States of America'], type: 'GPE', merged: true, why: 'country forms' },
    { names: ['U.K.', 'United Kingdom', 'Great Britain'], type: 'GPE', merged: true, why: 'country forms' },
    { names: ['U.S.', 'UK'], type: 'GPE', merged: false, why: 'two countries' },
    { names: ['America', 'U.S.', 'United States'], type: 'GPE', merged: true, why: '"America" of "United States of America"' },
    { names: ['Korea', 'South Korea'], type: 'GPE', merged: false, why: '"Korea" shortens two countries, so neither' },
    { names: ['Peruvian', 'Peruvians'], type: 'NORP', merged: true, why: 'a demonym and its plural' },
    { names: ['National Grain Board', 'NGB'], type: 'ORG', merged: true, why: 'acronym of the capitalised words' },
    { names: ['Jordan Avery', 'Jordan'], merged: false, why: 'a lone given name is not the surname' },
  ];
  it.each(cases)('$names → merged: $merged ($why)', ({ names, type, merged }) => {
    const actors = actorsFor(names, type);
    expect(actors).toHaveLength(merged ? 1 : names.length);
  });

  it('keeps a surname apart when two full names share it', () => {
    const actors = actorsFor(['Olena Kovalenko', 'Maria Kovalenko', 'Kovalenko']);
    expect(actors.map((a) => a.name).sort()).toEqual(['Kovalenko', 'Maria Kovalenko', 'Olena Kovalenko']);
  });

  it('never merges entities of different types', () => {
    const items = [
      buildArticle({ id: 'a', text: 'Georgia Banks arrived.' }, (b) => b.entity('person:g', 'PERSON', 'Georgia Banks', ['Georgia Banks'])),
      buildArticle({ id: 'b', text: 'Georgia voted.' }, (b) => b.entity('gpe:g', 'GPE', 'Georgia')),
    ];
    expect(resolveActors(items, DEFAULT_CORROBORATE_OPTIONS).actors).toHaveLength(2);
  });
});

describe('resolveActors: countries', () => {
  it('merges a country whatever type each article gave it', () => {
    const items = [
      buildArticle({ id: 'a', text: 'America agreed.' }, (b) => b.entity('loc:america', 'LOC', 'America')),
      buildArticle({ id: 'b', text: 'The U.S. agreed.' }, (b) => b.entity('gpe:united-states', 'GPE', 'U.S.')),
      buildArticle({ id: 'c', text: 'The US agreed.' }, (b) => b.entity('org:us', 'ORG', 'US')),
    ];
    const actors = resolveActors(items, DEFAULT_CORROBORATE_OPTIONS).actors;
    expect(actors.map((a) => [a.type, a.aliases])).toEqual([['GPE', ['America', 'U.S.', 'US']]]);
  });

  it('links a capital and a seat of government to the country actor and keeps them apart', () => {
    const items = [
      buildArticle({ id: 'a', text: 'Lima said no. Peru agreed later.' }, (b) => b.entity('gpe:lima', 'GPE', 'Lima').entity('gpe:peru', 'GPE', 'Peru')),
      buildArticle({ id: 'b', text: 'The Palacio de Gobierno said no.' }, (b) => b.entity('org:palacio', 'ORG', 'Palacio de Gobierno')),
    ];
    for (const e of items[0]?.analysis.entities ?? []) if (e.key === 'gpe:lima') e.country = 'gpe:peru';
    for (const e of items[1]?.analysis.entities ?? []) e.country = 'gpe:peru';
    const actors = resolveActors(items, DEFAULT_CORROBORATE_OPTIONS).actors;
    const byName = new Map(actors.map((a) => [a.name, a]));
    expect(actors).toHaveLength(3);
    expect(byName.get('Lima')?.country).toBe(byName.get('Peru')?.id);
    expect(byName.get('Palacio de Gobierno')?.country).toBe(byName.get('Peru')?.id);
    expect(byName.get('Peru')?.country).toBeUndefined();
  });

  it('gives no country link when the country is no actor of the story', () => {
    const items = [buildArticle({ id: 'a', text: 'Lima said no.' }, (b) => b.entity('gpe:lima', 'GPE', 'Lima'))];
    for (const e of items[0]?.analysis.entities ?? []) e.country = 'gpe:peru';
    expect(resolveActors(items, DEFAULT_CORROBORATE_OPTIONS).actors[0]?.country).toBeUndefined();
  });
});

describe('resolveActors: roles', () => {
  const rolesOf = (titles: string[]): string[][] => {
    const items = titles.map((title, i) =>
      buildArticle({ id: `a${i}`, text: `Ivo Lind, ${title}, spoke.` }, (b) =>
        b.entity('person:ivo-lind', 'PERSON', 'Ivo Lind').role('person:ivo-lind', title),
      ),
    );
    const [actor] = resolveActors(items, DEFAULT_CORROBORATE_OPTIONS).actors;
    return (actor?.roles ?? []).map((r) => [r.title, ...r.citations.map((c) => c.articleId)]);
  };

  it('folds a bare title into the one fuller title that completes it', () => {
    expect(rolesOf(['son-in-law', 'son-in-law of Jo Bloggs'])).toEqual([['son-in-law of Jo Bloggs', 'a0', 'a1']]);
  });

  it('keeps a bare title apart when two fuller titles complete it', () => {
    expect(rolesOf(['Secretary', 'Secretary of State', 'Secretary of Defense']).map((r) => r[0]).sort()).toEqual([
      'Secretary', 'Secretary of Defense', 'Secretary of State',
    ]);
  });

  it('never folds titles that only share a first word', () => {
    expect(rolesOf(['chief', 'chief negotiator']).map((r) => r[0]).sort()).toEqual(['chief', 'chief negotiator']);
  });
});

describe('resolveActors: canonical actor', () => {
  const items = [
    buildArticle({ id: '001', text: 'Volodymyr Zelenskyy met aides. Zelenskyy said little. The U.S. agreed.' }, (b) =>
      b
        .entity('person:volodymyr-zelenskyy', 'PERSON', 'Volodymyr Zelenskyy', ['Volodymyr Zelenskyy', 'Zelenskyy'])
        .entity('gpe:us', 'GPE', 'U.S.')
        .role('person:volodymyr-zelenskyy', 'President of Ukraine', { phrase: 'met aides' }),
    ),
    buildArticle({ id: '002', text: 'Ukrainian President Volodymyr Zelensky spoke. The United States listened.' }, (b) =>
      b
        .entity('person:volodymyr-zelensky', 'PERSON', 'Volodymyr Zelensky')
        .entity('gpe:united-states', 'GPE', 'United States')
        .role('person:volodymyr-zelensky', 'Ukrainian President'),
    ),
    buildArticle({ id: '003', text: 'President Volodymyr Zelensky and Zelensky aides. US officials agreed. Zelenskiy left.' }, (b) =>
      b
        .entity('person:volodymyr-zelensky', 'PERSON', 'Volodymyr Zelensky', ['Volodymyr Zelensky', 'Zelensky', 'Zelenskiy'])
        .entity('gpe:us', 'GPE', 'US')
        .role('person:volodymyr-zelensky', 'President'),
    ),
  ];
  const { actors, actorOf } = resolveActors(items, DEFAULT_CORROBORATE_OPTIONS);
  const person = actors.find((a) => a.type === 'PERSON');
  const country = actors.find((a) => a.type === 'GPE');

  it('names the actor by its most frequent full form', () => {
    expect(person?.name).toBe('Volodymyr Zelensky');
    expect(country?.name).toBe('United States');
  });

  it('keeps every spelling as an alias', () => {
    expect(person?.aliases).toEqual(['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Zelenskiy', 'Zelensky', 'Zelenskyy']);
    expect(country?.aliases).toEqual(['U.S.', 'US', 'United States']);
  });

  it('counts articles and mentions', () => {
    expect(person).toMatchObject({ articleCount: 3, mentionCount: 6 });
    expect(country).toMatchObject({ articleCount: 3, mentionCount: 3 });
  });

  it('merges roles whose titles differ only by a country qualifier, with every citation', () => {
    const president = person?.roles.find((r) => titleKey(r.title) === 'president');
    expect(president?.citations.map((c) => c.articleId)).toEqual(['001', '002', '003']);
  });

  it('maps every article entity key to the canonical actor id', () => {
    expect(actorOf('001', 'person:volodymyr-zelenskyy')).toBe(person?.id);
    expect(actorOf('003', 'person:volodymyr-zelensky')).toBe(person?.id);
    expect(person?.id).toBe('a-volodymyr-zelensky');
  });

  it('orders actors by article count, mention count, then name', () => {
    expect(actors.map((a) => a.name)).toEqual(['Volodymyr Zelensky', 'United States']);
  });

  it('leaves out entities nobody mentions', () => {
    const silent = buildArticle({ id: 'x', text: 'Nothing here.' }, (b) => b.entity('person:ghost', 'PERSON', 'Casper Ghost'));
    expect(resolveActors([silent], DEFAULT_CORROBORATE_OPTIONS).actors).toEqual([]);
  });
});

describe('titleKey', () => {
  it.each([
    ['the senior adviser', 'senior advisor'],
    ['Senior Advisor', 'senior advisor'],
    ['U.S. Secretary of State', 'secretary of state'],
    ['United States Secretary of State', 'secretary of state'],
    ['Ukraine’s chief negotiator', 'chief negotiator'],
    ['former President', 'president'],
    ['head of the Ukrainian delegation', 'head of the ukrainian delegation'],
    ['President', 'president'],
    ['President of Ukraine', 'president'],
    ['Prime Minister of the United Kingdom', 'prime minister'],
    ['American envoy', 'envoy'],
    ['French President', 'president'],
    ['head of the Ukrainian delegation', 'head of the ukrainian delegation'],
  ])('%s → %s', (title, key) => {
    expect(titleKey(title)).toBe(key);
  });
});

describe('nameTokenKey', () => {
  it.each([
    ['Zelenskyy', 'zelenski'],
    ['Zelenskiy', 'zelenski'],
    ['Zelensky', 'zelenski'],
    ['Zelenskýy’s', 'zelenski'],
  ])('%s → %s', (token, key) => {
    expect(nameTokenKey(token)).toBe(key);
  });
});
