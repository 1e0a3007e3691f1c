import { sha256Hex } from '../text/hash.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isParallaxError } from '../errors.js';
import type { AnalyzedArticle } from '../types.js';
import type { Store } from './api.js';

/** The fields a test article needs; the rest get neutral values. */
export interface ItemSpec {
  id: string;
  source?: string;
  text: string;
  title?: string;
  outlet?: string;
  publishedAt?: string;
}

/**
 * A minimal AnalyzedArticle for store tests: one paragraph block, empty analysis.
 *
 * @example
 * const item = makeItem({ id: 'a1', text: 'Ministers met on Monday.' });
 */
export function makeItem(spec: ItemSpec): AnalyzedArticle {
  const article = {
    id: spec.id,
    source: spec.source ?? `${spec.id}.txt`,
    outlet: spec.outlet ?? 'Test Outlet',
    title: spec.title ?? '',
    language: 'en',
    text: spec.text,
    blocks: [{ kind: 'paragraph' as const, start: 0, end: spec.text.length }],
    provenance: [],
    contentHash: sha256Hex(spec.text),
    ...(spec.publishedAt === undefined ? {} : { publishedAt: spec.publishedAt }),
  };
  const analysis = { articleId: spec.id, sentences: [], mentions: [], entities: [], roles: [], quotes: [], claims: [] };
  return { article, analysis };
}

/**
 * Expects `promise` to reject with a ParallaxError of `code`; returns its message.
 *
 * @example
 * await expectCode(openStore(dir), 'STORE_LOCKED');
 */
export async function expectCode(promise: Promise<unknown>, code: string): Promise<string> {
  const err: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isParallaxError(err) ? err.code : err).toBe(code);
  return (err as Error).message;
}

/**
 * The behaviour every Store driver must share, as a vitest suite. `makeStore`
 * opens (creating when new) the store identified by `dir`, a fresh temporary
 * folder per scenario; opening the same `dir` again must reach the same data.
 *
 * @example
 * describeStoreConformance('PGlite', (dir) => openStore(dir));
 */
export function describeStoreConformance(name: string, makeStore: (dir: string) => Promise<Store>): void {
  describe(`Store conformance: ${name}`, () => {
    let root = '';
    let store: Store;

    beforeAll(async () => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-store-'));
      // One store serves the scenarios below; each uses its own sources, ids and words.
      store = await makeStore(path.join(root, 'shared'));
    });

    afterAll(async () => {
      await store?.close();
      fs.rmSync(root, { recursive: true, force: true });
    });

    describeArticles(() => store);
    describeStories(() => store);
    describeSearch(() => store);

    it('commits the writes of a transaction together, or none of them when it throws', async () => {
      const kept = makeItem({ id: 'tx-kept', text: 'The ferry resumed its crossings.' });
      await store.transaction(async (tx) => {
        await tx.addArticles([kept]);
        await tx.saveStories([{ id: 'tx-story', title: 'Ferry', articleIds: ['tx-kept'] }]);
      });
      expect(await store.getStory('tx-story')).toEqual({ id: 'tx-story', title: 'Ferry', articleIds: ['tx-kept'] });

      const dropped = makeItem({ id: 'tx-dropped', text: 'The tunnel was closed overnight.' });
      const failure = new Error('the caller failed half-way');
      const outcome = store.transaction(async (tx) => {
        await tx.addArticles([dropped]);
        await tx.saveStories([{ id: 'tx-other', title: 'Tunnel', articleIds: ['tx-dropped'] }]);
        throw failure;
      });
      await expect(outcome).rejects.toBe(failure);
      expect(await store.getStoredArticle('tx-dropped')).toBeNull();
      expect(await store.getStory('tx-other')).toBeNull();
      expect(await store.getStory('tx-story')).toEqual({ id: 'tx-story', title: 'Ferry', articleIds: ['tx-kept'] });
    });

    it('keeps articles and stories across close and reopen', async () => {
      const dir = path.join(root, 'reopen');
      const first = await makeStore(dir);
      const item = makeItem({ id: 'keep-1', text: 'The harbour reopened after the storm.', outlet: 'Coast Daily' });
      await first.addArticles([item]);
      await first.saveStories([{ id: 'keep-story', title: 'Harbour', articleIds: ['keep-1'] }]);
      await first.close();

      const second = await makeStore(dir);
      try {
        expect(await second.listArticles()).toEqual([item]);
        expect(await second.getStory('keep-story')).toEqual({ id: 'keep-story', title: 'Harbour', articleIds: ['keep-1'] });
        expect((await second.addArticles([item])).unchanged).toEqual(['keep-1']);
      } finally {
        await second.close();
      }
    });
  });
}

