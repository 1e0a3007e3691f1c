/**
 * Step 5: link recognised names into article-level entities. A full personal
 * name defines a person; a single word equal to a person's last name, or a
 * spelling variant of it ("Kovalenkko" for "Kovalenko"), is that person (the
 * nearest full name before it, else after it); a surface form seen typed
 * elsewhere in the article takes that type ("the Springfield meeting" after
 * "in Springfield"). Each surface form takes the key its strongest evidence
 * gives, so one word is one entity throughout. Capitals and seats of
 * government keep their own type and get a link to their country.
 *
 * Only what any recogniser outputs is read (span, type, text, words, last,
 * canonical, evidence): a person span that carries a courtesy title or an
 * office ("Mr Doe", "Secretary Doe") or a possessive is cut down to the name
 * here, whichever recogniser produced it.
 */
import type { Entity, EntityType, Mention } from '../../types.js';
import { capitalCountry, countryName } from '../../text/countries.js';
import { HONORIFICS, TITLE_HEADS, isTitleWord } from '../lexicons/titles.js';
import type { Evidence, Recognised } from './04-recognise.js';
import { firstIndex } from '../../text/search.js';

const EVIDENCE_RANK: Readonly<Record<Evidence, number>> = { gazetteer: 3, strong: 2, weak: 1, none: 0 };

interface Keyed {
  item: Recognised;
  key: string;
  type: EntityType;
  rank: number;
}

/**
 * Slug of a name for entity keys: lowercase ASCII words joined by "-".
 *
 * @example
 * slugify('José Núñez'); // 'jose-nunez'
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Mentions (sorted, non-overlapping) and entities from recognised names.
 *
 * @example
 * link(recognised).entities.map((e) => e.key); // ['person:jane-doe', 'gpe:france']
 */
export function link(recognised: readonly Recognised[]): { mentions: Mention[]; entities: Entity[] } {
  const named = recognised.map((r) => (r.type === 'PERSON' ? personName(r) : r));
  const fullKeys = variantKeys(named.filter((r) => r.type === 'PERSON' && r.words >= 2 && !r.titleCase));
  const surnames = new Set(named.filter((r) => r.type === 'PERSON').map((r) => variantKey(r.last)));
  const items = named.map((r) => asNamedPerson(r, fullKeys, surnames));
  const persons = bySurname(items.filter((r) => r.type === 'PERSON' && r.words >= 2 && !r.titleCase));
  const keyed: Keyed[] = [];
  const pending: Recognised[] = [];
  for (const item of items) {
    const k = firstKey(item, persons, fullKeys);
    if (k) keyed.push(k);
    else pending.push(item);
  }
  const bySurface = strongestBySurface(keyed);
  for (const item of pending) {
    const best = bySurface.get(item.text);
    if (best) keyed.push({ item, key: best.key, type: best.type, rank: 0 });
  }
  const unified = keyed.map((k) => {
    const best = bySurface.get(k.item.text) ?? k;
    return { ...k, key: best.key, type: best.type };
  });
  return build(unified);
}

/** The key a name gets from its own evidence, or null when it needs the rest of the article. */
function firstKey(item: Recognised, persons: ReadonlyMap<string, readonly Recognised[]>, fullKeys: ReadonlyMap<string, string>): Keyed | null {
  const rank = EVIDENCE_RANK[item.evidence];
  if (item.type === 'PERSON' && item.words >= 2 && !item.titleCase) {
    return { item, key: fullKeys.get(variantKey(item.text)) ?? `person:${slugify(item.text)}`, type: 'PERSON', rank };
  }
  if (item.evidence !== 'gazetteer' && item.words === 1) {
    const owner = surnameOwner(item, persons);
    if (owner) return { item, key: fullKeys.get(variantKey(owner.text)) ?? `person:${slugify(owner.text)}`, type: 'PERSON', rank: EVIDENCE_RANK.strong };
    // "State" of "Secretary of State", "President" alone: a title word is nobody's whole name.
    if (item.type === 'PERSON' && isTitleWord(item.text) && !NAME_LIKE_TITLES.has(item.text.toLowerCase())) return null;
  }
  if (item.evidence === 'gazetteer' && item.type) {
    return { item, key: `${item.type.toLowerCase()}:${slugify(item.canonical ?? item.text)}`, type: item.type, rank };
  }
  if (item.type && !item.titleCase) return { item, key: `${item.type.toLowerCase()}:${slugify(item.text)}`, type: item.type, rank };
  return null;
}

