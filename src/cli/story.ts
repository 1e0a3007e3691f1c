/** `parallax story <id>`: the dossier of one stored story, with the same options as `brief`. */
import type { CommandRun } from './command.js';
import { dossierRequest, dossierResult } from './dossier.js';
import { useStore } from './store-commands.js';
import { briefStory } from '../pipeline.js';
import { ParallaxError } from '../errors.js';

export const run: CommandRun = async (ctx) => {
  const [id, ...extra] = ctx.positionals;
  if (!id || extra.length > 0) throw new ParallaxError('USAGE', 'story needs exactly one story id (see parallax stories)');
  const request = dossierRequest(ctx);
  // The folder is held only to read; the dossier is composed after it is released.
  const { value: found, notices } = await useStore(ctx, 'read', async (store) => {
    const story = await store.getStory(id);
    return story && { story, items: await store.getArticles(story.articleIds) };
  });
  if (!found) throw new ParallaxError('STORE_NOT_FOUND', `no story "${id}" in the store (see parallax stories)`);
  const brief = briefStory(found.story.id, found.items, {
    summarySentences: request.summarySentences, ...(request.asOf ? { asOf: request.asOf } : {}),
  });
  return dossierResult(brief, request, notices);
};
