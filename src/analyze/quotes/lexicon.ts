/**
 * Generic English word lists for finding quotations and their speakers.
 * Nothing here names a person, place or outlet: only grammar and common nouns.
 *
 * @example
 * SPEECH_CUES.includes('said'); // true
 */

/**
 * Speech cues, multi-word ones first so the longest phrase wins at a position.
 * Finite forms (the speaker is the subject before, or after in "said X").
 */
export const SPEECH_CUES: readonly string[] = [
  'said on social media',
  'said in a statement',
  'told reporters',
  'told journalists',
  'pointed out',
  'according to',
  'said',
  'says',
  'say',
  'stated',
  'states',
  'noted',
  'notes',
  'note',
  'told',
  'tells',
  'added',
  'adds',
  'warned',
  'warns',
  'remarked',
  'emphasized',
  'emphasised',
  'emphasizes',
  'insisted',
  'insists',
  'acknowledged',
  'acknowledges',
  'stressed',
  'stresses',
  'explained',
  'argued',
  'argues',
  'wrote',
  'writes',
  'posted',
  'highlighted',
  'cautioned',
  'confirmed',
  'claimed',
  'asserted',
  'declared',
  'announced',
  'replied',
  'responded',
  'reiterated',
  'reaffirmed',
  'admitted',
  'conceded',
  'observed',
  'commented',
  'tweeted',
  'described',
  'characterized',
  'characterised',
  'called',
  'reported',
  'indicated',
  'urged',
  'vowed',
  'continued',
  'concluded',
  'recalled',
  'asked',
];

/** Multi-word speech cues beyond "verb + object" ("went on", "cut in", "shot back"). */
export const CUE_PHRASES: readonly string[] = [
  'went on',
  'goes on',
  'cut in',
  'chimed in',
  'weighed in',
  'shot back',
  'fired back',
  'wrote in',
  'said in an interview',
  'told reporters',
  'continued',
  'continues',
  'added',
  'asks',
  'replies',
  'quipped',
  'explains',
  'recalls',
  'recalled',
  'wonders',
  'wondered',
];

/**
 * Verbs that introduce a quotation in news copy ("“Denver,” he answered",
 * "Doe thanked them for “…”") but say too little about who the subject is to
 * serve the entity finder's speech cues; inflected like the speech verbs.
 */
export const QUOTE_VERBS: readonly string[] = [
  'answer', 'bark', 'beam', 'boom', 'charge', 'interject', 'chant', 'mock', 'thank', 'question', 'blame',
  'cite', 'assure', 'quote', 'proclaim', 'denounce', 'dub', 'bemoan', 'chide', 'label', 'herald', 'scream',
  'cry', 'sigh', 'gush', 'snap', 'fume', 'rail', 'marvel', 'tease', 'taunt', 'opine', 'demand', 'call',
  'read', 'brand', 'hail', 'condemn', 'refer', 'insist', 'muse', 'interrupt', 'recount', 'add', 'pronounce',
];

/** Participles that attach a quote to the subject of the main clause ("Doe agreed, saying, “…”"). */
export const PARTICIPLE_CUES: readonly string[] = [
  'stating',
  'saying',
  'noting',
  'adding',
  'arguing',
  'insisting',
  'warning',
  'explaining',
  'acknowledging',
  'emphasizing',
  'emphasising',
  'stressing',
  'writing',
  'telling',
  'remarking',
  'declaring',
  'asserting',
  'claiming',
  'cautioning',
  'describing',
  'calling',
];

/**
 * Verbs that introduce reported speech ("X said that …"). `say`-like verbs may
 * take a bare clause ("X said the talks were…"); the others need "that".
 */
export const BARE_CLAUSE_VERBS: readonly string[] = ['said', 'says', 'say', 'told', 'tells'];

export const REPORTING_VERBS: readonly string[] = [
  ...BARE_CLAUSE_VERBS,
  'stated',
  'noted',
  'added',
  'warned',
  'insisted',
  'insists',
  'acknowledged',
  'stressed',
  'explained',
  'argued',
  'claimed',
  'confirmed',
  'announced',
  'cautioned',
  'emphasized',
  'emphasised',
  'reaffirmed',
  'reiterated',
  'indicated',
  'reported',
  'admitted',
  'conceded',
  'asserted',
  'declared',
  'stating',
  'saying',
  'noting',
  'adding',
  'warning',
  'insisting',
  'acknowledging',
  'stressing',
  'explaining',
  'arguing',
  'claiming',
  'confirming',
];

/** Head nouns of unnamed sources ("a source close to …", "US officials", "critics"). */
export const ANONYMOUS_NOUNS: readonly string[] = [
  'source',
  'sources',
  'official',
  'officials',
  'diplomat',
  'diplomats',
  'critic',
  'critics',
  'analyst',
  'analysts',
  'expert',
  'experts',
  'observer',
  'observers',
  'aide',
  'aides',
  'insider',
  'insiders',
  'negotiators',
  'reports',
  'witnesses',
  'residents',
  'people',
  'person',
  'spokesperson',
];

/** Words that may stand before an anonymous head noun inside its description. */
export const ANONYMOUS_MODIFIERS: readonly string[] = [
  'a',
  'an',
  'the',
  'one',
  'two',
  'three',
  'several',
  'some',
  'many',
  'both',
  'other',
  'senior',
  'top',
  'anonymous',
  'unnamed',
  'western',
  'european',
  'government',
  'military',
  'security',
  'administration',
  'former',
  'local',
  'independent',
];

