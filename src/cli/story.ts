/** `parallax story <id>`: the dossier of one stored story. */
import type { Command } from './command.js';
import { DB_OPTION, FORMAT_OPTION, renderFormat } from './options.js';
import { withStore } from './store-commands.js';
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
    return withStore(ctx, async (store) => {
      const story = await store.getStory(id);
      if (!story) throw new ParallaxError('STORE_NOT_FOUND', `no story "${id}" in the store (see parallax stories)`);
      const items = await store.getArticles(story.articleIds);
      const brief = briefStory(story.id, items, { summarySentences: ctx.config.summarySentences });
      return { stdout: renderBrief(brief, format), stderr: [], exitCode: 0 };
    });
  },
};
