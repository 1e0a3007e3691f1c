import { basename, extname } from 'node:path';
import { ParallaxError } from '../errors.js';
import type { ArticleMeta, ContentFormat, InputFailure, RawDocument } from '../types.js';
import { isPlainObject, readMeta } from './meta.js';

/** How many leading bytes are sampled for control characters: enough to see a file's header and first records. */
export const BINARY_SAMPLE_BYTES = 65_536;
/** Share of control bytes above which a file is binary: real text has at most a few stray ones. */
export const BINARY_CONTROL_RATIO = 0.05;

/** What the bytes of an input are, chosen by its extension. */
export type InputKind = ContentFormat | 'json' | 'jsonl';

const KIND_BY_EXTENSION: Record<string, InputKind> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
};

/**
 * The kind of input a path holds, by extension; `-` (stdin) is plain text; null when unsupported.
 *
 * @example
 * inputKind('notes/a.MD'); // 'markdown'
 * inputKind('a.pdf');      // null
 */
export function inputKind(source: string): InputKind | null {
  if (source === '-') return 'text';
  return KIND_BY_EXTENSION[extname(source).toLowerCase()] ?? null;
}

/**
 * The id a file gives its documents: its name without the extension; `stdin` for `-`.
 *
 * @example
 * stemOf('examples/x/000_4efbf8bebd05baf7.txt'); // '000_4efbf8bebd05baf7'
 */
export function stemOf(source: string): string {
  if (source === '-') return 'stdin';
  const name = basename(source);
  const ext = extname(name);
  return ext === '' || ext === name ? name : name.slice(0, -ext.length);
}

function isControlByte(byte: number): boolean {
  // Tab, LF, VT, FF and CR are ordinary in text.
  return (byte < 0x20 && (byte < 0x09 || byte > 0x0d)) || byte === 0x7f;
}

/**
 * Decodes UTF-8 bytes to text: rejects binary data and invalid UTF-8, strips a
 * BOM, turns CRLF and CR into LF and rejects content that is only whitespace.
 *
 * @example
 * decodeText('a.txt', new TextEncoder().encode('\uFEFFHello\r\nworld')); // 'Hello\nworld'
 */
export function decodeText(source: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new ParallaxError('INPUT_BINARY', `${source}: contains NUL bytes, looks like a binary file`);
  const sample = bytes.subarray(0, BINARY_SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) if (isControlByte(byte)) controls += 1;
  if (sample.length > 0 && controls / sample.length > BINARY_CONTROL_RATIO) {
    throw new ParallaxError('INPUT_BINARY', `${source}: ${controls} control characters, looks like a binary file`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (cause) {
    throw new ParallaxError('INPUT_INVALID_UTF8', `${source}: not valid UTF-8`, { cause });
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ParallaxError('INPUT_EMPTY', `${source}: the file is empty`);
  return text;
}

/** Documents read from one input plus the parts of it (JSONL lines) that failed. */
export interface Decoded {
  documents: RawDocument[];
  failures: InputFailure[];
}

function failureOf(err: unknown, source: string): InputFailure {
  if (err instanceof ParallaxError) return { source, code: err.code, message: err.message };
  return { source, code: 'INPUT_UNREADABLE', message: `${source}: ${String(err)}` };
}

/** Reads one article object (a .json file or one JSONL line) into a RawDocument. */
function articleFromJson(source: string, value: unknown, fallbackId: string, sidecar: ArticleMeta): RawDocument {
  if (!isPlainObject(value)) throw new ParallaxError('INPUT_BAD_JSON', `${source}: expected one article object`);
  const { meta, problem } = readMeta(value);
  if (problem?.reason === 'date') {
    throw new ParallaxError('INPUT_BAD_DATE', `${source}: "published" is not an ISO 8601 date (${String(value.published)})`);
  }
  if (problem) throw new ParallaxError('INPUT_BAD_JSON', `${source}: "${problem.field}" must be a string`);
  const rawId = value.id;
  if (rawId !== undefined && rawId !== null && typeof rawId !== 'string' && typeof rawId !== 'number') {
    throw new ParallaxError('INPUT_BAD_JSON', `${source}: "id" must be a string or a number`);
  }
  const id = rawId === undefined || rawId === null || String(rawId).trim() === '' ? fallbackId : String(rawId).trim();
  // Prefer text: when a user supplies extracted text, it is what they want analysed.
  const field = typeof value.text === 'string' ? 'text' : typeof value.html === 'string' ? 'html' : null;
  if (field === null) throw new ParallaxError('INPUT_BAD_JSON', `${source}: lacks a string "text" or "html" field`);
  const content = String(value[field]).replace(/\r\n?/g, '\n');
  if (content.trim() === '') throw new ParallaxError('INPUT_EMPTY', `${source}: the "${field}" field is empty`);
  return { id, source, format: field === 'html' ? 'html' : 'text', content, meta: { ...sidecar, ...meta } };
}

function parseJson(source: string, line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new ParallaxError('INPUT_BAD_JSON', `${source}: malformed JSON (${reason})`, { cause });
  }
}

function decodeJsonl(source: string, text: string, sidecar: ArticleMeta): Decoded {
  const result: Decoded = { documents: [], failures: [] };
  const stem = stemOf(source);
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const lineSource = `${source}:${index + 1}`;
    try {
      result.documents.push(articleFromJson(lineSource, parseJson(lineSource, line), `${stem}-${index + 1}`, sidecar));
    } catch (err) {
      result.failures.push(failureOf(err, lineSource));
    }
  });
  return result;
}

/**
 * Lenient decoding for a batch: a bad JSONL line becomes a failure and the other
 * lines are still read. A problem with the whole input throws a ParallaxError.
 *
 * @example
 * decodeDetailed('a.jsonl', bytes, {}); // { documents: [...], failures: [{ source: 'a.jsonl:3', code: 'INPUT_BAD_JSON', ... }] }
 */
export function decodeDetailed(source: string, bytes: Uint8Array, meta: ArticleMeta = {}): Decoded {
  const kind = inputKind(source);
  if (kind === null) throw new ParallaxError('INPUT_UNSUPPORTED', `${source}: unsupported file type "${extname(source)}"`);
  const text = decodeText(source, bytes);
  if (kind === 'jsonl') return decodeJsonl(source, text, meta);
  if (kind === 'json') return { documents: [articleFromJson(source, parseJson(source, text), stemOf(source), meta)], failures: [] };
  return { documents: [{ id: stemOf(source), source, format: kind, content: text, meta: { ...meta } }], failures: [] };
}
