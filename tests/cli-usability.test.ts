/** The command line as a new user meets it: help, typos, where a bad setting came from, messages, summaries. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';
import { COMMANDS } from '../src/cli/commands.js';

const ONE = resolve('examples/ukraine-talks/002_21a5a6368e1c26a1.txt');
const FRENCH = resolve('fixtures/languages/french.txt');
const tempDir = () => mkdtempSync(join(tmpdir(), 'parallax-usability-'));

describe('help', () => {
  it.each(Object.keys(COMMANDS))('"help %s" prints what --help prints, every option with a description', async (name) => {
    const viaHelp = await cli(['help', name]);
    const viaFlag = await cli([name, '--help']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe(viaFlag.stdout);
    for (const option of [...Object.keys(COMMANDS[name]!.options), 'config', 'help']) {
      const lines = viaHelp.stdout.split('\n');
      const at = lines.findIndex((l) => new RegExp(`^  (-\\w, )? *--${option}\\b`).test(l));
      expect(at, option).toBeGreaterThan(-1);
      // The description follows on the same line, or on the next one when the option is long.
      const rest = lines[at]!.replace(new RegExp(`^.*--${option}( <[^>]+>)?`), '').trim() || lines[at + 1]!.trim();
      expect(rest.length, option).toBeGreaterThan(8);
    }
  });

  it('lists every command and every eval subcommand in the global help', async () => {
    const run = await cli(['--help']);
    for (const line of ['brief', 'add', 'stories', 'story', 'search', 'eval entities', 'eval quotes', 'eval clusters', 'eval dossier']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${line} `, 'm'));
    }
  });

  it('answers help without loading the pipeline: what main.ts imports reaches no stage and no package', () => {
    // Follows the static (value) imports from main.ts; commands are loaded with import() only to run.
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*? from '([^']+)';/gm)) {
        if (m[1]!.startsWith('.')) visit(resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));
        else if (!m[1]!.startsWith('node:')) packages.add(m[1]!);
      }
    };
    visit(resolve('src/cli/main.ts'));
    const stages = [...seen].map((f) => f.slice(resolve('src').length + 1)).filter((f) => /^(extract|analyze|cluster|corroborate|ingest)\/|^pipeline\.ts$|^store\/index\.ts$/.test(f));
    expect(stages).toEqual([]);
    expect([...packages]).toEqual([]);
  });

  it('prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect((await cli(['--version'])).stdout).toBe(`${version}\n`);
  });
});

describe('typos get a suggestion and exit 2', () => {
  it.each([
    [['brief', ONE, '--frmat', 'json'], 'parallax brief: unknown option --frmat (did you mean --format?)'],
    [['brief', ONE, '--format', 'jsn'], 'parallax: --format: unknown format "jsn" (did you mean json?)'],
    [['brief', ONE, '--format'], 'parallax brief: --format needs a value'],
    [['stories', '--json=yes'], 'parallax stories: --json takes no value'],
    [['brieff', ONE], 'parallax: unknown command "brieff" (did you mean brief?)'],
    [['help', 'stroy'], 'parallax: unknown command "stroy" (did you mean story?)'],
    [['eval', 'cluster', 'x.jsonl'], '(got "cluster" (did you mean clusters?))'],
  ])('%j', async (args, line) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(line);
    expect(run.stderr).not.toContain("To specify a positional argument");
  });
});

describe('a bad setting is reported against where it came from', () => {
  it('names the variable, not a flag never typed (exit 1, CONFIG_INVALID)', async () => {
    const run = await cli(['brief', ONE], { env: { PARALLAX_FORMAT: 'pdf' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('parallax: PARALLAX_FORMAT: unknown format "pdf" (use one of: md, json, html, claimreview, text) [CONFIG_INVALID]\n');
    const sentences = await cli(['brief', ONE], { env: { PARALLAX_SUMMARY_SENTENCES: '12' } });
    expect(sentences.stderr).toContain('PARALLAX_SUMMARY_SENTENCES must be an integer from 3 to 8');
    expect(sentences.stderr).not.toContain('--sentences');
  });

  it('names the config file and key', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'parallax.config.json'), JSON.stringify({ format: 'Markdown' }));
    const run = await cli(['brief', ONE], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${join(dir, 'parallax.config.json')}: format: unknown format "Markdown"`);
  });

  it('names the flag the user typed (exit 2)', async () => {
    const run = await cli(['brief', ONE, '--sentences', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--sentences must be a positive integer');
  });
});

describe('the config file', () => {
  it('is found from a subfolder, with a $schema key, and its relative db is beside it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'parallax.config.json'), JSON.stringify({ $schema: './node_modules/parallax-dossier/schema/config.schema.json', format: 'JSON', db: 'store' }));
    const sub = join(dir, 'articles', 'today');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'a.txt'), readFileSync(ONE));
    const run = await cli(['brief', join(sub, 'a.txt')], { cwd: sub });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).stories).toHaveLength(1);
    const missing = await cli(['stories'], { cwd: sub });
    expect(missing.stderr).toContain(join(dir, 'store'));
  });
});

describe('messages and output', () => {
  it('names a missing input once, and prints no dossier when nothing could be read', async () => {
    const run = await cli(['brief', 'examples/nope']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('parallax: examples/nope: no such file or folder [INPUT_NOT_FOUND]\nparallax: no article could be read\n');
  });

  it('reads --format in any case, and counts one article in the singular', async () => {
    const run = await cli(['brief', ONE, '--format=TEXT']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(1 article from 1 outlet;');
    const md = await cli(['brief', ONE, '-f', 'Md']);
    expect(md.stdout).toContain('· 1 article\n');
  });

  it('gives one notice per article not in English and still briefs it (exit 0)', async () => {
    const run = await cli(['brief', ONE, FRENCH, '--format', 'json']);
    expect(run.code).toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([expect.stringMatching(/^parallax: .*french\.txt: analysis is English-only; this article reads as French \(fr\).* \[NOT_ENGLISH\]$/)]);
    const brief = JSON.parse(run.stdout) as { notices: { articleId: string }[] };
    expect(brief.notices.map((n) => n.articleId)).toEqual(['french']);
    const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync('schema/brief.schema.json', 'utf8')) as object);
    expect(validate(brief), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('add and story', () => {
  it('add --json summarises in JSON and draws a progress bar only on a terminal; story takes the options of brief', async () => {
    const dir = tempDir();
    const env = { PARALLAX_DB: join(dir, 'store') };
    const writes: string[] = [];
    const terminal = { isTTY: true, columns: 80, write: (t: string) => writes.push(t) };
    const added = await cli(['add', 'examples/ukraine-talks', FRENCH, '--json'], { env, progressStream: terminal });
    expect(added.code).toBe(0);
    const summary = JSON.parse(added.stdout) as { added: string[]; failures: unknown[]; stories: number };
    expect(summary.added).toHaveLength(6);
    expect(summary.failures).toEqual([]);
    expect(summary.stories).toBeGreaterThanOrEqual(1);
    expect(added.stderr).toContain('[NOT_ENGLISH]');
    // The bar was drawn and then erased (carriage return, erase line).
    expect(writes.some((w) => w.includes('articles analysed'))).toBe(true);
    expect(writes.at(-1)).toBe('\r\x1b[K');

    const stories = JSON.parse((await cli(['stories', '--json'], { env })).stdout) as { id: string; articleCount: number }[];
    const biggest = stories.sort((a, b) => b.articleCount - a.articleCount)[0]!;
    const facts = join(dir, 'facts.csv');
    const story = await cli(['story', biggest.id, '--format', 'JSON', '--sentences', '3', '--as-of', '2030-01-01', '--export', facts], { env });
    expect(story.code).toBe(0);
    const brief = JSON.parse(story.stdout) as { stories: { summary: unknown[]; asOf?: string }[] };
    expect(brief.stories[0]!.summary.length).toBeLessThanOrEqual(3);
    expect(brief.stories[0]!.asOf).toBe('2030-01-01');
    expect(readFileSync(facts, 'utf8').split('\r\n')[0]).toContain('story_id');
  }, 180_000);
});
