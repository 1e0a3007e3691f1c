/**
 * Step 1 of the dossier evaluation: read one story's gold (`<story>.json`: the
 * articles themselves plus hand-annotated figures with their keys, verdicts
 * per key, page furniture, quotes with speakers and dated events) into plain
 * typed records. Strict: a span whose `text` is not `text.slice(start, end)` of
 * its article, an unknown article, a repeated article id or a verdict outside
 * agree/changed/conflict throws a ParallaxError naming the file and the place,
 * so a broken gold file is never half-scored.
 */
import { ParallaxError } from '../../errors.js';

/** One article of the story, with the metadata Parallax is given. */
export interface DossierGoldArticle {
  id: string;
  text: string;
  title?: string;
  outlet?: string;
  published?: string;
  url?: string;
}

/** A span of one gold article, with its text (always `text.slice(start, end)` of that article). */
export interface GoldSpan {
  article: string;
  start: number;
  end: number;
  text: string;
}

/** A quantity in an article and what it measures (`null`: nothing else in the story measures it). */
export interface GoldFigure extends GoldSpan {
  key: string | null;
}

/** How the figures of one key relate: compatible, updated over time, or in disagreement. */
export type KeyVerdict = 'agree' | 'changed' | 'conflict';

export interface GoldKey {
  verdict: KeyVerdict;
  note: string;
}

/** A direct quotation of the article body and the speaker the text names (`null`: nobody). */
export interface GoldQuote extends GoldSpan {
  speaker: string | null;
}

/** A main happening, its true date (YYYY-MM-DD) and the phrases that report it. */
export interface GoldEvent {
  label: string;
  date: string;
  mentions: GoldSpan[];
}

/** One story file of the gold. */
export interface DossierGold {
  story: string;
  articles: DossierGoldArticle[];
  figures: GoldFigure[];
  keys: Record<string, GoldKey>;
  furniture: GoldSpan[];
  quotes: GoldQuote[];
  events: GoldEvent[];
}

type Json = Record<string, unknown>;

const VERDICTS: readonly KeyVerdict[] = ['agree', 'changed', 'conflict'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function bad(where: string, reason: string): ParallaxError {
  return new ParallaxError('INPUT_BAD_JSON', `${where}: ${reason}`);
}

function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw bad(where, 'must be an array');
  return value;
}

function optionalString(value: Json, field: string, where: string): string | undefined {
  const v = value[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw bad(where, `"${field}" must be a string`);
  return v;
}

function article(value: unknown, where: string): DossierGoldArticle {
  if (!isObject(value)) throw bad(where, 'must be an object');
  const { id, text } = value;
  if (typeof id !== 'string' || id.trim() === '') throw bad(where, '"id" must be a non-empty string');
  if (typeof text !== 'string') throw bad(where, '"text" must be a string');
  const out: DossierGoldArticle = { id, text };
  for (const field of ['title', 'outlet', 'published', 'url'] as const) {
    const v = optionalString(value, field, where);
    if (v !== undefined) out[field] = v;
  }
  return out;
}

/** Reads a span and checks it against its article's text. */
function span(value: unknown, texts: ReadonlyMap<string, string>, where: string): GoldSpan & Json {
  if (!isObject(value)) throw bad(where, 'must be an object');
  const { article: id, start, end, text } = value;
  if (typeof id !== 'string') throw bad(where, '"article" must be a string');
  const articleText = texts.get(id);
  if (articleText === undefined) throw bad(where, `names no article of the file ("${id}")`);
  if (!Number.isInteger(start) || !Number.isInteger(end)) throw bad(where, 'start and end must be integers');
  const s = start as number;
  const e = end as number;
  if (s < 0 || e < s || e > articleText.length) throw bad(where, `span ${s}-${e} lies outside the text (length ${articleText.length})`);
  if (text !== articleText.slice(s, e)) throw bad(where, `"text" is not the article's characters ${s}-${e}`);
  return { ...value, article: id, start: s, end: e, text };
}

const plain = (s: GoldSpan): GoldSpan => ({ article: s.article, start: s.start, end: s.end, text: s.text });

function keyOf(value: unknown, where: string): string | null {
  if (value === null) return null;
  if (typeof value !== 'string' || value === '') throw bad(where, '"key" must be a non-empty string or null');
  return value;
}

function speakerOf(value: unknown, where: string): string | null {
  if (value === null) return null;
  if (typeof value !== 'string' || value.trim() === '') throw bad(where, '"speaker" must be a non-empty string or null');
  return value;
}

function keys(value: unknown, where: string): Record<string, GoldKey> {
  if (!isObject(value)) throw bad(where, 'must be an object');
  const out: Record<string, GoldKey> = {};
  for (const [key, v] of Object.entries(value)) {
    if (!isObject(v) || !VERDICTS.includes(v.verdict as KeyVerdict)) throw bad(`${where} "${key}"`, `"verdict" must be one of ${VERDICTS.join(', ')}`);
    out[key] = { verdict: v.verdict as KeyVerdict, note: typeof v.note === 'string' ? v.note : '' };
  }
  return out;
}

function event(value: unknown, texts: ReadonlyMap<string, string>, where: string): GoldEvent {
  if (!isObject(value)) throw bad(where, 'must be an object');
  const { label, date, mentions } = value;
  if (typeof label !== 'string') throw bad(where, '"label" must be a string');
  if (typeof date !== 'string' || !ISO_DAY.test(date)) throw bad(where, '"date" must be a day, YYYY-MM-DD');
  return { label, date, mentions: list(mentions, `${where} mentions`).map((m, k) => plain(span(m, texts, `${where} mention ${k + 1}`))) };
}

/**
 * Parses the text of one story's gold file; `file` names it in error messages.
 *
 * @example
 * const gold = parseDossierGold(readGold('gold/harbour.json'), 'gold/harbour.json');
 * gold.keys['dockers on strike'].verdict; // 'changed'
 */
export function parseDossierGold(content: string, file: string): DossierGold {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (cause) {
    throw new ParallaxError('INPUT_BAD_JSON', `${file}: not valid JSON (${(cause as Error).message})`, { cause });
  }
  if (!isObject(value)) throw bad(file, 'must be one JSON object');
  if (typeof value.story !== 'string' || value.story === '') throw bad(file, '"story" must be a non-empty string');
  const articles = list(value.articles, `${file} articles`).map((a, k) => article(a, `${file} article ${k + 1}`));
  const texts = new Map<string, string>();
  for (const a of articles) {
    if (texts.has(a.id)) throw bad(file, `article id "${a.id}" appears twice`);
    texts.set(a.id, a.text);
  }
  const field = (name: string) => (value as Json)[name] ?? [];
  return {
    story: value.story,
    articles,
    figures: list(field('figures'), `${file} figures`).map((f, k) => {
      const s = span(f, texts, `${file} figure ${k + 1}`);
      return { ...plain(s), key: keyOf(s.key, `${file} figure ${k + 1}`) };
    }),
    keys: keys(value.keys ?? {}, `${file} keys`),
    furniture: list(field('furniture'), `${file} furniture`).map((f, k) => plain(span(f, texts, `${file} furniture ${k + 1}`))),
    quotes: list(field('quotes'), `${file} quotes`).map((q, k) => {
      const s = span(q, texts, `${file} quote ${k + 1}`);
      return { ...plain(s), speaker: speakerOf(s.speaker, `${file} quote ${k + 1}`) };
    }),
    events: list(field('events'), `${file} events`).map((e, k) => event(e, texts, `${file} event ${k + 1}`)),
  };
}
