/** `parallax add <inputs…>`: analyse articles into the embedded store and assign the new ones to stories through the saved online index. */
import { isAbsolute, resolve } from 'node:path';
import type { CommandRun } from './command.js';
import { failureLines, noticeLines } from './command.js';
import { publishedDate } from './options.js';
import { terminalProgress } from './progress.js';
import { withStore } from './store-commands.js';
import { ingest } from '../ingest/index.js';
import { analyzeBounded, assignOnline, languageNotices } from '../pipeline.js';
import { counted } from '../brief/renderers/shared.js';
import { ParallaxError } from '../errors.js';
import { pauseForTest } from '../store/pause.js';

export const run: CommandRun = async (ctx) => {
  if (ctx.positionals.length === 0) throw new ParallaxError('USAGE', 'add needs at least one file, folder or -');
  const published = publishedDate(ctx.config.published, ctx.origins.published);
  // Absolute paths: an article's identity in the store is where it came from.
  const inputs = ctx.positionals.map((p) => (p === '-' || isAbsolute(p) ? p : resolve(ctx.cwd, p)));
  const ingested = await ingest(inputs, { maxBytes: ctx.config.maxBytes, readStdin: ctx.readStdin });
  const progress = terminalProgress(ctx.progressStream, 'articles analysed');
  const { items, failures } = await analyzeBounded(ingested.documents, {
    ...(published ? { published } : {}),
    limits: { workers: ctx.config.workers, taskSeconds: ctx.config.articleSeconds, taskMemoryMb: ctx.config.articleMemoryMb },
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.done();
  const allFailures = [...ingested.failures, ...failures].sort((a, b) => a.source.localeCompare(b.source));
  const notices = noticeLines(languageNotices(items));
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
    const exitCode = allFailures.length > 0 ? 1 : 0;
    const stderr = [...failureLines(allFailures), ...notices];
    if (ctx.values.json) {
      const summary = {
        added: result.added, revised: result.revised, unchanged: result.unchanged, duplicates: result.duplicates,
        failures: allFailures, stories: stories.length,
      };
      return { stdout: JSON.stringify(summary, null, 2) + '\n', stderr, exitCode };
    }
    const summary = `added ${result.added.length}, revised ${result.revised.length}, unchanged ${result.unchanged.length}, ` +
      `duplicates ${result.duplicates.length}, failed ${allFailures.length}; the store holds ${counted(stories.length, 'story', 'stories')}\n`;
    return { stdout: summary, stderr, exitCode };
  });
};
