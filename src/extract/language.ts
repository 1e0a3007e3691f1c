/**
 * A small language guess for text without a declared language: the share of
 * words that are among each language's most common function words.
 */

/** Fewer hits than this is too little text to trust a guess. */
export const MIN_STOPWORD_HITS = 5;
/** The answer when the text gives no clear signal: the most common language of news input. */
export const FALLBACK_LANGUAGE = 'en';

const STOPWORDS: Record<string, ReadonlySet<string>> = {
  en: new Set('the and of to in is that for it with was on as are be by this have from at which not has were would will their they said'.split(' ')),
  fr: new Set('le la les et des est une dans du que qui pour pas sur au avec sont ce il elle mais ont été aux cette nous par'.split(' ')),
  de: new Set('der die das und ist nicht ein eine zu den mit von sich des auf für dem im auch es wird wurde sind bei oder nach'.split(' ')),
  es: new Set('el la los las y en que del se por una un con para es al como más pero sus fue este ha son entre sobre'.split(' ')),
  it: new Set('il di che e la le per un una non sono del della con gli anche è ha dei nel alla più ma come questo stato'.split(' ')),
  pt: new Set('o os as de que e do da em um uma para com não por mais dos das no na se foi ao ele são pelo'.split(' ')),
  nl: new Set('de het een en van is dat op te in voor met niet zijn er aan ook als maar om dit bij door werd naar hij'.split(' ')),
};

/**
 * Guesses the ISO 639-1 language of a text among en, fr, de, es, it, pt and nl.
 *
 * @example
 * guessLanguage('Le président a dit que les discussions avec la Russie sont difficiles et longues.'); // 'fr'
 */
export function guessLanguage(text: string): string {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = FALLBACK_LANGUAGE;
  let bestHits = 0;
  for (const [language, stopwords] of Object.entries(STOPWORDS)) {
    const hits = words.filter((w) => stopwords.has(w)).length;
    if (hits > bestHits) {
      best = language;
      bestHits = hits;
    }
  }
  return bestHits >= MIN_STOPWORD_HITS ? best : FALLBACK_LANGUAGE;
}
