/**
 * Generic title lexicon: the head words that make a phrase a role or title
 * ("president", "envoy", "chief of staff"), the modifiers that may precede
 * them ("senior", "special", "deputy") and the status markers ("former").
 * All lowercase; no person, place or organisation is named here.
 *
 * @example
 * TITLE_HEADS.has('envoy'); // true
 * statusOf('newly'); // 'new'
 */

/** Words that head a role phrase: offices, ranks, jobs and family relations. */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  // offices
  'president', 'vice-president', 'secretary', 'secretary-general', 'minister', 'premier',
  'chancellor', 'envoy', 'ambassador', 'adviser', 'advisor', 'negotiator', 'head', 'chief',
  'leader', 'lead', 'spokesperson', 'spokesman', 'spokeswoman', 'director', 'chairman',
  'chairwoman', 'chair', 'chairperson', 'governor', 'mayor', 'senator', 'congressman',
  'congresswoman', 'representative', 'lawmaker', 'deputy', 'commissioner', 'delegate', 'aide',
  'official', 'king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'sheikh', 'emir',
  'monarch', 'justice', 'judge', 'prosecutor', 'attorney', 'counsel', 'speaker', 'ceo', 'founder',
  'co-founder', 'executive', 'officer', 'manager', 'administrator', 'coordinator', 'mediator',
  'diplomat', 'consul', 'treasurer', 'dean', 'rector', 'professor', 'chairman-elect',
  'president-elect', 'commander', 'commander-in-chief', 'general', 'admiral', 'colonel',
  'lieutenant', 'captain', 'major', 'sergeant', 'marshal', 'correspondent', 'editor', 'reporter',
  'analyst', 'economist', 'lawyer', 'member', 'partner', 'owner', 'mp', 'mep',
  // family and personal relations
  'son-in-law', 'daughter-in-law', 'father-in-law', 'mother-in-law', 'brother-in-law',
  'sister-in-law', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother',
  'widow', 'widower', 'nephew', 'niece', 'cousin', 'uncle', 'aunt', 'grandson', 'granddaughter',
  'spouse', 'partner', 'fiancé', 'fiancée',
]);

/** Words that modify a title head without being one ("senior", "special", "prime"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'senior', 'special', 'deputy', 'vice', 'prime', 'foreign', 'interior', 'defence', 'defense',
  'finance', 'justice', 'national', 'security', 'top', 'chief', 'principal', 'assistant',
  'associate', 'executive', 'general', 'first', 'presidential', 'personal', 'junior', 'lead',
  'state', 'federal', 'regional', 'local', 'peace', 'trade', 'economic', 'military', 'foreign-policy',
  'appointed', 'elected', 'designated', 'interim',
]);

/** Role status as the types name it. */
export type TitleStatus = 'former' | 'new' | 'acting' | 'outgoing' | 'resigned';

/** Words that mark a role's time: "former president", "newly appointed negotiator". */
export const STATUS_MARKERS: Readonly<Record<string, TitleStatus>> = {
  former: 'former',
  previous: 'former',
  erstwhile: 'former',
  ex: 'former',
  new: 'new',
  newly: 'new',
  incoming: 'new',
  ousted: 'former',
  deposed: 'former',
  retired: 'former',
  acting: 'acting',
  interim: 'acting',
  outgoing: 'outgoing',
  departing: 'outgoing',
  resigning: 'outgoing',
  resigned: 'resigned',
};

/** Courtesy titles before a name ("Mr Doe", "Dr. Doe"): part of how a person is named, never a role. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'hon', 'messrs',
]);

/**
 * Heads that make someone the leader of a country or government: "the
 * Ruritanian leader" may describe a president, a prime minister or a king.
 */
export const LEADER_HEADS: ReadonlySet<string> = new Set([
  'president', 'premier', 'chancellor', 'king', 'queen', 'emperor', 'emir', 'sheikh', 'monarch',
  'sultan', 'taoiseach', 'leader',
]);

/**
 * The status a marker word gives, or undefined.
 *
 * @example
 * statusOf('Former'); // 'former'
 */
export function statusOf(word: string): TitleStatus | undefined {
  return Object.hasOwn(STATUS_MARKERS, word.toLowerCase()) ? STATUS_MARKERS[word.toLowerCase()] : undefined;
}

/**
 * True when `word` (any case, singular or plural) is a title head.
 *
 * @example
 * isTitleHead('Negotiators'); // true
 */
export function isTitleHead(word: string): boolean {
  const lower = word.toLowerCase();
  if (TITLE_HEADS.has(lower)) return true;
  if (lower.startsWith('ex-')) return isTitleHead(lower.slice(3));
  return lower.endsWith('s') && TITLE_HEADS.has(lower.slice(0, -1));
}

/**
 * True when `word` is the plural of a title head ("negotiators", "Officials"):
 * a role shared by a group, never the role of one person.
 *
 * @example
 * isPluralTitle('negotiators'); // true
 * isPluralTitle('envoy'); // false
 */
export function isPluralTitle(word: string): boolean {
  const lower = word.toLowerCase().replace(/^ex-/u, '');
  return !TITLE_HEADS.has(lower) && lower.endsWith('s') && TITLE_HEADS.has(lower.slice(0, -1));
}

/**
 * True when `word` may stand inside a title phrase: a head, a modifier or a status marker.
 *
 * @example
 * isTitleWord('senior'); // true
 */
export function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return isTitleHead(lower) || TITLE_MODIFIERS.has(lower) || statusOf(lower) !== undefined;
}
