/**
 * Issue 13: "N outlets" counts outlets, and a fact's support is the same claim.
 * Small invented articles, each table row one pattern.
 */
import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle, Fact } from '../types.js';
import { corroborate } from './index.js';
import { buildArticle } from './test-fixture.js';

const story = (items: AnalyzedArticle[]) => ({ id: 's', articleIds: items.map((i) => i.article.id), events: [] });
const factsOf = (items: AnalyzedArticle[]): Fact[] => corroborate(story(items), items, []).facts;
const dossierOf = (items: AnalyzedArticle[]) => corroborate(story(items), items, []);

/** An article stating that the harbour bridge closed, with a figure of ships held. */
function closure(id: string, outlet: string, text: string, ships: number, options: { url?: string; date?: { text: string; value: string } } = {}) {
  return buildArticle({ id, outlet, text, ...(options.url ? { url: options.url } : {}) }, (b) =>
    b.entity('org:port-authority', 'ORG', 'Port Authority').claim('closed', {
      subject: 'org:port-authority', predicate: 'close', predicateText: 'closed',
      values: [
        { quantity: `${ships} ships`, value: ships, unit: 'ships' },
        ...(options.date ? [{ date: options.date.text, value: options.date.value }] : []),
      ],
    }));
}

describe('outlets are outlets', () => {
  it('counts two pages of one outlet once: one outlet, one independent, single-source', () => {
    const items = [
      closure('p1', 'Harbour Post', 'The Port Authority closed the bridge and held 14 ships at anchor.', 14),
      closure('p2', 'Harbour Post', 'The Port Authority closed the bridge, holding 14 ships at anchor overnight.', 14),
    ];
    const dossier = dossierOf(items);
    const fact = dossier.facts.find((f) => f.sources.length === 2);
    expect(fact).toMatchObject({ sources: ['p1', 'p2'], outlets: ['Harbour Post'], independentSources: 1 });
    expect(fact?.independenceNotes).toEqual(['p1 and p2 are both from Harbour Post']);
    expect(dossier.singleSource).toContain(fact?.id);
  });

  it('reads the outlet from the URL when no outlet is named, hosts of one site as one', () => {
    const items = [
      closure('u1', 'u1', 'The Port Authority closed the bridge and held 14 ships at anchor.', 14, { url: 'https://www.harbourpost.example/a' }),
      closure('u2', 'u2', 'The Port Authority closed the bridge, holding 14 ships at anchor overnight.', 14, { url: 'https://edition.harbourpost.example/b' }),
      closure('u3', 'Ledger', 'Port Authority officials closed the bridge; 14 ships wait offshore.', 14),
    ];
    const fact = factsOf(items).find((f) => f.sources.length === 3);
    expect(fact?.outlets).toHaveLength(2);
    expect(fact?.independentSources).toBe(2);
  });

  it('counts a wire paragraph carried by three outlets as three outlets, one independent', () => {
    const wire = 'The Port Authority closed the harbour bridge on Monday after inspectors found cracks and held 2 ships at the quay, officials said.';
    const items = ['Harbour Post', 'Ledger', 'Coastal Daily'].map((outlet, i) =>
      closure(`w${i + 1}`, outlet, `${['Traffic was diverted.', 'Drivers were angry.', 'Ferries ran late.'][i]} ${wire}`, 2));
    const fact = factsOf(items).find((f) => f.sources.length === 3);
    expect(fact).toMatchObject({ outlets: ['Coastal Daily', 'Harbour Post', 'Ledger'], independentSources: 1 });
    expect(fact?.independenceNotes.join(' ')).toMatch(/w1, w2 and w3 all carry the passage/);
  });

  it('keeps outlets quoting one speaker independent: quoted words are not a copied passage', () => {
    const quote = '“We will not reopen the bridge until every support has been replaced and tested,”';
    const items = ['Harbour Post', 'Ledger'].map((outlet, i) =>
      closure(`q${i + 1}`, outlet, `${['Mayor Ana Ruiz closed the debate.', 'The Port Authority closed the bridge.'][i]} ${quote} said Ruiz, as 6 ships waited.`, 6));
    for (const f of factsOf(items)) expect(f.independentSources).toBe(f.outlets.length);
  });

  it('never gives more independent sources than outlets', () => {
    const items = [
      closure('a', 'Harbour Post', 'The Port Authority closed the bridge and held 14 ships at anchor.', 14),
      closure('b', 'Harbour Post', 'The Port Authority closed the bridge, holding 14 ships at anchor overnight.', 14),
      closure('c', 'Ledger', 'Port Authority officials closed the bridge; 14 ships wait offshore.', 14),
    ];
    for (const f of factsOf(items)) expect(f.independentSources).toBeLessThanOrEqual(f.outlets.length);
  });

  it('counts a title given by two pages of one outlet as one outlet', () => {
    const page = (id: string) => buildArticle({ id, outlet: 'Harbour Post', text: `Port chief Ana Ruiz spoke on ${id}.` }, (b) =>
      b.entity('person:ana-ruiz', 'PERSON', 'Ana Ruiz').role('person:ana-ruiz', 'Port chief'));
    const other = buildArticle({ id: 'x', outlet: 'Ledger', text: 'Port chief Ana Ruiz spoke again.' }, (b) =>
      b.entity('person:ana-ruiz', 'PERSON', 'Ana Ruiz').role('person:ana-ruiz', 'Port chief'));
    const title = factsOf([page('m1'), page('m2'), other]).find((f) => /Port chief/.test(f.text));
    expect(title).toMatchObject({ sources: ['m1', 'm2', 'x'], outlets: ['Harbour Post', 'Ledger'], independentSources: 2 });
  });
});

