/**
 * Step 5 of the quote evaluation (diagnostics): the speaker errors behind the
 * speaker accuracy, each sorted into a category so that the largest kinds of
 * error can be fixed first. Uses the scorer's own matching, so the errors are
 * exactly the found gold attributions that speaker accuracy counts as wrong.
 */
import type { Span } from '../../types.js';
import type { GoldArticle, GoldAttribution } from './01-gold.js';
import type { PredictedQuote } from './02-predict.js';
import type { ScoredDocument } from './03-score.js';
import { matchAttributions, speakerRight } from './03-score.js';

/** What went wrong with the speaker. */
export type SpeakerProblem =
  /** The gold names a source; Parallax gave none. */
  | 'no speaker'
  /** Parallax gave a speaker that does not overlap the gold source. */
  | 'wrong speaker'
  /** The gold has no source (passive, unattributed); Parallax gave one. */
  | 'speaker where gold has none';

/** Where the gold source lies, relative to the gold content. */
export type SourcePlace = 'none' | 'same paragraph' | 'earlier paragraph' | 'later paragraph';

/** One found gold attribution whose speaker is wrong, with what Parallax predicted for it. */
export interface SpeakerError {
  article: string;
  text: string;
  gold: GoldAttribution;
  predicted: PredictedQuote;
  problem: SpeakerProblem;
  /** Parallax's kind of quote for the match. */
  kind: string;
  /** The predicted cue: overlapping a gold cue of the attribution, elsewhere, or absent. */
  cue: 'right cue' | 'other cue' | 'no cue';
  source: SourcePlace;
  /** `problem / kind / cue / source`, the key the counts group by. */
  category: string;
}

/** Which gold attributions to diagnose: those with a quotation mark, or all. */
export type ErrorSection = 'direct' | 'all';

/**
 * The speaker errors of scored documents in one section.
 *
 * @example
 * speakerErrors([{ gold, predicted }], 'direct').map((e) => e.category);
 * // ['no speaker / partial / no cue / same paragraph']
 */
export function speakerErrors(docs: readonly ScoredDocument[], section: ErrorSection): SpeakerError[] {
  const out: SpeakerError[] = [];
  for (const doc of docs) {
    const gold: GoldArticle = section === 'direct' ? { ...doc.gold, attributions: doc.gold.attributions.filter((a) => a.direct) } : doc.gold;
    const predicted = section === 'direct' ? doc.predicted.filter((p) => p.direct) : doc.predicted;
    matchAttributions(gold, predicted).forEach((match, i) => {
      const g = gold.attributions[i];
      if (!match || !g || speakerRight(g, match)) return;
      out.push(describe(gold, g, match));
    });
  }
  return out;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function describe(gold: GoldArticle, g: GoldAttribution, p: PredictedQuote): SpeakerError {
  const problem: SpeakerProblem = g.source.length === 0 ? 'speaker where gold has none' : p.speakerMention ? 'wrong speaker' : 'no speaker';
  const cue = !p.cue ? 'no cue' : g.cue.some((c) => p.cue !== undefined && overlaps(c, p.cue)) ? 'right cue' : 'other cue';
  const source = sourcePlace(gold.text, g);
  const kind = p.kind ?? (p.direct ? 'direct' : 'indirect');
  return { article: gold.id, text: gold.text, gold: g, predicted: p, problem, kind, cue, source, category: `${problem} / ${kind} / ${cue} / ${source}` };
}

/** Paragraph of a position: the number of line breaks before it. */
function paragraphOf(text: string, pos: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < pos; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function sourcePlace(text: string, g: GoldAttribution): SourcePlace {
  const source = g.source[0];
  const content = g.content[0];
  if (!source || !content) return 'none';
  const s = paragraphOf(text, source.start);
  const c = paragraphOf(text, content.start);
  return s === c ? 'same paragraph' : s < c ? 'earlier paragraph' : 'later paragraph';
}

/**
 * Errors counted by category, largest first.
 *
 * @example
 * countCategories(errors); // [['no speaker / partial / no cue / same paragraph', 41], …]
 */
export function countCategories(errors: readonly SpeakerError[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const e of errors) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Characters of context shown on each side of an error. */
const CONTEXT_CHARS = 160;

const quoted = (text: string, spans: readonly Span[]): string => spans.map((s) => JSON.stringify(text.slice(s.start, s.end))).join(' + ') || '—';

/**
 * The errors as text: counts by category (and by problem, kind and cue alone),
 * then up to `examples` errors of each category with their context.
 *
 * @example
 * formatSpeakerErrors(speakerErrors(docs, 'direct'), 3);
 */
export function formatSpeakerErrors(errors: readonly SpeakerError[], examples: number): string {
  const lines = [`speaker errors: ${errors.length}`];
  for (const key of ['problem', 'kind', 'cue', 'source'] as const) {
    const counts = countCategories(errors.map((e) => ({ ...e, category: e[key] })));
    lines.push(`  by ${key}: ${counts.map(([c, n]) => `${c} ${n}`).join(', ')}`);
  }
  for (const [category, n] of countCategories(errors)) {
    lines.push('', `${n}  ${category}`);
    for (const e of errors.filter((x) => x.category === category).slice(0, examples)) {
      const spans = [...e.gold.source, ...e.gold.content, ...(e.predicted.speakerMention ? [e.predicted.speakerMention] : [])];
      const from = Math.max(0, Math.min(...spans.map((s) => s.start)) - CONTEXT_CHARS);
      const to = Math.min(e.text.length, Math.max(...spans.map((s) => s.end)) + CONTEXT_CHARS);
      lines.push(
        `  - ${e.article}: gold source ${quoted(e.text, e.gold.source)}, cue ${quoted(e.text, e.gold.cue)}; ` +
          `predicted ${quoted(e.text, e.predicted.speakerMention ? [e.predicted.speakerMention] : [])}, cue ${quoted(e.text, e.predicted.cue ? [e.predicted.cue] : [])}`,
        `    content ${quoted(e.text, e.gold.content)}`,
        `    …${e.text.slice(from, to).replace(/\s+/g, ' ')}…`,
      );
    }
  }
  return lines.join('\n');
}
