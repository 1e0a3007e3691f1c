/**
 * Step 3: definite descriptions. "the Secretary of State", "the Ruritanian
 * leader", "the envoy" refer to a person when exactly one person in the
 * article holds a matching role; each such phrase becomes a Mention of that
 * person with `form: 'description'` (its span leaves out any place or group
 * named inside it, so mentions still never overlap). A description matches a role when their
 * heads agree ("leader" stands for any head of state or government) and every
 * other word of the description is in that person's roles of that head, with
 * countries, their demonyms and codes counted as one word ("Ruritanian" =
 * "of Ruritania"). Plural heads ("the negotiators") describe groups and are
 * never resolved; a phrase that is itself part of a role, or that stands before
 * a name ("the envoy Jane Doe"), is no description.
 */
import type { Article, Mention, Role, Sentence, Span } from '../../types.js';
import { countryCodeOf } from '../../text/countries.js';
import { FUNCTION_WORDS } from '../lexicons/function-words.js';
import { LEADER_HEADS, isPluralTitle, statusOf, type TitleStatus } from '../lexicons/titles.js';
import { SpanIndex } from '../../text/spans.js';
import { roleTokens, type RoleToken } from './01-tokens.js';
import { headIndex, isPhraseWord } from './phrase.js';

/** Words that open a definite description. */
const DETERMINERS = new Set(['the']);
/** Longest name after "of" that completes a description ("the President of the Ruritanian Republic"). */
const OF_NAME_MAX_TOKENS = 4;
/** Office heads that, with "prime" before them, make a head of government. */
const PRIME_HEADS = new Set(['minister']);
/** British and American spellings of title words, so "adviser" matches "advisor". */
const SPELLINGS: Readonly<Record<string, string>> = { advisor: 'adviser', defense: 'defence', counselor: 'counsellor' };

/** What a phrase says: its head, its other content words and its time marker. */
interface Profile {
  head: string;
  leader: boolean;
  words: Set<string>;
  status?: TitleStatus;
}

/**
 * Mentions for the definite descriptions of the article that exactly one
 * person's roles answer to.
 *
 * @example
 * findDescriptions(article, sentences, mentions, roles);
 * // [{ start: 40, end: 62, type: 'PERSON', entity: 'person:jane-doe', form: 'description' }] for "the Secretary of State"
 */
export function findDescriptions(article: Article, sentences: Sentence[], mentions: Mention[], roles: Role[]): Mention[] {
  const profiles = roleProfiles(article.text, mentions, roles);
  if (profiles.size === 0) return [];
  const holders = byHead(profiles);
  const out: Mention[] = [];
  const mentionIndex = new SpanIndex(mentions);
  const roleIndex = new SpanIndex(roles);
  for (const sentence of sentences) {
    const inside = mentionIndex.overlapping(sentence.start, sentence.end).filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const tokens = roleTokens(article.text, sentence, inside);
    for (let i = 0; i < tokens.length; i++) {
      if (!DETERMINERS.has(tokens[i]?.lower ?? '')) continue;
      const phrase = descriptionAt(tokens, i + 1);
      if (!phrase) continue;
      const span: Span = { start: tokens[i]?.start ?? 0, end: tokens[phrase.end - 1]?.end ?? 0 };
      if (roleIndex.anyOverlapping(span.start, span.end) || inside.some((m) => m.type === 'PERSON' && overlaps(m, span))) continue;
      const entity = soleHolder(profileOf(tokens, i + 1, phrase.end, phrase.head), holders);
      if (entity) out.push({ ...clear(tokens, i, phrase), type: 'PERSON', entity, form: 'description' });
      i = phrase.end - 1;
    }
  }
  return out;
}

/**
 * The span of a description without the names inside it, since mentions never
 * overlap: the stretch around the head between them ("the Ruritanian leader"
 * → "leader", "the President of Ruritania" → "the President"); the whole
 * phrase when it holds no name.
 */
function clear(tokens: readonly RoleToken[], from: number, phrase: { end: number; head: number }): Span {
  let lo = from;
  for (let k = phrase.head - 1; k >= from; k--) {
    if (tokens[k]?.mention) {
      lo = k + 1;
      break;
    }
  }
  let hi = phrase.end;
  for (let k = phrase.head + 1; k < phrase.end; k++) {
    if (tokens[k]?.mention) {
      hi = k;
      break;
    }
  }
  while (hi - 1 > phrase.head && FUNCTION_WORDS.has(tokens[hi - 1]?.lower ?? '')) hi--;
  return { start: tokens[lo]?.start ?? 0, end: tokens[hi - 1]?.end ?? 0 };
}

/** The description starting at `from`: title words and names of places or groups, a singular head, an optional "of Name". */
function descriptionAt(tokens: readonly RoleToken[], from: number): { end: number; head: number } | null {
  let end = from;
  while (end < tokens.length && isPhraseWord(tokens[end])) end++;
  if (tokens[end]?.lower === 'of') end = ofName(tokens, end + 1) ?? end;
  const head = headIndex(tokens, from, end);
  if (head < 0 || isPluralTitle(tokens[head]?.text ?? '')) return null;
  const next = tokens[end];
  // "the envoy Jane Doe", "the envoy, Jane Doe": a title for a name, read by the role patterns.
  if (next?.mention?.type === 'PERSON' || (next?.text === ',' && tokens[end + 1]?.mention?.type === 'PERSON')) return null;
  return { end, head };
}

