import { describe, it, expect } from 'vitest';
import { assignArticle, clusterIndexFromJson, clusterIndexToJson, createClusterIndex, resolveStory, resumableIndex, timeFactor, type ClusterIndex } from './02-stories.js';
import { DEFAULT_CLUSTER_OPTIONS } from './index.js';
import { folderItems, makeItem, readFixture } from './test-helpers.js';
import type { AnalyzedArticle } from '../types.js';

const EXAMPLES = new URL('../../examples/ukraine-talks/', import.meta.url);

function assignAll(items: AnalyzedArticle[], index: ClusterIndex = createClusterIndex(DEFAULT_CLUSTER_OPTIONS)) {
  const storyOf = new Map<string, string>();
  for (const item of items) storyOf.set(item.article.id, assignArticle(index, item).storyId);
  return { storyOf, index };
}

/** Small stories of my own: each story's articles in different words, with shared names. */
const SMALL_STORIES: [story: string, id: string, text: string][] = [
  ['bridge', 'b1', 'The Corvell bridge over the Ansa river collapsed on Monday night. Engineer Maren Tosk said corrosion had weakened the steel cables of the bridge for years.'],
  ['bridge', 'b2', 'Divers searched the Ansa river after the Corvell bridge collapse. Maren Tosk, the engineer who inspected the bridge, blamed corroded cables.'],
  ['bridge', 'b3', 'Corvell officials closed two more bridges over the Ansa river while engineers check their cables for corrosion after the collapse.'],
  ['election', 'e1', 'Voters in Lindmark elected Sera Obuya as mayor on Sunday with 54 percent of the ballots, ending twelve years of rule by the Harbor Party.'],
  ['election', 'e2', 'Sera Obuya won the Lindmark mayoral election, taking a majority of ballots. The Harbor Party conceded defeat and its candidate congratulated the new mayor.'],
  ['vaccine', 'v1', 'Regulators in Pellmark approved a malaria vaccine made by Quorin Labs for children under five after trials in three clinics.'],
  ['vaccine', 'v2', 'Quorin Labs said its malaria vaccine, now approved in Pellmark, cut severe cases among children by half during clinical trials.'],
];

describe('assignArticle on small stories', () => {
  const items = SMALL_STORIES.map(([, id, text]) => makeItem(id, text));
  const { storyOf } = assignAll(items);

  it.each(SMALL_STORIES.map(([story, id]) => [id, story]))('puts %s in the %s story', (id, story) => {
    const expected = SMALL_STORIES.filter(([s]) => s === story).map(([, other]) => storyOf.get(other));
    expect(new Set(expected)).toEqual(new Set([storyOf.get(id)]));
    const others = SMALL_STORIES.filter(([s]) => s !== story).map(([, other]) => storyOf.get(other));
    expect(others).not.toContain(storyOf.get(id));
  });
});

describe('assignArticle on the example corpus', () => {
  it('puts the five example articles in one story and a port strike and a football match in their own', () => {
    const strike = makeItem('strike', readFixture('wire.txt'));
    const football = makeItem('football', readFixture('football.txt'));
    const { storyOf } = assignAll([...folderItems(EXAMPLES), strike, football]);
    const exampleStories = new Set(['000', '001', '002', '003', '004'].map((id) => storyOf.get(id)));
    expect(exampleStories.size).toBe(1);
    expect(exampleStories.has(storyOf.get('strike'))).toBe(false);
    expect(exampleStories.has(storyOf.get('football'))).toBe(false);
    expect(storyOf.get('strike')).not.toBe(storyOf.get('football'));
  });

  it('keeps a same-topic strike at another port out of the story', () => {
    const names = ['wire', 'syndicated-1', 'syndicated-2', 'rewrite'];
    const { storyOf } = assignAll([...names.map((n) => makeItem(n, readFixture(`${n}.txt`))), makeItem('unrelated', readFixture('unrelated.txt'))]);
    expect(new Set(names.map((n) => storyOf.get(n))).size).toBe(1);
    expect(storyOf.get('unrelated')).not.toBe(storyOf.get('wire'));
  });
});

