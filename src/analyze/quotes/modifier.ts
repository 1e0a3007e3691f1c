/**
 * A cue in a participial phrase opening its sentence ("Asked about the polls,
 * Doe said …", "Citing “family reasons,” the senator withdrew", "In rejecting
 * the appeal, the court found …"): its subject is the subject of the main
 * clause after the phrase's comma.
 *
 * @example
 * modifierSubject(ctx, askedCue, 4); // { speaker: 'person:jane-doe', speakerMention: … "Doe" }
 */
import type { Sentence } from '../../types.js';
import type { Cue } from './02-cues.js';
import { findCues } from './02-cues.js';
import { anonymousStartingAt } from './anonymous.js';
import type { QuoteContext } from './context.js';
import { lowerBound, markInside, mentionsStartingAt, SPEAKER_TYPES } from './context.js';
import type { QuoteMark } from './01-marks.js';
import { openingDescription } from './description.js';
import { SPEAKER_PRONOUNS } from './lexicon.js';
import type { Attribution } from './resolve.js';
import { named, resolvePronoun } from './resolve.js';
import { isCapitalised, wordsIn } from './text.js';

const PRONOUNS = new Set(SPEAKER_PRONOUNS);
/** Prepositions that may open a participial phrase ("In rejecting …", "After meeting …"). */
const PHRASE_OPENERS = new Set(['in', 'after', 'by', 'while', 'when', 'before', 'upon', 'on', 'without', 'since']);

/**
 * True when the cue heads a participial phrase that opens its sentence: nothing
 * but a preposition before it, an -ing or -ed form, and lowercase words after it
 * up to a comma ("Asked if …," — not the inverted "Added Doe, …").
 *
 * @example
 * opensWithModifier(ctx, askedCue, sentence); // true in "Asked about it, Doe said …"
 */
export function opensWithModifier(ctx: QuoteContext, cue: Cue, s: Sentence): boolean {
  // "“…,” added Doe": right after a quotation the cue is inverted, not a modifier.
  if (!/(?:ing|ed)$/.test(cue.phrase) || markInside(ctx, s.start, cue.start)) return false;
  const before = wordsIn(ctx.text, s.start, cue.start, ctx.marks, 2);
  if (before.length > 1 || (before[0] !== undefined && !PHRASE_OPENERS.has(before[0].lower))) return false;
  const next = wordsIn(ctx.text, cue.end, s.end, [], 1)[0];
  return commaAfter(ctx, cue.end, s.end) !== null && next !== undefined && !isCapitalised(next.text);
}

/**
 * The subject of the main clause after a sentence-opening participial phrase, or null.
 *
 * @example
 * modifierSubject(ctx, askedCue, sentence, 4);
 */
export function modifierSubject(ctx: QuoteContext, cue: Cue, s: Sentence, sentence: number): Attribution | null {
  const comma = commaAfter(ctx, cue.end, s.end);
  if (comma === null) return null;
  const words = wordsIn(ctx.text, comma, s.end, ctx.marks);
  const first = words[0];
  if (!first) return null;
  if (PRONOUNS.has(first.lower)) return resolvePronoun(ctx, first, sentence);
  const mention = mentionsStartingAt(ctx, first.start).find((m) => SPEAKER_TYPES.has(m.type));
  if (mention) return named(mention);
  const anonymous = anonymousStartingAt(words);
  if (anonymous) return { speakerMention: anonymous, anonymous: true };
  // "…, the spokeswoman told reporters": the description ends before the main clause's cue.
  const verb = findCues(ctx, comma, s.end)[0];
  const description = openingDescription(ctx.text, verb ? words.filter((w) => w.end <= verb.start) : words);
  return description ? { speakerMention: description } : null;
}

/** Where the phrase after the cue ends: after its first comma outside a quotation, or after a quotation ending in one. */
function commaAfter(ctx: QuoteContext, from: number, end: number): number | null {
  let i = from;
  for (let k = lowerBound(ctx.marks, from + 1, (q) => q.end); k < ctx.marks.length; k++) {
    const mark = ctx.marks[k] as QuoteMark;
    if (mark.start >= end) break;
    const plain = commaIn(ctx.text, i, Math.max(i, mark.start));
    if (plain !== undefined) return plain;
    if (/,\s*$/.test(ctx.text.slice(mark.content.start, mark.closed ? mark.end - 1 : mark.end))) return mark.end;
    i = mark.end;
  }
  return commaIn(ctx.text, i, end) ?? null;
}

/** After the first comma in `[start, end)`; null when a sentence ends first; undefined when there is neither. */
function commaIn(text: string, start: number, end: number): number | null | undefined {
  const found = /,|[.;:!?](?=\s)/.exec(text.slice(start, end));
  if (!found) return undefined;
  return found[0] === ',' ? start + found.index + 1 : null;
}
