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

/**
 * Each non-blank line of a JSON-lines gold file, parsed, with where it stands
 * (`file:line`) for error messages; a line that is not JSON throws a
 * ParallaxError naming the file and the line.
 *
 * @example
 * for (const { value, where } of jsonLines(text, 'gold.jsonl')) read(value, where);
 */
export function jsonLines(content: string, file: string): { value: unknown; where: string }[] {
  const out: { value: unknown; where: string }[] = [];
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${file}:${index + 1}`;
    try {
      out.push({ value: JSON.parse(line), where });
    } catch (cause) {
      throw new ParallaxError('INPUT_BAD_JSON', `${where}: not valid JSON (${(cause as Error).message})`, { cause });
    }
  });
  return out;
}
