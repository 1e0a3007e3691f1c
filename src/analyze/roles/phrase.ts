/**
 * Shared pieces of the role patterns: which tokens may stand in a title
 * phrase, and how a phrase becomes a Role (status words out of the title).
 */
import type { Role } from '../../types.js';
import { isPluralTitle, isTitleHead, isTitleWord, statusOf, type TitleStatus } from '../lexicons/titles.js';
import type { RoleToken } from './01-tokens.js';

const ARTICLES = new Set(['a', 'an', 'the']);

/** True for words that may stand in a title phrase before a name: title words and non-person names ("U.S. envoy"). */
export function isPhraseWord(t: RoleToken | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  if (t.mention) return t.mention.type !== 'PERSON';
  return isTitleWord(t.text) || isTitleHead(t.text) || /^ex-/u.test(t.lower);
}

/**
 * Where the title phrase that ends at token `end` starts, walking back over
 * title words, names of places and groups, "newly appointed", and the "of" of
 * a capitalised title ("Secretary of State"), but not of a relation
 * ("son-in-law of former President …" stops at "of").
 *
 * @example
 * phraseStart(tokens, 3); // 0 for "Secretary of State Jane Doe"
 */
export function phraseStart(tokens: readonly RoleToken[], end: number): number {
  let i = end;
  while (i > 0) {
    const t = tokens[i - 1];
    const before = tokens[i - 2];
    if (t?.lower === 'of' && before !== undefined && /^\p{Lu}/u.test(before.text) && isTitleHead(before.text)) i--;
    else if (t !== undefined && isParticiple(t) && before?.lower === 'newly') i -= 2;
    else if (isPhraseWord(t)) i--;
    else break;
  }
  while (i < end && tokens[i]?.lower === 'of') i++;
  return i;
}

/** "appointed", "named": past participles that follow "newly" in a title. */
export function isParticiple(t: RoleToken): boolean {
  return /^\p{Ll}+ed$/u.test(t.text);
}

/** True when the token is an article. */
export function isArticle(t: RoleToken | undefined): boolean {
  return t !== undefined && ARTICLES.has(t.lower);
}

/**
 * A Role from tokens `[from, to)` of a phrase: leading articles, status
 * words and participles go out of the title and give the status.
 *
 * @example
 * toRole(text, tokens, 0, 2, 'person:jane-doe'); // { title: 'President', status: 'former', … }
 */
export function toRole(text: string, tokens: readonly RoleToken[], from: number, to: number, entity: string, status?: TitleStatus): Role | null {
  let i = from;
  let found = status;
  while (i < to && isArticle(tokens[i])) i++;
  const spanStart = tokens[i]?.start;
  for (;;) {
    const t = tokens[i];
    if (t === undefined || i >= to) return null;
    const s = statusOf(t.lower.replace(/-$/u, '')) ?? (t.lower.startsWith('ex-') ? 'former' : undefined);
    if (s && !t.lower.startsWith('ex-')) {
      found ??= s;
      i++;
      continue;
    }
    if (s) found ??= s;
    if (found === 'new' && isParticiple(t)) {
      i++;
      continue;
    }
    break;
  }
  const last = tokens[to - 1];
  const first = tokens[i];
  if (spanStart === undefined || first === undefined || last === undefined) return null;
  const head = headIndex(tokens, i, to);
  // "American negotiators Jane Doe and Jo Bloggs": a group's title is no one person's role.
  if (head < 0 || isPluralTitle(tokens[head]?.text ?? '')) return null;
  const title = text.slice(first.start, last.end).replace(/^ex-/iu, '');
  return { start: spanStart, end: last.end, entity, title, ...(found ? { status: found } : {}) };
}

/**
 * The head of the title phrase in tokens `[from, to)`: the last word of its
 * first run of title heads ("negotiator" of "chief negotiator", "Secretary" of
 * "Secretary of State", "adviser" of "adviser to President Jo Bloggs"); -1 when
 * the phrase has none.
 *
 * @example
 * headIndex(tokens, 0, 2); // 1 for "chief negotiator"
 */
export function headIndex(tokens: readonly RoleToken[], from: number, to: number): number {
  const isHead = (t: RoleToken | undefined): boolean => t !== undefined && !t.mention && isTitleHead(t.text);
  let i = from;
  while (i < to && !isHead(tokens[i])) i++;
  if (i >= to) return -1;
  while (i + 1 < to && isHead(tokens[i + 1])) i++;
  return i;
}
