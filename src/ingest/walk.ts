import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ParallaxError } from '../errors.js';
import type { ArticleMeta, InputFailure } from '../types.js';
import { inputKind } from './decode.js';
import { isPlainObject, readMeta } from './meta.js';

/** The sidecar file a folder may hold: metadata for its files, never an article. */
export const SIDECAR_NAME = 'parallax.meta.json';

/** Folder names never descended into: dependency trees are not articles. */
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** A file to read, with the path it was named by and the metadata its folder's sidecar gives it. */
export interface FileEntry {
  source: string;
  /** Resolved real path: the same file reached twice is read once. */
  real: string;
  meta: ArticleMeta;
}

/** What expanding the inputs found. */
export interface Expansion {
  files: FileEntry[];
  failures: InputFailure[];
}

/** Turns a file-system error into the failure a user should see. */
export function fsFailure(source: string, err: unknown): InputFailure {
  if (err instanceof ParallaxError) return { source, code: err.code, message: err.message };
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return { source, code: 'INPUT_NOT_FOUND', message: `${source}: no such file or folder` };
  }
  if (code === 'ELOOP') {
    return { source, code: 'INPUT_SYMLINK_LOOP', message: `${source}: symbolic links form a loop` };
  }
  const reason = err instanceof Error ? err.message : String(err);
  return { source, code: 'INPUT_UNREADABLE', message: `${source}: could not be read (${reason})` };
}

/** Reads sidecars once per folder and keeps, per file, the merged metadata (a nearer sidecar wins). */
class SidecarIndex {
  private readonly loaded = new Set<string>();
  private readonly byFile = new Map<string, ArticleMeta>();

  constructor(
    private readonly maxBytes: number,
    private readonly failures: InputFailure[],
  ) {}

  async load(dir: string): Promise<void> {
    const key = resolve(dir);
    if (this.loaded.has(key)) return;
    this.loaded.add(key);
    const source = join(dir, SIDECAR_NAME);
    let text: string;
    try {
      const info = await stat(source);
      if (!info.isFile()) return;
      if (info.size > this.maxBytes) throw new Error(`larger than ${this.maxBytes} bytes`);
      text = await readFile(source, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') this.fail(source, err instanceof Error ? err.message : String(err));
      return;
    }
    const entries = this.parse(source, text.replace(/^\uFEFF/, ''));
    for (const [name, meta] of entries) {
      const file = resolve(key, name);
      this.byFile.set(file, { ...this.byFile.get(file), ...meta });
    }
  }

  metaFor(file: string): ArticleMeta {
    return { ...this.byFile.get(resolve(file)) };
  }

  /** Validates the whole sidecar first: a malformed one is ignored entirely, not half-applied. */
  private parse(source: string, text: string): [string, ArticleMeta][] {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      this.fail(source, `malformed JSON (${err instanceof Error ? err.message : String(err)})`);
      return [];
    }
    if (!isPlainObject(value)) {
      this.fail(source, 'expected an object mapping file names to metadata');
      return [];
    }
    const entries: [string, ArticleMeta][] = [];
    for (const [name, fields] of Object.entries(value)) {
      if (!isPlainObject(fields)) {
        this.fail(source, `the entry for "${name}" is not an object`);
        return [];
      }
      const { meta, problem } = readMeta(fields);
      if (problem) {
        const why = problem.reason === 'date' ? 'is not an ISO 8601 date' : 'must be a string';
        this.fail(source, `"${name}".${problem.field} ${why}`);
        return [];
      }
      entries.push([name, meta]);
    }
    return entries;
  }

  private fail(source: string, reason: string): void {
    this.failures.push({ source, code: 'INPUT_BAD_META', message: `${source}: ${reason}; the folder is read without it` });
  }
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * Expands paths and folders into the files to read. Folders are walked recursively
 * in name order; dotfiles, `node_modules` and files of unknown type inside them
 * are skipped; a folder link that leads back into its own chain is a failure.
 *
 * @example
 * await expandInputs(['articles/'], 5 * 1024 * 1024); // { files: [{ source: 'articles/a.txt', real: '/abs/articles/a.txt', meta: {} }, …], failures: [] }
 */
export async function expandInputs(inputs: readonly string[], maxBytes: number): Promise<Expansion> {
  const failures: InputFailure[] = [];
  const files: FileEntry[] = [];
  const sidecars = new SidecarIndex(maxBytes, failures);

  const addFile = async (source: string): Promise<void> => {
    files.push({ source, real: await realpath(source), meta: sidecars.metaFor(source) });
  };

  const walk = async (dir: string, chain: ReadonlySet<string>): Promise<void> => {
    await sidecars.load(dir);
    const entries = (await readdir(dir, { withFileTypes: true })).sort(byName);
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === SIDECAR_NAME) continue;
      const path = join(dir, entry.name);
      try {
        const isDir = entry.isSymbolicLink() ? (await stat(path)).isDirectory() : entry.isDirectory();
        if (isDir) {
          if (SKIPPED_FOLDERS.has(entry.name)) continue;
          const real = await realpath(path);
          if (chain.has(real)) {
            failures.push({ source: path, code: 'INPUT_SYMLINK_LOOP', message: `${path}: links back to ${real}, which contains it` });
            continue;
          }
          await walk(path, new Set([...chain, real]));
        } else if (inputKind(path) !== null) {
          await addFile(path);
        }
      } catch (err) {
        failures.push(fsFailure(path, err));
      }
    }
  };

  for (const input of inputs) {
    try {
      const info = await stat(input);
      if (info.isDirectory()) {
        await walk(input, new Set([await realpath(input)]));
      } else if (inputKind(input) === null || !info.isFile()) {
        failures.push({ source: input, code: 'INPUT_UNSUPPORTED', message: `${input}: unsupported file type` });
      } else {
        await sidecars.load(dirname(input));
        await addFile(input);
      }
    } catch (err) {
      failures.push(fsFailure(input, err));
    }
  }
  return { files, failures };
}
