/**
 * Step 4: turn quoted passages into direct and partial quotes with their cue
 * and speaker. The cue is looked for around the quote ("“…,” Doe said",
 * "Doe said, “…”"), even when a "?”" or "!”" made the splitter end the sentence
 * at the mark. A quote a colon introduces ("Doe had one message: “…”", or a
 * paragraph after one ending "Doe said:") takes the subject of that sentence;
 * a quoted phrase inside a sentence without a cue ("Doe called the plan
 * “absurd”") takes the subject of its clause.
 */
import type { Quote } from '../../types.js';
import type { QuoteMark } from './01-marks.js';
import { isAnalysedBlock } from './01-marks.js';
import type { Cue } from './02-cues.js';
import { cuesBefore, findCues, recent } from './02-cues.js';
import type { Attribution } from './03-speaker.js';
import { attribute, mainClauseSubject, resolvePhrase } from './03-speaker.js';
import type { QuoteContext } from './context.js';
import { firstMarkFrom, markInside, sentenceAt, sentenceWindow } from './context.js';
import { inheritSpeakers, isQuoteOnlyBlock, withAttribution } from './continuation.js';
import { embeddedSpeaker } from './embedded.js';
import { implicitCue } from './implicit-cue.js';
import { opensWithModifier } from './modifier.js';
import { isBlank, isCapitalised, wordsIn } from './text.js';
import { QUOTE_DEFAULTS } from './defaults.js';


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

/**
 * Where the attribution after a mark can end: the end of its sentence, before
 * the next mark. A quote ending in "?”", "!”" or ",”" does not end the sentence
 * around it, even where the splitter cut there ("“Why?” Doe asked."), so its
 * tail runs on to the end of the sentence its next word is in.
 */
function tailEnd(ctx: QuoteContext, mark: QuoteMark, sentenceEnd: number): number {
  const block = ctx.article.blocks[mark.block];
  const nextMark = ctx.marks[firstMarkFrom(ctx, mark.end)];
  const blockLimit = nextMark && nextMark.block === mark.block ? nextMark.start : (block?.end ?? mark.end);
  const limit = Math.min(blockLimit, mark.end + QUOTE_DEFAULTS.windowChars);
  // The words' last character, behind any closing single quotes ("…need?’”").
  const lastChar = lastCharBefore(ctx.text, mark.content.start, mark.closed ? mark.end - 1 : mark.end, '’\'');
  if (sentenceEnd > mark.end || !/[?!,]/.test(lastChar)) return Math.min(limit, Math.max(sentenceEnd, mark.end));
  const word = ctx.text.slice(mark.end, limit).search(/[\p{L}\p{N}]/u);
  if (word < 0) return limit;
  const sentence = ctx.sentences[sentenceAt(ctx, mark.end + word)];
  return Math.min(limit, sentence?.end ?? limit);
}

/**
 * The last character of `[start, end)` that is neither white space nor one of `skip`, or ''.
 * A scan from the end, where a regex anchored at the end would try every start.
 */
function lastCharBefore(text: string, start: number, end: number, skip = ''): string {
  for (let i = end - 1; i >= start; i--) {
    const ch = text.charAt(i);
    if (!/\s/.test(ch) && !skip.includes(ch)) return ch;
  }
  return '';
}

