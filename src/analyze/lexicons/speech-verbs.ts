/** Irregular forms of speech verbs. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
  quip: ['quipped', 'quipping'],
  concur: ['concurred', 'concurring'],
  slam: ['slammed', 'slamming'],
  read: ['read'],
  snap: ['snapped', 'snapping'],
  dub: ['dubbed', 'dubbing'],
};

/**
 * Verbs of saying (lowercase, every inflected form), for "X said" style cues.
 * Generic: any speaker, any register common in news copy.
 *
 * @example
 * SPEECH_VERBS.has('acknowledged'); // true
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  [
    'say', 'tell', 'state', 'add', 'note', 'remark', 'emphasize', 'emphasise', 'stress', 'acknowledge',
    'caution', 'warn', 'highlight', 'explain', 'insist', 'argue', 'claim', 'announce', 'confirm',
    'deny', 'write', 'tweet', 'post', 'ask', 'reply', 'respond', 'echo', 'describe', 'express',
    'point', 'suggest', 'reaffirm', 'signal', 'declare', 'admit', 'assert', 'comment', 'observe',
    'predict', 'promise', 'report', 'reveal', 'urge', 'vow', 'maintain', 'contend', 'concede',
    'criticize', 'criticise', 'characterize', 'characterise', 'recall', 'repeat', 'mention',
    'elaborate', 'accuse', 'dismiss', 'reject', 'welcome', 'praise', 'hint',
    'exclaim', 'confess', 'quip', 'joke', 'retort', 'counter', 'boast', 'complain', 'lament', 'pledge',
    'allege', 'speculate', 'testify', 'recount', 'wonder', 'conclude', 'plead', 'tout', 'scoff', 'muse',
    'shout', 'yell', 'whisper', 'concur', 'decry', 'blast', 'slam', 'acknowledge', 'caution', 'agree',
  ].flatMap(inflect),
);

/**
 * Regular English inflection: base, third person, past, present participle
 * (plus the irregular forms listed above).
 *
 * @example
 * inflect('cry'); // ['cry', 'cries', 'cried', 'crying']
 */
export function inflect(verb: string): string[] {
  const consonantY = verb.endsWith('y') && !/[aeiou]y$/.test(verb);
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const past = verb.endsWith('e') ? `${verb}d` : consonantY ? `${verb.slice(0, -1)}ied` : `${verb}ed`;
  const third = /(s|sh|ch|x|z|o)$/.test(verb) ? `${verb}es` : consonantY ? `${verb.slice(0, -1)}ies` : `${verb}s`;
  return [verb, third, past, `${stem}ing`, ...(IRREGULAR[verb] ?? [])];
}