/** Phrases that extend an anonymous description to its right ("a source close to the delegation"). */
export const ANONYMOUS_POSTMODIFIERS: readonly string[] = [
  'close to',
  'familiar with',
  'with knowledge of',
  'briefed on',
  'involved in',
  'speaking on condition of anonymity',
];

/** Words that may open a speaker description after its cue ("said the agency", "said former Rep. …"). */
export const DESCRIPTION_OPENERS: readonly string[] = [
  'the', 'a', 'an', 'one', 'another', 'former', 'retired', 'late', 'incoming', 'outgoing', 'acting',
  'senior', 'deputy', 'chief', 'longtime', 'veteran',
];

/** Words that open a phrase after a cue that is no speaker ("said on Monday", "said in a statement"). */
export const NOT_A_SPEAKER_START: readonly string[] = [
  'on', 'in', 'at', 'to', 'of', 'for', 'with', 'by', 'during', 'after', 'before', 'from', 'that', 'this', 'last',
  'earlier', 'later', 'yesterday', 'today', 'tonight', 'recently', 'then', 'also', 'again', 'there', 'here', 'it',
  'as', 'when', 'while', 'but', 'and', 'or', 'so', 'because', 'if', 'although', 'though', 'about', 'over', 'via',
  'through', 'under', 'without', 'not', 'no', 'only', 'just', 'now',
];

/** Personal pronouns that can stand for a speaker. `they` is plural and left to the entity finder. */
export const SINGULAR_PRONOUNS: readonly string[] = ['he', 'she'];
export const SPEAKER_PRONOUNS: readonly string[] = ['he', 'she', 'they', 'i', 'we'];

/** Role nouns that may stand for an already-named person ("the minister said"). */
export const TITLE_NOUNS: readonly string[] = [
  'president',
  'minister',
  'secretary',
  'envoy',
  'adviser',
  'advisor',
  'negotiator',
  'spokesman',
  'spokeswoman',
  'ambassador',
  'chancellor',
  'premier',
  'governor',
  'mayor',
  'senator',
  'general',
  'commander',
  'chief',
  'leader',
  'director',
  'chairman',
  'chairwoman',
  'king',
  'queen',
  'pope',
];

/** Words that may sit between a subject and its verb ("Doe further elaborated"). */
export const SUBJECT_FILLERS: readonly string[] = [
  'also',
  'further',
  'later',
  'then',
  'again',
  'once',
  'too',
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'will',
  'would',
  'had',
  'previously',
  'subsequently',
  'repeatedly',
  'recently',
  'reportedly',
  'publicly',
  'privately',
  'earlier',
  'separately',
  'herself',
  'himself',
  'themselves',
  'now',
  'still',
  'just',
  'even',
  'often',
  'never',
  'always',
  'first',
  'soon',
  'already',
];

/** Auxiliaries that make a cue passive ("the talks were described as …"): then nobody is the speaker. */
export const PASSIVE_AUXILIARIES: readonly string[] = ['was', 'were', 'been', 'being', 'is', 'are', 'be'];

/** One-word asides between a subject and its verb ("X, meanwhile, said"). */
export const ASIDE_WORDS: readonly string[] = [
  'meanwhile', 'however', 'too', 'though', 'also', 'instead', 'still', 'then', 'now', 'moreover', 'separately',
  'similarly', 'likewise', 'nonetheless', 'nevertheless', 'meantime', 'later', 'earlier', 'again', 'previously',
];

/** Words that open a new clause: the subject of a cue never lies before them. */
export const CLAUSE_OPENERS: readonly string[] = [
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'since',
  'when',
  'after',
  'before',
  'if',
  'as',
  'that',
  'but',
  'so',
  'yet',
  'who',
  'which',
  'whom',
];

/** Prepositions and subordinators that begin an introductory phrase ("In a statement, …"). */
export const INTRODUCTORY_WORDS: readonly string[] = [
  'in',
  'on',
  'at',
  'after',
  'before',
  'during',
  'despite',
  'while',
  'amid',
  'amidst',
  'speaking',
  'last',
  'earlier',
  'later',
  'following',
  'prior',
  'according',
  'as',
  'with',
  'for',
  'since',
  'when',
  'although',
  'though',
  'however',
  'meanwhile',
];

/** Nouns that name someone's words ("her remark that “…”", "his call for “…”"): the possessor is the speaker. */
export const SPEECH_NOUNS: readonly string[] = [
  'remark', 'remarks', 'comment', 'comments', 'warning', 'message', 'call', 'calls', 'claim', 'claims', 'assertion',
  'promise', 'pledge', 'vow', 'words', 'statement', 'description', 'view', 'admission', 'chant', 'chants', 'slogan',
  'insistence', 'argument', 'accusation', 'charge', 'suggestion', 'criticism', 'praise', 'demand', 'question',
  'answer', 'reply', 'response', 'tweet', 'post', 'speech', 'declaration', 'announcement', 'prediction', 'boast',
  'complaint', 'quip', 'joke', 'phrase', 'dictum', 'mantra', 'motto', 'rhetoric', 'refrain', 'line',
];
