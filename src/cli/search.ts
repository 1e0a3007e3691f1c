/** `parallax search <words…>`: full-text search over the stored articles. */
import type { CommandRun } from './command.js';
import { DEFAULT_SEARCH_LIMIT as DEFAULT_LIMIT } from './commands.js';
import { withStore } from './store-commands.js';
import { ParallaxError } from '../errors.js';


export const run: CommandRun = async (ctx) => {
  if (ctx.positionals.length === 0) throw new ParallaxError('USAGE', 'search needs some words');
  const limit = ctx.values.limit === undefined ? DEFAULT_LIMIT : Number(ctx.values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new ParallaxError('USAGE', '--limit must be a positive integer');
  return withStore(ctx, 'read', async (store) => {
    const hits = await store.search(ctx.positionals.join(' '), limit);
    if (ctx.values.json) return { stdout: JSON.stringify(hits, null, 2) + '\n', stderr: [], exitCode: 0 };
    const lines = hits.map((h) => `${h.articleId}  ${h.outlet}  story ${h.storyId ?? '—'}\n    ${h.snippet.replace(/\s+/g, ' ')}`);
    return { stdout: lines.length ? lines.join('\n') + '\n' : 'no matches\n', stderr: [], exitCode: 0 };
  });
};
