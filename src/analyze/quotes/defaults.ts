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
  /**
   * How far, in characters, on either side of a quote or cue its cues, subject and clause are read.
   * Longer than nearly every sentence of news (one in a thousand passes about 630 characters in
   * PolNeAR train) and than any distance from a speaker to its cue there (at most 477), so it
   * changes nothing in ordinary text, while a runaway sentence costs each quote a bounded read.
   */
  windowChars: 1000,
  /**
   * The longest quoted passage, in characters. A quotation lies inside one paragraph, and the
   * longest paragraph of PolNeAR train has about 2,600 characters: a mark with no closing mark
   * within this reach is a stray mark, not the start of a quotation that swallows the rest of
   * the text. Reported clauses longer than this are no clause either.
   */
  maxQuoteChars: 4000,
  /**
   * How many earlier cues of a sentence a cue with an elided subject may look back through
   * ("Doe said …, added … and warned …"): two coordinated verbs, never a whole runaway list, whose
   * every cue would re-read all the ones before it.
   */
  maxElidedCues: 2,
  /**
   * How far back from its cue a subject phrase is read, in characters: a speaker stands at most
   * 477 characters before its cue in PolNeAR train, so a phrase without a clause boundary in
   * that reach is cut there.
   */
  subjectWindowChars: 500,
} as const;

export type QuoteDefaults = typeof QUOTE_DEFAULTS;
