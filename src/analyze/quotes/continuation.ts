/**
 * Quotes that continue an earlier one: a cue-less quote after another in the
 * same paragraph ("“…,” Doe said. “…”"), or a paragraph that holds nothing but
 * quotation after a paragraph whose last quote had a speaker.
 *
 * @example
 * inheritSpeakers(ctx, quotes); // the second “…” of "“…,” Doe said. “…”" now has Doe as speaker
 */
import type { Quote } from '../../types.js';
import type { QuoteMark } from './01-marks.js';
import { isAnalysedBlock } from './01-marks.js';
import type { QuoteContext } from './context.js';
import { firstMarkFrom } from './context.js';
import type { Attribution } from './resolve.js';
import { isBlank } from './text.js';

/**
 * Copies an attribution onto a quote (nothing when it is null); returns the quote.
 *
 * @example
 * withAttribution(quote, { speaker: 'person:jane-doe' }).speaker; // 'person:jane-doe'
 */
export function withAttribution(quote: Quote, attribution: Attribution | null): Quote {
  if (attribution?.speaker !== undefined) quote.speaker = attribution.speaker;
  if (attribution?.speakerMention !== undefined) quote.speakerMention = attribution.speakerMention;
  if (attribution?.anonymous) quote.anonymous = true;
  return quote;
}

function attributed(q: Quote): boolean {
  return q.speaker !== undefined || q.speakerMention !== undefined;
}

/**
 * Gives a cue-less direct quote the attribution of the quote it continues.
 *
 * @example
 * inheritSpeakers(ctx, quotes);
 */
export function inheritSpeakers(ctx: QuoteContext, quotes: Quote[]): void {
  const blockOf = new Map<Quote, number>();
  const markStarting = new Map(ctx.marks.map((m) => [m.start, m]));
  quotes.forEach((q) => blockOf.set(q, markStarting.get(q.start)?.block ?? -1));
  quotes.forEach((q, i) => {
    if (q.cue || q.kind !== 'direct' || attributed(q)) return;
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

/**
 * True when the block holds only quoted passages (and punctuation), after an analysed block.
 *
 * @example
 * isQuoteOnlyBlock(ctx, 2); // true for a paragraph that is one “…” and nothing else
 */
export function isQuoteOnlyBlock(ctx: QuoteContext, index: number): boolean {
  let known = quoteOnly.get(ctx);
  if (!known) quoteOnly.set(ctx, (known = new Map()));
  let answer = known.get(index);
  if (answer === undefined) known.set(index, (answer = readQuoteOnly(ctx, index)));
  return answer;
}

/** Answers by block, so a block is read once however many of its quotes ask. */
const quoteOnly = new WeakMap<QuoteContext, Map<number, boolean>>();

function readQuoteOnly(ctx: QuoteContext, index: number): boolean {
  const block = ctx.article.blocks[index];
  const prior = ctx.article.blocks[index - 1];
  if (!block || !prior || !isAnalysedBlock(prior)) return false;
  let pos = block.start;
  for (let i = firstMarkFrom(ctx, block.start); i < ctx.marks.length; i++) {
    const m = ctx.marks[i] as QuoteMark;
    if (m.block !== index) break;
    if (!isBlank(ctx.text, pos, m.start)) return false;
    pos = m.end;
  }
  return isBlank(ctx.text, pos, block.end);
}
