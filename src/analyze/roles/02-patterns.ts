/**
 * Step 2: the role patterns around one person mention at tokens `[from, to)`:
 * a title before the name, an appositive after or before it, a relative
 * clause ("who became …") and "resigned as …". Each returns the Roles it reads.
 */
import type { Role } from '../../types.js';
import { isTitleHead, isTitleWord } from '../lexicons/titles.js';
import type { RoleToken } from './01-tokens.js';
import { isArticle, isPhraseWord, phraseStart, toRole } from './phrase.js';

/** A person mention in its sentence's tokens. */
export interface Site {
  text: string;
  tokens: readonly RoleToken[];
  from: number;
  to: number;
  entity: string;
}

/** How far into an appositive its head may stand (", a senior special adviser"). */
const APPOSITIVE_HEAD_REACH = 5;
/** Longest appositive read as a role; longer ones are clauses, not titles. */
const APPOSITIVE_MAX_TOKENS = 14;
/** Longest complement between a title head and the comma before a name ("head of the Ruritanian delegation, …"). */
const COMPLEMENT_REACH = 5;
/** Words that join a title head to its complement ("chief of staff", "adviser to the president"). */
const COMPLEMENT_LINKS = new Set(['of', 'to', 'for']);
/** How far after "who" the role verb may stand ("who recently assumed"). */
const RELATIVE_VERB_REACH = 3;
/** How far after the role verb the title head may stand ("assumed the role of chief negotiator"). */
const RELATIVE_HEAD_REACH = 6;

/** Verbs that give their subject a role ("who became", "who stepped into"). */
const ROLE_VERBS = new Set([
  'is', 'was', 'became', 'becomes', 'serves', 'served', 'assumed', 'assumes', 'took', 'takes',
  'stepped', 'steps', 'remains', 'remained', 'acts', 'acted', 'has', 'had', 'named', 'appointed',
  'elected',
]);
/** Verbs of leaving a role ("resigned as", "stepped down as"). */
const RESIGN_VERBS = new Set(['resigned', 'resigns', 'quit', 'quits', 'stepped', 'steps']);
const CLAUSE_END = new Set([',', ';', '.', ':', '—', '–', ')', '(', '!', '?', '“', '”', '"']);

/**
 * "Secretary of State Jane Doe", "U.S. envoy Jane Doe", "Jo’s son-in-law Jane Doe".
 *
 * @example
 * preModifier(site); // [{ title: 'U.S. envoy', … }]
 */
export function preModifier(s: Site): Role[] {
  const i = phraseStart(s.tokens, s.from);
  if (i === s.from) return [];
  const role = toRole(s.text, s.tokens, i, s.from, s.entity);
  return role ? [role] : [];
}

/**
 * ", head of the delegation", ", a senior adviser to X", ", Jo’s chief of staff".
 *
 * @example
 * appositiveAfter(site); // [{ title: 'head of the delegation', … }]
 */
export function appositiveAfter(s: Site): Role[] {
  if (s.tokens[s.to]?.text !== ',') return [];
  const from = s.to + 1;
  let head = from;
  if (isArticle(s.tokens[head])) head++;
  if (s.tokens[head + 1]?.kind === 'possessive') head += 2;
  const limit = Math.min(s.tokens.length, head + APPOSITIVE_HEAD_REACH);
  while (head < limit && !isTitleHead(s.tokens[head]?.text ?? '')) {
    const t = s.tokens[head];
    if (t === undefined || t.kind !== 'word' || (!isTitleWord(t.text) && !t.mention)) return [];
    head++;
  }
  if (head >= limit || /^\p{Lu}/u.test(s.tokens[head + 1]?.text ?? '')) return [];
  let end = head + 1;
  while (end < s.tokens.length && !CLAUSE_END.has(s.tokens[end]?.text ?? '') && s.tokens[end]?.lower !== 'who') end++;
  if (end - from > APPOSITIVE_MAX_TOKENS) return [];
  const role = toRole(s.text, s.tokens, from, end, s.entity);
  return role ? [role] : [];
}

