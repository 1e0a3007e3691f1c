/**
 * Step 1: one canonical actor per real actor across the story's articles.
 *
 * Article-level entities merge when they have the same type and
 * (a) the same folded name, (b) a surname-only entity matches the one full
 * name with that surname, (c) their names are spelling or transliteration
 * variants (folded tokens within a small edit distance, given names
 * compatible), or (d) they name the same country (world-countries forms,
 * whatever type each article gave it: "U.S.", "US", "United States",
 * "America"), or (e) they are the same group ("Ukrainian", "Ukrainians").
 * Capitals and seats of government stay their own actors and link to their
 * country's actor (`Actor.country`).
 */
import type { Actor, ActorRole, AnalyzedArticle, Citation, Entity, EntityType, Role } from '../types.js';
import type { CorroborateOptions } from './options.js';
import { countryOf, countryOfDemonym } from '../text/countries.js';
import { UnionFind, compareStrings, editDistance, fold, isStopword, slug, undot, wordTokens } from './text.js';
import { append } from '../text/arrays.js';
import { outletKey } from '../text/outlets.js';

/** The canonical actors and the map from article entities to them. */
export interface ActorIndex {
  actors: Actor[];
  /** Actor id of an article's entity key; undefined when the key is unknown. */
  actorOf(articleId: string, entityKey: string): string | undefined;
}

interface EntityRecord {
  node: string;
  articleId: string;
  entity: Entity;
  /** Surface forms of the entity's name mentions, with counts. */
  surfaces: Map<string, number>;
  mentionCount: number;
  roles: Role[];
  /** Folded name tokens for people; empty for other types. */
  nameTokens: string[];
  /** Type-qualified key that identical names share. */
  exactKey: string;
}

/** Words that qualify a title without changing it: articles and time markers. */
const TITLE_PREFIXES = new Set(['a', 'an', 'the', 'former', 'new', 'newly', 'acting', 'outgoing', 'then', 'current']);

/** Leading status words a title may carry when the analysis left `status` empty. */
const STATUS_WORDS: Record<string, Role['status']> = {
  former: 'former',
  new: 'new',
  newly: 'new',
  acting: 'acting',
  outgoing: 'outgoing',
};

/** British and American spellings of title words. */
const TITLE_SPELLINGS: Record<string, string> = { adviser: 'advisor', counsellor: 'counselor', defence: 'defense' };

const NODE_SEPARATOR = '\u0000';

/**
 * Builds the canonical actors of a story.
 *
 * @example
 * const { actors, actorOf } = resolveActors(items, DEFAULT_CORROBORATE_OPTIONS);
 * actorOf('003', 'person:jane-doe') // "a-jane-doe"
 */
