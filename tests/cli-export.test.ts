/** `parallax brief --export`: facts, quotes and actors as CSV / JSON Lines files; no progress bar without a terminal. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Brief } from '../src/types.js';
import { cli } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parallax brief --export', () => {
  it('writes each named export beside the dossier it prints', async () => {
    const run = await cli(['brief', 'examples/ukraine-talks', '--format', 'json',
      '--export', join(dir, 'facts.csv'), '--export', join(dir, 'ukraine-quotes.jsonl'), '--export', join(dir, 'actors.csv')]);
    expect(run.code, run.stderr).toBe(0);
    const story = (JSON.parse(run.stdout) as Brief).stories[0]!;
    const facts = readFileSync(join(dir, 'facts.csv'), 'utf8');
    expect(facts.startsWith('story_id,fact_id,text,')).toBe(true);
    expect(facts.split('\r\n').filter((l) => l.startsWith(story.id)).length).toBeGreaterThanOrEqual(story.facts.length);
    const quotes = readFileSync(join(dir, 'ukraine-quotes.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(quotes).toHaveLength(story.quoteGroups.reduce((n, g) => n + g.variants.length, 0));
    const text = new Map(story.articles.map((a) => [a.id, a.text]));
    for (const q of quotes) expect(text.get(q.article_id)!.slice(q.start, q.end)).toBe(q.text);
    expect(readFileSync(join(dir, 'actors.csv'), 'utf8')).toContain('Volodymyr Zelensky');
  });

  it('rejects a file name that names no table or format (exit 2)', async () => {
    const run = await cli(['brief', 'examples/ukraine-talks', '--export', join(dir, 'claims.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--export .*facts, quotes or actors/);
  });

  it('reports an export it cannot write and exits 1', async () => {
    const run = await cli(['brief', 'examples/ukraine-talks', '--export', join(dir, 'missing', 'facts.csv')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot write .*facts\.csv/);
  });
});

describe('progress without a terminal', () => {
  it('prints nothing on standard error when it is not a terminal, even for many inputs', async () => {
    const spy = vi.spyOn(process.stderr, 'write');
    const isTTY = process.stderr.isTTY;
    Object.defineProperty(process.stderr, 'isTTY', { value: false, configurable: true });
    try {
      const run = await cli(['brief', 'examples/ukraine-talks', 'fixtures/stories/port-strike', 'fixtures/extra/sixth-article']);
      expect(run.stderr).toBe('');
      expect(spy).not.toHaveBeenCalled();
    } finally {
      Object.defineProperty(process.stderr, 'isTTY', { value: isTTY, configurable: true });
      spy.mockRestore();
    }
  });
});
