/**
 * What `brief` and `story` share: reading the dossier options (format, summary length, as-of
 * date, exports) and turning a Brief into the command's output, exports written, failures and
 * notices on standard error.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CommandContext, CommandResult } from './command.js';
import { failureLines, noticeLines } from './command.js';
import { publishedDate, renderFormat, summarySentences } from './options.js';
import { renderBrief, type RenderFormat } from '../brief/renderers/index.js';
import { exportTarget, renderExport, type ExportFormat, type ExportTable } from '../brief/renderers/export.js';
import { ParallaxError } from '../errors.js';
import type { Brief } from '../types.js';

interface ExportRequest {
  path: string;
  table: ExportTable;
  format: ExportFormat;
}

export interface DossierRequest {
  format: RenderFormat;
  summarySentences: number;
  asOf?: string;
  exports: ExportRequest[];
}

/** Reads the --export paths (the option may repeat); a path naming no table and format is a usage error. */
function exportRequests(value: unknown, cwd: string): ExportRequest[] {
  const paths = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
  return paths.map((path) => {
    const target = exportTarget(path);
    if (!target) {
      throw new ParallaxError('USAGE', `--export ${path}: name the file <…>facts, quotes or actors, with .csv or .jsonl (e.g. facts.csv)`);
    }
    return { path: resolve(cwd, path), ...target };
  });
}

/** The dossier options of a command line, each checked and reported against where it came from. */
export function dossierRequest(ctx: CommandContext): DossierRequest {
  const asOf = typeof ctx.values['as-of'] === 'string' ? publishedDate(ctx.values['as-of'], '--as-of') : undefined;
  return {
    format: renderFormat(ctx.config.format, ctx.origins.format),
    summarySentences: summarySentences(ctx.config.summarySentences, ctx.origins.summarySentences),
    ...(asOf ? { asOf } : {}),
    exports: exportRequests(ctx.values.export, ctx.cwd),
  };
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

/**
 * The output of a dossier command. When no article could be read there is no dossier: standard
 * output stays empty (the failures are on standard error already) and the exit code is 1.
 */
export function dossierResult(brief: Brief, request: DossierRequest, before: string[] = []): CommandResult {
  const stderr = [...before, ...failureLines(brief.failures), ...noticeLines(brief.notices ?? [])];
  if (brief.stories.length === 0) return { stdout: '', stderr: [...stderr, 'parallax: no article could be read'], exitCode: 1 };
  const writeErrors = writeExports(brief, request.exports);
  return {
    stdout: renderBrief(brief, request.format),
    stderr: [...stderr, ...writeErrors],
    exitCode: brief.failures.length > 0 || writeErrors.length > 0 ? 1 : 0,
  };
}
