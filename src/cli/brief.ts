/** `parallax brief <inputs…>`: one-shot, in memory — read, analyse, print the dossier. */
import type { Command } from './command.js';
import { failureLines } from './command.js';
import { FORMAT_OPTION, PUBLISHED_OPTION, publishedDate, renderFormat } from './options.js';
import { ingest } from '../ingest/index.js';
import { runPipeline } from '../pipeline.js';
import { renderBrief } from '../brief/index.js';
import { ParallaxError } from '../errors.js';

export const command: Command = {
  name: 'brief',
  usage: 'parallax brief <file|folder|-> ... [--format md|json|html|claimreview|text] [--published YYYY-MM-DD] [--sentences N]',
  details: 'Inputs: .txt .md .html .json .jsonl files, folders (recursive, with an optional parallax.meta.json), - for stdin.',
  options: { ...FORMAT_OPTION, ...PUBLISHED_OPTION, sentences: { type: 'string' } },
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new ParallaxError('USAGE', 'brief needs at least one file, folder or -');
    const format = renderFormat(String(ctx.values.format ?? ctx.config.format));
    const published = publishedDate(typeof ctx.values.published === 'string' ? ctx.values.published : ctx.config.published);
    const sentences = ctx.values.sentences === undefined ? ctx.config.summarySentences : Number(ctx.values.sentences);
    if (!Number.isInteger(sentences) || sentences < 3 || sentences > 8) throw new ParallaxError('USAGE', '--sentences must be an integer from 3 to 8');
    const { documents, failures } = await ingest(ctx.positionals, { maxBytes: ctx.config.maxBytes, readStdin: ctx.readStdin });
    const brief = runPipeline(documents, { failures, summarySentences: sentences, ...(published ? { published } : {}) });
    const stderr = failureLines(brief.failures);
    if (brief.stories.length === 0) stderr.push('parallax: no article could be read');
    return { stdout: renderBrief(brief, format), stderr, exitCode: brief.failures.length > 0 ? 1 : 0 };
  },
};
