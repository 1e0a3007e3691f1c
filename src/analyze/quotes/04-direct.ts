/**
 * Step 4: turn quoted passages into direct and partial quotes with their cue
 * and speaker; a quote with no cue of its own continues the quote before it in
 * the paragraph, or the last quote of the previous paragraph when its own
 * paragraph holds nothing but quotation.
 */
import type { Quote, Span } from '../../types.js';
import type { QuoteMark } from './01-marks.js';
import { isAnalysedBlock } from './01-marks.js';
import type { Cue } from './02-cues.js';
import { findCues } from './02-cues.js';
import type { Attribution } from './03-speaker.js';
import { attribute } from './03-speaker.js';
import type { QuoteContext } from './context.js';
import { sentenceAt } from './context.js';
import { isBlank, isCapitalised } from './text.js';

/**
 * Direct and partial quotes, one per quoted passage inside a sentence.
 *
 * @example
 * markedQuotes(ctx).map((q) => q.kind); // ['direct', 'partial']
 */
export function markedQuotes(ctx: QuoteContext): Quote[] {
  const quotes: Quote[] = [];
  for (const mark of ctx.marks) {
    const quote = fromMark(ctx, mark);
    if (quote) quotes.push(quote);
  }
  inheritSpeakers(ctx, quotes);
  return quotes;
}

function fromMark(ctx: QuoteContext, mark: QuoteMark): Quote | null {
  const sentence = Math.max(sentenceAt(ctx, mark.start), sentenceAt(ctx, mark.content.start));
  const first = ctx.sentences[sentence];
  if (!first) return null;
  const last = ctx.sentences[sentenceAt(ctx, mark.content.end - 1)] ?? first;
  const atStart = mark.start <= first.start || isBlank(ctx.text, first.start, mark.start);
  const before = findCues(ctx, first.start, mark.start);
  const nextMark = ctx.marks.find((q) => q.start >= mark.end);
  const afterEnd = Math.min(last.end, nextMark && nextMark.block === mark.block ? nextMark.start : last.end);
  const after = findCues(ctx, mark.end, afterEnd);
  const cue = atStart ? (after[0] ?? before[before.length - 1]) : (before[before.length - 1] ?? after[0]);
  const earlier = cue ? findCues(ctx, first.start, cue.start) : [];
  const attribution = cue ? attribute(ctx, cue, sentence, earlier) : null;
  const quote: Quote = {
    start: mark.start,
    end: mark.end,
    content: mark.content,
    kind: isDirect(ctx, mark, atStart, before) ? 'direct' : 'partial',
    sentence,
  };
  if (cue) quote.cue = { start: cue.start, end: cue.end };
  return withAttribution(quote, attribution);
}

/** A whole sentence or more, standing alone or introduced by its cue ("stated, “…”"). */
function isDirect(ctx: QuoteContext, mark: QuoteMark, atStart: boolean, before: readonly Cue[]): boolean {
  if (!isCapitalised(ctx.text.charAt(mark.content.start)) && !/\d/.test(ctx.text.charAt(mark.content.start))) return false;
  if (atStart) return true;
  const lead = ctx.text.slice(Math.max(0, mark.start - 3), mark.start);
  const cue = before[before.length - 1];
  return /[,:]\s*$/.test(lead) || (cue !== undefined && isBlank(ctx.text, cue.end, mark.start));
}

function withAttribution(quote: Quote, attribution: Attribution | null): Quote {
  if (attribution?.speaker !== undefined) quote.speaker = attribution.speaker;
  if (attribution?.speakerMention !== undefined) quote.speakerMention = attribution.speakerMention;
  if (attribution?.anonymous) quote.anonymous = true;
  return quote;
}

function attributed(q: Quote): boolean {
  return q.speaker !== undefined || q.speakerMention !== undefined;
}

/** Gives a cue-less direct quote the attribution of the quote it continues. */
function inheritSpeakers(ctx: QuoteContext, quotes: Quote[]): void {
  const blockOf = new Map<Quote, number>();
  quotes.forEach((q) => blockOf.set(q, ctx.marks.find((m) => m.start === q.start)?.block ?? -1));
  quotes.forEach((q, i) => {
    if (q.cue || q.kind !== 'direct') return;
    const block = blockOf.get(q) ?? -1;
    const previous = quotes[i - 1];
    if (!previous || !attributed(previous)) return;
    const previousBlock = blockOf.get(previous) ?? -1;
    const continues = previousBlock === block;
    const quoteOnly = previousBlock === block - 1 && isQuoteOnlyBlock(ctx, block);
    if (!continues && !quoteOnly) return;
    if (previous.cue) q.cue = { ...previous.cue };
    withAttribution(q, previous);
  });
}

/** True when the block holds only quoted passages (and punctuation). */
function isQuoteOnlyBlock(ctx: QuoteContext, index: number): boolean {
  const block = ctx.article.blocks[index];
  const prior = ctx.article.blocks[index - 1];
  if (!block || !prior || !isAnalysedBlock(prior)) return false;
  let pos = block.start;
  const gaps: Span[] = [];
  for (const m of ctx.marks.filter((q) => q.block === index)) {
    gaps.push({ start: pos, end: m.start });
    pos = m.end;
  }
  gaps.push({ start: pos, end: block.end });
  return gaps.every((g) => isBlank(ctx.text, g.start, g.end));
}