function fromMark(ctx: QuoteContext, mark: QuoteMark): Quote | null {
  const sentence = Math.max(sentenceAt(ctx, mark.start), sentenceAt(ctx, mark.content.start));
  // The sentence as far as the quote reads it: a bounded window around the mark.
  const first = sentenceWindow(ctx, sentence, mark);
  if (!first) return null;
  const last = sentenceWindow(ctx, sentenceAt(ctx, mark.content.end - 1), mark) ?? first;
  const opensSentence = first.start === ctx.sentences[sentence]?.start;
  const atStart = mark.start <= first.start || (opensSentence && isBlank(ctx.text, first.start, mark.start));
  const before = findCues(ctx, first.start, mark.start);
  const after = findCues(ctx, mark.end, tailEnd(ctx, mark, last.end));
  const quote: Quote = {
    start: mark.start,
    end: mark.end,
    content: mark.content,
    kind: isDirect(ctx, mark, atStart, before) ? 'direct' : 'partial',
    sentence,
  };
  const introduced = atStart || lastCharBefore(ctx.text, first.start, mark.start) === ':' ? introduction(ctx, mark, first.start) : null;
  // "…: “…,” Doe wrote": a quote running into its own attribution belongs to that attribution.
  const gap = after[0] ? ctx.text.slice(mark.end, after[0].start) : '';
  const introducedByCue = before.length > 0 && /^[\s,:]*$/.test(ctx.text.slice(before[before.length - 1]?.end ?? 0, mark.start));
  const runsOn =
    !introducedByCue &&
    after[0]?.form === 'finite' &&
    /,$/.test(ctx.text.slice(mark.content.start, mark.closed ? mark.end - 1 : mark.end).trimEnd()) &&
    wordsIn(gap, 0, gap.length).length <= QUOTE_DEFAULTS.rightSpeakerMaxWords &&
    !/\b(?:but|and|yet|while)\b/.test(gap);
  const nearest = atStart || runsOn ? (after[0] ?? (introduced ? undefined : before[before.length - 1])) : (outermost(ctx, before) ?? after[0]);
  const own = nearest ? attributeCue(ctx, nearest, first.start) : null;
  // "“…,” Doe said, according to CNN": the words reach us through the outer source. Not so
  // after a passive cue ("according to reports, the talks were described as “…”"): nobody is
  // named as saying the words, and the speaker stays unknown.
  const according = [...before, ...after].find((c) => c.form === 'according');
  const passive = own !== null && Object.keys(own).length === 0;
  const cue = according && !passive ? according : nearest;
  if (cue) {
    quote.cue = { start: cue.start, end: cue.end };
    return withAttribution(quote, cue === nearest ? own : attributeCue(ctx, cue, first.start));
  }
  const implicit = atStart ? implicitCue(ctx, mark, tailEnd(ctx, mark, last.end), sentence) : null;
  if (implicit) {
    quote.cue = implicit.cue;
    return withAttribution(quote, implicit.attribution);
  }
  if (introduced) {
    if (introduced.cue) quote.cue = { start: introduced.cue.start, end: introduced.cue.end };
    return withAttribution(quote, introduced.attribution);
  }
  if (!atStart) return withAttribution(quote, embeddedSpeaker(ctx, first.start, mark, sentence));
  return quote;
}

/** The attribution of a cue, read in its own sentence. */
function attributeCue(ctx: QuoteContext, cue: Cue, fallbackStart: number): Attribution | null {
  const cueSentence = sentenceAt(ctx, cue.start);
  return attribute(ctx, cue, cueSentence, cuesBefore(ctx, sentenceWindow(ctx, cueSentence, cue)?.start ?? fallbackStart, cue));
}

/** A clause break between two cues: the later one then has a subject of its own. */
const CLAUSE_BREAK = /[;:.!?]|\s(?:and|but|yet|while|or)\s|,\s*(?:who|which)\b/;
/** The earlier cue's reported clause opens with "that" within a few words ("said on Monday that …"). */
const REPORTED_THAT = /^\s*(?:\S+\s+){0,3}that\s/;

/**
 * The cue that reports a quoted phrase: the nearest before it, or the cue whose
 * reported clause holds that one ("Doe said that Brandt had called it “…”":
 * the words are Doe's report).
 */
function outermost(ctx: QuoteContext, before: readonly Cue[]): Cue | undefined {
  let k = before.length - 1;
  for (let prev = before[k - 1]; prev; prev = before[k - 1]) {
    const cur = before[k];
    if (!cur) break;
    const between = ctx.text.slice(prev.end, cur.start);
    if (CLAUSE_BREAK.test(between) || !REPORTED_THAT.test(between)) break;
    // "Asked if he thought that …, Doe responded: “…”": an opening participial phrase holds no report of the main clause.
    const s = sentenceWindow(ctx, sentenceAt(ctx, prev.start), prev);
    if (s && opensWithModifier(ctx, prev, s)) break;
    k--;
  }
  return before[k];
}

/**
 * What introduces a quote from before it: a colon ("Doe had one message: “…”",
 * a paragraph ending "Doe said:") or a sentence that ends with its cue
 * ("…, and her husband cut in. “…”"). Gives that cue's speaker, else the
 * subject of the introducing clause.
 */
