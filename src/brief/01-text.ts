/** Content-word tokens for comparing sentences: lowercase, no stopwords, crude plural folding. */

const STOPWORDS = new Set(
  (
    'a an and are as at be been being but by for from had has have he her his i in into is it its ' +
    'of on or our over she so than that the their them there these they this those to was we were ' +
    'what when where which while who whom why will with would not no can could may might must should ' +
    'also after before about against between during such more most other some any all each both very ' +
    'just than then only own same too said says say stated noted according us'
  ).split(' '),
);

/** Minimum token length kept: one- and two-letter tokens are mostly noise ("s", "st"). */
const MIN_TOKEN_LENGTH = 3;

/**
 * Content words of a text, for similarity.
 * @example contentWords('The talks were productive.') // ['talk', 'productive']
 */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    let w = m[0];
    if (w.length < MIN_TOKEN_LENGTH || STOPWORDS.has(w)) continue;
    // Fold simple plurals so "talks" meets "talk"; "ss" words ("progress") stay.
    if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
    out.push(w);
  }
  return out;
}
