/**
 * Generic words the entity rules read (lowercase). None names an entity:
 * they are the heads, connectors and cue words of English naming patterns.
 *
 * @example
 * ORG_HEADS.has('ministry'); // true
 */

/** Last words of organisation names ("National Security Council", "Harbour News"). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'council', 'ministry', 'party', 'agency', 'commission', 'union', 'organization', 'organisation',
  'bank', 'court', 'parliament', 'congress', 'senate', 'house', 'office', 'department',
  'administration', 'forces', 'army', 'navy', 'guard', 'police', 'news', 'times', 'post', 'press',
  'committee', 'institute', 'university', 'college', 'association', 'federation', 'fund', 'group',
  'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'network', 'service', 'services',
  'assembly', 'cabinet', 'foundation', 'alliance', 'journal', 'bureau', 'authority', 'command',
  'tribunal', 'league', 'church', 'board', 'academy', 'club', 'herald', 'tribune', 'telegraph',
  'gazette', 'broadcasting', 'television', 'radio', 'media', 'airlines', 'airways', 'secretariat',
  'directorate', 'duma', 'centre', 'center', 'coalition', 'movement', 'front', 'brigade',
]);

/** Lowercase connectors inside names ("Bank of England", "Ludwig van Beethoven", "Omar al Bashir"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'al', 'el',
  'bin', 'ibn', 'y', 'dos', 'das',
]);

/** Nouns after a place name that say it is a place ("the X region", "X province"). */
export const PLACE_NOUNS: Readonly<Record<string, 'GPE' | 'LOC'>> = {
  region: 'LOC', area: 'LOC', river: 'LOC', sea: 'LOC', mountains: 'LOC', valley: 'LOC',
  peninsula: 'LOC', coast: 'LOC', island: 'LOC', islands: 'LOC', basin: 'LOC', desert: 'LOC',
  lake: 'LOC', strait: 'LOC', gulf: 'LOC', bay: 'LOC', corridor: 'LOC',
  province: 'GPE', oblast: 'GPE', state: 'GPE', city: 'GPE', town: 'GPE', village: 'GPE',
  county: 'GPE', district: 'GPE', municipality: 'GPE', prefecture: 'GPE', governorate: 'GPE',
};

/** Last words of a place name that make it a natural location rather than a polity. */
export const NATURAL_FEATURES: ReadonlySet<string> = new Set([
  'river', 'sea', 'ocean', 'lake', 'mountains', 'mountain', 'valley', 'island', 'islands',
  'peninsula', 'coast', 'desert', 'gulf', 'bay', 'strait', 'canal', 'forest', 'plain', 'plains',
]);

/** Compass words that are places after "the" ("the West"). */
export const COMPASS_WORDS: ReadonlySet<string> = new Set(['west', 'east', 'north', 'south', 'arctic']);

/** Prepositions after which an unknown capitalised name is a place ("in X", "near X"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'across']);

/** Motion verbs after which "to X" names a place ("travel to X"). */
export const MOTION_VERBS: ReadonlySet<string> = new Set([
  'travel', 'travels', 'traveled', 'travelled', 'traveling', 'travelling', 'go', 'goes', 'went',
  'going', 'head', 'heads', 'headed', 'heading', 'fly', 'flies', 'flew', 'flying', 'return',
  'returns', 'returned', 'returning', 'move', 'moved', 'arrive', 'arrived', 'trip', 'visit',
  'journey', 'drive', 'drove', 'sail', 'sailed', 'back',
]);

/** Nouns an individual leads ("X's government"): their possessor is a person when not a place. */
export const LEADERSHIP_NOUNS: ReadonlySet<string> = new Set([
  'government', 'administration', 'cabinet', 'presidency', 'premiership', 'campaign', 'team',
  'family', 'office', 'aides', 'allies', 'spokesman', 'spokeswoman', 'spokesperson', 'lawyer',
  'lawyers', 'wife', 'husband', 'supporters', 'rival', 'predecessor', 'successor',
]);

/** Adverbs that may stand between a name and its speech verb ("X later said"). */
export const SPEECH_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'further', 'later', 'then', 'again', 'subsequently', 'previously', 'once', 'had', 'has',
  'have', 'was', 'is', 'would', 'will', 'reportedly', 'publicly', 'privately', 'repeatedly',
]);
