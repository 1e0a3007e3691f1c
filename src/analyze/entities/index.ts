/**
 * Named entities: people, organisations, places and groups, with character
 * offsets. A recogniser types names over the article's sentences (by
 * default the trained model checked by rules; `recogniseByRules` and
 * `recogniseByModel` are each alone); a link step joins surnames and
 * variants into article-level entities.
 *
 * @example
 * const { mentions, entities } = findEntities(article, splitSentences(article));
 * mentions.map((m) => article.text.slice(m.start, m.end)); // ['Jane Doe', 'France', 'Doe']
 */
import type { Article, Entity, Mention, Sentence } from '../../types.js';
import { FUNCTION_WORDS } from '../lexicons/function-words.js';
import { splitCompounds, tokenise, type Token } from './01-tokenise.js';
import { buildGazetteer, normaliseToken, type Gazetteer } from './02-gazetteer.js';
import { lowercaseVocabulary } from './03-runs.js';
import type { Recogniser, SentenceTokens } from './04-recognise.js';
import { recogniseByModelAndRules } from './04-combine.js';
import { link } from './05-link.js';

export type { Recogniser, Recognised, RecogniseContext, SentenceTokens } from './04-recognise.js';
export { recogniseByRules } from './04-recognise.js';
export { recogniseByModelAndRules } from './04-combine.js';
export { recogniseByModel } from './model/recognise.js';
export { slugify } from './05-link.js';

/** Shortest word counted when deciding whether a line is written in title case ("Talks Resume"): "met" counts, "a" does not. */
const TITLE_CASE_MIN_WORD_LENGTH = 3;
/** Fewest such words that make a line title case: one capitalised word says nothing. */
const TITLE_CASE_MIN_WORDS = 2;

let gazetteer: Gazetteer | undefined;

/** Defaults of the entity step. */
export const DEFAULT_ENTITY_OPTIONS: { recogniser: Recogniser } = {
  /**
   * The trained model, checked by the rules where news text trips it (titles
   * glued to names, clause boundaries, seats of government). `recogniseByRules`
   * and `recogniseByModel` alone have the same signature.
   */
  recogniser: recogniseByModelAndRules,
};

export type EntityOptions = typeof DEFAULT_ENTITY_OPTIONS;

/**
 * Finds the named entities of an article's sentences.
 *
 * @example
 * findEntities(article, sentences).entities[0]; // { key: 'person:jane-doe', type: 'PERSON', name: 'Jane Doe', aliases: ['Jane Doe', 'Doe'] }
 */
export function findEntities(
  article: Article,
  sentences: Sentence[],
  options: Partial<EntityOptions> = {},
): { mentions: Mention[]; entities: Entity[] } {
  const { recogniser } = { ...DEFAULT_ENTITY_OPTIONS, ...options };
  gazetteer ??= buildGazetteer();
  const gaz = gazetteer;
  const ctx = { gazetteer: gaz, lowercaseWords: lowercaseVocabulary(article.text), text: article.text };
  const isKnown = (part: string) => gaz.entries.has(normaliseToken(part));
  const tokenised: SentenceTokens[] = sentences.map((s) => {
    const tokens = splitCompounds(tokenise(article.text, s.start, s.end), isKnown);
    return { tokens, titleCase: isTitleCase(tokens) };
  });
  return link(recogniser(tokenised, ctx));
}

/** A line whose every longer content word is capitalised reads as a headline. */
function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter(
    (t) => t.kind === 'word' && t.text.length >= TITLE_CASE_MIN_WORD_LENGTH && !FUNCTION_WORDS.has(t.text.toLowerCase()),
  );
  return words.length >= TITLE_CASE_MIN_WORDS && words.every((t) => /^\p{Lu}/u.test(t.text));
}
