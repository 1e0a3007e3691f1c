/**
 * Tuning numbers of the claim finder and the quantity parser, each with its reason.
 *
 * @example
 * const [low, high] = [value * CLAIM_DEFAULTS.nearlyLowFactor, value];
 */
export const CLAIM_DEFAULTS = {
  /** "nearly N" / "almost N": writers round up from at most ~10% below ("nearly 1,000" is not 850). */
  nearlyLowFactor: 0.9,
  /** …and for a small N of a unit, from up to half a unit below ("nearly four years": three and a half). */
  nearlyMinStep: 0.5,
  /** "just under N": closer than "nearly". */
  justUnderLowFactor: 0.95,
  justUnderMinStep: 0.25,
  /**
   * "more than N" / "over N" / "at least N": news reports a count as it stands, rounded down, so
   * it reaches ~10% above N ("at least 50 dead" is not 59 dead: the toll changed) …
   */
  moreThanHighFactor: 1.1,
  /** … and for a small N at least the next whole unit ("more than three years", "at least two dead"). */
  moreThanMinStep: 1,
  /** "just over N": closer than "more than". */
  justOverHighFactor: 1.05,
  justOverMinStep: 0.5,
  /** "about N" / "approximately N" / "around N": half N's rounding step, kept between 5% and 10% of N. */
  aboutMinShare: 0.05,
  aboutMaxShare: 0.1,
  /** "fewer than N" / "under N": mirrors the "more than" band. */
  fewerThanLowFactor: 0.9,
  /** "thousands", "millions": at least two of the unit and fewer than ten ("tens of …" takes over). */
  vagueLowMultiple: 2,
  vagueHighMultiple: 10,
  /** "dozens": at least two dozen, fewer than a hundred. */
  dozensLow: 24,
  dozensHigh: 99,
  /** "several": three to nine. */
  severalLow: 3,
  severalHigh: 9,
  /** Words after a number that may name what it counts ("displaced persons", "military casualties"). */
  unitMaxWords: 3,
  /** A subject phrase longer than this is not a noun phrase but a clause; keep only the named entity. */
  subjectMaxWords: 8,
} as const;