describe('ClusterIndex state', () => {
  it('resumes from its JSON form with the same decisions', () => {
    const items = SMALL_STORIES.map(([, id, text]) => makeItem(id, text));
    const live = assignAll(items);
    const half = assignAll(items.slice(0, 4));
    const restored = clusterIndexFromJson(JSON.parse(JSON.stringify(clusterIndexToJson(half.index))) as ReturnType<typeof clusterIndexToJson>);
    const resumed = assignAll(items.slice(4), restored);
    for (const item of items.slice(4)) {
      expect(resumed.storyOf.get(item.article.id)).toBe(live.storyOf.get(item.article.id));
    }
    expect(clusterIndexToJson(resumed.index)).toEqual(clusterIndexToJson(live.index));
  });

  it('resumes a saved index only when it is one and was built with the same options', () => {
    const { index } = assignAll(SMALL_STORIES.slice(0, 2).map(([, id, text]) => makeItem(id, text)));
    const saved = JSON.parse(JSON.stringify(clusterIndexToJson(index))) as unknown;
    expect(resumableIndex(saved, DEFAULT_CLUSTER_OPTIONS)?.storyOf.size).toBe(2);
    expect(resumableIndex(saved, { ...DEFAULT_CLUSTER_OPTIONS, joinThreshold: 0.5 })).toBeNull();
    expect(resumableIndex(null, DEFAULT_CLUSTER_OPTIONS)).toBeNull();
    expect(resumableIndex({ version: 1 }, DEFAULT_CLUSTER_OPTIONS)).toBeNull();
    // An index saved before stories kept their centroids' lengths (version 2) is rebuilt, not resumed.
    expect(resumableIndex({ ...(saved as object), version: 2 }, DEFAULT_CLUSTER_OPTIONS)).toBeNull();
    expect(resumableIndex({ ...(saved as object), stories: 'broken' }, DEFAULT_CLUSTER_OPTIONS)).toBeNull();
  });

  it('titles a story after its first titled member, or the founding article’s opening words', () => {
    const index = createClusterIndex(DEFAULT_CLUSTER_OPTIONS);
    const titled = assignArticle(index, makeItem('t1', '# Bridge falls into the Ansa\nThe Corvell bridge collapsed on Monday night.')).storyId;
    const untitled = assignArticle(index, makeItem('t2', 'Voters in Lindmark elected Sera Obuya as mayor on Sunday with most of the ballots cast.')).storyId;
    expect(index.stories.get(titled)?.title).toBe('Bridge falls into the Ansa');
    expect(index.stories.get(untitled)?.title).toBe('Voters in Lindmark elected Sera Obuya as mayor on Sunday with most …');
    // A later member with a title names the story.
    const joined = assignArticle(index, makeItem('t3', '# Obuya wins Lindmark vote\nVoters in Lindmark elected Sera Obuya as mayor on Sunday with most of the ballots.')).storyId;
    expect(joined).toBe(untitled);
    expect(index.stories.get(untitled)?.title).toBe('Obuya wins Lindmark vote');
  });

  it('returns the known story for an article seen before', () => {
    const index = createClusterIndex(DEFAULT_CLUSTER_OPTIONS);
    const item = makeItem('x', 'Dockers at Velmora walked out over pay.');
    const first = assignArticle(index, item).storyId;
    expect(assignArticle(index, item).storyId).toBe(first);
    expect(index.docCount).toBe(1);
  });

  it('names a story after its founding article', () => {
    const index = createClusterIndex(DEFAULT_CLUSTER_OPTIONS);
    const a = assignArticle(index, makeItem('first', 'The constructor toString valueOf words are ordinary terms here.'));
    expect(a.storyId).toMatch(/^s-[0-9a-f]{12}$/);
    const again = createClusterIndex(DEFAULT_CLUSTER_OPTIONS);
    expect(assignArticle(again, makeItem('first', 'Other text entirely.')).storyId).toBe(a.storyId);
  });

  it.each([
    [0, 1],
    [21, 1],
    [210, 0.501],
    [2100, 0.251],
  ])('scales the score of a gap of %i days by %f beyond a 21-day window', (days, factor) => {
    expect(timeFactor({ timeWindowDays: 21, timeDecay: 0.3 }, days)).toBeCloseTo(factor, 3);
  });

  it('lets time count softly: a related report joins days later, not years later', () => {
    const first = 'Engineer Maren Tosk said the Corvell bridge over the Ansa river collapsed because of corroded cables.';
    const related = 'Corvell officials closed two more bridges over the Ansa river while engineers check their cables for corrosion.';
    const story = (publishedAt: string) => {
      const index = createClusterIndex(DEFAULT_CLUSTER_OPTIONS);
      const a = assignArticle(index, makeItem('a', first, { publishedAt: '2025-01-01' })).storyId;
      return assignArticle(index, makeItem('b', related, { publishedAt })).storyId === a;
    };
    expect(story('2025-01-06')).toBe(true);
    expect(story('2029-01-01')).toBe(false);
  });

  it('widens the time window by the story’s own span', () => {
    expect(timeFactor({ timeWindowDays: 21, timeDecay: 0.3 }, 210, 189)).toBe(1);
    expect(timeFactor({ timeWindowDays: 21, timeDecay: 0.3 }, 420, 189)).toBeCloseTo(0.5 ** 0.3, 6);
  });

  it('reads a page crawled months later at the date its text names, not at its crawl date', () => {
    const first = 'Engineer Maren Tosk said the Corvell bridge over the Ansa river collapsed because of corroded cables.';
    const later = 'The Corvell bridge over the Ansa river collapsed on January 2, 2025, and Maren Tosk blamed corroded cables.';
    const spanAfter = (withDate: boolean) => {
      const index = createClusterIndex(DEFAULT_CLUSTER_OPTIONS);
      const a = assignArticle(index, makeItem('a', first, { publishedAt: '2025-01-01' })).storyId;
      const crawled = makeItem('b', later, { publishedAt: '2025-04-20' });
      if (withDate) {
        const start = later.indexOf('January 2, 2025');
        crawled.analysis.claims.push({
          start: 0, end: later.length, sentence: 0, predicate: 'collapse', predicateSpan: { start: 0, end: 0 }, objects: [],
          values: [{ kind: 'date', span: { start, end: start + 'January 2, 2025'.length }, value: '2025-01-02' }],
        });
      }
      const b = assignArticle(index, crawled).storyId;
      const story = index.stories.get(a);
      return { joined: a === b, last: story?.last === undefined ? '' : new Date(story.last).toISOString().slice(0, 10) };
    };
    expect(spanAfter(true)).toEqual({ joined: true, last: '2025-01-02' });
    expect(spanAfter(false)).toEqual({ joined: true, last: '2025-04-20' });
  });

  it('gives every name of one country one entity key ("DPRK", "North Korea")', () => {
    const index = createClusterIndex(DEFAULT_CLUSTER_OPTIONS);
    const a = assignArticle(index, makeItem('a', 'DPRK fired a missile over Hokkaido on Tuesday.', { types: { DPRK: 'GPE', Hokkaido: 'GPE' } })).storyId;
    const b = assignArticle(index, makeItem('b', 'North Korea fired another missile, officials in Tokyo said.', { types: { 'North Korea': 'GPE', Tokyo: 'GPE' } })).storyId;
    expect(index.entityPostings.get('country:PRK')).toEqual(a === b ? [a] : [a, b]);
    expect(index.entityPostings.get('country:JPN')).toEqual([b]);
  });

  it('keeps centroids near their size limit and posting lists to the most recent stories', () => {
    const options = { ...DEFAULT_CLUSTER_OPTIONS, centroidMaxTerms: 5, maxPostings: 2 };
    const index = createClusterIndex(options);
    const { storyId } = assignArticle(index, makeItem('a', readFixture('wire.txt')));
    expect(index.stories.get(storyId)?.terms.size).toBeLessThanOrEqual(Math.floor(5 * 1.5));
    const ids = ['x', 'y', 'z'].map((id) => assignArticle(index, makeItem(id, `Dockers at ${id.toUpperCase()}velmora walked out over pay.`)).storyId);
    const posted = index.termPostings.get('docker') ?? [];
    expect(posted.length).toBeLessThanOrEqual(2);
    expect(posted.at(-1)).toBe(ids.at(-1));
  });

  it('merges two stories when an article bridges them, and the old id resolves to the survivor', () => {
    const index = createClusterIndex(DEFAULT_CLUSTER_OPTIONS);
    const collapse = SMALL_STORIES.find(([, id]) => id === 'b1')?.[2] ?? '';
    const vote = SMALL_STORIES.find(([, id]) => id === 'e1')?.[2] ?? '';
    const a = assignArticle(index, makeItem('a', collapse)).storyId;
    const b = assignArticle(index, makeItem('b', vote)).storyId;
    expect(b).not.toBe(a);
    // A round-up that reports both joins one and is as close to the other: the two become one story.
    const c = assignArticle(index, makeItem('c', `${collapse} ${vote}`)).storyId;
    expect(resolveStory(index, a)).toBe(c);
    expect(resolveStory(index, b)).toBe(c);
    expect(index.stories.size).toBe(1);
    expect([...(index.stories.get(c)?.articleIds ?? [])].sort()).toEqual(['a', 'b', 'c']);
    expect(assignArticle(index, makeItem('b', 'ignored: known article')).storyId).toBe(c);
  });
});