/**
 * The end of a capitalised name or a place after "of" ("of State", "of the
 * Republic"), with the noun after a group name ("of the Ruritanian delegation"); null when none follows.
 */
function ofName(tokens: readonly RoleToken[], from: number): number | null {
  let end = from;
  if (tokens[end]?.lower === 'the') end++;
  const start = end;
  while (end < tokens.length && end - start < OF_NAME_MAX_TOKENS) {
    const t = tokens[end];
    if (t === undefined || t.kind !== 'word' || t.mention?.type === 'PERSON') break;
    if (!t.mention && !/^\p{Lu}/u.test(t.text)) break;
    end++;
  }
  if (end === start) return null;
  // A group name is an adjective ("Ruritanian"): the noun it qualifies ends the phrase.
  const noun = tokens[end];
  if (tokens[end - 1]?.mention?.type === 'NORP' && noun?.kind === 'word' && /^\p{Ll}/u.test(noun.text) && !FUNCTION_WORDS.has(noun.lower)) end++;
  return end;
}

/** Per person and head word, the profile of everything their roles in the article say. */
function roleProfiles(text: string, mentions: readonly Mention[], roles: readonly Role[]): Map<string, Profile[]> {
  const byPerson = new Map<string, Profile[]>();
  const index = new SpanIndex(mentions);
  for (const role of roles) {
    const inside = index.overlapping(role.start, role.end).filter((m) => m.start >= role.start && m.end <= role.end);
    const tokens = roleTokens(text, role, inside);
    const head = headIndex(tokens, 0, tokens.length);
    if (head < 0) continue;
    const profile = profileOf(tokens, 0, tokens.length, head);
    if (role.status) profile.status = role.status;
    const list = byPerson.get(role.entity) ?? [];
    const same = list.find((p) => p.head === profile.head && isPast(p) === isPast(profile));
    if (same) for (const w of profile.words) same.words.add(w);
    else list.push(profile);
    byPerson.set(role.entity, list);
  }
  return byPerson;
}

/** The profile of tokens `[from, to)` with its head at `head`. */
function profileOf(tokens: readonly RoleToken[], from: number, to: number, head: number): Profile {
  const headWord = wordKey(tokens[head]?.text ?? '');
  const before = tokens.slice(from, head).map((t) => t.lower);
  const words = new Set<string>();
  let status: TitleStatus | undefined;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t === undefined || i === head || t.kind !== 'word') continue;
    const marker = statusOf(t.lower);
    if (marker) {
      status ??= marker;
      continue;
    }
    if (FUNCTION_WORDS.has(t.lower)) continue;
    words.add(unitOf(t));
  }
  const leader = LEADER_HEADS.has(headWord) || (PRIME_HEADS.has(headWord) && before.includes('prime'));
  if (leader && before.includes('prime')) words.delete('prime');
  return { head: headWord, leader, words, ...(status ? { status } : {}) };
}

/**
 * A token as the word it contributes: the country it or its mention names
 * ("U.S.", "United States" and "American" are one word), else the entity it
 * lies in, else its folded spelling.
 */
function unitOf(t: RoleToken): string {
  const m = t.mention;
  // An entity key is "<type>:<slug of the name>": the slug's words name the country a mention stands for.
  const country = countryCodeOf(t.text) ?? (m && m.type !== 'PERSON' ? countryCodeOf(m.entity.replace(/^[a-z]+:/u, '').replace(/-/g, ' ')) : null);
  if (country) return `country:${country}`;
  return m ? m.entity : wordKey(t.text);
}

function wordKey(word: string): string {
  const lower = word.toLowerCase();
  return SPELLINGS[lower] ?? lower;
}

/** A person's role profiles that share one head word ("leader" gathers every leader's). */
type Holders = ReadonlyMap<string, ReadonlyMap<string, Profile[]>>;

/** The profiles by head word, then by person, so a description is checked only against roles of its head. */
function byHead(profiles: ReadonlyMap<string, Profile[]>): Holders {
  const out = new Map<string, Map<string, Profile[]>>();
  const add = (head: string, entity: string, p: Profile): void => {
    const people = out.get(head) ?? new Map<string, Profile[]>();
    out.set(head, people);
    people.set(entity, [...(people.get(entity) ?? []), p]);
  };
  for (const [entity, list] of profiles) {
    for (const p of list) {
      add(p.head, entity, p);
      if (p.leader && p.head !== 'leader') add('leader', entity, p);
    }
  }
  return out;
}

/** The one person whose roles answer the description, or null when none or several do. */
function soleHolder(description: Profile, holders: Holders): string | null {
  let match: string | null = null;
  for (const [entity, profiles] of holders.get(description.head) ?? []) {
    if (!profiles.some((p) => answers(description, p))) continue;
    // A second holder makes it ambiguous: no need to look further.
    if (match !== null) return null;
    match = entity;
  }
  return match;
}

/** Heads agree, the time agrees (a former president is not "the president"), and every word of the description is in the role. */
function answers(d: Profile, role: Profile): boolean {
  const head = d.head === role.head || (d.head === 'leader' && role.leader);
  if (!head || isPast(d) !== isPast(role)) return false;
  for (const w of d.words) if (!role.words.has(w)) return false;
  return true;
}

function isPast(p: Profile): boolean {
  return p.status === 'former' || p.status === 'resigned';
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
