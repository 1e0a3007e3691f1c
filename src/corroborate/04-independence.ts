/**
 * Step 4: how many of a fact's sources are independent. Articles of one outlet
 * (`outletKey`: the outlet metadata, or the site of the URL), articles linked by
 * a copy (exact, syndicated or rewrite), articles crediting the same wire or
 * original source, and articles carrying one passage word for word (a wire
 * paragraph, passed by the caller per fact) count once; the notes say why. So
 * the independent count never exceeds the fact's distinct outlets.
 */
import type { AnalyzedArticle, Citation, CopyLink } from '../types.js';
import { UnionFind, compareStrings, fold } from './text.js';
import { outletKey } from '../text/outlets.js';

/** Words that name the kind of outlet, not the outlet: "Ledger News" and "Ledger" are one credit. */
const GENERIC_OUTLET_WORDS = new Set(['news', 'agency', 'wire', 'service', 'press', 'newswire', 'the']);

/** A reason two articles are not independent. */
interface Link {
  a: string;
  b: string;
  note: string;
}

/**
 * Articles that count as one source (sorted ids): those crediting one wire or original source
 * (`credit`, the credit as written), of one outlet (`outlet`, its name), or carrying one passage
 * word for word (`passage`, a few words of it).
 */
export interface SourceGroup {
  ids: string[];
  name: string;
  kind: 'credit' | 'outlet' | 'passage';
}

/** Independence of a set of sources. */
export interface Independence {
  independentSources: number;
  independenceNotes: string[];
}

/** Counts independent sources among any subset of a story's articles. */
export interface IndependenceJudge {
  /** `shared`: groups of this fact's sources found to carry one passage (they count once too). */
  assess(sources: string[], shared?: readonly SourceGroup[]): Independence;
  /** The distinct outlets of some of the story's articles, by name, sorted (an unknown id is an outlet of its own). */
  outletsOf(ids: Iterable<string>): string[];
}

/** How many articles a "derive from the same source (through …)" note names before it counts the rest. */
const MAX_THROUGH_NAMED = 10;

/**
 * Builds the copy, shared-credit and same-outlet links of a story once, to judge any fact's
 * sources. Articles crediting one source or of one outlet are kept as a group, not as pairs: a
 * wire story carried by thousands of articles costs one group.
 *
 * @example
 * const judge = independenceOf(items, copies);
 * judge.assess(['003', '004']) // { independentSources: 1, independenceNotes: ['003 and 004 both credit …'] }
 */
export function independenceOf(items: AnalyzedArticle[], copies: CopyLink[]): IndependenceJudge {
  const ids = new Set(items.map((i) => i.article.id));
  const links = copyLinks(copies, ids);
  const keys = new Map(items.map((i) => [i.article.id, outletKey(i.article)]));
  const credits = [...creditGroups(items), ...outletGroups(items, keys)];
  // Each outlet by the name its first article (in id order) gives it.
  const outletNames = new Map<string, string>();
  for (const { article } of [...items].sort((a, b) => compareStrings(a.article.id, b.article.id))) {
    const key = keys.get(article.id) ?? article.id;
    if (!outletNames.has(key)) outletNames.set(key, article.outlet);
  }
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
  const creditsOf = new Map<string, SourceGroup[]>();
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
  return {
    assess: (sources, shared = []) => assess(sources, shared, { linksOf, creditsOf, component, all }),
    outletsOf: (sourceIds) => {
      const names = new Map<string, string>();
      for (const id of sourceIds) {
        const key = keys.get(id) ?? `\u0000${id}`;
        if (!names.has(key)) names.set(key, outletNames.get(key) ?? id);
      }
      return [...names.values()].sort(compareStrings);
    },
  };
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

function creditGroups(items: AnalyzedArticle[]): SourceGroup[] {
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
    .map((g) => ({ ids: [...g.ids].sort(compareStrings), name: g.name, kind: 'credit' as const }))
    .sort((x, y) => compareStrings(x.name, y.name));
}

/** Articles of one outlet, by outlet key; named by the outlet of the first in id order. */
function outletGroups(items: AnalyzedArticle[], keys: Map<string, string>): SourceGroup[] {
  const byKey = new Map<string, { ids: string[]; name: string }>();
  for (const { article } of [...items].sort((a, b) => compareStrings(a.article.id, b.article.id))) {
    const key = keys.get(article.id) ?? article.id;
    const entry = byKey.get(key);
    if (entry) entry.ids.push(article.id);
    else byKey.set(key, { ids: [article.id], name: article.outlet });
  }
  return [...byKey.values()].filter((g) => g.ids.length > 1).map((g) => ({ ...g, kind: 'outlet' as const }));
}

/** "a and b both credit X", "a, b and c are all from X", "a and b both carry “…”". */
function groupNote(members: string[], { name, kind }: SourceGroup): string {
  const two = members.length === 2;
  const who = two ? `${members[0]} and ${members[1]}` : `${members.slice(0, -1).join(', ')} and ${members.at(-1)}`;
  if (kind === 'outlet') return `${who} are ${two ? 'both' : 'all'} from ${name}`;
  if (kind === 'passage') return `${who} ${two ? 'both carry' : 'all carry'} the passage “${name}”`;
  return `${who} ${two ? 'both' : 'all'} credit ${name}`;
}

interface StoryLinks {
  linksOf: Map<string, Link[]>;
  creditsOf: Map<string, SourceGroup[]>;
  component: Map<string, string[]>;
  all: UnionFind;
}

function assess(sources: string[], shared: readonly SourceGroup[], { linksOf, creditsOf, component, all }: StoryLinks): Independence {
  const set = new Set(sources);
  const direct = new UnionFind();
  const notes: string[] = [];
  const members = new Map<SourceGroup, string[]>();
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
    notes.push(groupNote(list, g));
  }
  // A shared passage is noted only where nothing above already joins its articles.
  for (const g of shared) {
    const list = g.ids.filter((id) => set.has(id)).sort(compareStrings);
    if (direct.groups(list).length < 2) continue;
    for (const id of list) direct.union(list[0] ?? id, id);
    notes.push(groupNote(list, g));
  }
  // The story's links, joined with this fact's shared passages: the sources' components.
  const joined = new UnionFind();
  for (const s of set) joined.union(all.find(s), s);
  for (const g of shared) for (const id of g.ids) if (set.has(id) && g.ids[0] !== undefined) joined.union(all.find(g.ids[0]), all.find(id));
  const groups = joined.groups(sources);
  for (const g of groups) {
    const parts = direct.groups(g);
    if (parts.length > 1) {
      // Each story component once: a group of thousands of copies shares one.
      const roots = new Set(g.map((id) => all.find(id)));
      const through = [...roots].flatMap((r) => component.get(r) ?? []).filter((id) => !set.has(id)).sort(compareStrings);
      const named = through.length > MAX_THROUGH_NAMED
        ? `${through.slice(0, MAX_THROUGH_NAMED).join(', ')} and ${through.length - MAX_THROUGH_NAMED} more`
        : through.join(', ');
      notes.push(`${parts.map((p) => p[0]).join(' and ')} derive from the same source (through ${named})`);
    }
  }
  return { independentSources: groups.length, independenceNotes: [...new Set(notes)].sort(compareStrings) };
}

