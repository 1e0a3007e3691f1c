/**
 * When a dossier's speaker is the gold speaker ("same person or
 * organisation"). Both names are normalised — accents removed, lowercase,
 * punctuation and the possessive "'s" dropped, the article "the" dropped — and
 * split into words. The dossier's name matches when it is non-empty and every
 * one of its words is a word of the gold name: "Marta Keller" and "Keller"
 * both match the gold "Marta Keller", "Port Authority" matches "the Port
 * Authority", but "Keller" does not match "Kellerman" and "Marta Keller
 * spokeswoman" does not match "Marta Keller". `null` (nobody named) matches
 * `null` only.
 */

/** Words that do not tell two names apart. */
const IGNORED_WORDS = new Set(['the', 's']);

/**
 * The words of a name as the match compares them.
 *
 * @example
 * nameWords('The Port-Authority’s'); // ['port', 'authority']
 */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !IGNORED_WORDS.has(w));
}

/**
 * True when the dossier's speaker names the gold speaker (see the module comment).
 *
 * @example
 * speakerMatches('Marta Keller', 'Keller'); // true
 * speakerMatches('Marta Keller', null);     // false
 * speakerMatches(null, null);               // true
 */
export function speakerMatches(gold: string | null, given: string | null): boolean {
  if (gold === null || given === null) return gold === given;
  const goldWords = new Set(nameWords(gold));
  const givenWords = nameWords(given);
  return givenWords.length > 0 && givenWords.every((w) => goldWords.has(w));
}
