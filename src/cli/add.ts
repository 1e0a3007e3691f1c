/** `parallax add <inputs…>`: analyse articles into the embedded store and assign the new ones to stories through the saved online index. */
import { isAbsolute, resolve } from 'node:path';
import type { Command } from './command.js';
import { failureLines } from './command.js';
import { DB_OPTION, PUBLISHED_OPTION, publishedDate } from './options.js';
import { withStore } from './store-commands.js';
import { ingest } from '../ingest/index.js';
import { analyzeBounded, assignOnline } from '../pipeline.js';
import { ParallaxError } from '../errors.js';
import { pauseForTest } from '../store/pause.js';

export const command: Command = {
  name: 'add',
  usage: 'parallax add <file|folder|-> ... [--db PATH] [--published YYYY-MM-DD]',
  details: 'The store is a folder (default ./.parallax; or --db, PARALLAX_DB, or "db" in parallax.config.json).',
  options: { ...DB_OPTION, ...PUBLISHED_OPTION },
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new ParallaxError('USAGE', 'add needs at least one file, folder or -');
    const published = publishedDate(typeof ctx.values.published === 'string' ? ctx.values.published : ctx.config.published);
    // Absolute paths: an article's identity in the store is where it came from.
    const inputs = ctx.positionals.map((p) => (p === '-' || isAbsolute(p) ? p : resolve(ctx.cwd, p)));
    const ingested = await ingest(inputs, { maxBytes: ctx.config.maxBytes, readStdin: ctx.readStdin });
    const { items, failures } = await analyzeBounded(ingested.documents, {
      ...(published ? { published } : {}),
      limits: { workers: ctx.config.workers, taskSeconds: ctx.config.articleSeconds, taskMemoryMb: ctx.config.articleMemoryMb },
    });
    const allFailures = [...ingested.failures, ...failures];
    // Analysis first, with the folder free for others; then the store is held only for the writes
    // (waiting for another process if needed). The articles and their story assignment are one
    // transaction: a kill at any point leaves either both or neither.
    return withStore(ctx, 'write', async (store) => {
      const { result, stories } = await store.transaction(async (tx) => {
        const result = await tx.addArticles(items);
        await pauseForTest('add-stored');
        const fresh = await tx.getArticles([...result.added, ...result.revised]);
        const { stories, clusterState, redirects } = await assignOnline(await tx.loadClusterState(), fresh, () => tx.listArticles());
        await tx.saveStories(stories, { clusterState, redirects });
        return { result, stories };
      });
      const summary = `added ${result.added.length}, revised ${result.revised.length}, unchanged ${result.unchanged.length}, ` +
        `duplicates ${result.duplicates.length}, failed ${allFailures.length}; the store holds ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}\n`;
      return { stdout: summary, stderr: failureLines(allFailures), exitCode: allFailures.length > 0 ? 1 : 0 };
    });
  },
};