/**
 * Words in one order that two outlets share only by copying a common source (a wire paragraph,
 * a press release): ten words in the same order, outside quotation marks, do not recur by chance.
 */
const PASSAGE_WORDS = 10;

/** Words of the passage a note quotes. */
const NOTE_WORDS = 6;

/** Quoted words (straight or curly marks): two outlets quoting one speaker are not copying each other. */
const QUOTED = /[“"][^“”"]*[”"]/gu;

/**
 * The articles among a fact's citations that carry one passage word for word ({@link PASSAGE_WORDS}
 * words in one order outside quotation marks, or a whole cited sentence of that many words, its
 * quotations included), as groups that count once. Linear in the cited
 * words: every run of words is hashed once.
 *
 * @example
 * sharedPassages([{ articleId: 'a', start: 0, end: 90 }, { articleId: 'b', start: 0, end: 90 }], textOf)
 * // [{ ids: ['a', 'b'], name: 'the ministry said on Monday that the…', kind: 'passage' }]
 */
export function sharedPassages(citations: readonly Citation[], textOf: (articleId: string) => string | undefined): SourceGroup[] {
  const owner = new Map<string, { first: string; name: string }>();
  const uf = new UnionFind();
  const names = new Map<string, string>();
  const linked = new Set<string>();
  const link = (run: string, articleId: string, name: () => string): void => {
    const seen = owner.get(run);
    if (!seen) {
      owner.set(run, { first: articleId, name: name() });
    } else if (seen.first !== articleId) {
      uf.union(seen.first, articleId);
      linked.add(seen.first).add(articleId);
      if (!names.has(seen.first)) names.set(seen.first, `${seen.name}…`);
    }
  };
  for (const c of citations) {
    const text = textOf(c.articleId);
    if (text === undefined) continue;
    const cited = text.slice(c.start, c.end);
    // A whole sentence carried word for word, quotation and all, is one copy too.
    const all = fold(cited).match(/[\p{L}\p{N}]+/gu) ?? [];
    if (all.length >= PASSAGE_WORDS) link(`\u0000${all.join(' ')}`, c.articleId, () => (cited.match(/[\p{L}\p{N}]+/gu) ?? all).slice(0, NOTE_WORDS).join(' '));
    for (const segment of cited.split(QUOTED)) {
      const words = fold(segment).match(/[\p{L}\p{N}]+/gu) ?? [];
      // The note quotes the words as written when folding kept them one for one.
      const written = segment.match(/[\p{L}\p{N}]+/gu) ?? [];
      const shown = written.length === words.length ? written : words;
      for (let i = 0; i + PASSAGE_WORDS <= words.length; i++) {
        link(words.slice(i, i + PASSAGE_WORDS).join(' '), c.articleId, () => shown.slice(i, i + NOTE_WORDS).join(' '));
      }
    }
  }
  return uf
    .groups([...linked].sort(compareStrings))
    .filter((ids) => ids.length > 1)
    .map((ids) => ({ ids, name: ids.map((id) => names.get(id)).find((n) => n !== undefined) ?? '', kind: 'passage' as const }));
}
