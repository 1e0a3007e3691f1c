/** The eight dossier measures on hand-built Briefs over the invented dock-strike gold: exact counts. */
import { describe, expect, it } from 'vitest';
import type { Actor, Brief, Citation, Compatibility, Conflict, Fact, QuoteGroup, StoryBrief, TimelineEntry } from '../../types.js';
import { parseDossierGold } from './01-gold.js';
import { scoreDossier } from './03-score.js';
import { formatDossierReport, measuresOf, totalCounts } from './04-format.js';
import { formatErrors } from './05-errors.js';
import { ARTICLES, cite, storyGold } from './test-story.js';

const gold = parseDossierGold(JSON.stringify(storyGold()), 'corvell.json');

function story(parts: Partial<StoryBrief> & { ids?: string[] } = {}): StoryBrief {
  const { ids = ARTICLES.map((a) => a.id), ...rest } = parts;
  return {
    id: `s-${ids.join('')}`, headline: '', headlineCitation: null,
    articles: ARTICLES.filter((a) => ids.includes(a.id)).map((a) => ({
      id: a.id, outlet: a.outlet, title: a.title, published: a.published, url: null, source: `${a.id}.json`, provenance: [], text: a.text,
    })),
    summary: [], actors: [], quoteGroups: [], facts: [], conflicts: [], compatible: [], singleSource: [], events: [], copies: [], coverage: [],
    ...rest,
  };
}

const brief = (...stories: StoryBrief[]): Brief => ({ $schema: '', version: '', stories, failures: [] });

const side = (...citations: Citation[]) => ({ value: citations.map((c) => `${c.articleId}@${c.start}`).join(' / '), citations });

function conflict(kind: Conflict['kind'], ...sides: Citation[][]): Conflict {
  return { id: `c-${sides.length}`, kind, subject: 'Number of workers', status: 'conflict', sides: sides.map((cs) => side(...cs)), reason: '' };
}

function compatible(kind: Compatibility['kind'], ...sides: Citation[][]): Compatibility {
  return { kind, subject: 'Number of workers', sides: sides.map((cs) => side(...cs)), reason: '' };
}

/** A fact whose "N outlets" is the number of its sources (as if each were its own outlet). */
function fact(id: string, sources: string[], independentSources: number, citations: Citation[]): Fact {
  return { id, text: `fact ${id}`, predicate: 'be', sources, outlets: sources, independentSources, independenceNotes: [], citations };
}

describe('disagreements found and caught (measures 1 and 2)', () => {
  const conflicts = [
    // right: both sides are figures of "strikers", verdict changed, different values
    conflict('number', [cite('a1', 'At least 200 workers')], [cite('a2', '450 workers')]),
    // wrong: mixes "strikers" and "ships a day"
    conflict('number', [cite('a2', '450 workers')], [cite('a3', 'about 12 ships')]),
    // wrong: "ships a day" is agree
    conflict('number', [cite('a2', '12 ships')], [cite('a3', 'about 12 ships')]),
    // wrong: a side cites no figure
    conflict('number', [cite('a2', '450 workers')], [cite('a3', 'workers walked out')]),
    // wrong: a figure nothing else measures (key null)
    conflict('number', [cite('a2', '450 workers')], [cite('a3', '3 offices')]),
    // not a number conflict: not judged
    conflict('title', [cite('a1', 'union leader')], [cite('a2', 'the union')]),
  ];
  const score = scoreDossier(gold, brief(story({ conflicts })));

  it('counts the number conflicts and the right ones', () => {
    expect(score.counts.disagreements).toEqual({ reported: 5, right: 1 });
    expect(measuresOf(score.counts).disagreementsFound.precision).toBe(0.2);
  });

  it('says why each wrong one is wrong', () => {
    expect(score.errors.disagreements.map((e) => e.reason)).toEqual([
      'the sides measure different things: "strikers" / "ships a day"',
      'key "ships a day" is agree: its values are compatible',
      'a side cites no gold figure',
      'a side cites a figure nothing else in the story measures (key null)',
    ]);
  });

  it('catches the changed key through the right conflict', () => {
    expect(score.counts.caught).toEqual({ keys: 1, caught: 1 });
    expect(score.errors.missedKeys).toEqual([]);
  });

  it('misses the key when the only right conflict repeats one value on both sides', () => {
    const same = scoreDossier(gold, brief(story({ conflicts: [conflict('number', [cite('a2', '450 workers')], [cite('a2', '450')])] })));
    expect(same.counts.disagreements).toEqual({ reported: 1, right: 1 });
    expect(same.counts.caught).toEqual({ keys: 1, caught: 0 });
    expect(same.errors.missedKeys.map((k) => k.key)).toEqual(['strikers']);
  });
});

