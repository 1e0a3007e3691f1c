/** End to end: the README's main command on the example corpus and on our own fixture story. */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Brief, StoryBrief } from '../src/types.js';
import { cli } from './helpers.js';

const schema = JSON.parse(readFileSync(new URL('../schema/brief.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

function people(story: StoryBrief) {
  return story.actors.filter((a) => a.type === 'PERSON');
}

function expectCitationsSliceToText(story: StoryBrief) {
  const texts = new Map(story.articles.map((a) => [a.id, a.text]));
  for (const s of story.summary) {
    expect(s.citations.length).toBeGreaterThan(0);
    const own = s.citations.find((c) => texts.get(c.articleId)?.slice(c.start, c.end) === s.text);
    expect(own, `summary sentence without its source span: ${s.text}`).toBeDefined();
  }
}

describe('parallax brief examples/ukraine-talks --format json', () => {
  let brief: Brief;
  let raw: string;
  beforeAll(async () => {
    const run = await cli(['brief', 'examples/ukraine-talks', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    raw = run.stdout;
    brief = JSON.parse(raw);
  });

  it('validates against the published JSON schema', () => {
    expect(validate(brief), JSON.stringify(validate.errors)).toBe(true);
  });

  it('puts all five articles into one story', () => {
    expect(brief.stories).toHaveLength(1);
    expect(brief.stories[0]!.articles).toHaveLength(5);
  });

  it('finds at least 8 canonical people, each with a role', () => {
    const withRoles = people(brief.stories[0]!).filter((a) => a.roles.length > 0);
    expect(withRoles.length).toBeGreaterThanOrEqual(8);
  });

  it('merges the spellings Zelensky, Zelenskyy and Zelenskiy into one actor', () => {
    const z = people(brief.stories[0]!).filter((a) => a.aliases.some((x) => /^Zelensk/i.test(x.split(' ').pop() ?? '')));
    expect(z).toHaveLength(1);
    const surnames = new Set(z[0]!.aliases.map((x) => x.split(' ').pop()));
    expect([...surnames].sort()).toEqual(['Zelenskiy', 'Zelensky', 'Zelenskyy']);
  });

  it('finds at least 10 quotes with a named speaker', () => {
    const named = brief.stories[0]!.quoteGroups.filter((g) => g.speaker && !g.anonymous).flatMap((g) => g.variants);
    expect(named.length).toBeGreaterThanOrEqual(10);
  });

  it('finds at least 5 facts reported by two or more outlets', () => {
    expect(brief.stories[0]!.facts.filter((f) => f.sources.length >= 2).length).toBeGreaterThanOrEqual(5);
  });

  it('cites, for every summary sentence, the span it was taken from', () => {
    const s = brief.stories[0]!;
    expect(s.summary.length).toBeGreaterThanOrEqual(3);
    expect(s.summary.length).toBeLessThanOrEqual(8);
    expectCitationsSliceToText(s);
  });

  it('never lets the form notice of the first article reach the analysis', () => {
    const s = brief.stories[0]!;
    const everything = JSON.stringify([s.summary, s.facts, s.quoteGroups, s.actors]);
    expect(everything).not.toContain('indicates required fields');
  });

  it('keeps "With information from Reuters" as provenance, not as the outlet', () => {
    const a = brief.stories[0]!.articles.find((x) => x.id.startsWith('004'))!;
    expect(a.outlet).toBe('004_b669c7a48baeb094');
    expect(a.provenance.map((p) => p.source)).toContain('Reuters');
  });

  describe('corroboration (issue 6)', () => {
    const story = () => brief.stories[0]!;
    const short = (ids: string[]) => ids.map((id) => id.slice(0, 3));
    const sidesOf = (c: { sides: { value: string; citations: { articleId: string }[] }[] }) =>
      c.sides.map((s) => [s.value, short([...new Set(s.citations.map((x) => x.articleId))])]);

    it('shows the 28-point plan as one fact of exactly four outlets (004 does not mention it)', () => {
      const plan = story().facts.filter((f) => f.figure && /^28-point/.test(f.figure.text));
      expect(plan).toHaveLength(1);
      expect(short(plan[0]!.sources)).toEqual(['000', '001', '002', '003']);
    });

    it('shows the 20-item reduction and the four-hour meeting as single-source', () => {
      const single = story().singleSource.map((f) => f.figure?.text);
      expect(single).toContain('20 items');
      expect(single).toContain('over four hours');
      expect(story().facts.filter((f) => f.figure?.text === '20 items' && f.sources.length > 1)).toEqual([]);
    });

    it('shows Umerov as chief negotiator in exactly three outlets', () => {
      const fact = story().facts.find((f) => f.text === 'Rustem Umerov — chief negotiator');
      expect(short(fact!.sources)).toEqual(['002', '003', '004']);
    });

    it('shows the place of the talks as compatible across Hallandale Beach, Florida and near Miami', () => {
      const place = story().compatible.find((c) => c.kind === 'place');
      expect(place?.sides.map((s) => s.value).sort()).toEqual(['Florida', 'Hallandale Beach', 'near Miami']);
      expect(place?.reason).toContain('Hallandale Beach lies in Florida');
    });

    it('shows the length of the war as compatible', () => {
      const war = story().compatible.find((c) => c.kind === 'number' && c.sides.some((s) => /three-year/.test(s.value)));
      expect(war?.sides.flatMap((s) => s.value.split(' / ')).sort()).toEqual(['more than three-year', 'nearly four years', 'nearly four-year-old']);
      expect(story().conflicts.filter((c) => c.kind === 'number')).toEqual([]);
    });

    it('prints only real differences: the former-President title, Yermak\'s changed title and Umerov\'s wording', () => {
      const conflicts = story().conflicts;
      const trump = conflicts.find((c) => c.subject === 'Title of Donald Trump');
      expect(trump?.status).toBe('conflict');
      expect(sidesOf(trump!)).toEqual([['President', ['000', '002', '003', '004']], ['former President', ['001']]]);
      const yermak = conflicts.find((c) => c.subject === 'Title of Andriy Yermak');
      expect(yermak?.status).toBe('changed');
      expect(sidesOf(yermak!)).toEqual([['resigned', ['002', '003', '004']], ['Zelenskyy’s chief of staff', ['000']]]);
      expect(conflicts.some((c) => c.kind === 'quote' && /"walking" → "working"/.test(c.reason))).toBe(true);
      expect(conflicts.length).toBeLessThanOrEqual(5);
    });

    it('never puts one outlet on two sides of a conflict', () => {
      for (const c of story().conflicts) {
        const outlets = c.sides.flatMap((s) => [...new Set(s.citations.map((x) => x.articleId))]);
        expect(new Set(outlets).size, c.subject).toBe(outlets.length);
      }
    });

    it('shows Rubio\'s two partial quotes in 003 as compatible with 002, not as a conflict', () => {
      expect(story().conflicts.filter((c) => c.subject === 'Wording of a quote by Marco Rubio')).toEqual([]);
      const rubio = story().compatible.find((c) => c.subject === 'Wording of a quote by Marco Rubio');
      expect(rubio?.sides.map((s) => short([...new Set(s.citations.map((x) => x.articleId))]))).toEqual([['002'], ['003']]);
    });

    it('never lists a figure as both single-source and supported by several outlets', () => {
      const key = (c: { articleId: string; start: number }) => `${c.articleId}:${c.start}`;
      const multi = new Set(story().facts.filter((f) => f.sources.length > 1).flatMap((f) => f.figure?.citations.map(key) ?? []));
      for (const f of story().singleSource) for (const c of f.figure?.citations ?? []) expect(multi.has(key(c))).toBe(false);
    });
  });

  it('gives the same bytes whatever the order of the inputs', async () => {
    const files = ['004_b669c7a48baeb094', '002_21a5a6368e1c26a1', '000_4efbf8bebd05baf7', '003_64691585101b9aff', '001_d5eb266293ee8bd7']
      .map((f) => `examples/ukraine-talks/${f}.txt`);
    const reversed = await cli(['brief', ...files, '--format', 'json']);
    const a = JSON.parse(reversed.stdout) as Brief;
    const b = JSON.parse(raw) as Brief;
    // Sources differ (files vs folder); everything derived from the text must not.
    for (const x of [a, b]) for (const s of x.stories) for (const art of s.articles) art.source = '';
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('parallax brief on a second, self-written story (fixtures/stories/port-strike)', () => {
  let story: StoryBrief;
  beforeAll(async () => {
    const run = await cli(['brief', 'fixtures/stories/port-strike', '--format', 'json']);
    expect(run.code).toBe(0);
    const brief = JSON.parse(run.stdout) as Brief;
    expect(validate(brief), JSON.stringify(validate.errors)).toBe(true);
    expect(brief.stories).toHaveLength(1);
    story = brief.stories[0]!;
  });

  it('reads outlets, titles and dates from the sidecar', () => {
    expect(story.articles.map((a) => a.outlet).sort()).toEqual(['Coastal Daily', 'European Ledger', 'Harbour Wire', 'The Northern Times']);
    expect(story.headline).not.toBe('');
  });

  it('finds its people with roles, merging Lindqvist and Lindkvist', () => {
    const names = people(story).map((a) => a.name);
    for (const surname of ['Jansen', 'Hoekstra']) expect(names.some((n) => n.endsWith(surname))).toBe(true);
    const minister = people(story).filter((a) => /Lind[qk]vist$/.test(a.name));
    expect(minister).toHaveLength(1);
    expect(minister[0]!.roles.length).toBeGreaterThan(0);
  });

  it('finds quotes with named speakers and cross-outlet facts', () => {
    expect(story.quoteGroups.some((g) => g.speaker?.endsWith('Jansen') && g.variants.length >= 2)).toBe(true);
    expect(story.facts.filter((f) => f.sources.length >= 2).length).toBeGreaterThanOrEqual(3);
    expectCitationsSliceToText(story);
  });

  it('counts the copied wire article once for a figure it repeats', () => {
    const ships = story.facts.find((f) => f.figure && /40 ships/.test(f.figure.text));
    expect(ships?.sources).toEqual(['a-harbour-wire', 'b-coastal-daily']);
    expect(ships?.independentSources).toBe(1);
    const offer = story.facts.find((f) => f.figure?.text === '3.5 percent');
    expect(offer?.sources.length).toBe(4);
    expect(offer?.independentSources).toBe(3);
  });

  it('reports the differing cost figures as a conflict and the rising ship count as superseded by the later report', () => {
    const numbers = story.conflicts.filter((c) => c.kind === 'number');
    expect(numbers.map((c) => [c.status, c.sides.map((s) => s.value).sort()])).toEqual([
      ['conflict', ['20 million euros', '25 million euros']],
      ['superseded', ['more than 40 ships', 'nearly 60 ships']],
    ]);
  });

  it('recognises the syndicated copy of the wire story', () => {
    expect(story.copies.some((c) => c.from.startsWith('a-') && c.to.startsWith('b-'))).toBe(true);
  });
});