/** Full-name persons by the variant key of their last word, each list in text order. */
function bySurname(persons: readonly Recognised[]): Map<string, Recognised[]> {
  const out = new Map<string, Recognised[]>();
  for (const p of persons) {
    const key = variantKey(p.last);
    const list = out.get(key);
    if (list) list.push(p);
    else out.set(key, [p]);
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * The full-name person whose last word is this word or a spelling of it: the nearest before it,
 * else the nearest after (a binary search in the surname's list, so many names cost n log n).
 */
function surnameOwner(item: Recognised, persons: ReadonlyMap<string, readonly Recognised[]>): Recognised | null {
  const owners = persons.get(variantKey(item.text));
  if (!owners || owners.length === 0) return null;
  const lo = firstIndex(owners.length, (i) => (owners[i]?.start ?? 0) >= item.start);
  return owners[lo - 1] ?? owners[0] ?? null;
}

function strongestBySurface(keyed: readonly Keyed[]): Map<string, Keyed> {
  const best = new Map<string, Keyed>();
  for (const k of keyed) {
    const seen = best.get(k.item.text);
    if (!seen || k.rank > seen.rank) best.set(k.item.text, k);
  }
  return best;
}

function build(keyed: readonly Keyed[]): { mentions: Mention[]; entities: Entity[] } {
  const sorted = [...keyed].sort((a, b) => a.item.start - b.item.start || b.item.end - a.item.end);
  const mentions: Mention[] = [];
  const entities = new Map<string, Entity>();
  const nameWords = new Map<string, number>();
  // Aliases as a set beside the list, so an entity written many ways costs no rescan per mention.
  const aliasSets = new Map<string, Set<string>>();
  let lastEnd = -1;
  for (const { item, key, type } of sorted) {
    if (item.start < lastEnd) continue;
    lastEnd = item.end;
    mentions.push({ start: item.start, end: item.end, type, entity: key, form: 'name' });
    const entity = entities.get(key) ?? { key, type, name: item.text, aliases: [] };
    const seen = aliasSets.get(key) ?? new Set<string>();
    aliasSets.set(key, seen);
    if (!seen.has(item.text)) {
      seen.add(item.text);
      entity.aliases.push(item.text);
    }
    const words = nameWords.get(key) ?? 0;
    if (item.words > words || (item.words === words && item.text.length > entity.name.length)) {
      entity.name = item.text;
      nameWords.set(key, item.words);
    }
    entities.set(key, entity);
  }
  return { mentions, entities: [...entities.values()].map(withCountry) };
}

/** A capital or seat of government with the key of its country. */
function withCountry(entity: Entity): Entity {
  if (entity.type === 'PERSON' || entity.type === 'NORP') return entity;
  const code = capitalCountry(entity.name);
  const name = code ? countryName(code) : undefined;
  return name ? { ...entity, country: `gpe:${slugify(name)}` } : entity;
}

/**
 * Folds a name so that romanisation variants coincide: case and diacritics
 * go, "y" and "i" are one letter, doubled letters collapse ("Kovalskyy",
 * "Kovalskiy" and "Kovalsky" give one key).
 *
 * @example
 * variantKey('Dmytriy Kovalskyy') === variantKey('Dmytrii Kovalsky'); // true
 */
export function variantKey(name: string): string {
  return slugify(name).replace(/y/g, 'i').replace(/([a-z])\1+/g, '$1');
}

/** Full names that are spellings of one another take the key of the first one written. */
function variantKeys(persons: readonly Recognised[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const p of [...persons].sort((a, b) => a.start - b.start)) {
    const folded = variantKey(p.text);
    if (!keys.has(folded)) keys.set(folded, `person:${slugify(p.text)}`);
  }
  return keys;
}

/** Title words that are also common given names ("Dean Smith"): kept when they are all that precedes the surname. */
const NAME_LIKE_TITLES: ReadonlySet<string> = new Set(['dean', 'major', 'king', 'prince', 'princess', 'queen', 'general', 'judge', 'partner']);

/**
 * A person span without what is not the name: leading courtesy titles and
 * offices ("Mr.", "Secretary of State") and a trailing possessive. The span,
 * text, word count and last word are recomputed from the text it keeps.
 *
 * @example
 * personName(recognised('Secretary Jane Doe’s')).text; // 'Jane Doe'
 */
export function personName(item: Recognised): Recognised {
  const words = [...item.text.matchAll(/\S+/gu)].map((m) => ({ at: m.index, text: m[0] }));
  let from = 0;
  while (from < words.length - 1 && isLeadingTitle(words[from]?.text ?? '', from > 0, words.length - from - 1)) from++;
  const at = words[from]?.at ?? 0;
  const text = item.text.slice(at).replace(/['’]s$/u, '');
  if (text === item.text) return item;
  const kept = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return { ...item, start: item.start + at, end: item.start + at + text.length, text, words: kept.length, last: kept[kept.length - 1] ?? item.last };
}

/** Most words of a name read out of a mistyped span ("Jane Maria Doe"). */
const MAX_RETYPED_NAME_WORDS = 3;

/**
 * An untyped or otherwise-typed span that is, once leading titles are cut, a
 * person of the article is that person: a full name typed as a person
 * elsewhere ("State Jane Doe" beside "Jane Doe"), or capitalised words after a
 * cut title whose last word is a surname typed as a person elsewhere ("State
 * Jane Doe" beside "Doe said").
 */
function asNamedPerson(item: Recognised, fullKeys: ReadonlyMap<string, string>, surnames: ReadonlySet<string>): Recognised {
  if (item.type === 'PERSON' || item.evidence === 'gazetteer' || item.words < 2) return item;
  const name = personName({ ...item, type: 'PERSON' });
  if (name.words < 2) return item;
  if (fullKeys.has(variantKey(name.text))) return name;
  const words = name.text.split(/\s+/u);
  const plainName = words.length <= MAX_RETYPED_NAME_WORDS && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
  return name.start > item.start && plainName && surnames.has(variantKey(name.last)) ? name : item;
}

/** True when a leading word of a person span is a courtesy title or an office, not a given name. */
function isLeadingTitle(word: string, afterTitle: boolean, wordsAfter: number): boolean {
  const lower = word.toLowerCase().replace(/\.$/u, '');
  if (HONORIFICS.has(lower)) return true;
  if (!isTitleWord(lower) && !(afterTitle && lower === 'of')) return false;
  return wordsAfter >= 2 || (TITLE_HEADS.has(lower) && !NAME_LIKE_TITLES.has(lower));
}
