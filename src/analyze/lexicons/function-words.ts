/**
 * Generic English function words (lowercase): determiners, pronouns,
 * prepositions, conjunctions, auxiliaries and discourse adverbs.
 *
 * A capitalised function word at the start of a sentence ("The", "While",
 * "According") is grammar, not a name, so recognisers skip it.
 *
 * @example
 * FUNCTION_WORDS.has('according'); // true
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // determiners and quantifiers
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'no', 'every', 'each', 'all',
  'both', 'either', 'neither', 'many', 'much', 'most', 'more', 'few', 'fewer', 'several', 'such',
  'other', 'another', 'own', 'same',
  // pronouns
  'i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours', 'you', 'your', 'yours', 'he', 'him', 'his',
  'she', 'her', 'hers', 'it', 'its', 'they', 'them', 'their', 'theirs', 'who', 'whom', 'whose',
  'which', 'what', 'whatever', 'whoever', 'someone', 'something', 'anyone', 'anything', 'nobody',
  'nothing', 'everyone', 'everything', 'one',
  // prepositions
  'about', 'above', 'across', 'after', 'against', 'along', 'alongside', 'amid', 'amidst', 'among',
  'around', 'at', 'before', 'behind', 'below', 'beneath', 'beside', 'besides', 'between', 'beyond',
  'by', 'despite', 'down', 'during', 'except', 'for', 'from', 'in', 'inside', 'into', 'like', 'near',
  'of', 'off', 'on', 'onto', 'out', 'outside', 'over', 'past', 'per', 'since', 'through',
  'throughout', 'to', 'toward', 'towards', 'under', 'until', 'unlike', 'up', 'upon', 'via', 'with',
  'within', 'without', 'according', 'following', 'regarding', 'concerning', 'including', 'amongst',
  // conjunctions and subordinators
  'and', 'but', 'or', 'nor', 'so', 'yet', 'because', 'although', 'though', 'while', 'whereas',
  'if', 'unless', 'when', 'whenever', 'where', 'wherever', 'whether', 'as', 'than', 'then', 'once',
  'why', 'how',
  // auxiliaries and copulas
  'be', 'is', 'am', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'having', 'do',
  'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
  // discourse and time adverbs that open sentences
  'however', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'therefore',
  'thus', 'hence', 'instead', 'also', 'still', 'even', 'just', 'only', 'already', 'now', 'here',
  'there', 'today', 'yesterday', 'tomorrow', 'tonight', 'last', 'next', 'earlier', 'later', 'soon',
  'again', 'indeed', 'perhaps', 'not', 'never', 'always', 'often', 'yes', 'otherwise', 'overall',
  'finally', 'first', 'second', 'third', 'ultimately', 'currently', 'recently',
]);
