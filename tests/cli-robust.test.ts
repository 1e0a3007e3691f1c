/** The CLI on unlucky input and output: piped articles, per-article limits, a closed or full output. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const FIRST = 'Harbour workers ended a three-day strike on Monday after the port agreed a pay rise, the union said.\n';
const SECOND = 'The city council voted on Tuesday to close the old bridge to lorries, the mayor said in a statement.\n';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'parallax-robust-'));
}

describe('standard input', () => {
  it('keeps two articles piped one after the other into add as two stored articles', async () => {
    const env = { PARALLAX_DB: join(tempDir(), 'store') };
    expect((await cli(['add', '-'], { env, stdin: FIRST })).code).toBe(0);
    const second = await cli(['add', '-'], { env, stdin: SECOND });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('added 1');
    expect((await cli(['search', 'harbour', '--json'], { env })).stdout).toContain('stdin-');
    expect((await cli(['search', 'bridge', '--json'], { env })).stdout).toContain('stdin-');
    const again = await cli(['add', '-'], { env, stdin: FIRST });
    expect(again.stdout).toContain('added 0');
  }, 120_000);
});

describe('the per-article budget', () => {
  it('turns an article past the time limit into one failure line and still briefs the others', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.txt'), FIRST);
    // About 5 MB of distinct sentences: many seconds of honest analysis, far past a 2-second limit.
    writeFileSync(join(dir, 'huge.txt'), Array.from({ length: 50_000 }, (_, i) => `Officials in district ${i} said on Monday that ${i % 97} families had moved to the shelter near the river. `).join(''));
    const run = await cli(['brief', dir, '--format', 'json'], { env: { PARALLAX_ARTICLE_SECONDS: '2' } });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('huge.txt');
    expect(lines[0]).toContain('[ARTICLE_TIME_LIMIT]');
    const brief = JSON.parse(run.stdout) as { stories: { articles: { id: string }[] }[] };
    expect(brief.stories.flatMap((s) => s.articles.map((a) => a.id))).toEqual(['good']);
  }, 120_000);

  it('rejects a limit that is not a positive integer', async () => {
    const run = await cli(['brief', 'examples/ukraine-talks'], { env: { PARALLAX_ARTICLE_MEMORY_MB: 'lots' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('PARALLAX_ARTICLE_MEMORY_MB must be a positive integer, got "lots" [CONFIG_INVALID]');
  });
});

describe('output that cannot be written', () => {
  it('ends quietly with status 0 when the reader goes away (| head)', () => {
    const run = spawnSync('bash', ['-c', 'set -o pipefail; node bin/parallax.js brief examples/ukraine-talks --format json | head -c 10 >/dev/null'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 120_000);

  it('gives one line and status 1 on a full disk', () => {
    const run = spawnSync('bash', ['-c', 'node bin/parallax.js brief examples/ukraine-talks > /dev/full'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(['parallax: cannot write standard output: ENOSPC']);
  }, 120_000);

  it('prints the help without a stack trace into a closed pipe', () => {
    const out = execFileSync('bash', ['-c', 'node bin/parallax.js --help | head -1'], { encoding: 'utf8' });
    expect(out).toMatch(/^parallax/);
  });
});
