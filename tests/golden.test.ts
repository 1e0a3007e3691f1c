/**
 * Golden files: every renderer and every export on the small fixture story
 * (fixtures/stories/port-strike, four articles with a sidecar), compared byte
 * for byte. After a deliberate change, rewrite them with
 * `UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts` and read the diff
 * before committing it.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const STORY = 'fixtures/stories/port-strike';
const GOLDEN = 'tests/golden';
const update = process.env.UPDATE_GOLDEN === '1';

function compare(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (update) {
    if (process.env.CI === 'true') throw new Error('UPDATE_GOLDEN is for a developer machine, never CI');
    writeFileSync(path, actual);
  }
  expect(existsSync(path), `${path} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('golden renderings of the port-strike fixture story', () => {
  it.each([
    ['md', 'port-strike.md'],
    ['json', 'port-strike.json'],
    ['html', 'port-strike.html'],
    ['claimreview', 'port-strike.claimreview.json'],
    ['text', 'port-strike.txt'],
  ])('renders --format %s as %s', async (format, file) => {
    const run = await cli(['brief', STORY, '--format', format]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    compare(file, run.stdout);
  });

  it.each(['facts.csv', 'quotes.csv', 'actors.csv', 'facts.jsonl', 'quotes.jsonl', 'actors.jsonl'])('exports %s', async (file) => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-golden-'));
    const run = await cli(['brief', STORY, '--format', 'text', '--export', join(dir, file)]);
    expect(run.code).toBe(0);
    compare(`port-strike.${file}`, readFileSync(join(dir, file), 'utf8'));
  });
});
