/**
 * Short runs of the store's race and kill scripts (the full runs: npm run test:store-race and
 * npm run test:crash): processes racing for one store never hold it together and lose nothing;
 * kills during creation, inside add's transaction and inside the story write leave a store that
 * reopens with every acknowledged article once, in exactly one story.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
/** Generous: every trial starts PGlite in several processes, slow on a busy machine. */
const TIMEOUT_MS = 600_000;

/** One result line of a script's --json output: counts, and the variant or point it is about. */
type Tally = Record<string, number> & { variant?: string; point?: string };

async function script(name: string, args: string[]): Promise<Tally[]> {
  const { stdout } = await run(process.execPath, [`scripts/${name}`, ...args, '--json'], { maxBuffer: 1 << 24 }).catch(
    (err: { stdout?: string }) => ({ stdout: err.stdout ?? '[]' }),
  );
  return JSON.parse(stdout) as Tally[];
}

describe('the store under racing and killed processes', () => {
  it('lets one process at a time hold the store, also when they take over a dead owner\'s lock together', async () => {
    const results = await script('store-race.mjs', ['--only', 'two,stale2,stale8', '--trials', '2']);
    expect(results.map((r) => r.variant)).toEqual(['two', 'stale2', 'stale8']);
    for (const r of results) {
      expect(r).toMatchObject({ overlaps: 0, corrupt: 0, lost: 0, duplicated: 0, crashed: 0, refused: 0 });
      expect(r.acknowledged).toBe(r.trials! * r.processes!);
    }
  }, TIMEOUT_MS);

  it('survives SIGKILL during creation, inside add and inside the story write', async () => {
    const results = await script('store-crash.mjs', ['--only', 'store-create,add-stored,stories-write', '--trials', '2']);
    expect(results.map((r) => r.point)).toEqual(['store-create', 'add-stored', 'stories-write']);
    for (const r of results) {
      expect(r).toMatchObject({ killed: 2, corrupt: 0, reopenFailed: 0, missing: 0, duplicated: 0, inNoStory: 0, inSeveralStories: 0 });
      expect(r.acknowledged).toBeGreaterThanOrEqual(2);
    }
  }, TIMEOUT_MS);
});