/**
 * "the new chief negotiator, Jane Doe", "the head of the delegation, Jane Doe":
 * a title phrase after an article or a possessive, a comma, the name.
 *
 * @example
 * appositiveBefore(site); // [{ title: 'chief negotiator', status: 'new', … }]
 */
export function appositiveBefore(s: Site): Role[] {
  const comma = s.from - 1;
  if (s.tokens[comma]?.text !== ',') return [];
  const head = isHeadAt(s, comma - 1) ? comma - 1 : complementHead(s, comma);
  if (head < 0) return [];
  const i = phraseStart(s.tokens, head + 1);
  if (s.tokens[i - 1]?.kind !== 'possessive' && !isArticle(s.tokens[i - 1])) return [];
  const role = toRole(s.text, s.tokens, i, comma, s.entity);
  return role ? [role] : [];
}

function isHeadAt(s: Site, i: number): boolean {
  const t = s.tokens[i];
  return t !== undefined && !t.mention && isTitleHead(t.text);
}

/**
 * The head before a short complement that ends at `end`: "the head of the
 * Ruritanian delegation, …", "Jo’s chief of staff, …"; -1 when there is none.
 */
function complementHead(s: Site, end: number): number {
  const stop = Math.max(0, end - 1 - COMPLEMENT_REACH);
  for (let k = end - 1; k > stop; k--) {
    const t = s.tokens[k];
    if (t === undefined || t.kind !== 'word') return -1;
    if (COMPLEMENT_LINKS.has(t.lower) && isHeadAt(s, k - 1)) return k - 1;
  }
  return -1;
}

/**
 * ", who recently assumed the role of chief negotiator", ", who stepped into the chief negotiator role".
 *
 * @example
 * relativeClause(site); // [{ title: 'chief negotiator', … }]
 */
export function relativeClause(s: Site): Role[] {
  if (s.tokens[s.to]?.text !== ',' || s.tokens[s.to + 1]?.lower !== 'who') return [];
  let verb = s.to + 2;
  while (verb < s.to + 2 + RELATIVE_VERB_REACH && !ROLE_VERBS.has(s.tokens[verb]?.lower ?? '')) {
    if (!s.tokens[verb]?.lower.endsWith('ly')) return [];
    verb++;
  }
  if (!ROLE_VERBS.has(s.tokens[verb]?.lower ?? '')) return [];
  return titleAfter(s, verb + 1);
}

/**
 * "Jane Doe resigned as foreign minister", "Jane Doe stepped down as chair".
 *
 * @example
 * resignedAs(site); // [{ title: 'foreign minister', status: 'resigned', … }]
 */
export function resignedAs(s: Site): Role[] {
  let i = s.to;
  if (!RESIGN_VERBS.has(s.tokens[i]?.lower ?? '')) return [];
  i++;
  if (s.tokens[i]?.lower === 'down') i++;
  if (s.tokens[i]?.lower !== 'as') return [];
  return titleAfter(s, i + 1).map((r) => ({ ...r, status: 'resigned' as const }));
}

/** The first title phrase in the next few words: its head with the title words around it. */
function titleAfter(s: Site, from: number): Role[] {
  for (let k = from; k < Math.min(s.tokens.length, from + RELATIVE_HEAD_REACH); k++) {
    const t = s.tokens[k];
    if (t === undefined || CLAUSE_END.has(t.text)) return [];
    if (!isTitleHead(t.text) || t.mention) continue;
    let start = k;
    while (start > from && isPhraseWord(s.tokens[start - 1]) && s.tokens[start - 1]?.lower !== 'of') start--;
    let end = k + 1;
    while (end < s.tokens.length && isTitleWord(s.tokens[end]?.text ?? '')) end++;
    const role = toRole(s.text, s.tokens, start, end, s.entity);
    return role ? [role] : [];
  }
  return [];
}
