/**
 * Lowercasing that keeps every offset: `toLowerCase` can lengthen a string ("İ" becomes "i̇", two
 * code units), so an index found in a lowercased copy may point past the character it found in
 * the original. `lowerSameLength` lowercases character by character and keeps a character whose
 * lowercase form would change the length as its first lowercase code point (İ → i), or as itself.
 *
 * @example
 * lowerSameLength('İSTANBUL').length; // 8, as 'İSTANBUL'.length
 * lowerSameLength('İSTANBUL'); // 'istanbul'
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  // Lowercasing never shortens: equal lengths mean no character grew, so every offset holds.
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    if (l.length === ch.length) out += l;
    else {
      const first = String.fromCodePoint(l.codePointAt(0) ?? 0);
      out += first.length === ch.length ? first : ch;
    }
  }
  return out;
}
