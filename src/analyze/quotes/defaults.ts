/**
 * Tuning numbers of the quote finder, each with the reason for its value.
 *
 * @example
 * if (words.length > QUOTE_DEFAULTS.appositionMaxWords) return null;
 */
export const QUOTE_DEFAULTS = {
  /** An apposition between a name and its verb ("X, a senior adviser to Y, said") is a short role phrase. */
  appositionMaxWords: 12,
  /** Adverbs and auxiliaries between a subject and its speech verb ("Doe has also repeatedly said"). */
  fillerMaxWords: 3,
  /** "He" refers back to someone named at most a few sentences earlier; further back is a guess. */
  pronounLookbackSentences: 3,
  /** How far around a name a title word ("minister") may sit to count as that person's title. */
  titleWindowChars: 60,
  /** Title words between an inverted cue and the name ("said Foreign Minister Jane Doe"). */
  rightSpeakerMaxWords: 4,
  /** Words between a reporting verb and its "that" ("noted in English that", "told the agency that"). */
  thatMaxDistanceWords: 4,
  /** A reported clause needs a subject and a verb ("problems remain"); one word is a fragment. */
  minIndirectWords: 2,
  /** Asides between a subject and its verb ("X, 30, of Salem, Ore., who …, said"): an age, a two-part address and a clause. */
  maxAsides: 6,
  /** A speaker description longer than this is a whole clause, not a way of naming someone. */
  speakerDescriptionMaxWords: 8,
} as const;

export type QuoteDefaults = typeof QUOTE_DEFAULTS;
