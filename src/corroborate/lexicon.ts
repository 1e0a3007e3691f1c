/**
 * Generic English word lists of the corroborate stage: words news writers use
 * interchangeably for one measured thing, words for people in general, verbs
 * of gathering and words of leaving a post. None names a person, place or
 * figure; every list is general usage.
 *
 * @example
 * SAME_THING_GROUPS.some((g) => g.includes('conflict') && g.includes('war')); // true
 */

/**
 * Words that name the same measured thing ("four years of conflict" / "the
 * three-year war"; "127 dead" / "130 killed"). Each group maps to its first word.
 * Casualties and deaths are not grouped: casualties include the wounded.
 */
export const SAME_THING_GROUPS: readonly (readonly string[])[] = [
  ['war', 'conflict', 'fighting', 'hostilities', 'warfare'],
  ['death', 'dead', 'die', 'died', 'kill', 'killed', 'fatality', 'fatalities', 'toll'],
  ['injured', 'injury', 'wounded', 'hurt', 'injure', 'wound'],
  ['talks', 'negotiation', 'negotiations', 'discussion', 'discussions'],
  ['displaced', 'displace', 'uprooted', 'displacement'],
  ['strike', 'walkout', 'stoppage'],
  ['pay', 'wage', 'wages', 'salary', 'salaries'],
  ['rise', 'increase', 'raise', 'hike'],
];

/** Verbs of saying: the predicate of "she said 40 percent" says nothing about what is measured. */
export const SPEECH_VERBS: readonly string[] = [
  'say', 'tell', 'add', 'note', 'report', 'state', 'claim', 'announce', 'confirm', 'warn', 'write', 'estimate', 'be', 'have',
];

/**
 * Heads that count people without saying which ("displaced persons",
 * "residents displaced"): they name no thing of their own, so the rest of the
 * phrase decides what is counted. Demonyms (capitalised heads) count likewise.
 */
export const GENERIC_PEOPLE: readonly string[] = ['person', 'people', 'individual', 'resident', 'inhabitant', 'citizen'];

/** Predicate lemmas of a gathering: a place in such a claim is where the event took place. */
export const GATHERING_PREDICATES: readonly string[] = ['meet', 'hold', 'convene', 'host', 'gather', 'talk', 'negotiate', 'open'];

/** Verb forms saying the one named right before them left a post ("X resigned", "X, the minister, stepped down"). */
export const DEPARTURE_VERBS: readonly string[] = ['resigned', 'resigns', 'has resigned', 'stepped down', 'steps down', 'quit', 'quits', 'was dismissed', 'was fired', 'was sacked', 'was ousted'];

/** Nouns of leaving a post, before "of X" ("the resignation of X"). */
export const DEPARTURE_NOUNS: readonly string[] = ['resignation', 'dismissal', 'departure', 'ouster', 'firing', 'sacking'];
