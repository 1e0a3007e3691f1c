/**
 * Step 5: reported speech without quotation marks — "X said (that) …",
 * "X told reporters that …", "according to X, …" and "…, according to X".
 * Sentences holding a direct quote are left to step 4, and a reported clause
 * never overlaps a quoted passage (that passage already carries the speaker):
 * a clause that holds partial quotes becomes their `clause` instead.
 */
import type { Quote, Sentence, Span } from '../../types.js';
import type { Cue } from './02-cues.js';
import { findCues } from './02-cues.js';
import { attribute } from './03-speaker.js';
import type { QuoteContext } from './context.js';
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
  ctx.sentences.forEach((s, index) => {
    if (marked.some((q) => q.kind === 'direct' && overlaps(q, s))) return;
    const cues = findCues(ctx, s.start, s.end);
    cues.forEach((cue, k) => {
      const reporting = cue.form === 'according' || REPORTING.has(cue.phrase.split(' ')[0] ?? '');
      const content = reportedClause(ctx, s, cue, cues[k + 1]);
      if (!content) return;
      const inside = marked.filter((q) => q.start >= content.start && q.end <= content.end + 1);
      if (inside.length > 0 && inside.length === marked.filter((q) => overlaps(q, content)).length) {
        // "Doe said the talks were “difficult”", "Doe predicted that the plan “will fail”": the quoted
        // words belong to the reported clause, whatever the verb, since the quotation shows it is speech.
        for (const q of inside) q.clause ??= content;
        return;
      }
      if (!reporting) return;
      if (ctx.marks.some((q) => overlaps(q, content)) || out.some((q) => overlaps(q, content))) return;
      if (wordsIn(ctx.text, content.start, content.end).length < QUOTE_DEFAULTS.minIndirectWords) return;
      const who = attribute(ctx, cue, index, cues.slice(0, k));
      if (!who || (who.speaker === undefined && who.speakerMention === undefined)) return;
      if (who.speakerMention && overlaps(who.speakerMention, content)) return;
      const quote: Quote = { ...content, content, kind: 'indirect', cue: { start: cue.start, end: cue.end }, sentence: index };
      if (who.speaker !== undefined) quote.speaker = who.speaker;
      if (who.speakerMention !== undefined) quote.speakerMention = who.speakerMention;
      if (who.anonymous) quote.anonymous = true;
      out.push(quote);
    });
  });
  return out;
}

function reportedClause(ctx: QuoteContext, s: Sentence, cue: Cue, next: Cue | undefined): Span | null {
  const end = clauseEnd(ctx, s, cue, next);
  if (cue.form === 'according') return accordingClause(ctx, s, cue, end);
  const words = wordsIn(ctx.text, cue.end, end);
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
  const opening = wordsIn(lead, lead.lastIndexOf(',') + 1, lead.length)[0];
  const comma = ctx.text.indexOf(',', cue.end);
  if (opening && SUBORDINATORS.has(opening.lower) && comma > 0 && comma < s.end) return comma;
  if (!next) return s.end;
  const between = ctx.text.slice(cue.end, next.start);
  const joins = [...between.matchAll(/,?\s+(?:but|and|yet|while)\s+|;\s*/g)];
  const join = joins[joins.length - 1];
  return join?.index !== undefined ? cue.end + join.index : s.end;
}

function accordingClause(ctx: QuoteContext, s: Sentence, cue: Cue, end: number): Span | null {
  if (isBlank(ctx.text, s.start, cue.start)) {
    let comma = ctx.text.indexOf(',', cue.end);
    if (comma < 0 || comma >= end) return null;
    const next = ctx.text.indexOf(',', comma + 1);
    if (next > 0 && next < end && isApposition(ctx, comma + 1, next)) comma = next;
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
