/** `parallax eval entities`, `eval quotes`, `eval clusters` and `eval dossier`: the table, the JSON object, and bad input. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from './main.js';
import { storyGold } from '../eval/dossier/test-story.js';

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, cwd: process.cwd(), readStdin: async () => new Uint8Array() };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'parallax-eval-'));
const row = (doc: string, id: string, tokens: string[], tags: string[]) => JSON.stringify({ id, doc_id: doc, tokens, tags });
const gold = join(dir, 'gold.jsonl');
writeFileSync(gold, [
  row('d1', 'd1-0', ['Angela', 'Merkel', 'met', 'officials', 'in', 'Brussels', '.'], ['B-PER', 'I-PER', 'O', 'O', 'O', 'B-LOC', 'O']),
  row('d1', 'd1-1', ['Merkel', 'left', 'on', 'Tuesday', '.'], ['B-PER', 'O', 'O', 'O', 'O']),
  row('d2', 'd2-0', ['Toyota', 'Motor', 'Corp', 'said', 'profits', 'fell', 'in', 'Japan', '.'], ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'O', 'O', 'O', 'B-LOC', 'O']),
].join('\n') + '\n');

describe('parallax eval entities', () => {
  it('prints one JSON object with the scores, per type, and tokens per second', async () => {
    const r = await run(['eval', 'entities', gold, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ documents: 2, sentences: 3, tokens: 21, gold: 5 });
    for (const key of ['precision', 'recall', 'f1', 'tokensPerSecond']) expect(typeof out[key]).toBe('number');
    expect(Object.keys(out.perType).sort()).toEqual(['LOC', 'ORG', 'PER']);
    expect(out.perType.PER).toMatchObject({ gold: 2 });
    expect(out.f1).toBeGreaterThan(0.5);
  });

  it('prints a readable table', async () => {
    const r = await run(['eval', 'entities', gold]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/overall\s+\d+\.\d\d/);
    expect(r.stdout).toContain('tokens/s');
  });

  it('names the file and line of a malformed line and exits 1', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, row('d', 'd-0', ['a'], ['O']) + '\n{"tokens": ["a", "b"], "tags": ["O"]}\n');
    const r = await run(['eval', 'entities', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}:2: 2 tokens but 1 tags`);
  });

  it('names a missing file and exits 1', async () => {
    const r = await run(['eval', 'entities', join(dir, 'nope.jsonl')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nope.jsonl: no such file');
  });

  it.each([[['eval']], [['eval', 'nothing-such', gold]], [['eval', 'entities']], [['eval', 'entities', gold, gold]]])('exits 2 on the usage error %j', async (args) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('eval');
  });

  it('lists what it can score in its help', async () => {
    const r = await run(['eval', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('entities');
  });
});

/** A PolNeAR-style article written for this test: one direct quote with its speaker and cue. */
function attributionLine(id: string, text: string, parts: { source: string; cue: string; content: string }): string {
  const span = (part: string) => {
    const start = text.indexOf(part);
    return { start, end: start + part.length, text: part, fragments: [{ start, end: start + part.length, text: part }] };
  };
  return JSON.stringify({ id, text, attributions: [{ id: `${id}-1`, type: 'Attribution', source: span(parts.source), cue: span(parts.cue), content: span(parts.content) }] });
}