export function resolveActors(items: AnalyzedArticle[], options: CorroborateOptions): ActorIndex {
  const records = collectRecords(items);
  const uf = new UnionFind();
  for (const r of records) uf.find(r.node);
  mergeExact(records, uf);
  mergeFullNameVariants(records, uf, options);
  mergeSurnames(records, uf, options);
  mergeAcronyms(records, uf);

  const byNode = new Map(records.map((r) => [r.node, r]));
  const clusters = uf.groups(records.map((r) => r.node)).map((g) => g.map((n) => byNode.get(n)).filter(isDefined));
  const outlets = new Map(items.map((i) => [i.article.id, outletKey(i.article)]));
  const drafts = clusters.map((c) => buildActor(c, outlets)).filter((d) => d.actor.mentionCount > 0);
  drafts.sort((a, b) => compareActors(a.actor, b.actor) || compareStrings(a.nodes[0] ?? '', b.nodes[0] ?? ''));

  const nodeToActor = new Map<string, string>();
  const used = new Set<string>();
  for (const d of drafts) {
    const base = `a-${slug(d.actor.name) || d.actor.type.toLowerCase()}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    d.actor.id = id;
    for (const node of d.nodes) nodeToActor.set(node, id);
  }
  linkCountries(drafts, byNode);
  return {
    actors: drafts.map((d) => d.actor),
    actorOf: (articleId, key) => nodeToActor.get(`${articleId}${NODE_SEPARATOR}${key}`),
  };
}

/** Capitals and seats of government point at their country's actor, when the story has one. */
function linkCountries(drafts: ActorDraft[], byNode: Map<string, EntityRecord>): void {
  const countryActor = new Map<string, string>();
  for (const d of drafts) {
    for (const node of d.nodes) {
      const code = countryOf(byNode.get(node)?.entity.name ?? '');
      if (code && !countryActor.has(code)) countryActor.set(code, d.actor.id);
    }
  }
  for (const d of drafts) {
    const keys = d.nodes.map((n) => byNode.get(n)?.entity.country).filter(isDefined).sort(compareStrings);
    const code = keys.map((k) => countryOf(k.replace(/^[a-z]+:/u, '').replace(/-/g, ' '))).find((c) => c !== null);
    const id = code ? countryActor.get(code) : undefined;
    if (id && id !== d.actor.id) d.actor.country = id;
  }
}

function isDefined<T>(x: T | undefined): x is T {
  return x !== undefined;
}

function compareActors(a: Actor, b: Actor): number {
  return b.outletCount - a.outletCount || b.articleCount - a.articleCount || b.mentionCount - a.mentionCount || compareStrings(a.name, b.name);
}

function collectRecords(items: AnalyzedArticle[]): EntityRecord[] {
  const out: EntityRecord[] = [];
  for (const { article, analysis } of items) {
    for (const entity of analysis.entities) {
      const surfaces = new Map<string, number>();
      let mentionCount = 0;
      for (const m of analysis.mentions) {
        if (m.entity !== entity.key) continue;
        mentionCount++;
        if (m.form !== 'name') continue;
        const surface = stripPossessive(article.text.slice(m.start, m.end));
        if (surface) surfaces.set(surface, (surfaces.get(surface) ?? 0) + 1);
      }
      const nameTokens = entity.type === 'PERSON' ? personTokens(entity.name) : [];
      out.push({
        node: `${article.id}${NODE_SEPARATOR}${entity.key}`,
        articleId: article.id,
        entity,
        surfaces,
        mentionCount,
        roles: analysis.roles.filter((r) => r.entity === entity.key),
        nameTokens,
        exactKey: exactKeyOf(entity, nameTokens),
      });
    }
  }
  return out.sort((a, b) => compareStrings(a.node, b.node));
}

function stripPossessive(surface: string): string {
  return surface.replace(/['\u2019]s?$/u, '').trim();
}

/** A country is one actor whatever type an article gave it; a demonym and its plural are one group. */
function exactKeyOf(entity: Entity, nameTokens: string[]): string {
  if (entity.type !== 'PERSON') {
    const country = countryOf(entity.name);
    if (country) return `country:${country}`;
  }
  if (entity.type === 'NORP') {
    const group = countryOfDemonym(entity.name) ?? countryOfDemonym(entity.name.replace(/s$/u, ''));
    if (group) return `NORP:demonym:${group}`;
  }
  return `${entity.type}:${exactName(entity, nameTokens)}`;
}

function exactName(entity: Entity, nameTokens: string[]): string {
  if (entity.type === 'PERSON') return nameTokens.join(' ');
  const country = countryOf(entity.name);
  if (country) return `country:${country}`;
  return fold(undot(entity.name))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^\s*the\s+/, '')
    .trim();
}

/**
 * Folds a person-name token so that common romanisation variants coincide:
 * diacritics go, y and i are one letter, doubled letters collapse
 * ("Kovalskyy", "Kovalskiy", "Kovalsky" → "kovalski").
 *
 * @example
 * nameTokenKey('Dmytriy') === nameTokenKey('Dmytrii') // true
 */
export function nameTokenKey(token: string): string {
  return fold(token)
    .replace(/'s$/, '')
    .replace(/[^a-z]/g, '')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

function personTokens(name: string): string[] {
  return wordTokens(undot(name))
    .map((t) => nameTokenKey(t.text))
    .filter((t) => t.length > 0);
}

function mergeExact(records: EntityRecord[], uf: UnionFind): void {
  const first = new Map<string, string>();
  for (const r of records) {
    if (!r.exactKey.endsWith(':')) {
      const seen = first.get(r.exactKey);
      if (seen) uf.union(seen, r.node);
      else first.set(r.exactKey, r.node);
    }
  }
}

/** Two folded name tokens are the same name when equal or within the edit budget their length allows. */
function similarToken(a: string, b: string, options: CorroborateOptions): boolean {
  if (a === b) return true;
  const len = Math.min(a.length, b.length);
  const budget = len >= options.nameTwoEditsMinLength ? 2 : len >= options.nameOneEditMinLength ? 1 : 0;
  return budget > 0 && editDistance(a, b, budget) <= budget;
}

/** Given names agree when equal, spelling variants, or one is the other's initial. */
function compatibleGiven(a: string, b: string, options: CorroborateOptions): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return similarToken(a, b, options);
}

function mergeFullNameVariants(records: EntityRecord[], uf: UnionFind, options: CorroborateOptions): void {
  const full = distinctByKey(records.filter((r) => r.entity.type === 'PERSON' && r.nameTokens.length >= 2));
  for (let i = 0; i < full.length; i++) {
    for (let j = i + 1; j < full.length; j++) {
      const a = full[i];
      const b = full[j];
      if (!a || !b) continue;
      if (
        similarToken(a.nameTokens.at(-1) ?? '', b.nameTokens.at(-1) ?? '', options) &&
        compatibleGiven(a.nameTokens[0] ?? '', b.nameTokens[0] ?? '', options)
      ) {
        uf.union(a.node, b.node);
      }
    }
  }
}

/** One record per exact key: its other records are already merged with it. */
function distinctByKey(records: EntityRecord[]): EntityRecord[] {
  const seen = new Map<string, EntityRecord>();
  for (const r of records) if (!seen.has(r.exactKey)) seen.set(r.exactKey, r);
  return [...seen.values()];
}

/**
 * A surname alone joins the one full-name actor with a matching surname; when
 * several full names share it, it is ambiguous and stays apart. Surnames that
 * match no full name still merge with their own spelling variants.
 */
function mergeSurnames(records: EntityRecord[], uf: UnionFind, options: CorroborateOptions): void {
  const people = records.filter((r) => r.entity.type === 'PERSON');
  const full = distinctByKey(people.filter((r) => r.nameTokens.length >= 2));
  const single = distinctByKey(people.filter((r) => r.nameTokens.length === 1));
  const orphans: EntityRecord[] = [];
  for (const s of single) {
    const surname = s.nameTokens[0] ?? '';
    const roots = new Set(
      full.filter((f) => similarToken(surname, f.nameTokens.at(-1) ?? '', options)).map((f) => uf.find(f.node)),
    );
    const [only] = roots;
    if (roots.size === 1 && only) uf.union(s.node, only);
    else if (roots.size === 0) orphans.push(s);
  }
  for (let i = 0; i < orphans.length; i++) {
    for (let j = i + 1; j < orphans.length; j++) {
      const a = orphans[i];
      const b = orphans[j];
      if (a && b && similarToken(a.nameTokens[0] ?? '', b.nameTokens[0] ?? '', options)) uf.union(a.node, b.node);
    }
  }
}

/** "NSC" joins the one organisation whose capitalised words have those initials. */
function mergeAcronyms(records: EntityRecord[], uf: UnionFind): void {
  const orgs = records.filter((r) => r.entity.type === 'ORG');
  for (const acronym of orgs) {
    const letters = undot(acronym.entity.name).trim();
    if (!/^[A-Z]{2,6}$/.test(letters)) continue;
    const roots = new Set(orgs.filter((o) => o !== acronym && initials(o.entity.name) === letters).map((o) => uf.find(o.node)));
    const [only] = roots;
    if (roots.size === 1 && only) uf.union(acronym.node, only);
  }
}

function initials(name: string): string {
  return wordTokens(name)
    .filter((t) => /^\p{Lu}/u.test(t.text) && !isStopword(t.text))
    .map((t) => t.text[0] ?? '')
    .join('');
}

interface ActorDraft {
  actor: Actor;
  nodes: string[];
}

function buildActor(cluster: EntityRecord[], outlets: Map<string, string>): ActorDraft {
  const counts = new Map<string, number>();
  for (const r of cluster) {
    for (const form of [r.entity.name, ...r.entity.aliases]) {
      const f = stripPossessive(form);
      if (f && !counts.has(f)) counts.set(f, 0);
    }
    for (const [surface, n] of r.surfaces) counts.set(surface, (counts.get(surface) ?? 0) + n);
  }
  const type = mostCommon(cluster.map((r) => r.entity.type)) as EntityType;
  return {
    nodes: cluster.map((r) => r.node),
    actor: {
      id: '',
      name: canonicalName(counts, type),
      aliases: [...counts.keys()].sort(compareStrings),
      type,
      roles: mergeRoles(cluster),
      articleCount: new Set(cluster.filter((r) => r.mentionCount > 0).map((r) => r.articleId)).size,
      outletCount: new Set(cluster.filter((r) => r.mentionCount > 0).map((r) => outlets.get(r.articleId) ?? r.articleId)).size,
      mentionCount: cluster.reduce((n, r) => n + r.mentionCount, 0),
    },
  };
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]?.[0] ?? '';
}

/** A full form is a two-word name for people and a spelled-out name (not "U.S.") for everything else. */
function isFullForm(form: string, type: EntityType): boolean {
  if (type === 'PERSON') return wordTokens(form).length >= 2;
  return !/^[A-Z]{2,6}$/.test(undot(form).trim());
}

/** The most frequent full form; ties go to the longest, then the alphabetically first. */
function canonicalName(counts: Map<string, number>, type: EntityType): string {
  const all = [...counts];
  const full = all.filter(([f]) => isFullForm(f, type));
  const pool = full.length > 0 ? full : all;
  pool.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || compareStrings(a[0], b[0]));
  return pool[0]?.[0] ?? '';
}

/**
 * Normalises a title for comparison: case, articles, time markers, leading
 * country names or demonyms ("U.S. Secretary of State" = "Secretary of State"),
 * British/American spelling.
 *
 * @example
 * titleKey('the senior adviser') // "senior advisor"
 */
export function titleKey(title: string): string {
  const words = wordTokens(undot(title)).map((t) => t.text.replace(/['\u2019]s$/u, ''));
  for (let changed = true; changed && words.length > 1; ) {
    changed = false;
    const head = fold(words[0] ?? '');
    const country = leadingCountryLength(words);
    if (TITLE_PREFIXES.has(head) || countryOfDemonym(head)) {
      words.shift();
      changed = true;
    } else if (country > 0 && country < words.length) {
      words.splice(0, country);
      changed = true;
    } else if (trailingCountryLength(words) > 0) {
      // "President of Peru" says what "Peruvian President" says.
      words.splice(words.length - trailingCountryLength(words));
      changed = true;
    }
  }
  return words.map((w) => fold(w)).map((w) => TITLE_SPELLINGS[w] ?? w).join(' ');
}

/** How many trailing words are "of [the] <country>", when a title remains before them. */
function trailingCountryLength(words: string[]): number {
  for (let n = Math.min(4, words.length - 2); n >= 1; n--) {
    const tail = words.slice(words.length - n);
    const head = words.slice(0, words.length - n);
    if (fold(head[head.length - 1] ?? '') === 'the' && head.length > 2) head.pop();
    if (fold(head[head.length - 1] ?? '') === 'of' && head.length > 1 && countryOf(tail.join(' '))) return words.length - head.length + 1;
  }
  return 0;
}

/** How many leading words name a country (codes only in upper case, as written). */
function leadingCountryLength(words: string[]): number {
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    if (countryOf(words.slice(0, n).join(' '))) return n;
  }
  return 0;
}

/** The status a title states with its first word when the analysis gave none. */
function titleStatus(role: Role): Role['status'] {
  if (role.status) return role.status;
  const head = fold(role.title).split(/\s+/)[0] ?? '';
  return STATUS_WORDS[head];
}

function mergeRoles(cluster: EntityRecord[]): ActorRole[] {
  const groups = new Map<string, { status: Role['status']; titles: string[]; citations: Citation[] }>();
  for (const r of cluster) {
    for (const role of r.roles) {
      const status = titleStatus(role);
      const key = `${titleKey(role.title)}|${status ?? ''}`;
      const g = groups.get(key) ?? { status, titles: [], citations: [] };
      g.titles.push(displayTitle(role));
      g.citations.push({ articleId: r.articleId, start: role.start, end: role.end });
      groups.set(key, g);
    }
  }
  foldBareTitles(groups);
  const roles: ActorRole[] = [...groups.values()].map((g) => {
    const counts = new Map<string, number>();
    for (const t of g.titles) counts.set(t, (counts.get(t) ?? 0) + 1);
    const title = [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || compareStrings(a[0], b[0]))[0]?.[0] ?? '';
    const citations = dedupeCitations(g.citations);
    return g.status ? { title, status: g.status, citations } : { title, citations };
  });
  return roles.sort(
    (a, b) =>
      b.citations.length - a.citations.length ||
      compareStrings(a.title, b.title) ||
      compareStrings(a.status ?? '', b.status ?? ''),
  );
}

/**
 * A bare title joins the one fuller title of the same actor and time that
 * completes it: "son-in-law" is "son-in-law of Jo Bloggs", "Secretary" is
 * "Secretary of State". With two completions ("secretary of state", "secretary
 * of defense") the bare title is ambiguous and stays apart.
 */
function foldBareTitles(groups: Map<string, { status: Role['status']; titles: string[]; citations: Citation[] }>): void {
  for (const [key, g] of [...groups]) {
    const [title = '', status = ''] = key.split('|');
    const fuller = [...groups.keys()].filter((k) => {
      const [t = '', s = ''] = k.split('|');
      return s === status && (t.startsWith(`${title} of `) || t.startsWith(`${title} to `));
    });
    const target = fuller.length === 1 && fuller[0] ? groups.get(fuller[0]) : undefined;
    if (!target) continue;
    append(target.titles, g.titles);
    append(target.citations, g.citations);
    groups.delete(key);
  }
}

/** The title without a leading status word, which `status` already carries. */
function displayTitle(role: Role): string {
  const words = role.title.trim().split(/\s+/);
  if (words.length > 1 && STATUS_WORDS[fold(words[0] ?? '')]) words.shift();
  return words.join(' ');
}

/**
 * Citations sorted by article and offset, without repeats.
 *
 * @example
 * dedupeCitations([{ articleId: 'b', start: 0, end: 1 }, { articleId: 'a', start: 0, end: 1 }])
 */
export function dedupeCitations(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const c of [...citations].sort(compareCitations)) {
    const k = `${c.articleId}|${c.start}|${c.end}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(c);
    }
  }
  return out;
}

/**
 * Orders citations by article id, then start, then end.
 *
 * @example
 * citations.sort(compareCitations)
 */
export function compareCitations(a: Citation, b: Citation): number {
  return compareStrings(a.articleId, b.articleId) || a.start - b.start || a.end - b.end;
}
