/** `parallax brief <inputs…>`: one-shot, in memory — read, analyse, print the dossier. */
import type { CommandRun } from './command.js';
import { dossierRequest, dossierResult } from './dossier.js';
import { publishedDate } from './options.js';
import { terminalProgress } from './progress.js';
import { ingest } from '../ingest/index.js';
import { runPipelineBounded } from '../pipeline.js';
import { ParallaxError } from '../errors.js';

export const run: CommandRun = async (ctx) => {
  if (ctx.positionals.length === 0) throw new ParallaxError('USAGE', 'brief needs at least one file, folder or -');
  const request = dossierRequest(ctx);
  const published = publishedDate(ctx.config.published, ctx.origins.published);
  const { documents, failures } = await ingest(ctx.positionals, { maxBytes: ctx.config.maxBytes, readStdin: ctx.readStdin });
  const progress = terminalProgress(ctx.progressStream, 'articles analysed');
  const brief = await runPipelineBounded(documents, {
    failures,
    limits: { workers: ctx.config.workers, taskSeconds: ctx.config.articleSeconds, taskMemoryMb: ctx.config.articleMemoryMb },
    summarySentences: request.summarySentences,
    ...(published ? { published } : {}),
    ...(request.asOf ? { asOf: request.asOf } : {}),
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.done();
  return dossierResult(brief, request);
};
