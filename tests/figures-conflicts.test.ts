/**
 * Number conflicts on small invented articles, through the real analysis and corroboration:
 * a figure is compared only with figures that measure the same thing about the same incident.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corroborate } from '../src/corroborate/index.js';
import { analyzeDocuments } from '../src/pipeline.js';
import type { Conflict, Dossier, RawDocument } from '../src/types.js';

type Report = [id: string, published: string, text: string];

function dossierOf(reports: readonly Report[]): Dossier {
  const docs: RawDocument[] = reports.map(([id, published, content]) => ({
    id, source: `${id}.txt`, format: 'text', content, meta: { outlet: `Outlet ${id}`, ...(published ? { published } : {}) },
  }));
  const { items } = analyzeDocuments(docs);
  return corroborate({ id: 's-test', articleIds: [], events: [] }, items, []);
}

const numbers = (d: Dossier): Conflict[] => d.conflicts.filter((c) => c.kind === 'number');
const values = (c: Conflict | undefined): string[] => (c?.sides ?? []).map((s) => s.value);

describe('number conflicts compare only figures of one measure', () => {
  it('never compares two figures of different dimensions in one sentence (altitude and distance)', () => {
    const d = dossierOf([
      ['a1', '2026-05-04', 'The rocket reached an altitude of 700 kilometers and flew a distance of 3,000 kilometers before it fell into the sea.'],
      ['a2', '2026-05-04', 'The rocket flew a distance of 3,000 kilometers after reaching an altitude of 750 kilometers, officials in Varnia said.'],
    ]);
    const [altitude, ...others] = numbers(d);
    expect(others).toEqual([]);
    expect(altitude?.subject).toBe('Altitude (kilometres)');
    expect(values(altitude)).toEqual(['700 kilometers', '750 kilometers']);
  });

  it('marks a toll rising across three publication dates as superseded, latest first, with the dates', () => {
    const d = dossierOf([
      ['t1', '2026-05-01', 'A bomb in the market of Varnia killed at least 12 people on Friday, officials said.'],
      ['t2', '2026-05-02', 'The bomb in the market of Varnia killed at least 20 people, officials said on Saturday.'],
      ['t3', '2026-05-03', 'The bomb in the market of Varnia killed 31 people, officials said on Sunday.'],
    ]);
    const [toll] = numbers(d);
    expect(toll).toMatchObject({ status: 'superseded', subject: 'Dead' });
    expect(values(toll)).toEqual(['31 people', 'at least 20 people', 'at least 12 people']);
    expect(toll?.reason).toContain('2026-05-01');
    expect(toll?.reason).toContain('2026-05-03');
  });

  it('lists no compatible entry for a measure whose value moved, even where a later run of days agrees', () => {
    const d = dossierOf([
      ['r1', '2026-05-01', 'A bomb in the market of Varnia killed at least 12 people on Friday, officials said.'],
      ['r2', '2026-05-02', 'The bomb in the market of Varnia killed 31 people, officials said on Saturday.'],
      ['r3', '2026-05-20', 'The bomb in the market of Varnia killed 31 people, a report said.'],
      ['r4', '2026-05-20', 'The bomb in the market of Varnia killed at least 31 people, the report found.'],
    ]);
    expect(numbers(d).map((c) => c.subject)).toEqual(['Dead']);
    expect(d.compatible.filter((c) => c.subject === 'Dead')).toEqual([]);
  });

  it('reports two outlets giving different values on the same day as a conflict', () => {
    const d = dossierOf([
      ['c1', '2026-05-02', 'The storm in Varnia injured 84 people, the mayor said.'],
      ['c2', '2026-05-02', 'The storm in Varnia injured 120 people, the governor said.'],
    ]);
    const [injured] = numbers(d);
    expect(injured).toMatchObject({ status: 'conflict', subject: 'Injured' });
    expect(values(injured).sort()).toEqual(['120 people', '84 people']);
  });

  it('never makes "at least 50" chain 50 and 59 into one compatible entry', () => {
    const d = dossierOf([
      ['l1', '2026-05-02', 'The gunman killed at least 50 people at the fair in Varnia.'],
      ['l2', '2026-05-02', 'The gunman killed 59 people at the fair in Varnia.'],
      ['l3', '2026-05-02', 'The gunman killed 50 people at the fair in Varnia.'],
    ]);
    expect(d.compatible.filter((c) => c.kind === 'number')).toEqual([]);
    const [dead] = numbers(d);
    expect(dead?.subject).toBe('Dead');
    expect(values(dead)).toEqual(['50 people / at least 50 people', '59 people']);
  });

  it('puts an outlet that agrees with itself on one side, and leaves out one that contradicts itself', () => {
    const d = dossierOf([
      ['s1', '2026-05-02', 'The blast in Varnia killed at least two people. Doctors said two dead bodies were brought in.'],
      ['s2', '2026-05-02', 'The blast in Varnia killed at least four people. Doctors said four dead bodies were brought in.'],
      ['s3', '2026-05-02', 'The blast in Varnia killed at least six people. Some 40 people were killed in the incident.'],
    ]);
    const [dead] = numbers(d);
    expect(dead?.sides.map((s) => [...new Set(s.citations.map((c) => c.articleId))])).toEqual([['s1'], ['s2']]);
  });

  it.each([
    ['a route number', 'Police closed Route 91 after the crash.', 'Police closed Route 66 after the crash.'],
    ['a rocket name', 'The Falcon 9 rocket lifted off from Varnia.', 'The Falcon 12 rocket lifted off from Varnia.'],
    ['a map label in capitals', 'The stage stood 200 FEET from the hotel in Varnia.', 'The stage stood 300 FEET from the hotel in Varnia.'],
  ])('reads no figure in %s', (_name, a, b) => {
    expect(numbers(dossierOf([['n1', '2026-05-02', a], ['n2', '2026-05-02', b]]))).toEqual([]);
  });

  it('keeps an earlier incident named in the sentence apart from the story’s own toll', () => {
    const d = dossierOf([
      ['b1', '2026-05-02', 'A bomb in Varnia killed at least six people on Friday.'],
      ['b2', '2026-05-02', 'A bomb in Varnia killed at least six people. Air strikes last month killed 30 people in Dorna.'],
    ]);
    expect(numbers(d)).toEqual([]);
  });

  it('compares the figures of undated articles, whose time is unknown', () => {
    const d = dossierOf([
      ['u1', '', 'The storm in Varnia injured 84 people, the mayor said.'],
      ['u2', '', 'The storm in Varnia injured 120 people, the governor said.'],
    ]);
    expect(numbers(d).map((c) => c.status)).toEqual(['conflict']);
  });

  it('does not compare the same measure three weeks apart (another launch)', () => {
    const d = dossierOf([
      ['w1', '2026-08-28', 'The missile reached an altitude of 550 kilometers, the ministry said.'],
      ['w2', '2026-09-15', 'The missile reached an altitude of 770 kilometers, the ministry said.'],
    ]);
    expect(numbers(d)).toEqual([]);
  });
});

describe('property: every number conflict measures one thing', () => {
  const nouns = ['people', 'soldiers', 'ships', 'engines', 'homes'] as const;
  const verbs = ['killed', 'injured', 'counted', 'saw'] as const;
  const sentence = fc.record({
    verb: fc.constantFrom(...verbs),
    value: fc.integer({ min: 2, max: 400 }),
    noun: fc.constantFrom(...nouns),
    qualifier: fc.constantFrom('', 'at least ', 'about ', 'nearly '),
    day: fc.integer({ min: 1, max: 9 }),
  });

  it('gives every side of a number conflict the same measure key', () => {
    let conflicts = 0;
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 2, maxLength: 5 }), (specs) => {
        const reports: Report[] = specs.map((s, i) => [
          `p${i}`, `2026-05-0${s.day}`, `The storm in Varnia ${s.verb} ${s.qualifier}${s.value} ${s.noun}, officials said.`,
        ]);
        const d = dossierOf(reports);
        const keyOf = (articleId: string): string => {
          const s = specs[Number(articleId.slice(1))];
          const state = s?.verb === 'killed' ? 'dead' : s?.verb === 'injured' ? 'injured' : '';
          return state === '' ? `${s?.noun}` : state;
        };
        for (const c of numbers(d)) {
          conflicts++;
          const keys = new Set(c.sides.flatMap((side) => side.citations.map((x) => keyOf(x.articleId))));
          expect(keys.size, c.subject).toBe(1);
          expect(c.sides.length).toBeGreaterThanOrEqual(2);
        }
      }),
      { numRuns: 40, seed: 13 },
    );
    // The property is not vacuous: the generated stories do disagree.
    expect(conflicts).toBeGreaterThan(0);
  });
});
