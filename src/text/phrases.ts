/**
 * Word lists as regular-expression alternations: each phrase escaped, its
 * spaces matching any run of whitespace, so "scheduled to" also finds
 * "scheduled\nto". One builder for every stage that matches a lexicon.
 */

/**
 * The alternation of `phrases` (no group, no anchors), for use inside a larger pattern.
 *
 * @example
 * new RegExp(`\\b(?:${phraseAlternation(['set to', 'a.m.'])})\\b`, 'i').test('set  to'); // true
 */
export function phraseAlternation(phrases: readonly string[]): string {
  return phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}
