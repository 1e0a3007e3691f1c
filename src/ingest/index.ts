import { readFile, stat } from 'node:fs/promises';
import { ParallaxError } from '../errors.js';
import type { ArticleMeta, IngestResult, InputFailure, RawDocument } from '../types.js';
import { decodeDetailed, type Decoded } from './decode.js';
import { expandInputs, fsFailure, type FileEntry } from './walk.js';
import { sha256Hex } from '../text/hash.js';
import { append } from '../text/arrays.js';

/** Hex digits of the content hash in a piped article's id: 48 bits, no collision in any real batch. */
const STDIN_ID_HEX = 12;

/** 5 MiB: hundreds of times a long article (even a full HTML page with inline scripts), and a bound on memory for hostile input. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export interface IngestOptions {
  /** Inputs larger than this many bytes fail with INPUT_TOO_LARGE without being read. */
  maxBytes: number;
  /** Reads all of standard input (the `-` input). */
  readStdin: () => Promise<Uint8Array>;
}

async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

/**
 * Ingest defaults.
 *
 * @example
 * await ingest(['-'], { ...DEFAULT_INGEST_OPTIONS, readStdin: async () => new TextEncoder().encode('Hello.') });
 */
export const DEFAULT_INGEST_OPTIONS: IngestOptions = {
  maxBytes: MAX_INPUT_BYTES,
  readStdin: readProcessStdin,
};

/**
 * Decodes the bytes of one input into documents. The format follows the
 * extension of `source` (`-` is plain text); `meta` is metadata from outside the
 * content (a sidecar), which JSON fields override. Strict: any problem, even
 * one bad JSONL line, throws a ParallaxError naming the source and the reason.
 *
 * @example
 * decodeInput('notes/talks.md', new TextEncoder().encode('# Talks\n\nThey met.'), { outlet: 'Daily' });
 * // [{ id: 'talks', source: 'notes/talks.md', format: 'markdown', content: '# Talks\n\nThey met.', meta: { outlet: 'Daily' } }]
 */
export function decodeInput(source: string, bytes: Uint8Array, meta?: ArticleMeta): RawDocument[] {
  const { documents, failures } = decodeDetailed(source, bytes, meta);
  const first = failures[0];
  if (first) throw new ParallaxError(first.code as ParallaxError['code'], first.message);
  return documents;
}

/** A document with the path and line it was read from, for a stable order. */
interface Located {
  doc: RawDocument;
  path: string;
  line: number;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function locate(doc: RawDocument, path: string): Located {
  const suffix = doc.source.slice(path.length);
  return { doc, path, line: suffix.startsWith(':') ? Number(suffix.slice(1)) : 0 };
}

/** Gives every document a unique id: in source order, a repeated id gets the first free `-2`, `-3`, … suffix. */
function disambiguate(docs: RawDocument[]): RawDocument[] {
  const taken = new Set(docs.map((d) => d.id));
  const seen = new Set<string>();
  return docs.map((doc) => {
    if (!seen.has(doc.id)) {
      seen.add(doc.id);
      return doc;
    }
    let n = 2;
    while (taken.has(`${doc.id}-${n}`)) n += 1;
    const id = `${doc.id}-${n}`;
    taken.add(id);
    seen.add(id);
    return { ...doc, id };
  });
}

/** The same file named twice (or through a folder and directly) is read once, under its smallest source. */
function uniqueFiles(files: FileEntry[]): FileEntry[] {
  const byReal = new Map<string, FileEntry>();
  for (const file of files) {
    const kept = byReal.get(file.real);
    if (!kept || file.source < kept.source) byReal.set(file.real, file);
  }
  return [...byReal.values()];
}

async function readEntry(file: FileEntry, maxBytes: number): Promise<Decoded> {
  try {
    const info = await stat(file.source);
    if (info.size > maxBytes) {
      throw new ParallaxError('INPUT_TOO_LARGE', `${file.source}: ${info.size} bytes, larger than the ${maxBytes}-byte limit`);
    }
    return decodeDetailed(file.source, await readFile(file.source), file.meta);
  } catch (err) {
    return { documents: [], failures: [fsFailure(file.source, err)] };
  }
}

async function readStdinInput(options: IngestOptions): Promise<Decoded> {
  try {
    const bytes = await options.readStdin();
    if (bytes.length > options.maxBytes) {
      throw new ParallaxError('INPUT_TOO_LARGE', `-: standard input is ${bytes.length} bytes, larger than the ${options.maxBytes}-byte limit`);
    }
    return withContentIdentity(decodeDetailed('-', bytes));
  } catch (err) {
    return { documents: [], failures: [fsFailure('-', err)] };
  }
}

/**
 * A piped article has no path, so it is named by its content: id `stdin-<hash>` and source
 * `stdin:sha256:<hash>`. Two different articles piped one after the other are two articles in the
 * store (never one "revision" of the other), and the same article piped twice is stored once.
 */
function withContentIdentity(decoded: Decoded): Decoded {
  return {
    ...decoded,
    documents: decoded.documents.map((doc) => {
      const hash = sha256Hex(doc.content);
      return { ...doc, id: `stdin-${hash.slice(0, STDIN_ID_HEX)}`, source: `stdin:sha256:${hash}` };
    }),
  };
}

function sortFailures(failures: InputFailure[]): InputFailure[] {
  const unique = new Map(failures.map((f) => [`${f.source}\u0000${f.code}\u0000${f.message}`, f]));
  return [...unique.entries()].sort(([a], [b]) => compareText(a, b)).map(([, f]) => f);
}

/**
 * Reads files, folders and `-` (standard input) into raw documents. Every bad
 * input becomes one failure naming it and the reason; the rest is still read.
 * The result is sorted by source (then line), so it does not depend on the
 * order of `inputs`; repeated ids get a deterministic suffix.
 *
 * @example
 * const { documents, failures } = await ingest(['articles/']);
 * documents.map((d) => d.id); // ['a', 'b', …] (file stems, sorted by path)
 */
export async function ingest(inputs: string[], options: Partial<IngestOptions> = {}): Promise<IngestResult> {
  const opts: IngestOptions = { ...DEFAULT_INGEST_OPTIONS, ...options };
  const paths = [...new Set(inputs.filter((input) => input !== '-'))].sort(compareText);
  const { files, failures } = await expandInputs(paths, opts.maxBytes);
  const located: Located[] = [];
  for (const file of uniqueFiles(files)) {
    const decoded = await readEntry(file, opts.maxBytes);
    append(located, decoded.documents.map((doc) => locate(doc, file.source)));
    append(failures, decoded.failures);
  }
  if (inputs.includes('-')) {
    const decoded = await readStdinInput(opts);
    append(located, decoded.documents.map((doc) => locate(doc, '-')));
    append(failures, decoded.failures);
  }
  located.sort((a, b) => compareText(a.path, b.path) || a.line - b.line);
  return { documents: disambiguate(located.map((l) => l.doc)), failures: sortFailures(failures) };
}
