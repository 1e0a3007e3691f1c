/**
 * Step 2: find speech cues ("said", "told reporters", "according to",
 * "stating") outside quoted passages.
 */
import type { Span } from '../../types.js';
import type { QuoteContext } from './context.js';
import { markAt } from './context.js';
import { PARTICIPLE_CUES, SPEECH_CUES } from './lexicon.js';

/** A speech cue; `form` says where its speaker is found. */
export interface Cue extends Span {
  /** The cue as written, lowercased. */
  phrase: string;
  /** `finite`: subject before (or after: "said X"); `participle`: subject of the main clause; `according`: the phrase after. */
  form: 'finite' | 'participle' | 'according';
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

const CUE_PATTERN = new RegExp(
  `(?<![\\p{L}\\-])(?:${[...SPEECH_CUES, ...PARTICIPLE_CUES]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}\\-])`,
  'giu',
);
const PARTICIPLES = new Set(PARTICIPLE_CUES);

/**
 * The cues in `[start, end)`, in text order, skipping any inside quotation marks.
 *
 * @example
 * findCues(ctx, 0, ctx.text.length).map((c) => c.phrase); // ['said', 'according to']
 */
export function findCues(ctx: QuoteContext, start: number, end: number): Cue[] {
  const cues: Cue[] = [];
  CUE_PATTERN.lastIndex = start;
  for (let m = CUE_PATTERN.exec(ctx.text); m !== null && m.index < end; m = CUE_PATTERN.exec(ctx.text)) {
    const cueEnd = m.index + m[0].length;
    if (cueEnd > end || markAt(ctx, m.index)) continue;
    const phrase = m[0].toLowerCase().replace(/\s+/g, ' ');
    const form = phrase === 'according to' ? 'according' : PARTICIPLES.has(phrase) ? 'participle' : 'finite';
    cues.push({ start: m.index, end: cueEnd, phrase, form });
  }
  return cues;
}