describe('parallax eval quotes', () => {
  const text = 'Harbour Talks Resume\n\n“We will not sign a bad deal,” Marta Keller said on Monday.\n';
  const quotesGold = join(dir, 'quotes.jsonl');
  writeFileSync(quotesGold, attributionLine('q1', text, { source: 'Marta Keller', cue: 'said', content: '“We will not sign a bad deal,”' }) + '\n');

  it('prints one JSON object with direct and all sections', async () => {
    const r = await run(['eval', 'quotes', quotesGold, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    for (const section of ['direct', 'all']) {
      expect(out[section].content.f1).toBe(1);
      expect(typeof out[section].content.exactF1).toBe('number');
      expect(out[section].cue.f1).toBe(1);
      expect(out[section].speakerAccuracy).toBe(1);
    }
    expect(out.articlesPerSecond).toBeGreaterThan(0);
  });

  it('lists speaker errors by category with --errors', async () => {
    const wrong = join(dir, 'quotes-wrong.jsonl');
    writeFileSync(wrong, attributionLine('q2', text, { source: 'Monday', cue: 'said', content: '“We will not sign a bad deal,”' }) + '\n');
    const r = await run(['eval', 'quotes', wrong, '--errors', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wrong/i);
  });

  it('rejects a non-numeric --errors and names a missing file', async () => {
    expect((await run(['eval', 'quotes', quotesGold, '--errors', 'many'])).code).toBe(2);
    const missing = await run(['eval', 'quotes', join(dir, 'none.jsonl')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('none.jsonl');
  });
});

describe('parallax eval clusters', () => {
  const clusters = join(dir, 'clusters.jsonl');
  writeFileSync(clusters, [
    { id: 1, label: 'bridge', text: 'The Corvell bridge over the Ansa river collapsed on Monday night. Engineer Maren Tosk blamed corroded cables.', date: '2025-03-03' },
    { id: 2, label: 'bridge', text: 'Divers searched the Ansa river after the Corvell bridge collapsed. Maren Tosk, the engineer, blamed corroded cables.', timestamp: 1741046400000 },
    { id: 3, label: 'vote', text: 'Voters in Lindmark elected Sera Obuya as mayor on Sunday, ending twelve years of Harbor Party rule.' },
  ].map((r) => JSON.stringify(r)).join('\n'));

  it('prints one JSON object with B-cubed means and minimum, pairwise F1, NMI, stories and articles per second', async () => {
    const r = await run(['eval', 'clusters', clusters, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.bcubed).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(out).toMatchObject({ articles: 3, bcubedMinF1: 1, pairwiseF1: 1, nmi: 1, clusters: 2 });
    expect(out.articlesPerSecond).toBeGreaterThan(0);
    expect(out.baseline).toMatchObject({ clusters: 2, bcubed: { f1: 1 } });
  });

  it('prints the offline baseline beside the online figures', async () => {
    const r = await run(['eval', 'clusters', clusters]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/baseline: TF-IDF \+ average linkage/);
    expect(r.stdout).toMatch(/margin\s+B-cubed F1 \+0\.0000/);
  });

  it('names a missing gold file', async () => {
    const r = await run(['eval', 'clusters', join(dir, 'nope.jsonl')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nope.jsonl');
  });
});

describe('parallax eval dossier', () => {
  const folder = join(dir, 'dossier');
  mkdirSync(folder);
  writeFileSync(join(folder, 'corvell.json'), JSON.stringify(storyGold()));
  writeFileSync(join(folder, 'README.md'), 'not a story');

  it('scores every story file of a folder and gives per-story and pooled measures as one JSON object', async () => {
    const r = await run(['eval', 'dossier', folder, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.stories.map((s: { story: string }) => s.story)).toEqual(['corvell_dock_strike']);
    expect(out.stories[0].disagreementsFound).toEqual({ right: 1, reported: 1, precision: 1 });
    expect(out.stories[0].storyKept).toMatchObject({ kept: 3, articles: 3, share: 1 });
    expect(out.total).toMatchObject({ stories: 1, disagreementsCaught: { caught: 1, keys: 1, recall: 1 } });
    expect(out.pooled).toContain('not a mean');
  });

  it('prints a table per story and the total, with wrong items under --errors', async () => {
    const r = await run(['eval', 'dossier', join(folder, 'corvell.json'), '--errors', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/disagreements found\s+100\.00%/);
    expect(r.stdout).toContain('total over 1 story');
  });

  it('names a malformed gold file and exits 1; a bad --errors is a usage error', async () => {
    const bad = join(dir, 'bad-story.json');
    writeFileSync(bad, JSON.stringify({ ...storyGold(), furniture: [{ article: 'a1', start: 0, end: 3, text: 'Vid' }] }));
    const r = await run(['eval', 'dossier', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad-story.json furniture 1');
    expect((await run(['eval', 'dossier', folder, '--errors', 'all'])).code).toBe(2);
    expect((await run(['eval', 'dossier', join(dir, 'no-such-folder')])).code).toBe(1);
  });

  it('is listed in the help of eval', async () => {
    const r = await run(['eval', '--help']);
    expect(r.stdout).toContain('parallax eval dossier <file|folder>');
    expect(r.stdout).toMatch(/dossier\s+whole dossiers/);
  });
});
