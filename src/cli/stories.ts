/** `parallax stories`: the stories in the store, biggest first. */
import type { CommandRun } from './command.js';
import { withStore } from './store-commands.js';
import { counted } from '../brief/renderers/shared.js';
import { ParallaxError } from '../errors.js';

export const run: CommandRun = async (ctx) => {
  if (ctx.positionals.length > 0) throw new ParallaxError('USAGE', 'stories takes no arguments');
  return withStore(ctx, 'read', async (store) => {
    const stories = await store.listStories();
    if (ctx.values.json) return { stdout: JSON.stringify(stories, null, 2) + '\n', stderr: [], exitCode: 0 };
    const lines = stories.map((s) => {
      const span = s.firstPublished ? `${s.firstPublished.slice(0, 10)} → ${(s.lastPublished ?? s.firstPublished).slice(0, 10)}` : 'undated';
      return `${s.id}  ${counted(s.articleCount, 'article').padStart(12)}  ${counted(s.outlets.length, 'outlet')}  ${span}  ${s.title}`;
    });
    return { stdout: lines.length ? lines.join('\n') + '\n' : 'no stories yet: use parallax add <files>\n', stderr: [], exitCode: 0 };
  });
};