function introduction(ctx: QuoteContext, mark: QuoteMark, sentenceStart: number): { attribution: Attribution | null; cue?: Cue } | null {
  const lead = ctx.text.slice(sentenceStart, mark.start);
  let end = lastCharBefore(ctx.text, sentenceStart, mark.start) === ':' ? sentenceStart + lead.lastIndexOf(':') : -1;
  const block = ctx.article.blocks[mark.block];
  const prior = ctx.article.blocks[mark.block - 1];
  const opensBlock = block !== undefined && mark.start - block.start <= QUOTE_DEFAULTS.windowChars && isBlank(ctx.text, block.start, mark.start);
  const previous = opensBlock ? (prior && isAnalysedBlock(prior) ? prior.end : -1) : sentenceStart;
  const colon = end >= 0;
  if (end < 0 && previous > 0) {
    // The last character before `previous` that is not white space, read back from there only.
    let at = previous - 1;
    while (at >= 0 && /\s/.test(ctx.text.charAt(at))) at--;
    const ch = ctx.text.charAt(at);
    if (ch === ':' || /[.!?]/.test(ch)) end = at;
  }
  if (end < 0) return null;
  const index = sentenceAt(ctx, end - 1);
  const s = sentenceWindow(ctx, index, { start: end, end });
  if (!s) return null;
  const cues = findCues(ctx, s.start, end);
  const cue = cues[cues.length - 1];
  // A quotation between the introducer and the colon or full stop belongs to it, not to this quote.
  if (markInside(ctx, cue?.start ?? s.start, end)) return null;
  const endsWithCue = cue !== undefined && isBlank(ctx.text, cue.end, end);
  if (cue && (endsWithCue || ctx.text.charAt(end) === ':')) return { attribution: attribute(ctx, cue, index, recent(cues, cues.length - 1)), cue };
  // "Doe praised the plan. “It works.”": a quote opening a sentence, with nothing to attribute it
  // in that sentence, continues what the sentence before it in the paragraph reported; so does a
  // paragraph of nothing but quotation after a paragraph ending in a report ("Doe said that …").
  // The reporting cue is the one whose clause holds the others ("Doe said that critics predicted …").
  const reporting = outermost(ctx, cues);
  // "“…,” Doe told Roe, after Roe had asked … “…”": a sentence opening with a quotation passes on that quotation's speaker instead.
  // Only the first passage after the sentence start can open it: any later one has that passage before it.
  const opening = ctx.marks[firstMarkFrom(ctx, s.start)];
  const quoted = opening !== undefined && isBlank(ctx.text, s.start, opening.start) && opening.end <= (reporting?.start ?? 0);
  if (reporting && !quoted && (!opensBlock || isQuoteOnlyBlock(ctx, mark.block))) {
    const k = cues.indexOf(reporting);
    const attribution = attribute(ctx, reporting, index, recent(cues, k));
    if (attribution?.speakerMention) return { attribution, cue: reporting };
  }
  if (!colon && ctx.text.charAt(end) !== ':') return null;
  return { attribution: introducerSubject(ctx, s.start, end, index) };
}

/** "HEADLINE – Jane Doe: “…”": a dash sets a heading or an aside apart from the introducing clause. */
const DASH = /\s[-–—]\s/g;
/** "From the report: “…”", "More from Doe’s post: “…”": the words after "from" are the source. */
const FROM_SOURCE = /^(?:more\s+)?from\s+/i;

/**
 * The subject of the clause a colon ends: after the last dash in it; for a
 * clause opening with "from", the phrase after it; else its main clause subject.
 */
function introducerSubject(ctx: QuoteContext, start: number, colon: number, sentence: number): Attribution | null {
  const dashes = [...ctx.text.slice(start, colon).matchAll(DASH)];
  const last = dashes[dashes.length - 1];
  const from = last?.index !== undefined ? start + last.index + last[0].length : start;
  const lead = FROM_SOURCE.exec(ctx.text.slice(from, colon));
  if (lead) {
    const words = wordsIn(ctx.text, from + lead[0].length, colon, ctx.marks);
    if (words.length > 0) return resolvePhrase(ctx, words, sentence);
  }
  return mainClauseSubject(ctx, from, colon, sentence);
}

/** A whole sentence or more, standing alone or introduced by its cue ("stated, “…”"). */
function isDirect(ctx: QuoteContext, mark: QuoteMark, atStart: boolean, before: readonly Cue[]): boolean {
  // "“[Doe] has no plan”": an editor's bracket or an inner quotation mark before the first word.
  const first = ctx.text.slice(mark.content.start, mark.content.end).replace(/^[[(‘'.…\s]+/, '').charAt(0);
  if (!isCapitalised(first) && !/\d/.test(first)) return false;
  if (atStart) return true;
  const lead = ctx.text.slice(Math.max(0, mark.start - 3), mark.start);
  const cue = before[before.length - 1];
  return /[,:]\s*$/.test(lead) || (cue !== undefined && isBlank(ctx.text, cue.end, mark.start));
}
