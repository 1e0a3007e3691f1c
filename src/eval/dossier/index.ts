/**
 * `parallax eval dossier`: briefs the articles of each gold story together and
 * scores the dossier on the eight measures of `../shared/eval/dossier/README.md`
 * (disagreements found and caught, compatible wrongly, furniture leaked,
 * speakers, outlets counted, story kept, dates), per story and pooled.
 *
 * @example
 * const report = evaluateDossierPath('../shared/eval/dossier/');
 * console.log(formatDossierReport(report, { json: false, errors: 3 }));
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ParallaxError } from '../../errors.js';
import { readGold } from '../read-gold.js';
import { parseDossierGold } from './01-gold.js';
import { briefGold } from './02-brief.js';
import { scoreDossier, type DossierScore } from './03-score.js';
import type { DossierReport } from './04-format.js';

export { parseDossierGold } from './01-gold.js';
export type { DossierGold, DossierGoldArticle, GoldEvent, GoldFigure, GoldKey, GoldQuote, GoldSpan, KeyVerdict } from './01-gold.js';
export { briefGold } from './02-brief.js';
export { scoreDossier } from './03-score.js';
export type { DossierCounts, DossierErrors, DossierScore, JudgedEntry, JudgedSide } from './03-score.js';
export { formatDossierReport, measuresOf, totalCounts } from './04-format.js';
export type { DossierMeasures, DossierReport } from './04-format.js';
export { errorsJson, formatErrors } from './05-errors.js';
export { nameWords, speakerMatches } from './speaker-match.js';

/** The gold files a path names: the file itself, or every `*.json` directly inside a folder, by name. */
export function goldFiles(path: string): string[] {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch (cause) {
    throw new ParallaxError('INPUT_NOT_FOUND', `${path}: no such file or folder`, { cause });
  }
  if (!isFolder) return [path];
  const files = readdirSync(path).filter((name) => name.toLowerCase().endsWith('.json')).sort().map((name) => join(path, name));
  if (files.length === 0) throw new ParallaxError('INPUT_EMPTY', `${path}: no .json story gold in the folder`);
  return files;
}

/**
 * Reads one story's gold, briefs its articles and scores the dossier. A
 * malformed gold file, or a brief whose articles cannot be laid over the gold
 * offsets, throws a ParallaxError naming the file.
 *
 * @example
 * evaluateDossierFile('gold/harbour.json').counts.story; // { articles: 3, kept: 3, dossiers: 1 }
 */
export function evaluateDossierFile(file: string): DossierScore {
  const gold = parseDossierGold(readGold(file), file);
  return scoreDossier(gold, briefGold(gold, file));
}

/**
 * Scores one gold file, or every `*.json` of a folder, one story per file.
 *
 * @example
 * evaluateDossierPath('gold/').stories.length; // the number of story files
 */
export function evaluateDossierPath(path: string): DossierReport {
  return { path, stories: goldFiles(path).map(evaluateDossierFile) };
}
