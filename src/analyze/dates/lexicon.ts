/**
 * Calendar words and tense cues for date expressions (generic English).
 *
 * @example
 * MONTHS.indexOf('February') + 1; // 2
 */
export const MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Sunday first, as `Date.getUTCDay()` counts. */
export const WEEKDAYS: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Prepositions kept in a date's span: they tell "in 2014" from "since 2014". */
export const DATE_PREPOSITIONS: readonly string[] = ['on', 'in', 'since', 'by', 'until', 'from', 'during', 'before', 'after'];

/** Words that put a clause in the future ("scheduled to meet … on Monday"). */
export const FUTURE_CUES: readonly string[] = [
  'will', 'shall', 'won’t', "won't", '’ll', "'ll", 'scheduled', 'expected', 'set to', 'plans to', 'plan to',
  'planned', 'planning', 'going to', 'due to', 'upcoming', 'would', 'is to', 'are to', 'intends to', 'aims to',
];

/**
 * Infinitives of happenings: a date they govern lies ahead of the reported act even when the
 * sentence is in the past ("offered to host talks on Thursday", "accepted an invitation to meet
 * on Thursday"). Verbs only, so "spoke to reporters on Monday" stays past.
 */
export const PROSPECTIVE_INFINITIVES: readonly string[] = [
  'meet', 'host', 'hold', 'visit', 'travel', 'attend', 'chair', 'sign', 'resume', 'reconvene', 'convene', 'vote',
  'testify', 'appear', 'rule', 'decide', 'announce', 'present', 'launch', 'open', 'hold talks', 'fly', 'return',
];

/** Nouns a four-digit number counts, which make it a quantity rather than a year ("2000 troops"). */
export const COUNT_NOUNS: readonly string[] = [
  'people', 'persons', 'troops', 'soldiers', 'civilians', 'dollars', 'euros', 'pounds', 'times', 'units',
  'km', 'kilometres', 'kilometers', 'miles', 'tonnes', 'tons', 'homes', 'members', 'votes', 'deaths', 'cases',
];

/** Qualifiers that make a following four-digit number a count ("more than 2000"). */
export const COUNT_QUALIFIERS: readonly string[] = ['than', 'about', 'nearly', 'almost', 'some', 'around', 'approximately', 'over', 'least', 'up to'];
