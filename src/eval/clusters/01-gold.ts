/**
 * Step 1 of the clustering evaluation: read gold records — one article per
 * JSONL line, `{id, label, text, title?, published? | date? | timestamp?}` —
 * into plain typed records. ISO dates and millisecond timestamps are read as
 * the publication time; other fields are ignored. Strict: a malformed line
 * throws a ParallaxError naming the file and the line.
 */
import { ParallaxError } from '../../errors.js';
import { jsonLines } from '../read-gold.js';

/** One gold article: its text, what to read as its title and date, and its gold cluster. */
export interface ClusterGoldRecord {
  id: string;
  /** The gold cluster, read for scoring only. */
  label: string;
  text: string;
  title?: string;
  /** ISO 8601 publication time. */
  published?: string;
}

/** An ISO date or date-time, as the gold files write them ("2017-09-15", "2017-09-15T00:00:00", with or without zone). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parses the text of a gold JSONL file; `file` names it in error messages.
 *
 * @example
 * parseClusterGold('{"id":1,"label":"a","text":"Rates rise","timestamp":1394470370698}', 'g.jsonl');
 * // [{ id: '1', label: 'a', text: 'Rates rise', published: '2014-03-10T16:52:50.698Z' }]
 */
export function parseClusterGold(content: string, file: string): ClusterGoldRecord[] {
  const out: ClusterGoldRecord[] = [];
  const ids = new Set<string>();
  for (const { value, where } of jsonLines(content, file)) {
    const record = goldRecord(value, where);
    if (ids.has(record.id)) throw bad(where, `id "${record.id}" appears twice`);
    ids.add(record.id);
    out.push(record);
  }
  return out;
}

function goldRecord(value: unknown, where: string): ClusterGoldRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad(where, 'a line must be a JSON object');
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' && typeof v.id !== 'number') throw bad(where, '"id" must be a string or a number');
  if (typeof v.label !== 'string' && typeof v.label !== 'number') throw bad(where, '"label" must be a string or a number');
  if (typeof v.text !== 'string') throw bad(where, '"text" must be a string');
  const record: ClusterGoldRecord = { id: String(v.id), label: String(v.label), text: v.text };
  if (typeof v.title === 'string' && v.title.trim() !== '') record.title = v.title.trim();
  const published = publishedOf(v, where);
  if (published !== undefined) record.published = published;
  return record;
}

/** The first of `published`, `date`, `timestamp` that is present, as ISO 8601. */
function publishedOf(v: Record<string, unknown>, where: string): string | undefined {
  for (const key of ['published', 'date'] as const) {
    const value = v[key];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) throw bad(where, `"${key}" must be an ISO 8601 date`);
    return value;
  }
  const ts = v.timestamp;
  if (ts === undefined || ts === null) return undefined;
  const ms = typeof ts === 'string' && /^\d+$/.test(ts) ? Number(ts) : ts;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || Number.isNaN(new Date(ms).getTime())) throw bad(where, '"timestamp" must be milliseconds since 1970');
  return new Date(ms).toISOString();
}

function bad(where: string, message: string): ParallaxError {
  return new ParallaxError('INPUT_UNREADABLE', `${where}: ${message}`);
}
