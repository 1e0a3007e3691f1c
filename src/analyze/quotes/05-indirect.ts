/**
 * Step 5: reported speech without quotation marks — "X said (that) …",
 * "X told reporters that …", "according to X, …" and "…, according to X".
 * Sentences holding a direct quote are left to step 4, and a reported clause
 * never overlaps a quoted passage (that passage already carries the speaker):
 * a clause that holds partial quotes becomes their `clause` instead.
 */
import type { Quote, Sentence, Span } from '../../types.js';
import type { Cue } from './02-cues.js';
import { findCues, recent } from './02-cues.js';
import { attribute } from './03-speaker.js';
import type { QuoteContext } from './context.js';
import { inMark, lowerBound, sentenceWindow } from './context.js';
import { QUOTE_DEFAULTS } from './defaults.js';
import { BARE_CLAUSE_VERBS, REPORTING_VERBS, TITLE_NOUNS } from './lexicon.js';
import { isBlank, overlaps, trimSpan, wordsIn } from './text.js';

const REPORTING = new Set(REPORTING_VERBS);
const BARE = new Set(BARE_CLAUSE_VERBS);
const TITLES = new Set(TITLE_NOUNS);
const NOT_A_CLAUSE_START = new Set([
  'on', 'in', 'at', 'to', 'for', 'with', 'about', 'of', 'by', 'during', 'after', 'before', 'from', 'as', 'it', 'so',
]);
const CLAUSE_END_PUNCTUATION = '.!?;:,';
const SUBORDINATORS = new Set(['while', 'although', 'though', 'whereas', 'because', 'as', 'when', 'if', 'since']);

/**
 * Indirect quotes of the article, given the quotes found from quotation marks;
 * a partial quote inside a reported clause gets that clause as its `clause`.
 *
 * @example
 * reportedSpeech(ctx, []); // [{ kind: 'indirect', content: { … "the talks were long" … }, speaker: 'person:jane-doe', … }]
 */
export function reportedSpeech(ctx: QuoteContext, marked: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  const direct = marked.filter((q) => q.kind === 'direct');
  ctx.sentences.forEach((s, index) => {
    if (overlapping(direct, s).length > 0) return;
    const cues = findCues(ctx, s.start, s.end);
    // The clauses taken in this sentence, sorted and disjoint, so a new one is checked against its neighbours only.
    const taken: Span[] = [];
    cues.forEach((cue, k) => {
      const reporting = cue.form === 'according' || REPORTING.has(cue.phrase.split(' ')[0] ?? '');
      const content = reportedClause(ctx, index, cue, cues[k + 1]);
      if (!content) return;
      const around = overlapping(marked, content);
      const inside = around.filter((q) => q.start >= content.start && q.end <= content.end + 1);
      if (inside.length > 0 && inside.length === around.filter((q) => overlaps(q, content)).length) {
        // "Doe said the talks were “difficult”", "Doe predicted that the plan “will fail”": the quoted
        // words belong to the reported clause, whatever the verb, since the quotation shows it is speech.
        for (const q of inside) q.clause ??= content;
        return;
      }
      if (!reporting) return;
      if (inMark(ctx, content) || overlapping(taken, content).length > 0) return;
      if (wordsIn(ctx.text, content.start, content.end, [], QUOTE_DEFAULTS.minIndirectWords).length < QUOTE_DEFAULTS.minIndirectWords) return;
      const who = attribute(ctx, cue, index, recent(cues, k));
      if (!who || (who.speaker === undefined && who.speakerMention === undefined)) return;
      if (who.speakerMention && overlaps(who.speakerMention, content)) return;
      const quote: Quote = { ...content, content, kind: 'indirect', cue: { start: cue.start, end: cue.end }, sentence: index };
      if (who.speaker !== undefined) quote.speaker = who.speaker;
      if (who.speakerMention !== undefined) quote.speakerMention = who.speakerMention;
      if (who.anonymous) quote.anonymous = true;
      out.push(quote);
      taken.splice(lowerBound(taken, content.start, (t) => t.start), 0, content);
    });
  });
  return out;
}

/** The spans of sorted, disjoint `spans` that share a character with `span`, in order. */
function overlapping<T extends Span>(spans: readonly T[], span: Span): T[] {
  const out: T[] = [];
  // Spans sorted by start: any that overlaps starts before `span.end`; walk back from there.
  for (let i = lowerBound(spans, span.end, (t) => t.start) - 1; i >= 0; i--) {
    const t = spans[i] as T;
    // Quotes and taken clauses never overlap, so their ends are sorted too: the walk stops at the first that ends before.
    if (t.end <= span.start) break;
    out.push(t);
  }
  return out.reverse();
}

/**
 * The reported clause of `cue` in sentence `index`, or null. The sentence is read in a
 * window around the cue: a clause that runs out of that window is no clause but a runaway.
 */
