/**
 * Step 5: link recognised names into article-level entities. A full personal
 * name defines a person; a single word equal to a person's last name is that
 * person (the nearest full name before it, else after it); a surface form
 * seen typed elsewhere in the article takes that type ("the Springfield
 * meeting" after "in Springfield"). Each surface form takes the key its
 * strongest evidence gives, so one word is one entity throughout.
 */
import type { Entity, EntityType, Mention } from '../../types.js';
import type { Evidence, Recognised } from './04-recognise.js';

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
export function link(items: readonly Recognised[]): { mentions: Mention[]; entities: Entity[] } {
  const persons = items.filter((r) => r.type === 'PERSON' && r.words >= 2 && !r.titleCase);
  const keyed: Keyed[] = [];
  const pending: Recognised[] = [];
  for (const item of items) {
    const k = firstKey(item, persons);
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
function firstKey(item: Recognised, persons: readonly Recognised[]): Keyed | null {
  const rank = EVIDENCE_RANK[item.evidence];
  if (item.type === 'PERSON' && item.words >= 2 && !item.titleCase) {
    return { item, key: `person:${slugify(item.text)}`, type: 'PERSON', rank };
  }
  if (item.evidence !== 'gazetteer' && item.words === 1) {
    const owner = surnameOwner(item, persons);
    if (owner) return { item, key: `person:${slugify(owner.text)}`, type: 'PERSON', rank: EVIDENCE_RANK.strong };
  }
  if (item.evidence === 'gazetteer' && item.type) {
    return { item, key: `${item.type.toLowerCase()}:${slugify(item.canonical ?? item.text)}`, type: item.type, rank };
  }
  if (item.type && !item.titleCase) return { item, key: `${item.type.toLowerCase()}:${slugify(item.text)}`, type: item.type, rank };
  return null;
}

/** The full-name person whose last word is this word: the nearest before it, else the nearest after. */
function surnameOwner(item: Recognised, persons: readonly Recognised[]): Recognised | null {
  const owners = persons.filter((p) => p.last === item.text);
  const before = owners.filter((p) => p.start < item.start);
  return before[before.length - 1] ?? owners[0] ?? null;
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
  let lastEnd = -1;
  for (const { item, key, type } of sorted) {
    if (item.start < lastEnd) continue;
    lastEnd = item.end;
    mentions.push({ start: item.start, end: item.end, type, entity: key, form: 'name' });
    const entity = entities.get(key) ?? { key, type, name: item.text, aliases: [] };
    if (!entity.aliases.includes(item.text)) entity.aliases.push(item.text);
    const words = nameWords.get(key) ?? 0;
    if (item.words > words || (item.words === words && item.text.length > entity.name.length)) {
      entity.name = item.text;
      nameWords.set(key, item.words);
    }
    entities.set(key, entity);
  }
  return { mentions, entities: [...entities.values()] };
}
