/** The command line: help, exit codes, bad inputs, the store commands. */
import { existsSync, mkdtempSync, mkdirSync, readdirSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const EXAMPLE = readFileSync('examples/ukraine-talks/002_21a5a6368e1c26a1.txt', 'utf8');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'parallax-cli-'));
}

describe('help and usage', () => {
  it.each(['brief', 'add', 'stories', 'story', 'search'])('prints help for %s and exits 0', async (name) => {
    const run = await cli([name, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`parallax ${name}`);
  });

  it('prints the command list for --help', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/brief[\s\S]*add[\s\S]*stories[\s\S]*story[\s\S]*search/);
  });

  it.each([
    [['frobnicate'], 'unknown command'],
    [['brief'], 'at least one'],
    [['brief', 'examples/ukraine-talks', '--format', 'pdf'], 'unknown format'],
    [['brief', 'examples/ukraine-talks', '--bogus'], 'unknown option --bogus'],
    [['brief', 'examples/ukraine-talks', '--published', '2025-13-45'], 'YYYY-MM-DD'],
    [['story'], 'exactly one story id'],
  ])('exits 2 on the usage error %j', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('runs the installed binary', () => {
    const out = execFileSync(process.execPath, ['bin/parallax.js', '--help'], { encoding: 'utf8' });
    expect(out).toContain('Usage: parallax <command>');
  });
});

describe('bad inputs: one clear line each, the rest processed, exit code 1', () => {
  const dir = tempDir();
  const good = join(dir, 'good.txt');
  writeFileSync(good, EXAMPLE);
  const cases: [string, string, string][] = [];
  const add = (name: string, data: string | Uint8Array, reason: string) => {
    writeFileSync(join(dir, name), data);
    cases.push([name, join(dir, name), reason]);
  };
  add('empty.txt', '', 'INPUT_EMPTY');
  add('binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0]), 'INPUT_BINARY');
  add('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72, 0x2e]), 'INPUT_INVALID_UTF8');
  add('huge.txt', 'word '.repeat(300_000), 'INPUT_TOO_LARGE');
  add('notes.pdf', 'not really a pdf', 'INPUT_UNSUPPORTED');
  cases.push(['missing.txt', join(dir, 'missing.txt'), 'INPUT_NOT_FOUND']);
  const loop = join(dir, 'loop');
  mkdirSync(loop);
  symlinkSync(loop, join(loop, 'again'));
  cases.push(['loop', loop, 'INPUT_SYMLINK_LOOP']);

  it.each(cases)('reports %s and still briefs the good file', async (name, path, code) => {
    const run = await cli(['brief', good, path, '--format', 'json'], { env: { PARALLAX_MAX_BYTES: '1000000' } });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(name);
    expect(lines[0]).toContain(code);
    const brief = JSON.parse(run.stdout);
    expect(brief.stories[0].articles.map((a: { id: string }) => a.id)).toEqual(['good']);
    expect(brief.failures[0].code).toBe(code);
  });

  it('reads an article from stdin with -', async () => {
    const run = await cli(['brief', '-', '--format', 'text'], { stdin: EXAMPLE });
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(100);
  });
});

describe('the embedded store commands', () => {
  it('adds idempotently, lists one story, prints it and searches it; the folder survives a restart', async () => {
    const db = join(tempDir(), 'store');
    const env = { PARALLAX_DB: db };
    const first = await cli(['add', 'examples/ukraine-talks'], { env });
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('added 5');
    const second = await cli(['add', 'examples/ukraine-talks'], { env });
    expect(second.stdout).toContain('added 0');
    expect(second.stdout).toContain('unchanged 5');

    // A separate process opens the same folder afresh: the data survived.
    const listed = execFileSync(process.execPath, ['bin/parallax.js', 'stories', '--json'], { env: { ...process.env, PARALLAX_DB: db }, encoding: 'utf8' });
    const stories = JSON.parse(listed) as { id: string; articleCount: number }[];
    expect(stories).toHaveLength(1);
    expect(stories[0]!.articleCount).toBe(5);

    const story = await cli(['story', stories[0]!.id, '--format', 'json'], { env });
    expect(story.code).toBe(0);
    expect(JSON.parse(story.stdout).stories[0].articles).toHaveLength(5);

    const hits = await cli(['search', 'chief', 'negotiator', '--json'], { env });
    expect(JSON.parse(hits.stdout).length).toBeGreaterThan(0);

    const missing = await cli(['story', 'no-such-story'], { env });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no-such-story');
  });

  it('assigns articles added later to the stored story through the saved index', async () => {
    const dir = tempDir();
    const env = { PARALLAX_DB: join(dir, 'store') };
    const files = readdirSync('examples/ukraine-talks').filter((f) => f.endsWith('.txt')).sort();
    expect((await cli(['add', ...files.slice(0, 2).map((f) => join('examples/ukraine-talks', f))], { env })).stdout).toContain('the store holds 1 story');
    const later = await cli(['add', ...files.slice(2).map((f) => join('examples/ukraine-talks', f))], { env });
    expect(later.stdout).toContain(`added ${files.length - 2}`);
    const stories = JSON.parse((await cli(['stories', '--json'], { env })).stdout) as { articleCount: number; title: string }[];
    expect(stories).toHaveLength(1);
    expect(stories[0]!.articleCount).toBe(files.length);
    expect(stories[0]!.title.length).toBeGreaterThan(0);
  });

  it('stores a changed file at the same path as a new revision, not a new article', async () => {
    const dir = tempDir();
    const file = join(dir, 'story.txt');
    writeFileSync(file, EXAMPLE);
    const env = { PARALLAX_DB: join(dir, 'store') };
    expect((await cli(['add', file], { env })).stdout).toContain('added 1');
    writeFileSync(file, EXAMPLE.replace('productive', 'fruitful'));
    const second = await cli(['add', file], { env });
    expect(second.stdout).toContain('added 0, revised 1');
    const stories = JSON.parse((await cli(['stories', '--json'], { env })).stdout);
    expect(stories[0].articleCount).toBe(1);
  });

  it('takes --db over PARALLAX_DB', async () => {
    const a = join(tempDir(), 'a');
    const b = join(tempDir(), 'b');
    await cli(['add', 'examples/ukraine-talks/000_4efbf8bebd05baf7.txt', '--db', a], { env: { PARALLAX_DB: b } });
    const inA = await cli(['stories', '--json'], { env: { PARALLAX_DB: a } });
    const inB = await cli(['stories', '--json'], { env: { PARALLAX_DB: b } });
    expect(JSON.parse(inA.stdout)).toHaveLength(1);
    // Nothing was added to b, and a read-only command does not create it.
    expect(inB.stderr).toContain('[STORE_MISSING]');
    expect(existsSync(b)).toBe(false);
  });
});