describe('a fact is supported only by the same claim', () => {
  it.each([
    {
      pattern: 'a sentence that shares only a small number and a noun',
      other: buildArticle({ id: 'b', outlet: 'Ledger', text: 'Two countries offered tugboats to help the stranded crews.' }, (b) =>
        b.claim('offered', { predicate: 'offer', predicateText: 'offered', values: [{ quantity: 'Two countries', value: 2, unit: 'countries' }] })),
      first: buildArticle({ id: 'a', outlet: 'Harbour Post', text: 'Inspectors said two countries had banned the vessel last year.' }, (b) =>
        b.claim('banned', { predicate: 'ban', predicateText: 'banned', values: [{ quantity: 'two countries', value: 2, unit: 'countries' }] })),
    },
    {
      pattern: 'a sentence whose same number counts something it does not name',
      first: buildArticle({ id: 'a', outlet: 'Harbour Post', text: 'Police said two gunmen were killed outside the depot on Sunday.' }, (b) =>
        b.claim('killed', { predicate: 'kill', predicateText: 'killed', values: [{ quantity: 'two gunmen', value: 2, unit: 'gunmen' }] })),
      other: buildArticle({ id: 'b', outlet: 'Ledger', text: 'Two died outside the depot and a third was shot, police said.' }, (b) =>
        b.claim('died', { predicate: 'kill', predicateText: 'died', values: [{ quantity: 'Two died', value: 2, unit: 'died' }] })),
    },
    {
      pattern: 'a sentence that gives another value for the same measure',
      first: closure('a', 'Harbour Post', 'The Port Authority closed the bridge and held 14 ships at anchor.', 14),
      other: closure('b', 'Ledger', 'The Port Authority closed the bridge and held 40 ships at anchor.', 40),
    },
    {
      pattern: 'a sentence about the same act on another day',
      first: closure('a', 'Harbour Post', 'The Port Authority closed the bridge on Tuesday and held 14 ships.', 14, { date: { text: 'Tuesday', value: '2026-03-10' } }),
      other: closure('b', 'Ledger', 'The Port Authority closed the bridge on Friday and held 14 ships.', 14, { date: { text: 'Friday', value: '2026-03-13' } }),
    },
  ])('does not count $pattern as support', ({ first, other }) => {
    for (const f of factsOf([first, other])) {
      expect(f.sources).toHaveLength(1);
      expect(f.outlets).toHaveLength(1);
    }
  });

  it('does not count two things one speaker said as one fact', () => {
    const said = (id: string, outlet: string, text: string, what: string) => buildArticle({ id, outlet, text }, (b) =>
      b.entity('person:ana-ruiz', 'PERSON', 'Ana Ruiz').role('person:ana-ruiz', 'harbour master')
        .claim(what, { subject: 'person:ana-ruiz', subjectText: 'Ana Ruiz', predicate: 'say', predicateText: 'said' }));
    const items = [
      said('a', 'Harbour Post', 'The harbour master Ana Ruiz said the bridge would stay shut for a month.', 'stay shut'),
      said('b', 'Ledger', 'The harbour master Ana Ruiz said the ferry fares were too high.', 'ferry fares'),
    ];
    expect(factsOf(items).filter((f) => f.predicate === 'say' && f.sources.length > 1)).toEqual([]);
  });

  it('still matches the same claim in other words on the same day', () => {
    const items = [
      closure('a', 'Harbour Post', 'The Port Authority closed the bridge on Tuesday and held 14 ships.', 14, { date: { text: 'Tuesday', value: '2026-03-10' } }),
      closure('b', 'Ledger', 'On Tuesday the Port Authority closed the crossing, leaving 14 ships waiting.', 14, { date: { text: 'Tuesday', value: '2026-03-10' } }),
    ];
    expect(factsOf(items).some((f) => f.outlets.length === 2)).toBe(true);
  });
});
