/**
 * Generic English words for claims and quantities: news verbs with their
 * irregular forms, number words, qualifiers and function words.
 *
 * @example
 * NEWS_VERBS.includes('meet'); // true
 */

/** Lemmas of verbs that state news facts. Irregular forms are in {@link IRREGULAR_FORMS}. */
export const NEWS_VERBS: readonly string[] = [
  'meet', 'travel', 'resign', 'lead', 'leak', 'demand', 'reduce', 'last', 'schedule', 'hold', 'include', 'agree',
  'reject', 'visit', 'announce', 'sign', 'kill', 'die', 'displace', 'attack', 'annex', 'invade', 'search', 'appoint',
  'say', 'tell', 'state', 'note', 'add', 'warn', 'stress', 'emphasize', 'emphasise', 'acknowledge', 'insist',
  'describe', 'confirm', 'caution', 'claim', 'deny', 'accuse', 'criticize', 'criticise', 'express', 'begin', 'end',
  'continue', 'return', 'arrive', 'leave', 'launch', 'strike', 'invest', 'occupy', 'seize', 'withdraw', 'propose',
  'approve', 'discuss', 'negotiate', 'call', 'urge', 'offer', 'accept', 'refuse', 'join', 'host', 'release',
  'sanction', 'ban', 'win', 'lose', 'elect', 'replace', 'fire', 'dismiss', 'arrest', 'charge', 'raid', 'capture',
  'control', 'publish', 'deliver', 'unveil', 'bring', 'seek', 'head', 'reaffirm', 'characterize',
  'characterise', 'remark', 'highlight', 'point', 'elaborate', 'echo', 'refine', 'indicate', 'invite', 'condemn',
  'support', 'oppose', 'threaten', 'cede', 'abandon', 'face', 'mark', 'represent', 'require', 'concede', 'fight',
  'send', 'speak', 'write', 'talk', 'plan', 'prepare', 'reveal', 'shock', 'alarm', 'trigger', 'force', 'monitor',
  'reach', 'hit', 'destroy', 'shell', 'bomb', 'evacuate', 'injure', 'wound', 'flee', 'recognize', 'recognise',
  'assume', 'step', 'succeed', 'vote', 'pass', 'veto', 'fund', 'pledge', 'promise', 'vow', 'grant', 'block',
  'suspend', 'cancel', 'postpone', 'delay', 'resume', 'open', 'close', 'build', 'rebuild', 'create', 'form',
  'establish', 'take', 'give', 'make', 'receive', 'lift', 'impose', 'extend', 'expand', 'cut', 'raise',
  'increase', 'rise', 'fall', 'drop', 'grow', 'shrink', 'restore', 'remain', 'persist', 'evolve', 'feature', 'convene',
  'involve', 'focus', 'signal', 'work', 'stop', 'engage', 'maintain', 'deem', 'impact', 'pressure', 'mediate',
];

/** Past and past-participle forms that do not add -ed. */
export const IRREGULAR_FORMS: Readonly<Record<string, readonly string[]>> = {
  meet: ['met'], lead: ['led'], hold: ['held'], say: ['said'], tell: ['told'], begin: ['began', 'begun'],
  leave: ['left'], strike: ['struck', 'stricken'], win: ['won'], lose: ['lost'], bring: ['brought'],
  seek: ['sought'], fight: ['fought'], send: ['sent'], speak: ['spoke', 'spoken'], write: ['wrote', 'written'],
  hit: ['hit'], flee: ['fled'], take: ['took', 'taken'], give: ['gave', 'given'], make: ['made'],
  cut: ['cut'], rise: ['rose', 'risen'], fall: ['fell', 'fallen'], grow: ['grew', 'grown'],
  shrink: ['shrank', 'shrunk'], build: ['built'], rebuild: ['rebuilt'], withdraw: ['withdrew', 'withdrawn'],
  die: ['died'], travel: ['traveled', 'travelled'], cancel: ['canceled', 'cancelled'], step: ['stepped'],
  ban: ['banned'], plan: ['planned'], drop: ['dropped'], shell: ['shelled'],
};

/** Verbs whose "to"-infinitive carries the real predicate ("scheduled to meet" → meet). */
export const SCHEDULING_VERBS: readonly string[] = [
  'scheduled', 'expected', 'set', 'due', 'planning', 'plans', 'planned', 'going', 'preparing', 'prepared', 'poised',
  'slated', 'hoping', 'hopes', 'agreed', 'agree', 'agrees', 'intends', 'intended', 'aims', 'aimed', 'trying', 'tries',
];

