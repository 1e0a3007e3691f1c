/** The README's excerpt of `parallax brief examples/ukraine-talks` is the command's real output (scripts/readme-excerpt.mjs). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const check = (readme?: string) => spawnSync(process.execPath, ['scripts/readme-excerpt.mjs', '--check', ...(readme ? ['--readme', readme] : [])], { encoding: 'utf8' });

describe('the README excerpt', () => {
  it('matches what the command prints now (else: npm run readme)', () => {
    const run = check();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 120_000);

  it('fails the check, naming the line, when the excerpt drifts', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'parallax-readme-')), 'README.md');
    writeFileSync(copy, readFileSync('README.md', 'utf8').replace(/^Story `s-[0-9a-f]+` · /m, 'Story `s-000000000000` · '));
    const run = check(copy);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the excerpt no longer matches');
    expect(run.stderr).toContain('README:  Story `s-000000000000`');
  }, 120_000);
});
