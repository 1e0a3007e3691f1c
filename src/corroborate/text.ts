/**
 * Small text helpers shared by the corroboration steps: folding, tokens,
 * crude lemmas, edit distance and overlap measures. Nothing here knows any
 * particular name; every rule is about the shape of words.
 */

/**
 * Lowercases, strips diacritics and maps typographic quotes to plain ones.
 *
 * @example
 * fold('Kovalskýy’s') // "kovalskyy's"
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .toLowerCase();
}

/**
 * Removes the dots of dotted abbreviations so that "U.S." and "US" are one token.
 *
 * @example
 * undot('The U.S. and the U.K.') // "The US and the UK"
 */
export function undot(text: string): string {
  return text.replace(/\b(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ''));
}

/** Word tokens with their original offsets: letters, digits and inner apostrophes or hyphens. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Splits into word tokens, keeping offsets into the input; a trailing possessive stays on the word.
 *
 * @example
 * wordTokens("It's 12-point").map((t) => t.text) // ["It's", "12-point"]
 */
export function wordTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['\u2019\-][\p{L}\p{N}]+)*/gu)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * URL-safe slug of a name.
 *
 * @example
 * slug('Jane Doe-Smith') // "jane-doe-smith"
 */
export function slug(text: string): string {
  return fold(undot(text))
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Generic English function words: they carry no content for matching. */
const STOPWORDS = new Set(
  (
    'a an the and or but nor of in on at to for from by with without about into onto over under ' +
    'as than then that this these those there here which who whom whose what when where why how ' +
    'is are was were be been being am has have had having do does did will would shall should can ' +
    'could may might must it its they them their he him his she her we us our you your i me my ' +
    'not no so such also just very more most some any all both each other after before since while ' +
    'during amid until up down out off again further once only own same too s t said says say'
  ).split(' '),
);

/**
 * A crude English lemma: enough to make "talks"/"talk", "resigned"/"resign" and
 * "casualties"/"casualty" equal. Not a dictionary lemmatiser, on purpose: it is
 * only ever compared with itself.
 *
 * @example
 * lemma('casualties') // "casualty"
 */
export function lemma(word: string): string {
  const w = fold(word).replace(/'s$/, '').replace(/'/g, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (w.endsWith('ing') && w.length > 5) return undouble(w.slice(0, -3));
  if (w.endsWith('ed') && w.length > 4) return undouble(w.slice(0, -2).replace(/i$/, 'y'));
  if (/(?:ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

function undouble(stem: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

/**
 * True for generic function words.
 *
 * @example
 * isStopword('The') // true
 */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(fold(word));
}

/**
 * Levenshtein distance, with an early exit once `limit` is exceeded.
 *
 * @example
 * editDistance('kitten', 'sitting') // 3
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length] ?? 0;
}


/**
 * Index pairs (i < j), in no set order, of sets whose Jaccard similarity may reach `threshold`;
 * every pair that does is included, except pairs within one of the optional `groups` (sets of one
 * article) and candidates past {@link MAX_CANDIDATES_PER_SET} for one set. Prefix filtering: with tokens ordered
 * rarest first, two sets with Jaccard ≥ t share a token among the first
 * |A| − ⌈t·|A|⌉ + 1 of each, so only those are indexed.
 *
 * @example
 * candidatePairs([new Set(['a', 'b']), new Set(['b', 'c']), new Set(['x'])], 0.3) // [[0, 1]]
 */
export function candidatePairs(sets: Set<string>[], threshold: number, groups?: readonly string[]): [number, number][] {
  const df = new Map<string, number>();
  for (const set of sets) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const rarestFirst = (a: string, b: string): number => (df.get(a) ?? 0) - (df.get(b) ?? 0) || compareStrings(a, b);
  // Posting lists per token and group: sets of one group (one article) are never paired, so they are never walked.
  const index = new Map<string, Map<string, number[]>>();
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  sets.forEach((set, j) => {
    const prefix = [...set].sort(rarestFirst).slice(0, set.size - Math.ceil(threshold * set.size) + 1);
    const group = groups?.[j] ?? String(j);
    seen.clear();
    for (const t of prefix) {
      const byGroup = index.get(t) ?? new Map<string, number[]>();
      index.set(t, byGroup);
      // Once the cap is reached no other posting list is walked: thousands of articles sharing a
      // word would otherwise cost a pass over all of them for every set.
      walk: for (const [other, list] of byGroup) {
        if (other === group) continue;
        for (const i of list) {
          if (seen.size >= MAX_CANDIDATES_PER_SET) break walk;
          if (!seen.has(i)) {
            seen.add(i);
            pairs.push([i, j]);
          }
        }
      }
      const own = byGroup.get(group);
      if (own) own.push(j);
      else byGroup.set(group, [j]);
    }
  });
  return pairs;
}

/**
 * The most earlier sets one set is paired with. A story's claims share their rarest words with a
 * handful of others; thousands sharing one only happens on hostile or repeated text, where the
 * cap keeps matching linear (the pairs past it would be scored and mostly dropped anyway).
 */
const MAX_CANDIDATES_PER_SET = 500;

/**
 * Code-unit comparison, the same on every machine and locale.
 *
 * @example
 * ['b', 'a'].sort(compareStrings) // ["a", "b"]
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Disjoint sets over string keys; the smallest key is each set's root, so
 * results never depend on the order of unions.
 *
 * @example
 * const u = new UnionFind(); u.union('b', 'a'); u.find('b') // "a"
 */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    for (let cur = x; cur !== root; ) {
      const next = this.parent.get(cur) ?? root;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (compareStrings(ra, rb) < 0) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }

  /** The sets containing the given keys, each sorted, ordered by their first key. */
  groups(keys: Iterable<string>): string[][] {
    const byRoot = new Map<string, string[]>();
    for (const k of keys) {
      const r = this.find(k);
      const list = byRoot.get(r) ?? [];
      list.push(k);
      byRoot.set(r, list);
    }
    return [...byRoot.values()]
      .map((g) => [...new Set(g)].sort(compareStrings))
      .sort((a, b) => compareStrings(a[0] ?? '', b[0] ?? ''));
  }
}
