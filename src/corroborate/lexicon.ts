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
  ['soldier', 'troop', 'service member', 'serviceman', 'servicemen'],
  ['altitude', 'height', 'tall', 'high'],
  ['distance', 'range', 'fly', 'flew', 'travel', 'traveled', 'travelled', 'flight'],
  ['cost', 'price', 'costing'],
];

/**
 * Words of a casualty count and the state each counts: "killing 59 people", "120 wounded",
 * "people were injured", "four dead bodies". A toll is counted people, whatever the noun.
 */
export const CASUALTY_STATES: Readonly<Record<string, 'dead' | 'injured'>> = {
  dead: 'dead', death: 'dead', deaths: 'dead', die: 'dead', died: 'dead', dying: 'dead', kill: 'dead', killed: 'dead',
  killing: 'dead', kills: 'dead', fatality: 'dead', fatalities: 'dead', toll: 'dead',
  injured: 'injured', injuring: 'injured', injure: 'injured', injures: 'injured', injury: 'injured', injuries: 'injured',
  wounded: 'injured', wounding: 'injured', wound: 'injured', wounds: 'injured', hurt: 'injured',
};

/**
 * Units of measure, each written form mapped to one name: "770 kilometers" and "770 km" are one
 * unit. Figures in different units are not compared (no conversion).
 */
export const MEASURE_UNIT_NAMES: Readonly<Record<string, string>> = {
  year: 'year', month: 'month', week: 'week', day: 'day', hour: 'hour', minute: 'minute', second: 'second',
  decade: 'decade', century: 'century',
  mile: 'mile', kilometre: 'kilometre', kilometer: 'kilometre', km: 'kilometre', kms: 'kilometre', metre: 'metre',
  meter: 'metre', foot: 'foot', feet: 'foot', ft: 'foot', yard: 'yard', inch: 'inch',
  kilogram: 'kilogram', kg: 'kilogram', pound: 'pound', lb: 'pound', ton: 'ton', tonne: 'ton',
  percent: 'percent', per: 'percent', euro: 'euro', dollar: 'dollar',
};

/** Words around a figure saying it is counted per item, not in all ("nine engines each"). */
export const DISTRIBUTIVE_WORDS: readonly string[] = ['each', 'apiece', 'per', 'every'];

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

/** In a casualty count, heads that say nothing beyond the count: "killing at least four civilians", "four dead bodies". */
export const GENERIC_CASUALTIES: readonly string[] = ['civilian', 'other', 'victim', 'body', 'more'];

/** Predicate lemmas of a gathering: a place in such a claim is where the event took place. */
export const GATHERING_PREDICATES: readonly string[] = ['meet', 'hold', 'convene', 'host', 'gather', 'talk', 'negotiate', 'open'];

/** Verb forms saying the one named right before them left a post ("X resigned", "X, the minister, stepped down"). */
export const DEPARTURE_VERBS: readonly string[] = ['resigned', 'resigns', 'has resigned', 'stepped down', 'steps down', 'quit', 'quits', 'was dismissed', 'was fired', 'was sacked', 'was ousted'];

/** Nouns of leaving a post, before "of X" ("the resignation of X"). */
export const DEPARTURE_NOUNS: readonly string[] = ['resignation', 'dismissal', 'departure', 'ouster', 'firing', 'sacking'];