describe('compatible, wrongly (measure 3)', () => {
  const entries = [
    compatible('number', [cite('a2', '450 workers')], [cite('a3', 'about 12 ships')]), // spans two keys
    compatible('number', [cite('a2', '12 ships')], [cite('a3', 'about 12 ships')]), // right: agree
    compatible('number', [cite('a1', 'At least 200')], [cite('a2', '450')]), // hides the changed count
    compatible('place', [cite('a1', 'Corvell')], [cite('a2', 'Corvell')]), // not a number entry
  ];
  const score = scoreDossier(gold, brief(story({ compatible: entries })));

  it('counts entries that span two keys or hide a disagreement', () => {
    expect(score.counts.compatible).toEqual({ reported: 3, wrong: 2 });
    expect(score.errors.compatible.map((e) => e.reason)).toEqual([
      'spans two keys: "strikers" / "ships a day"',
      'hides a disagreement: key "strikers" is changed',
    ]);
  });
});

describe('furniture leaked (measure 4)', () => {
  const caption = cite('a1', 'Photo: Lena Varga');
  const walkout = cite('a1', 'Dockworkers in Corvell walked off the job on Monday.');
  const actors: Actor[] = [
    { id: 'a-lena-varga', name: 'Lena Varga', aliases: ['Lena Varga'], type: 'PERSON', roles: [], articleCount: 1, outletCount: 1, mentionCount: 1 },
    { id: 'a-tomas-brenner', name: 'Tomas Brenner', aliases: ['Tomas Brenner', 'Brenner'], type: 'PERSON', roles: [], articleCount: 1, outletCount: 1, mentionCount: 2 },
    { id: 'a-nobody', name: 'Ilse Marr', aliases: ['Ilse Marr'], type: 'PERSON', roles: [], articleCount: 1, outletCount: 1, mentionCount: 1 },
  ];
  const score = scoreDossier(gold, brief(story({
    summary: [{ text: '', citations: [caption, walkout], singleSource: true }],
    facts: [fact('f-1', ['a1'], 1, [caption])], // the same span again: counted once
    conflicts: [conflict('number', [cite('a1', 'At least 200')], [cite('a2', '450')])],
    next: [{ id: 'n-1', label: '', certainty: 'announced', when: null, whenText: null, actors: [], status: 'ahead', outlets: 1, articleIds: ['a3'], citations: [cite('a3', 'The union has 3 offices.')] }],
    actors,
  })));

  it('counts each distinct cited span once and the ones overlapping furniture', () => {
    // caption, walk-out sentence, two conflict sides, the next entry: 5 spans, 1 in furniture
    expect(score.counts.furniture).toMatchObject({ spans: 5, leaked: 1 });
    expect(measuresOf(score.counts).furnitureLeaked.share).toBe(0.2);
    expect(score.errors.furniture).toEqual([{ ...caption, text: 'Photo: Lena Varga', sections: ['summary', 'facts'], furniture: ['Photo: Lena Varga'] }]);
  });

  it('finds actors named only inside furniture; actors whose names do not occur are not judged', () => {
    expect(score.counts.furniture).toMatchObject({ actors: 2, actorsOnlyInFurniture: 1 });
    expect(score.errors.furnitureActors.map((a) => a.name)).toEqual(['Lena Varga']);
  });
});

describe('speakers (measure 5)', () => {
  const group = (speaker: string | null, anonymous: boolean, article: 'a1' | 'a2', words: string): QuoteGroup => {
    const c = cite(article, words);
    return { id: `q-${article}`, speaker, anonymous, variants: [{ ...c, text: words, kind: 'direct' }], diffs: [] };
  };

  it('finds quotes overlapping half the gold span and matches a surname to the full name, anonymous to null', () => {
    const score = scoreDossier(gold, brief(story({ quoteGroups: [
      group('Brenner', false, 'a1', 'We will stay out until the port listens,'),
      group('a spokeswoman', true, 'a2', 'We are not going back,'),
    ] })));
    expect(score.counts.speakers).toEqual({ gold: 2, found: 2, matched: 2 });
  });

  it('counts a named speaker where the gold has none as wrong, and a short overlap as not found', () => {
    const score = scoreDossier(gold, brief(story({ quoteGroups: [
      group('Tomas', false, 'a1', 'We will'), // under half of the gold span
      group('Coastal Union', false, 'a2', 'We are not going back,'),
    ] })));
    expect(score.counts.speakers).toEqual({ gold: 2, found: 1, matched: 0 });
    expect(score.errors.speakers.map((m) => [m.expected, m.given])).toEqual([[null, 'Coastal Union']]);
    expect(score.errors.quotesNotFound.map((q) => q.article)).toEqual(['a1']);
  });
});