function describeArticles(getStore: () => Store): void {
  it('lists added articles sorted by id with text and analysis intact', async () => {
    const b = makeItem({ id: 'list-b', text: 'Second text about grain.', title: 'Grain', publishedAt: '2024-05-02' });
    const a = makeItem({ id: 'list-a', text: 'First text about rice.', title: 'Rice' });
    const result = await getStore().addArticles([b, a]);
    expect(result).toEqual({ added: ['list-b', 'list-a'], revised: [], unchanged: [], duplicates: [] });

    const listed = await getStore().listArticles();
    const ids = listed.map((i) => i.article.id);
    expect(ids).toEqual([...ids].sort());
    expect(listed.filter((i) => i.article.id.startsWith('list-'))).toEqual([a, b]);
  });

  it('stores an article added twice once and reports it unchanged', async () => {
    const item = makeItem({ id: 'twice', text: 'A bridge was closed for repairs.' });
    await getStore().addArticles([item]);
    const again = await getStore().addArticles([item]);
    expect(again).toEqual({ added: [], revised: [], unchanged: ['twice'], duplicates: [] });
    expect((await getStore().listArticles()).filter((i) => i.article.id === 'twice')).toHaveLength(1);
  });

  it('stores a new revision when the text at a known source changes and keeps the old one', async () => {
    const v1 = makeItem({ id: 'rev', source: 'https://example.org/rev', text: 'The vote was set for Monday.' });
    const v2 = makeItem({ id: 'rev', source: 'https://example.org/rev', text: 'The vote was moved to Tuesday.' });
    await getStore().addArticles([v1]);
    expect(await getStore().addArticles([v2])).toEqual({ added: [], revised: ['rev'], unchanged: [], duplicates: [] });

    const stored = await getStore().getStoredArticle('rev');
    expect(stored?.revision).toBe(2);
    expect(stored?.item).toEqual(v2);
    expect(Number.isNaN(Date.parse(stored?.addedAt ?? ''))).toBe(false);
    const older = await getStore().getRevisions('rev');
    expect(older.map((r) => [r.revision, r.item.article.text])).toEqual([[1, v1.article.text]]);
  });

  it('handles one source given twice in one call as added then revised', async () => {
    const v1 = makeItem({ id: 'batch-rev', text: 'Draft: the plant will close.' });
    const v2 = makeItem({ id: 'batch-rev', text: 'Update: the plant will stay open.' });
    expect(await getStore().addArticles([v1, v2])).toEqual({
      added: ['batch-rev'],
      revised: ['batch-rev'],
      unchanged: [],
      duplicates: [],
    });
    expect((await getStore().getStoredArticle('batch-rev'))?.item).toEqual(v2);
  });

  it('reports content already stored under another source as a duplicate', async () => {
    const text = 'Wire copy: the central bank held its rate.';
    const original = makeItem({ id: 'dup-orig', source: 'feeds/orig.txt', text });
    const copy = makeItem({ id: 'dup-copy', source: 'feeds/copy.txt', text, outlet: 'Other Outlet' });
    await getStore().addArticles([original]);
    expect(await getStore().addArticles([copy])).toEqual({
      added: [],
      revised: [],
      unchanged: [],
      duplicates: [{ id: 'dup-copy', sameAs: 'dup-orig' }],
    });
    expect(await getStore().getArticles(['dup-copy'])).toEqual([]);
  });

  it('gives an id taken by another source a deterministic suffixed id', async () => {
    const first = makeItem({ id: 'clash', source: 'one/clash.txt', text: 'Rain fell in the north.' });
    const second = makeItem({ id: 'clash', source: 'two/clash.txt', text: 'Snow fell in the south.' });
    await getStore().addArticles([first]);
    const { added } = await getStore().addArticles([second]);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^clash-[0-9a-f]{8}$/);
    const [stored] = await getStore().getArticles([added[0] ?? '']);
    expect(stored?.article.source).toBe('two/clash.txt');
    expect(stored?.analysis.articleId).toBe(added[0]);
    expect((await getStore().addArticles([second])).unchanged).toEqual(added);
  });

  it('returns asked articles in the order asked and skips unknown ids', async () => {
    await getStore().addArticles([
      makeItem({ id: 'get-1', text: 'One.' }),
      makeItem({ id: 'get-2', text: 'Two.' }),
    ]);
    const got = await getStore().getArticles(['get-2', 'nope', 'get-1']);
    expect(got.map((i) => i.article.id)).toEqual(['get-2', 'get-1']);
  });
}

