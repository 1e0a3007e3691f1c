/**
 * Which outlet an article belongs to, as one key every stage counts by: the
 * `outlet` metadata, or the site of the article's URL when nothing named the
 * outlet (extract then falls back to the file stem, the article's id). A
 * host name is read as its site ("edition.example.com" and "www.example.com"
 * are one outlet), so two pages of one outlet count once wherever outlets are
 * counted: facts, the summary's single-source flag, coverage.
 */

/**
 * Second-level labels under a two-letter country code that are a registry's
 * public suffix rather than a site ("co.uk", "com.au", "ac.jp"): the site is
 * the label before them. This is the general convention of country registries,
 * not a list of sites.
 */
const GENERIC_SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'mil', 'nic']);

/** A host name: dot-separated labels of letters, digits and hyphens, ending in a label of letters. */
const HOST = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;

/**
 * The site of a host name or URL: its registrable domain, lowercased
 * ("https://edition.example.com/x" → "example.com", "news.example.co.uk" →
 * "example.co.uk"); `undefined` when it is not a host or URL.
 *
 * @example
 * siteOf('https://www.example.co.uk/world/1') // "example.co.uk"
 */
export function siteOf(hostOrUrl: string): string | undefined {
  let host = hostOrUrl.trim().toLowerCase();
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) {
    try {
      host = new URL(host).hostname;
    } catch {
      return undefined;
    }
  }
  host = host.replace(/\.$/, '');
  if (!HOST.test(host)) return undefined;
  const labels = host.split('.');
  const n = labels.length;
  const secondLevel = labels[n - 2] ?? '';
  const keep = n >= 3 && (labels[n - 1] ?? '').length === 2 && GENERIC_SECOND_LEVEL.has(secondLevel) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** What outletKey reads of an article. */
export interface OutletSource {
  id: string;
  outlet: string;
  url?: string;
}

/**
 * The key two articles share exactly when they come from one outlet: the
 * outlet name folded (case and spacing), read as a site when it is a host
 * name; the URL's site when the outlet is only the file-stem fallback.
 *
 * @example
 * outletKey({ id: 'a', outlet: 'www.example.com' }) === outletKey({ id: 'b', outlet: 'edition.example.com' }) // true
 * outletKey({ id: 'c', outlet: 'c', url: 'https://www.example.com/1' }) // "example.com"
 */
export function outletKey(article: OutletSource): string {
  const named = article.outlet.trim();
  if ((named === '' || named === article.id) && article.url) {
    const site = siteOf(article.url);
    if (site) return site;
  }
  return siteOf(named) ?? named.toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Groups ids by outlet key: the distinct outlets of a set of articles, each
 * named as the first of its articles (in the order given) names it.
 *
 * @example
 * distinctOutlets(['a', 'b'], outletOf) // ["www.example.com"] when both are example.com
 */
export function distinctOutlets(ids: Iterable<string>, outletOf: (id: string) => { key: string; name: string } | undefined): string[] {
  const names = new Map<string, string>();
  for (const id of ids) {
    const o = outletOf(id);
    const key = o?.key ?? `\u0000${id}`;
    if (!names.has(key)) names.set(key, o?.name ?? id);
  }
  return [...names.values()];
}
