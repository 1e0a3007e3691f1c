/** `parallax stories`: the stories in the store, biggest first. */
import type { Command } from './command.js';
import { DB_OPTION } from './options.js';
import { withStore } from './store-commands.js';
import { ParallaxError } from '../errors.js';

export const command: Command = {
  name: 'stories',
  usage: 'parallax stories [--db PATH] [--json]',
  options: { ...DB_OPTION, json: { type: 'boolean' } },
  async run(ctx) {
    if (ctx.positionals.length > 0) throw new ParallaxError('USAGE', 'stories takes no arguments');
    return withStore(ctx, 'read', async (store) => {
      const stories = await store.listStories();
      if (ctx.values.json) return { stdout: JSON.stringify(stories, null, 2) + '\n', stderr: [], exitCode: 0 };
      const lines = stories.map((s) => {
        const span = s.firstPublished ? `${s.firstPublished.slice(0, 10)} → ${(s.lastPublished ?? s.firstPublished).slice(0, 10)}` : 'undated';
        return `${s.id}  ${String(s.articleCount).padStart(3)} articles  ${s.outlets.length} outlets  ${span}  ${s.title}`;
      });
      return { stdout: lines.length ? lines.join('\n') + '\n' : 'no stories yet: use parallax add <files>\n', stderr: [], exitCode: 0 };
    });
  },
};
