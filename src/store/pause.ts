/**
 * A test hook for the crash tests (scripts/store-crash.mjs): with
 * `PARALLAX_TEST_PAUSE_AT=<point>` in the environment, the process prints
 * "parallax: paused at <point>" on standard error when it reaches that point
 * and waits there until it is killed. Without the variable it does nothing.
 * Points: `store-create` (a new store's database initialised, not yet
 * migrated or moved into place), `add-stored` (inside `add`'s transaction,
 * articles written, stories not yet), `stories-write` (inside the story
 * write, old assignments deleted, new ones not yet written).
 *
 * @example
 * await pauseForTest('store-create');
 */
export async function pauseForTest(point: string): Promise<void> {
  if (process.env.PARALLAX_TEST_PAUSE_AT !== point) return;
  process.stderr.write(`parallax: paused at ${point}\n`);
  // An interval keeps the event loop alive: the process waits here until it is killed.
  await new Promise<never>(() => setInterval(() => undefined, 60_000));
}
