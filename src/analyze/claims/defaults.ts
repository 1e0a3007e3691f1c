/**
 * Tuning numbers of the claim finder and the quantity parser, each with its reason.
 *
 * @example
 * const [low, high] = [value * CLAIM_DEFAULTS.nearlyLowFactor, value];
 */
export const CLAIM_DEFAULTS = {
  /** "nearly N" / "almost N": writers round up from at most ~15% below. */
  nearlyLowFactor: 0.85,
  /** "just under N": closer than "nearly". */
  justUnderLowFactor: 0.9,
  /**
   * "more than N" / "over N" / "at least N": past ~1.25 N a writer picks the next round figure
   * ("more than 40" is not 59: that is "nearly 60"), and "nearly" starts at 0.85 of a figure, so
   * "more than N" and "nearly M" overlap only when M is within about 1.5 N.
   */
  moreThanHighFactor: 1.25,
  /** "just over N": closer than "more than". */
  justOverHighFactor: 1.1,
  /** "about N" / "approximately N" / "around N": a ±10% rounding band. */
  aboutLowFactor: 0.9,
  aboutHighFactor: 1.1,
  /** "fewer than N" / "under N": mirrors the "more than" band (1 / 1.25). */
  fewerThanLowFactor: 0.8,
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