/** Words after which an -ed form is an adjective, not a verb ("the leaked plan"). */
export const DETERMINERS: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'any',
  'every', 'each', 'no', 'some', 'newly', 'recently', 'previously', 'initially', 'originally',
];

/** Words between an auxiliary and its verb that do not change the verb ("will not meet", "has also met"). */
export const VERB_ADVERBS: readonly string[] = [
  'not', 'never', 'also', 'still', 'already', 'just', 'further', 'reportedly', 'again', 'later', 'then', 'once', 'now',
  'recently', 'previously', 'subsequently', 'repeatedly', 'first',
];

/** Pronouns that can be the subject of a third-person verb ("he travels"). */
export const SUBJECT_PRONOUNS: readonly string[] = ['he', 'she', 'it', 'they', 'we', 'i', 'you'];

export const BE_FORMS: readonly string[] = ['is', 'are', 'was', 'were', 'be', 'been', 'being', '’s', "'s"];
export const HAVE_FORMS: readonly string[] = ['has', 'have', 'had', 'having'];
export const MODALS: readonly string[] = [
  'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'did', 'does', 'do', '’ll', "'ll",
];

/** Words that open a subordinate or relative clause: a subject never lies before them. */
export const CLAUSE_OPENERS: readonly string[] = [
  'after', 'before', 'that', 'which', 'who', 'when', 'while', 'as', 'because', 'if', 'since', 'although', 'though',
  'whereas', 'until', 'once', 'where',
];

/** Prepositions and gerunds before a name make it an object inside the subject phrase ("the prospect of X"). */
export const OBJECT_MARKERS: readonly string[] = [
  'of', 'to', 'for', 'with', 'by', 'from', 'in', 'on', 'at', 'about', 'against', 'between', 'among', 'than', 'like',
];

/** Role nouns that make "X is/was the …" a statement of who someone is. */
export const ROLE_NOUNS: readonly string[] = [
  'president', 'minister', 'secretary', 'envoy', 'adviser', 'advisor', 'negotiator', 'head', 'chief', 'leader',
  'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'director', 'chairman', 'chair', 'governor', 'mayor',
  'commander', 'member', 'son-in-law', 'founder', 'candidate', 'premier', 'chancellor', 'king', 'queen', 'ceo',
];

/** Prepositions after which a place is where something happens or goes ("in", "near", "to"). */
export const PLACE_PREPOSITIONS: readonly string[] = [
  'in', 'at', 'near', 'to', 'from', 'outside', 'inside', 'into', 'toward', 'towards', 'across', 'around', 'aboard',
];

/** Words a counted noun phrase stops at. */
export const UNIT_STOP_WORDS: readonly string[] = [
  'of', 'the', 'a', 'an', 'and', 'or', 'but', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'as', 'since',
  'that', 'which', 'who', 'have', 'has', 'had', 'been', 'were', 'was', 'is', 'are', 'will', 'would', 'after',
  'before', 'during', 'ago', 'later', 'earlier', 'than', 'into', 'across', 'while', 'when', 'where', 'it', 'its',
  'their', 'his', 'her', 'this', 'these', 'those', 'not', 'more', 'less', 'about',
  // A clause goes on after the counted noun: "three brothers said they", "18 launches last year", "nine engines each".
  'said', 'says', 'told', 'they', 'he', 'she', 'we', 'you', 'being', 'also', 'then', 'there', 'now', 'so', 'until',
  'last', 'next', 'each', 'apiece', 'behind', 'ahead', 'including', 'among',
];

export const UNITS_ONES: readonly string[] = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
export const UNITS_TENS: readonly string[] = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
};

/** Units of time and measure: in "three-year war" the unit is the year, not the war. */
export const MEASURE_UNITS: readonly string[] = [
  'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade', 'century', 'mile', 'kilometre', 'kilometer',
  'km', 'metre', 'meter', 'percent', 'per',
];

/** Days and months: a capitalised word after a number that names a time, not what it counts ("at least six Friday"). */
export const CALENDAR_WORDS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** After a number, a time of day rather than a count ("10 p.m.", "2100 GMT"). */
export const CLOCK_WORDS: readonly string[] = [
  'a.m.', 'p.m.', 'am', 'pm', 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'jst', 'kst', 'local time',
];

/**
 * Capitalised words before a number that do not make it a name: function words and qualifiers
 * at the start of a sentence ("At 2,500 tons", "Some 30 civilians").
 */
export const NOT_NAME_WORDS: readonly string[] = [
  'some', 'only', 'just', 'all', 'another', 'nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'over',
  'under', 'up', 'killing', 'including', 'least', 'most', 'total', 'another', 'every', 'each', 'those', 'these', 'our',
];
