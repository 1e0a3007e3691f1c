/** `parallax brief <inputs…>`: one-shot, in memory — read, analyse, print the dossier. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from './command.js';
import { failureLines } from './command.js';
import { FORMAT_OPTION, PUBLISHED_OPTION, publishedDate, renderFormat } from './options.js';
import { terminalProgress } from './progress.js';
import { ingest } from '../ingest/index.js';
import { runPipelineBounded } from '../pipeline.js';
import { renderBrief } from '../brief/index.js';
import { exportTarget, renderExport, type ExportFormat, type ExportTable } from '../brief/renderers/export.js';
import { ParallaxError } from '../errors.js';
import type { Brief } from '../types.js';

interface ExportRequest {
  path: string;
  table: ExportTable;
  format: ExportFormat;
}

/** Reads the --export paths (the option may repeat); a path naming no table and format is a usage error. */
function exportRequests(value: unknown, cwd: string): ExportRequest[] {
  const paths = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
  return paths.map((path) => {
    const target = exportTarget(path);
    if (!target) throw new ParallaxError('USAGE', `--export ${path}: name the file <…>facts, quotes or actors, with .csv or .jsonl (e.g. facts.csv)`);
    return { path: resolve(cwd, path), ...target };
  });
}

/** Writes each export; a file that cannot be written is one line on stderr, the others are still written. */
function writeExports(brief: Brief, requests: ExportRequest[]): string[] {
  const errors: string[] = [];
  for (const r of requests) {
    try {
      writeFileSync(r.path, renderExport(brief, r.table, r.format));
    } catch (err) {
      errors.push(`parallax: cannot write ${r.path}: ${(err as Error).message}`);
    }
  }
  return errors;
}

export const command: Command = {
  name: 'brief',
  usage: 'parallax brief <file|folder|-> ... [--format md|json|html|claimreview|text] [--published YYYY-MM-DD] [--as-of YYYY-MM-DD] [--sentences N] [--export FILE]...',
  details: 'Inputs: .txt .md .html .json .jsonl files, folders (recursive, with an optional parallax.meta.json), - for stdin.\n' +
    '--export FILE (repeatable) also writes facts, quotes or actors as CSV or JSON Lines; the file name says which: facts.csv, quotes.jsonl, ukraine-actors.csv.',
  options: { ...FORMAT_OPTION, ...PUBLISHED_OPTION, sentences: { type: 'string' }, 'as-of': { type: 'string' }, export: { type: 'string', multiple: true } },
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new ParallaxError('USAGE', 'brief needs at least one file, folder or -');
    const format = renderFormat(String(ctx.values.format ?? ctx.config.format));
    const published = publishedDate(typeof ctx.values.published === 'string' ? ctx.values.published : ctx.config.published);
    const asOf = typeof ctx.values['as-of'] === 'string' ? publishedDate(ctx.values['as-of'], '--as-of') : undefined;
    const sentences = ctx.values.sentences === undefined ? ctx.config.summarySentences : Number(ctx.values.sentences);
    if (!Number.isInteger(sentences) || sentences < 3 || sentences > 8) throw new ParallaxError('USAGE', '--sentences must be an integer from 3 to 8');
    const exports = exportRequests(ctx.values.export, ctx.cwd);
    const { documents, failures } = await ingest(ctx.positionals, { maxBytes: ctx.config.maxBytes, readStdin: ctx.readStdin });
    const progress = terminalProgress(process.stderr, 'articles analysed');
    const brief = await runPipelineBounded(documents, {
      failures, limits: { workers: ctx.config.workers, taskSeconds: ctx.config.articleSeconds, taskMemoryMb: ctx.config.articleMemoryMb }, summarySentences: sentences, ...(published ? { published } : {}), ...(asOf ? { asOf } : {}), onProgress: (done, total) => progress.update(done, total),
    });
    progress.done();
    const stderr = failureLines(brief.failures);
    if (brief.stories.length === 0) stderr.push('parallax: no article could be read');
    const writeErrors = writeExports(brief, exports);
    stderr.push(...writeErrors);
    return { stdout: renderBrief(brief, format), stderr, exitCode: brief.failures.length > 0 || writeErrors.length > 0 ? 1 : 0 };
  },
};