function describeStories(getStore: () => Store): void {
  it('saves stories and lists their size, outlets and time span', async () => {
    await getStore().addArticles([
      makeItem({ id: 'st-1', text: 'Port strike begins.', outlet: 'Beta News', publishedAt: '2024-03-02T08:00:00Z' }),
      makeItem({ id: 'st-2', text: 'Port strike enters day two.', outlet: 'Alpha Post', publishedAt: '2024-03-03' }),
      makeItem({ id: 'st-3', text: 'Strike ends with a deal.', outlet: 'Beta News' }),
      makeItem({ id: 'st-4', text: 'A museum opened.', outlet: 'Gamma' }),
    ]);
    await getStore().saveStories([
      { id: 'story-museum', title: 'Museum', articleIds: ['st-4'] },
      { id: 'story-strike', title: 'Port strike', articleIds: ['st-3', 'st-1', 'st-2'] },
    ]);
    expect(await getStore().listStories()).toEqual([
      {
        id: 'story-strike',
        title: 'Port strike',
        articleCount: 3,
        outlets: ['Alpha Post', 'Beta News'],
        firstPublished: '2024-03-02T08:00:00.000Z',
        lastPublished: '2024-03-03T00:00:00.000Z',
      },
      { id: 'story-museum', title: 'Museum', articleCount: 1, outlets: ['Gamma'], firstPublished: null, lastPublished: null },
    ]);
    expect(await getStore().getStory('story-strike')).toEqual({
      id: 'story-strike',
      title: 'Port strike',
      articleIds: ['st-3', 'st-1', 'st-2'],
    });
    expect(await getStore().getStory('no-such-story')).toBeNull();
  });

  it('keeps the story index state with the stories, and resolves a merged story id to the story it went into', async () => {
    expect(await getStore().loadClusterState()).toBeNull();
    await getStore().addArticles([makeItem({ id: 'idx-1', text: 'Index one.' }), makeItem({ id: 'idx-2', text: 'Index two.' })]);
    const clusterState = { version: 2, note: 'opaque to the store', nested: { list: [1, 2, 3] } };
    await getStore().saveStories([{ id: 'idx-new', title: 'Merged', articleIds: ['idx-1', 'idx-2'] }], {
      clusterState,
      redirects: [['idx-old', 'idx-mid'], ['idx-mid', 'idx-new']],
    });
    expect(await getStore().loadClusterState()).toEqual(clusterState);
    expect(await getStore().getStory('idx-old')).toEqual({ id: 'idx-new', title: 'Merged', articleIds: ['idx-1', 'idx-2'] });
    await getStore().saveStories([{ id: 'idx-new', title: 'Merged', articleIds: ['idx-1', 'idx-2'] }], { clusterState: { version: 2, second: true }, redirects: [] });
    expect(await getStore().loadClusterState()).toEqual({ version: 2, second: true });
    expect((await getStore().getStory('idx-mid'))?.id).toBe('idx-new');
  });

  it('replaces every story assignment on save', async () => {
    await getStore().addArticles([makeItem({ id: 'swap-1', text: 'Swap one.' })]);
    await getStore().saveStories([{ id: 'old-story', title: 'Old', articleIds: ['swap-1'] }]);
    await getStore().saveStories([{ id: 'new-story', title: 'New', articleIds: ['swap-1'] }]);
    expect((await getStore().listStories()).map((s) => s.id)).toEqual(['new-story']);
    expect(await getStore().getStory('old-story')).toBeNull();
  });

  it('refuses stories naming unknown articles and keeps the saved ones', async () => {
    await getStore().addArticles([makeItem({ id: 'keep-me', text: 'Kept.' })]);
    await getStore().saveStories([{ id: 'kept-story', title: 'Kept', articleIds: ['keep-me'] }]);
    const message = await expectCode(
      getStore().saveStories([{ id: 'bad', title: 'Bad', articleIds: ['keep-me', 'ghost-article'] }]),
      'STORE_NOT_FOUND',
    );
    expect(message).toContain('ghost-article');
    expect((await getStore().listStories()).map((s) => s.id)).toEqual(['kept-story']);
  });
}

function describeSearch(getStore: () => Store): void {
  it('finds a word with stemming and ranks the title hit first', async () => {
    await getStore().addArticles([
      makeItem({ id: 'find-text', text: 'Farmers said the marmalade harvest was poor this year.', outlet: 'Text Times' }),
      makeItem({ id: 'find-none', text: 'Nothing relevant here at all.' }),
      makeItem({ id: 'find-title', title: 'Marmalades sell out', text: 'Shops ran out of stock by noon.', outlet: 'Title Times' }),
    ]);
    const hits = await getStore().search('marmalade');
    expect(hits.map((h) => h.articleId)).toEqual(['find-title', 'find-text']);
    expect(hits[0]).toMatchObject({ outlet: 'Title Times', title: 'Marmalades sell out', storyId: null });
    expect(hits[0]?.rank).toBeGreaterThan(hits[1]?.rank ?? Infinity);
    expect(hits[1]?.snippet).toContain('«marmalade»');
  });

  it('reports the story of a hit and honours the limit', async () => {
    await getStore().addArticles([
      makeItem({ id: 'lim-1', text: 'The quarry flooded overnight.' }),
      makeItem({ id: 'lim-2', text: 'Quarry workers were evacuated.' }),
    ]);
    await getStore().saveStories([{ id: 'quarry', title: 'Quarry', articleIds: ['lim-1', 'lim-2'] }]);
    const hits = await getStore().search('quarry', 1);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.storyId).toBe('quarry');
  });

  it('finds nothing for blank words or words no article has', async () => {
    expect(await getStore().search('   ')).toEqual([]);
    expect(await getStore().search('xylophonic')).toEqual([]);
    expect(await getStore().search('"the and of"')).toEqual([]);
  });
}
