import type { DomDocument } from './dom.js';

/** What a web page says about itself, before explicit metadata is applied. */
export interface PageMeta {
  title?: string;
  siteName?: string;
  published?: string;
  byline?: string;
  url?: string;
  language?: string;
}

/** schema.org types that describe an article. */
const ARTICLE_TYPE = /^(?:\w+)?(?:Article|BlogPosting|NewsArticle|Report)$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clean(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/**
 * JSON-LD nested deeper than this is skipped without parsing: schema.org
 * markup nests a handful of levels (an article, its author, the author's
 * organisation), and a payload a hundred thousand levels deep is an attack on
 * the parser, not metadata.
 */
export const MAX_JSON_LD_DEPTH = 64;

/**
 * The deepest bracket nesting of a JSON text, in one pass (brackets inside
 * strings do not count). Stops counting once past `limit`.
 *
 * @example
 * jsonDepth('{"a":[1,"]"]}', 64); // 2
 */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i += 1; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth += 1;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 125 || c === 93) depth -= 1;
  }
  return max;
}

/** A schema.org name: a string or `{ name }`. */
function singleName(value: unknown): string | undefined {
  if (isObject(value)) return clean(value.name);
  const text = clean(value);
  return text && !/^https?:\/\//i.test(text) ? text : undefined;
}

/** A schema.org name, or a list of names (joined). */
function nameOf(value: unknown): string | undefined {
  if (!Array.isArray(value)) return singleName(value);
  const names = value.map(singleName).filter((n): n is string => n !== undefined);
  return names.length > 0 ? names.join(', ') : undefined;
}

/** Every object in a JSON-LD payload: arrays and `@graph` are flattened, in document order. */
function flattenLd(value: unknown): Json[] {
  const out: Json[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (Array.isArray(next)) {
      for (let i = next.length - 1; i >= 0; i -= 1) stack.push(next[i]);
    } else if (isObject(next)) {
      out.push(next);
      if (next['@graph'] !== undefined) stack.push(next['@graph']);
    }
  }
  return out;
}

function isArticleLd(item: Json): boolean {
  const type = item['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
}

/** The article metadata of one JSON-LD block, or null when it has none or is unusable. */
function articleLd(source: string): PageMeta | null {
  if (jsonDepth(source, MAX_JSON_LD_DEPTH) > MAX_JSON_LD_DEPTH) return null;
  let payload: unknown;
  try {
    payload = JSON.parse(source);
  } catch {
    return null; // a broken JSON-LD block is common on real pages; the other sources still apply
  }
  const article = flattenLd(payload).find(isArticleLd);
  if (!article) return null;
  const page = isObject(article.mainEntityOfPage) ? clean(article.mainEntityOfPage['@id']) : clean(article.mainEntityOfPage);
  return {
    title: clean(article.headline) ?? clean(article.name),
    published: clean(article.datePublished) ?? clean(article.dateCreated),
    byline: nameOf(article.author),
    siteName: nameOf(article.publisher) ?? nameOf(article.sourceOrganization),
    url: clean(article.url) ?? page,
    language: clean(article.inLanguage),
  };
}

function readJsonLd(document: DomDocument): PageMeta {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const found = articleLd(script.textContent ?? '');
    if (found) return found;
  }
  return {};
}

function metaContent(document: DomDocument, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = clean(document.querySelector(selector)?.getAttribute('content'));
    if (value) return value;
  }
  return undefined;
}

function readMetaTags(document: DomDocument): PageMeta {
  const timeEl = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
  return {
    title: metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']),
    siteName: metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']),
    published:
      metaContent(document, [
        'meta[property="article:published_time"]',
        'meta[name="pubdate"]',
        'meta[name="publish-date"]',
        'meta[name="date"]',
        'meta[name="dc.date"]',
        'meta[name="DC.date.issued"]',
      ]) ?? clean(timeEl?.getAttribute('datetime')),
    byline: nameOf(metaContent(document, ['meta[name="author"]', 'meta[property="article:author"]'])),
    url: clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? metaContent(document, ['meta[property="og:url"]']),
    language: clean(document.documentElement?.getAttribute('lang')),
  };
}

// A date, optionally a time and zone, in ISO 8601 extended form.
const ISO_LIKE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A page date as ISO 8601: ISO values are kept as written (a space separator becomes `T`),
 * other formats the JavaScript date parser understands (RFC 2822) become UTC date-times.
 *
 * @example
 * normalizeDate('Tue, 02 Dec 2025 10:00:00 GMT'); // '2025-12-02T10:00:00.000Z'
 */
export function normalizeDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (ISO_LIKE.test(value)) return value.replace(' ', 'T');
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** `en-GB` → `en`; undefined unless it is a language subtag. */
export function normalizeLanguage(value: string | undefined): string | undefined {
  const primary = value?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/** `<title>` often reads "Headline | Site": the site part is not the headline. */
function withoutSiteName(title: string | undefined, siteName: string | undefined): string | undefined {
  if (!title || !siteName) return title;
  const parts = title.split(/\s+[|–—-]\s+/);
  const kept = parts.filter((part) => part.toLowerCase() !== siteName.toLowerCase());
  return kept.length > 0 && kept.length < parts.length ? kept.join(' - ') : title;
}

/**
 * Reads a page's metadata: JSON-LD (NewsArticle, Article…) first, then
 * OpenGraph and meta tags, `<time datetime>`, `<link rel=canonical>`, `<html lang>`,
 * and `<title>` as the last resort for the title.
 *
 * @example
 * readPageMeta(parseDocument('<html lang="fr"><head><meta property="og:site_name" content="Le Jour"></head></html>'));
 * // { siteName: 'Le Jour', language: 'fr' }
 */
export function readPageMeta(document: DomDocument): PageMeta {
  const ld = readJsonLd(document);
  const tags = readMetaTags(document);
  const merged: PageMeta = {
    title: ld.title ?? tags.title ?? withoutSiteName(clean(document.title), ld.siteName ?? tags.siteName),
    siteName: ld.siteName ?? tags.siteName,
    published: normalizeDate(ld.published) ?? normalizeDate(tags.published),
    byline: ld.byline ?? tags.byline,
    url: tags.url ?? ld.url,
    language: normalizeLanguage(tags.language) ?? normalizeLanguage(ld.language),
  };
  return Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined)) as PageMeta;
}
