/**
 * From a word to a speaker: names, pronouns and titles ("the minister") resolved
 * to the entity they stand for, the local mention kept as written.
 *
 * @example
 * resolvePronoun(ctx, heWord, 3); // { speaker: 'person:jane-doe', speakerMention: heWord }
 */
import type { Mention, Span } from '../../types.js';
import { adjacent } from './anonymous.js';
import type { QuoteContext } from './context.js';
import { inMark, lowerBound, mentionAt, mentionsIn, sentenceWindow } from './context.js';
import { QUOTE_DEFAULTS } from './defaults.js';
import { SINGULAR_PRONOUNS } from './lexicon.js';
import type { Word } from './text.js';

/** Who said it, as far as the text tells. An empty object means "nobody can be named" (passive). */
export interface Attribution {
  speaker?: string;
  speakerMention?: Span;
  anonymous?: boolean;
}

const SINGULAR = new Set(SINGULAR_PRONOUNS);

/**
 * The attribution of a named mention.
 *
 * @example
 * named(doeMention); // { speaker: 'person:jane-doe', speakerMention: { start: 0, end: 8 } }
 */
export function named(m: Mention): Attribution {
  return { speaker: m.entity, speakerMention: { start: m.start, end: m.end } };
}
/**
 * "he"/"she" → the person it stands for: the entity finder's resolution when it
 * gave one, else the last person named earlier in the sentence, else the
 * subject (first person) of the previous sentence, else the last person before.
 *
 * @example
 * resolvePronoun(ctx, heWord, 3); // { speaker: 'person:jane-doe', speakerMention: heWord }
 */
export function resolvePronoun(ctx: QuoteContext, pronoun: Word, sentence: number): Attribution {
  const speakerMention = { start: pronoun.start, end: pronoun.end };
  const resolved = mentionAt(ctx, speakerMention);
  if (resolved) return { speaker: resolved.entity, speakerMention };
  if (!SINGULAR.has(pronoun.lower)) return { speakerMention };
  const person = (m: Mention): boolean => m.type === 'PERSON' && m.form === 'name';
  // Each sentence is read in a window: at the pronoun, and at the start (the subject) or the end of an earlier one.
  const current = sentenceWindow(ctx, sentence, speakerMention);
  const sameSentence = current ? mentionsIn(ctx, current.start, pronoun.start).filter(person) : [];
  let found = sameSentence[sameSentence.length - 1];
  for (let k = 1; !found && k <= QUOTE_DEFAULTS.pronounLookbackSentences; k++) {
    const s = ctx.sentences[sentence - k];
    if (!s) break;
    const reach = QUOTE_DEFAULTS.windowChars;
    const people = k === 1 ? mentionsIn(ctx, s.start, Math.min(s.end, s.start + reach)) : mentionsIn(ctx, Math.max(s.start, s.end - reach), s.end);
    found = k === 1 ? people.find(person) : people.filter(person).pop();
  }
  return found ? { speaker: found.entity, speakerMention } : { speakerMention };
}

/**
 * "the minister said": the last person the text gave that title, else nobody.
 *
 * @example
 * resolveTitle(ctx, words, ministerWord); // { speaker: 'person:jane-doe', speakerMention: { … "the minister" } }
 */
export function resolveTitle(ctx: QuoteContext, words: readonly Word[], title: Word): Attribution {
  let i = words.length - 1;
  while (i > 0 && adjacent(ctx, words[i - 1] as Word, words[i] as Word) && !/^(?:a|an|the)$/.test(words[i]?.lower ?? '')) i--;
  const speakerMention = { start: words[i]?.start ?? title.start, end: title.end };
  // The people given this title, sorted by start: the last one named before the description.
  const titled = titleIndex(ctx).get(title.lower) ?? [];
  for (let k = lowerBound(titled, speakerMention.start, (m) => m.start) - 1; k >= 0; k--) {
    const m = titled[k];
    if (m && m.end <= speakerMention.start) return { speaker: m.entity, speakerMention };
  }
  return { speakerMention };
}

const titleIndexes = new WeakMap<QuoteContext, Map<string, Mention[]>>();

/**
 * Every person named in the article, by each word of the titles the text gives them: built
 * once, so "the minister" finds its holder by a binary search, not by re-reading every
 * name before it.
 */
function titleIndex(ctx: QuoteContext): Map<string, Mention[]> {
  const known = titleIndexes.get(ctx);
  if (known) return known;
  const index = new Map<string, Mention[]>();
  for (const m of ctx.mentions) {
    // As everywhere in the attribution search, a name inside a quotation is not read.
    if (m.type !== 'PERSON' || m.form !== 'name' || inMark(ctx, m)) continue;
    for (const word of new Set(titleWords(ctx, m))) {
      const list = index.get(word) ?? [];
      list.push(m);
      index.set(word, list);
    }
  }
  titleIndexes.set(ctx, index);
  return index;
}

/** The words right before the name ("Foreign Minister Jane Doe") and in its apposition (", the minister,"), lowercased: the titles it is given. */
function titleWords(ctx: QuoteContext, m: Mention): string[] {
  const window = QUOTE_DEFAULTS.titleWindowChars;
  const before = ctx.text.slice(Math.max(0, m.start - window), m.start).split(/[,.;:!?“”"()]/).pop() ?? '';
  const leading = before.trim().split(/\s+/).slice(-QUOTE_DEFAULTS.rightSpeakerMaxWords);
  const after = ctx.text.slice(m.end, m.end + window);
  const apposition = /^\s*,([^,.;:!?]*)/.exec(after)?.[1] ?? '';
  return [...leading, ...apposition.trim().split(/\s+/)].map((w) => w.toLowerCase());
}