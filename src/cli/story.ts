/** `parallax story <id>`: the dossier of one stored story. */
import type { Command } from './command.js';
import { DB_OPTION, FORMAT_OPTION, renderFormat } from './options.js';
import { useStore } from './store-commands.js';
import { briefStory } from '../pipeline.js';
import { renderBrief } from '../brief/index.js';
import { ParallaxError } from '../errors.js';

export const command: Command = {
  name: 'story',
  usage: 'parallax story <id> [--db PATH] [--format md|json|html|claimreview|text]',
  options: { ...DB_OPTION, ...FORMAT_OPTION },
  async run(ctx) {
    const [id, ...extra] = ctx.positionals;
    if (!id || extra.length > 0) throw new ParallaxError('USAGE', 'story needs exactly one story id (see parallax stories)');
    const format = renderFormat(String(ctx.values.format ?? ctx.config.format));
    // The folder is held only to read; the dossier is composed after it is released.
    const { value: found, notices } = await useStore(ctx, 'read', async (store) => {
      const story = await store.getStory(id);
      return story && { story, items: await store.getArticles(story.articleIds) };
    });
    if (!found) throw new ParallaxError('STORE_NOT_FOUND', `no story "${id}" in the store (see parallax stories)`);
    const brief = briefStory(found.story.id, found.items, { summarySentences: ctx.config.summarySentences });
    return { stdout: renderBrief(brief, format), stderr: notices, exitCode: 0 };
  },
};
