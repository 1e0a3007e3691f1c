/**
 * `parallax eval quotes`: scores Parallax's quotations, cues and speakers
 * against PolNeAR-style gold attributions (see `03-score.ts` for how spans are
 * matched), for direct quotes and for all attributions.
 *
 * @example
 * const report = await evaluateQuotesFile('../shared/eval/polnear/dev.jsonl');
 * console.log(formatQuoteReport(report, false));
 */
import { performance } from 'node:perf_hooks';
import { readGold } from '../read-gold.js';
import { parseGold } from './01-gold.js';
import { predictQuotes } from './02-predict.js';
import type { ScoredDocument } from './03-score.js';
import { scoreQuotes } from './03-score.js';
import type { QuoteEvalReport } from './04-format.js';
import type { GoldArticle } from './01-gold.js';
import type { ErrorSection, SpeakerError } from './05-errors.js';
import { speakerErrors } from './05-errors.js';

export { parseGold, QUOTATION_MARKS } from './01-gold.js';
export type { GoldArticle, GoldAttribution } from './01-gold.js';
export { predictQuotes, toPredicted } from './02-predict.js';
export type { PredictedQuote } from './02-predict.js';
export { matchAttributions, scoreQuotes, speakerRight } from './03-score.js';
export type { PRF, QuoteScores, ScoredDocument, SectionScore } from './03-score.js';
export { formatQuoteReport } from './04-format.js';
export type { QuoteEvalReport } from './04-format.js';
export { countCategories, formatSpeakerErrors, speakerErrors } from './05-errors.js';
export type { ErrorSection, SourcePlace, SpeakerError, SpeakerProblem } from './05-errors.js';

/** Reads and parses a gold file; a missing file or a malformed line throws a ParallaxError naming it. */
function loadGold(path: string): GoldArticle[] {
  return parseGold(readGold(path), path);
}

/**
 * Reads a gold JSONL file, runs Parallax on every article and scores it.
 * A missing file or a malformed line throws a ParallaxError naming the file (and line).
 *
 * @example
 * const { direct, all, articlesPerSecond } = await evaluateQuotesFile('gold.jsonl');
 */
export async function evaluateQuotesFile(path: string): Promise<QuoteEvalReport> {
  const gold = loadGold(path);
  const started = performance.now();
  const docs: ScoredDocument[] = gold.map((g) => ({ gold: g, predicted: predictQuotes(g) }));
  const seconds = (performance.now() - started) / 1000;
  return {
    file: path,
    articles: gold.length,
    articlesPerSecond: seconds > 0 ? gold.length / seconds : 0,
    ...scoreQuotes(docs),
  };
}

/**
 * The speaker errors of a gold file in one section, for diagnosis (tune on
 * train; never read the errors of the set you report on).
 *
 * @example
 * console.log(formatSpeakerErrors(await diagnoseSpeakersFile('train.jsonl', 'direct'), 3));
 */
export async function diagnoseSpeakersFile(path: string, section: ErrorSection): Promise<SpeakerError[]> {
  const gold = loadGold(path);
  return speakerErrors(gold.map((g) => ({ gold: g, predicted: predictQuotes(g) })), section);
}
