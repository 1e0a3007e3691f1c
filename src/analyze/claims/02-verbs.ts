/**
 * Step 2: the verb-form table — every inflection of the news-verb lexicon
 * mapped to its lemma and form, built once from regular English rules plus the
 * irregular forms.
 */
import { IRREGULAR_FORMS, NEWS_VERBS } from './lexicon.js';

export type VerbForm = 'base' | 'third' | 'past' | 'ing';

export interface VerbEntry {
  lemma: string;
  form: VerbForm;
}

const VOWELS = /[aeiou]/;

/** One-syllable verbs ending consonant-vowel-consonant double it: plan → planned. */
function doubles(lemma: string): boolean {
  const syllables = lemma.match(/[aeiouy]+/g)?.length ?? 0;
  return syllables === 1 && /[^aeiou][aeiou][^aeiouwxy]$/.test(lemma);
}

function third(lemma: string): string {
  if (/(?:s|x|z|ch|sh|o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

function past(lemma: string): string {
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  if (doubles(lemma)) return `${lemma}${lemma.slice(-1)}ed`;
  return `${lemma}ed`;
}

function ing(lemma: string): string {
  if (lemma.endsWith('ie')) return `${lemma.slice(0, -2)}ying`;
  if (lemma.endsWith('e') && !/(?:ee|ye|oe)$/.test(lemma) && VOWELS.test(lemma.slice(0, -1))) return `${lemma.slice(0, -1)}ing`;
  if (doubles(lemma)) return `${lemma}${lemma.slice(-1)}ing`;
  return `${lemma}ing`;
}

function build(): Map<string, VerbEntry> {
  const table = new Map<string, VerbEntry>();
  const add = (word: string, lemma: string, form: VerbForm): void => {
    if (!table.has(word)) table.set(word, { lemma, form });
  };
  for (const lemma of NEWS_VERBS) {
    add(lemma, lemma, 'base');
    add(third(lemma), lemma, 'third');
    for (const p of IRREGULAR_FORMS[lemma] ?? [past(lemma)]) add(p, lemma, 'past');
    add(ing(lemma), lemma, 'ing');
  }
  return table;
}

/** Every form of every news verb. */
export const VERB_FORMS: ReadonlyMap<string, VerbEntry> = build();

/**
 * The lemma and form of a word when it is a news verb.
 *
 * @example
 * verbOf('travelled'); // { lemma: 'travel', form: 'past' }
 */
export function verbOf(word: string): VerbEntry | undefined {
  return VERB_FORMS.get(word.toLowerCase());
}
