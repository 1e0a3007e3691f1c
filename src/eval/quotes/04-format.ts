/**
 * Step 4 of the quote evaluation: the report as a table for people or as one
 * JSON object for programs.
 */
import type { QuoteScores, SectionScore } from './03-score.js';

/** The whole evaluation: the scores plus what was read and how fast. */
export interface QuoteEvalReport extends QuoteScores {
  /** The gold file read. */
  file: string;
  articles: number;
  /** Articles extracted and analysed per second (scoring excluded). */
  articlesPerSecond: number;
}

/** Figures are printed with four decimals: finer differences are noise on a few thousand attributions. */
const DECIMALS = 4;

const round = (x: number): number => Number(x.toFixed(DECIMALS));

function roundSection(s: SectionScore): SectionScore {
  return {
    ...s,
    content: {
      precision: round(s.content.precision),
      recall: round(s.content.recall),
      f1: round(s.content.f1),
      exactF1: round(s.content.exactF1),
    },
    cue: { precision: round(s.cue.precision), recall: round(s.cue.recall), f1: round(s.cue.f1) },
    speakerAccuracy: round(s.speakerAccuracy),
  };
}

function rows(name: string, s: SectionScore): string[] {
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
  return [
    `${name} (gold ${s.gold}, predicted ${s.predicted}, found ${s.found})`,
    `  content, token overlap  P ${pct(s.content.precision)}  R ${pct(s.content.recall)}  F1 ${pct(s.content.f1)}`,
    `  content, exact span                        F1 ${pct(s.content.exactF1)}`,
    `  cue                     P ${pct(s.cue.precision)}  R ${pct(s.cue.recall)}  F1 ${pct(s.cue.f1)}`,
    `  speaker accuracy                              ${pct(s.speakerAccuracy)}`,
  ];
}

/**
 * The report as text (percentages) or, with `json`, as one JSON object with
 * `direct`, `all` and `articlesPerSecond` (fractions, four decimals).
 *
 * @example
 * formatQuoteReport(report, true); // '{"file":"dev.jsonl","articles":84,"articlesPerSecond":212.5,"direct":{…},"all":{…}}'
 */
export function formatQuoteReport(report: QuoteEvalReport, json: boolean): string {
  if (json) {
    return JSON.stringify({
      file: report.file,
      articles: report.articles,
      articlesPerSecond: Number(report.articlesPerSecond.toFixed(1)),
      direct: roundSection(report.direct),
      all: roundSection(report.all),
    });
  }
  return [
    `quotes: ${report.file} — ${report.articles} articles, ${report.articlesPerSecond.toFixed(1)} articles/s`,
    ...rows('direct quotes', report.direct),
    ...rows('all attributions', report.all),
  ].join('\n');
}
