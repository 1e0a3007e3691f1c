/**
 * How the dossier scorer lays a Brief's citations over gold spans: by article
 * id, then by character overlap. Two spans overlap when they share at least one
 * character (half-open ranges), so an empty citation overlaps nothing.
 */
import type { Citation, Span } from '../../types.js';
import type { GoldSpan } from './01-gold.js';

/** A citation with the characters it cites, for error listings. */
export interface CitedText extends Citation {
  text: string;
}

/**
 * How many characters two spans share.
 *
 * @example
 * sharedChars({ start: 0, end: 10 }, { start: 5, end: 20 }); // 5
 */
export function sharedChars(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Gold spans grouped by article, for look-ups by citation. */
export class SpansByArticle<T extends GoldSpan> {
  private readonly byArticle = new Map<string, T[]>();

  constructor(spans: readonly T[]) {
    for (const s of spans) {
      const list = this.byArticle.get(s.article);
      if (list) list.push(s);
      else this.byArticle.set(s.article, [s]);
    }
  }

  /** The gold spans of the citation's article that share a character with it, in gold order. */
  overlapping(c: Citation): T[] {
    return (this.byArticle.get(c.articleId) ?? []).filter((s) => sharedChars(s, c) > 0);
  }

  /** The distinct gold spans any of the citations overlap, in the order first met. */
  overlappingAny(citations: readonly Citation[]): T[] {
    const out = new Set<T>();
    for (const c of citations) for (const s of this.overlapping(c)) out.add(s);
    return [...out];
  }

  /** True when the citation shares a character with a gold span. */
  touches(c: Citation): boolean {
    return this.overlapping(c).length > 0;
  }
}

/**
 * A citation with its text, read from the article texts by id ('' when the
 * article is unknown, which `briefGold` rules out).
 *
 * @example
 * citedText(new Map([['a', 'Dockers struck.']]), { articleId: 'a', start: 0, end: 7 }).text; // 'Dockers'
 */
export function citedText(texts: ReadonlyMap<string, string>, c: Citation): CitedText {
  return { articleId: c.articleId, start: c.start, end: c.end, text: (texts.get(c.articleId) ?? '').slice(c.start, c.end) };
}
