/**
 * Reads a gold file for `parallax eval`, naming it when it is missing or
 * unreadable: one reader for every scorer.
 *
 * @example
 * const text = readGold('../shared/eval/polnear/dev.jsonl');
 */
import { readFileSync } from 'node:fs';
import { ParallaxError } from '../errors.js';

/** The text of a gold file; a missing or unreadable file throws a ParallaxError naming it. */
export function readGold(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ParallaxError('INPUT_NOT_FOUND', `${path}: no such file`, { cause: err });
    throw new ParallaxError('INPUT_UNREADABLE', `${path}: ${(err as Error).message}`, { cause: err });
  }
}
