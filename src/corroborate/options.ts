/**
 * Every tuning number of the corroborate stage, each a named constant with the
 * reason it has the value it has.
 */

/** Folded names this long may differ by one letter (Kovalskyi / Kovalski); shorter ones ("Li", "Wu", "Ivan") must be equal. */
export const NAME_ONE_EDIT_MIN_LENGTH = 5;

/** Folded names this long may differ by two letters (transliteration drifts more in long surnames). */
export const NAME_TWO_EDITS_MIN_LENGTH = 9;

/** Bigram overlap coefficient from which two quotes are one utterance: measured 0.53–1.0 for same utterances (rewording, partial quotes), 0–0.08 for different ones on one theme (unigrams: 0.62–1.0 vs 0.25–0.33, a thinner margin). */
export const QUOTE_OVERLAP_THRESHOLD = 0.5;

/** Quotes with fewer words than this ("productive", "not easy") group only when identical: a two-word phrase proves no shared utterance. */
export const QUOTE_MIN_TOKENS = 3;

/** Weight of a shared canonical subject: who the claim is about is the strongest evidence. */
export const FACT_SUBJECT_WEIGHT = 0.3;

/** Weight of the same predicate lemma ("resign", "travel"). */
export const FACT_PREDICATE_WEIGHT = 0.2;

/** Weight of the Jaccard overlap of the other named entities. */
export const FACT_OBJECTS_WEIGHT = 0.15;

/** Weight of a shared quantity unit with compatible values. */
export const FACT_QUANTITY_WEIGHT = 0.1;

/** Weight of the Jaccard overlap of the sentences' content lemmas (entities counted as canonical actors). */
export const FACT_WORDS_WEIGHT = 0.25;

/** Weighted mean of the available evidence from which two claims state one fact: same subject and predicate with a quarter of their words shared scores 0.75; same predicate, shared unit and 60% of words scores 0.82. */
export const FACT_MATCH_THRESHOLD = 0.6;

/** Minimum content-word Jaccard for any match: two statements by one actor that share fewer words are different statements. */
export const FACT_MIN_WORD_OVERLAP = 0.25;

/** Minimum word Jaccard when the claims share subject and predicate, or an exact figure: paraphrases of one event share little wording. */
export const FACT_MIN_WORD_OVERLAP_STRUCTURAL = 0.1;

/** Options of the corroborate stage. */
export interface CorroborateOptions {
  nameOneEditMinLength: number;
  nameTwoEditsMinLength: number;
  quoteOverlapThreshold: number;
  quoteMinTokens: number;
  factWeights: { subject: number; predicate: number; objects: number; quantity: number; words: number };
  factMatchThreshold: number;
  factMinWordOverlap: number;
  factMinWordOverlapStructural: number;
}

/**
 * The defaults, built from the constants above.
 *
 * @example
 * corroborate(story, items, copies, { ...DEFAULT_CORROBORATE_OPTIONS, quoteOverlapThreshold: 0.6 });
 */
export const DEFAULT_CORROBORATE_OPTIONS: CorroborateOptions = {
  nameOneEditMinLength: NAME_ONE_EDIT_MIN_LENGTH,
  nameTwoEditsMinLength: NAME_TWO_EDITS_MIN_LENGTH,
  quoteOverlapThreshold: QUOTE_OVERLAP_THRESHOLD,
  quoteMinTokens: QUOTE_MIN_TOKENS,
  factWeights: {
    subject: FACT_SUBJECT_WEIGHT,
    predicate: FACT_PREDICATE_WEIGHT,
    objects: FACT_OBJECTS_WEIGHT,
    quantity: FACT_QUANTITY_WEIGHT,
    words: FACT_WORDS_WEIGHT,
  },
  factMatchThreshold: FACT_MATCH_THRESHOLD,
  factMinWordOverlap: FACT_MIN_WORD_OVERLAP,
  factMinWordOverlapStructural: FACT_MIN_WORD_OVERLAP_STRUCTURAL,
};