describe('outlets counted (measure 6)', () => {
  const score = scoreDossier(gold, brief(story({
    facts: [
      fact('f-1', ['a2', 'a3'], 1, [cite('a2', 'The port handles 12 ships a day.'), cite('a3', 'The Corvell port handles about 12 ships a day.')]), // one outlet, N 2
      fact('f-2', ['a1', 'a2'], 3, [cite('a1', 'At least 200 workers'), cite('a2', '450 workers')]), // 3 independent > N 2
      fact('f-3', ['a1', 'a3'], 2, [cite('a1', 'walked off the job'), cite('a3', 'workers walked out')]), // right
    ],
    singleSource: [fact('f-3', ['a1', 'a3'], 2, [])], // the same fact again: counted once
  })));

  it('counts facts claiming more outlets than their cited articles have, and independent above N', () => {
    expect(score.counts.outlets).toEqual({ facts: 3, overCounted: 1, independentOverN: 1 });
    expect(score.errors.outlets.map((f) => [f.text, f.problem, f.outlets])).toEqual([
      ['fact f-1', 'outlets', ['Coastal Daily']],
      ['fact f-2', 'independent', ['Coastal Daily', 'Harbour Wire']],
    ]);
  });
});

describe('story kept (measure 7)', () => {
  it('is the share of the articles in the largest dossier', () => {
    const score = scoreDossier(gold, brief(story({ ids: ['a1', 'a2'] }), story({ ids: ['a3'] })));
    expect(score.counts.story).toEqual({ articles: 3, kept: 2, dossiers: 2 });
    expect(score.errors.storyKept.map((a) => a.id)).toEqual(['a3']);
  });
});

describe('dates (measure 8)', () => {
  const entry = (citation: Citation, dates: { value: string; start?: string; end?: string }[]): TimelineEntry => ({
    id: `t-${citation.articleId}-${citation.start}`, label: 'label', actors: [], background: false, articleIds: [citation.articleId], citations: [citation],
    dates: dates.map((d) => ({ ...d, articleIds: [citation.articleId], citations: [] })),
  });
  const timeline = [
    entry(cite('a1', 'Dockworkers in Corvell walked off the job on Monday.'), [{ value: '2026-03-02', start: '2026-03-02', end: '2026-03-02' }]), // right
    entry(cite('a3', 'The strike began on Monday, when workers walked out.'), [{ value: '2026-03-09', start: '2026-03-09', end: '2026-03-09' }]), // another date
    entry(cite('a2', 'By Wednesday, 450 workers had joined the strike in Corvell, the union said.'), [{ value: '../2026-03-04', end: '2026-03-04' }]), // open start: may be the day
    entry(cite('a3', 'The union has 3 offices.'), [{ value: '2026-01-01', start: '2026-01-01', end: '2026-01-01' }]), // cites no event: not counted
    entry(cite('a1', 'walked off the job'), []), // cites an event but carries no date: not counted
  ];
  const score = scoreDossier(gold, brief(story({ timeline })));

  it('counts entries citing an event that carry another date', () => {
    expect(score.counts.dates).toEqual({ entries: 3, wrong: 1 });
    expect(score.errors.dates.map((d) => [d.events.map((e) => e.date), d.given])).toEqual([[['2026-03-02'], ['2026-03-09']]]);
  });
});

describe('totals and report', () => {
  const a = scoreDossier(gold, brief(story({ conflicts: [conflict('number', [cite('a1', 'At least 200')], [cite('a2', '450')])] })));
  const b = scoreDossier(gold, brief(story({ conflicts: [
    conflict('number', [cite('a2', '12 ships')], [cite('a3', 'about 12')]),
    conflict('number', [cite('a2', '450')], [cite('a3', 'about 12')]),
    conflict('number', [cite('a2', '450')], [cite('a3', '3 offices')]),
  ] })));

  it('pools the counts, not the ratios', () => {
    const total = measuresOf(totalCounts([a.counts, b.counts]));
    // per story 1/1 and 0/3: the mean of ratios would be 0.5; pooled it is 1/4
    expect(total.disagreementsFound).toEqual({ right: 1, reported: 4, precision: 0.25 });
    expect(total.storyKept).toMatchObject({ kept: 6, articles: 6, share: 1 });
    expect(total.disagreementsCaught.recall).toBe(0.5);
  });

  it('gives a stable JSON object per story and in total, with null for an empty ratio', () => {
    const out = JSON.parse(formatDossierReport({ path: 'gold/', stories: [a, b] }, { json: true, errors: 1 }));
    expect(Object.keys(out)).toEqual(['path', 'pooled', 'stories', 'total']);
    expect(out.stories[1].disagreementsFound).toEqual({ right: 0, reported: 3, precision: 0 });
    expect(out.stories[1].errors.disagreements).toHaveLength(1);
    expect(out.total.stories).toBe(2);
    expect(out.total.dates.share).toBeNull();
  });

  it('lists wrong items with their text, up to N per measure', () => {
    const lines = formatErrors(b.errors, 1);
    expect(lines[0]).toBe('wrong disagreements: 3 (first 1)');
    expect(lines.join('\n')).toContain('“12 ships” [a2@');
    expect(lines.join('\n')).toContain('key "ships a day" is agree');
    expect(formatDossierReport({ path: 'gold/', stories: [a, b] }, { json: false })).toMatch(/total over 2 stories \(totals add up the counts/);
  });
});
