/**
 * Step 4: how many of a fact's sources are independent. Articles linked by a
 * copy (exact, syndicated or rewrite), or crediting the same wire or original
 * source, count once; the notes say why.
 */
import type { AnalyzedArticle, CopyLink } from '../types.js';
import { UnionFind, compareStrings, fold } from './text.js';

/** Words that name the kind of outlet, not the outlet: "Ledger News" and "Ledger" are one credit. */
const GENERIC_OUTLET_WORDS = new Set(['news', 'agency', 'wire', 'service', 'press', 'newswire', 'the']);

/** A reason two articles are not independent. */
interface Link {
  a: string;
  b: string;
  note: string;
}

/** Articles crediting one wire or original source (sorted ids), with the credit as written. */
interface CreditGroup {
  ids: string[];
  name: string;
}

/** Independence of a set of sources. */
export interface Independence {
  independentSources: number;
  independenceNotes: string[];
}

/** Counts independent sources among any subset of a story's articles. */
export interface IndependenceJudge {
  assess(sources: string[]): Independence;
}

/** How many articles a "derive from the same source (through …)" note names before it counts the rest. */
const MAX_THROUGH_NAMED = 10;

/**
 * Builds the copy and shared-credit links of a story once, to judge any fact's sources. Articles
 * crediting one source are kept as a group, not as pairs: a wire story carried by thousands of
 * articles costs one group.
 *
 * @example
 * const judge = independenceOf(items, copies);
 * judge.assess(['003', '004']) // { independentSources: 1, independenceNotes: ['003 and 004 both credit …'] }
 */
export function independenceOf(items: AnalyzedArticle[], copies: CopyLink[]): IndependenceJudge {
  const ids = new Set(items.map((i) => i.article.id));
  const links = copyLinks(copies, ids);
  const credits = creditGroups(items);
  const all = new UnionFind();
  const linksOf = new Map<string, Link[]>();
  for (const l of links) {
    all.union(l.a, l.b);
    for (const id of [l.a, l.b]) {
      const list = linksOf.get(id);
      if (list) list.push(l);
      else linksOf.set(id, [l]);
    }
  }
  const creditsOf = new Map<string, CreditGroup[]>();
  for (const g of credits) {
    for (const id of g.ids) {
      all.union(g.ids[0] ?? id, id);
      const list = creditsOf.get(id);
      if (list) list.push(g);
      else creditsOf.set(id, [g]);
    }
  }
  // Every linked article by its component of the whole story: who a note can say sources came "through".
  const component = new Map<string, string[]>();
  for (const id of [...new Set([...linksOf.keys(), ...creditsOf.keys()])].sort(compareStrings)) {
    const root = all.find(id);
    const list = component.get(root);
    if (list) list.push(id);
    else component.set(root, [id]);
  }
  return { assess: (sources) => assess(sources, { linksOf, creditsOf, component, all }) };
}

function copyLinks(copies: CopyLink[], ids: Set<string>): Link[] {
  return copies
    .filter((c) => c.from !== c.to && ids.has(c.from) && ids.has(c.to))
    .map((c) => ({ a: c.from, b: c.to, note: `${c.to} copies ${c.from} (${c.kind}, ${c.similarity.toFixed(2)})` }))
    .sort((x, y) => compareStrings(x.note, y.note));
}

/** "Northwire", "Ledger News" → a key that ignores case and generic outlet words. */
function creditKey(source: string): string {
  const words = fold(source)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const core = words.filter((w) => !GENERIC_OUTLET_WORDS.has(w));
  return (core.length > 0 ? core : words).join(' ');
}

function creditGroups(items: AnalyzedArticle[]): CreditGroup[] {
  const byCredit = new Map<string, { ids: Set<string>; name: string }>();
  for (const { article } of items) {
    for (const p of article.provenance) {
      if (p.kind !== 'wire' && p.kind !== 'original') continue;
      const key = creditKey(p.source);
      if (!key) continue;
      const entry = byCredit.get(key) ?? { ids: new Set<string>(), name: p.source.trim() };
      entry.ids.add(article.id);
      if (compareStrings(p.source.trim(), entry.name) < 0) entry.name = p.source.trim();
      byCredit.set(key, entry);
    }
  }
  return [...byCredit.values()]
    .filter((g) => g.ids.size > 1)
    .map((g) => ({ ids: [...g.ids].sort(compareStrings), name: g.name }))
    .sort((x, y) => compareStrings(x.name, y.name));
}

/** "a and b both credit X", "a, b and c all credit X". */
function creditNote(members: string[], name: string): string {
  if (members.length === 2) return `${members[0]} and ${members[1]} both credit ${name}`;
  return `${members.slice(0, -1).join(', ')} and ${members.at(-1)} all credit ${name}`;
}

interface StoryLinks {
  linksOf: Map<string, Link[]>;
  creditsOf: Map<string, CreditGroup[]>;
  component: Map<string, string[]>;
  all: UnionFind;
}

function assess(sources: string[], { linksOf, creditsOf, component, all }: StoryLinks): Independence {
  const set = new Set(sources);
  const direct = new UnionFind();
  const notes: string[] = [];
  const members = new Map<CreditGroup, string[]>();
  for (const s of set) {
    for (const l of linksOf.get(s) ?? []) {
      // Each link once: from its first end.
      if (l.a !== s || !set.has(l.b)) continue;
      direct.union(l.a, l.b);
      notes.push(l.note);
    }
    for (const g of creditsOf.get(s) ?? []) {
      const list = members.get(g);
      if (list) list.push(s);
      else members.set(g, [s]);
    }
  }
  for (const [g, list] of members) {
    if (list.length < 2) continue;
    list.sort(compareStrings);
    for (const id of list) direct.union(list[0] ?? id, id);
    notes.push(creditNote(list, g.name));
  }
  const groups = all.groups(sources);
  for (const g of groups) {
    const parts = direct.groups(g);
    if (parts.length > 1) {
      const through = (component.get(all.find(g[0] ?? '')) ?? []).filter((id) => !set.has(id));
      const named = through.length > MAX_THROUGH_NAMED
        ? `${through.slice(0, MAX_THROUGH_NAMED).join(', ')} and ${through.length - MAX_THROUGH_NAMED} more`
        : through.join(', ');
      notes.push(`${parts.map((p) => p[0]).join(' and ')} derive from the same source (through ${named})`);
    }
  }
  return { independentSources: groups.length, independenceNotes: [...new Set(notes)].sort(compareStrings) };
}
