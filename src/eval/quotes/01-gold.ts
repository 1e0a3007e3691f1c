/**
 * Step 1 of the quote evaluation: read PolNeAR-style gold (one article per
 * JSONL line, attributions with source, cue and content spans) into plain
 * typed records. Strict: a malformed line throws a ParallaxError naming the
 * file and the line, so a broken gold file is never half-scored.
 */
import { ParallaxError } from '../../errors.js';
import { jsonLines } from '../read-gold.js';
import type { Span } from '../../types.js';

/** One attribution of the gold: each role is the list of its fragments (empty when the role is absent). */
export interface GoldAttribution {
  id: string;
  source: Span[];
  cue: Span[];
  content: Span[];
  /** True when the content holds a quotation mark: a direct (or partly direct) quote. */
  direct: boolean;
}

/** One gold article: its text and attributions. */
export interface GoldArticle {
  id: string;
  text: string;
  attributions: GoldAttribution[];
}

/** Straight, curly and angle quotation marks: what makes a gold content a "direct quote". */
export const QUOTATION_MARKS = /["“”„«»]/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses the text of a gold JSONL file; `file` names it in error messages.
 * Blank lines are skipped; every other line must be one article.
 *
 * @example
 * parseGold('{"id":"a","text":"Doe said.","attributions":[]}', 'gold.jsonl');
 * // [{ id: 'a', text: 'Doe said.', attributions: [] }]
 */
export function parseGold(content: string, file: string): GoldArticle[] {
  return jsonLines(content, file).map(({ value, where }) => goldArticle(value, where));
}

function goldArticle(value: unknown, where: string): GoldArticle {
  if (!isObject(value)) throw bad(where, 'a line must be a JSON object');
  const { id, text, attributions } = value;
  if (typeof text !== 'string') throw bad(where, '"text" must be a string');
  if (!Array.isArray(attributions)) throw bad(where, '"attributions" must be an array');
  const articleId = typeof id === 'string' || typeof id === 'number' ? String(id) : where;
  return {
    id: articleId,
    text,
    // An attribution without content (the data holds a few empty ones) has nothing to score.
    attributions: attributions
      .map((a, k) => goldAttribution(a, text, `${where}: attribution ${k + 1}`))
      .filter((a): a is GoldAttribution => a !== null),
  };
}

function goldAttribution(value: unknown, text: string, where: string): GoldAttribution | null {
  if (!isObject(value)) throw bad(where, 'must be an object');
  const content = role(value.content, text.length, `${where} content`);
  if (content.length === 0) return null;
  return {
    id: typeof value.id === 'string' ? value.id : where,
    source: role(value.source, text.length, `${where} source`),
    cue: role(value.cue, text.length, `${where} cue`),
    content,
    direct: content.some((f) => QUOTATION_MARKS.test(text.slice(f.start, f.end))),
  };
}

/** A role's fragments (or its own start/end when it lists none); `null` or absent → []. */
function role(value: unknown, length: number, where: string): Span[] {
  if (value === null || value === undefined) return [];
  if (!isObject(value)) throw bad(where, 'must be an object or null');
  const fragments = Array.isArray(value.fragments) && value.fragments.length > 0 ? value.fragments : [value];
  return fragments.map((f) => span(f, length, where));
}

function span(value: unknown, length: number, where: string): Span {
  if (!isObject(value)) throw bad(where, 'a fragment must be an object');
  const { start, end } = value;
  if (!Number.isInteger(start) || !Number.isInteger(end)) throw bad(where, 'start and end must be integers');
  const s = start as number;
  const e = end as number;
  if (s < 0 || e < s || e > length) throw bad(where, `span ${s}-${e} lies outside the text (length ${length})`);
  return { start: s, end: e };
}

function bad(where: string, reason: string): ParallaxError {
  return new ParallaxError('INPUT_BAD_JSON', `${where}: ${reason}`);
}
