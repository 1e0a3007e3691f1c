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
import { mentionAt, mentionsIn } from './context.js';
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
  const current = ctx.sentences[sentence];
  const sameSentence = current ? mentionsIn(ctx, current.start, pronoun.start).filter(person) : [];
  let found = sameSentence[sameSentence.length - 1];
  for (let k = 1; !found && k <= QUOTE_DEFAULTS.pronounLookbackSentences; k++) {
    const s = ctx.sentences[sentence - k];
    if (!s) break;
    const people = mentionsIn(ctx, s.start, s.end).filter(person);
    found = k === 1 ? people[0] : people[people.length - 1];
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
  const people = mentionsIn(ctx, 0, speakerMention.start).filter((m) => m.type === 'PERSON' && m.form === 'name');
  for (let k = people.length - 1; k >= 0; k--) {
    const m = people[k];
    if (m && titledBy(ctx, m, title.lower)) return { speaker: m.entity, speakerMention };
  }
  return { speakerMention };
}

/** True when the words right before the name ("Foreign Minister Jane Doe") or its apposition (", the minister,") hold the title. */
function titledBy(ctx: QuoteContext, m: Mention, title: string): boolean {
  const window = QUOTE_DEFAULTS.titleWindowChars;
  const before = ctx.text.slice(Math.max(0, m.start - window), m.start).split(/[,.;:!?“”"()]/).pop() ?? '';
  const leading = before.trim().split(/\s+/).slice(-QUOTE_DEFAULTS.rightSpeakerMaxWords);
  const after = ctx.text.slice(m.end, m.end + window);
  const apposition = /^\s*,([^,.;:!?]*)/.exec(after)?.[1] ?? '';
  const has = (words: string[]): boolean => words.some((w) => w.toLowerCase() === title);
  return has(leading) || has(apposition.trim().split(/\s+/));
}