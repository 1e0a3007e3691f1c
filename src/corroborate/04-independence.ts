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

/** Independence of a set of sources. */
export interface Independence {
  independentSources: number;
  independenceNotes: string[];
}

/** Counts independent sources among any subset of a story's articles. */
export interface IndependenceJudge {
  assess(sources: string[]): Independence;
}

/**
 * Builds the copy and shared-credit links of a story once, to judge any fact's sources.
 *
 * @example
 * const judge = independenceOf(items, copies);
 * judge.assess(['003', '004']) // { independentSources: 1, independenceNotes: ['003 and 004 both credit …'] }
 */
export function independenceOf(items: AnalyzedArticle[], copies: CopyLink[]): IndependenceJudge {
  const ids = new Set(items.map((i) => i.article.id));
  const links = [...copyLinks(copies, ids), ...creditLinks(items)];
  const all = new UnionFind();
  for (const l of links) all.union(l.a, l.b);
  return { assess: (sources) => assess(sources, links, all) };
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

function creditLinks(items: AnalyzedArticle[]): Link[] {
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
  const links: Link[] = [];
  for (const { ids, name } of [...byCredit.values()].sort((x, y) => compareStrings(x.name, y.name))) {
    const sorted = [...ids].sort(compareStrings);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const a = sorted[i] ?? '';
        const b = sorted[j] ?? '';
        links.push({ a, b, note: `${a} and ${b} both credit ${name}` });
      }
    }
  }
  return links;
}

function assess(sources: string[], links: Link[], all: UnionFind): Independence {
  const set = new Set(sources);
  const direct = new UnionFind();
  const notes: string[] = [];
  for (const l of links) {
    if (set.has(l.a) && set.has(l.b)) {
      direct.union(l.a, l.b);
      notes.push(l.note);
    }
  }
  const groups = all.groups(sources);
  for (const g of groups) {
    const parts = direct.groups(g);
    if (parts.length > 1) {
      const through = [...new Set(links.filter((l) => all.find(l.a) === all.find(g[0] ?? '')).flatMap((l) => [l.a, l.b]))]
        .filter((id) => !set.has(id))
        .sort(compareStrings);
      notes.push(`${parts.map((p) => p[0]).join(' and ')} derive from the same source (through ${through.join(', ')})`);
    }
  }
  return { independentSources: groups.length, independenceNotes: [...new Set(notes)].sort(compareStrings) };
}