function reportedClause(ctx: QuoteContext, index: number, cue: Cue, next: Cue | undefined): Span | null {
  const s = sentenceWindow(ctx, index, cue);
  const whole = ctx.sentences[index];
  if (!s || !whole) return null;
  const span = clauseOf(ctx, s, cue, next);
  if (!span) return null;
  const cut = (span.end >= s.end && s.end < whole.end) || (span.start <= s.start && s.start > whole.start);
  return cut || span.end - span.start > QUOTE_DEFAULTS.maxQuoteChars ? null : span;
}

function clauseOf(ctx: QuoteContext, s: Sentence, cue: Cue, next: Cue | undefined): Span | null {
  const end = clauseEnd(ctx, s, cue, next);
  if (cue.form === 'according') return accordingClause(ctx, s, cue, end);
  const words = wordsIn(ctx.text, cue.end, end, [], QUOTE_DEFAULTS.thatMaxDistanceWords + 1);
  const limit = words.slice(0, QUOTE_DEFAULTS.thatMaxDistanceWords + 1);
  const that = limit.findIndex((w) => w.lower === 'that');
  const thatWord = limit[that];
  if (thatWord && !/[,;:]/.test(ctx.text.slice(cue.end, thatWord.start))) {
    return clause(ctx, thatWord.end, end);
  }
  const first = words[0];
  if (!BARE.has(cue.phrase) || !first || NOT_A_CLAUSE_START.has(first.lower)) return null;
  if (!isBlank(ctx.text, cue.end, first.start) || /[,;:]/.test(ctx.text.slice(cue.end, first.start))) return null;
  return clause(ctx, first.start, end);
}

/** The clause ends at the sentence end, or before "but/and …" that opens the next cue's clause. */
function clauseEnd(ctx: QuoteContext, s: Sentence, cue: Cue, next: Cue | undefined): number {
  // "While X said that A, B": the reported clause ends with its subordinate clause.
  const lead = ctx.text.slice(s.start, cue.start);
  const opening = wordsIn(lead, lead.lastIndexOf(',') + 1, lead.length, [], 1)[0];
  const comma = indexIn(ctx.text, ',', cue.end, s.end);
  if (opening && SUBORDINATORS.has(opening.lower) && comma > 0) return comma;
  if (!next || next.start >= s.end) return s.end;
  const join = lastJoin(ctx.text, cue.end, next.start);
  return join >= 0 ? join : s.end;
}

/** A conjunction that opens the next cue's clause ("…, but", "and", "yet", "while"), or a semicolon. */
const JOIN = /\s(?:but|and|yet|while)\s|;/g;

/**
 * Where the last join of `[start, end)` begins: its semicolon, or the white space (and
 * comma) before its conjunction, as /,?\s+(?:but|and|yet|while)\s+|;\s*\/g would find it
 * read left to right; -1 when there is none. Each character is read a bounded number of
 * times, where that pattern would re-read a run of spaces from each of them.
 */
function lastJoin(text: string, start: number, end: number): number {
  const piece = text.slice(0, end);
  let last = -1;
  let floor = start;
  JOIN.lastIndex = start;
  for (let m = JOIN.exec(piece); m !== null; m = JOIN.exec(piece)) {
    last = m.index;
    if (m[0] !== ';') {
      // The match begins at the comma or the first space before the conjunction, not before where the previous one ended.
      while (last > floor && /\s/.test(piece.charAt(last - 1))) last--;
      if (last > floor && piece.charAt(last - 1) === ',') last--;
    }
    // A match takes the white space after it: the next one cannot begin inside that run.
    let after = m.index + m[0].length;
    while (after < piece.length && /\s/.test(piece.charAt(after))) after++;
    floor = after;
    JOIN.lastIndex = after;
  }
  return last;
}

/** The first `ch` in `[from, end)`, or -1. */
function indexIn(text: string, ch: string, from: number, end: number): number {
  const at = text.slice(from, end).indexOf(ch);
  return at < 0 ? -1 : from + at;
}

function accordingClause(ctx: QuoteContext, s: Sentence, cue: Cue, end: number): Span | null {
  if (isBlank(ctx.text, s.start, cue.start)) {
    let comma = indexIn(ctx.text, ',', cue.end, end);
    if (comma < 0) return null;
    const next = indexIn(ctx.text, ',', comma + 1, end);
    if (next > 0 && isApposition(ctx, comma + 1, next)) comma = next;
    return clause(ctx, comma + 1, end);
  }
  const lead = trimSpan(ctx.text, { start: s.start, end: cue.start });
  if (ctx.text.charAt(lead.end - 1) !== ',') return null;
  return clause(ctx, s.start, lead.end);
}

/** ", a senior adviser to …," or ", the deputy minister,": a role phrase, not the reported clause. */
function isApposition(ctx: QuoteContext, start: number, end: number): boolean {
  const words = wordsIn(ctx.text, start, end);
  const first = words[0];
  if (!first || words.length > QUOTE_DEFAULTS.appositionMaxWords) return false;
  return first.lower === 'a' || first.lower === 'an' || words.slice(0, 3).some((w) => TITLES.has(w.lower));
}

function clause(ctx: QuoteContext, start: number, end: number): Span | null {
  const span = trimSpan(ctx.text, { start, end }, CLAUSE_END_PUNCTUATION);
  return span.end > span.start ? span : null;
}
