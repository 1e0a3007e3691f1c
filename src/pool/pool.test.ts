import { describe, expect, it } from 'vitest';
import { runPool, type PoolOutcome } from './index.js';

const WORKER = new URL('../../tests/fixtures/pool-worker.mjs', import.meta.url);
type Task = { kind: string; value?: number; thread?: boolean };

describe('runPool', () => {
  it('answers every task in task order, reusing workers', async () => {
    const tasks: Task[] = Array.from({ length: 7 }, (_, i) => ({ kind: 'echo', value: i, thread: true }));
    const seen: number[] = [];
    const outcomes = await runPool<Task, { echoed: number; threadId: number }>(WORKER, tasks, { workers: 2, taskSeconds: 60, taskMemoryMb: 256 }, (done) => seen.push(done));
    expect(outcomes.map((o) => (o.ok ? o.value.echoed : null))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(new Set(outcomes.map((o) => (o.ok ? o.value.threadId : null))).size).toBeLessThanOrEqual(2);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('gives up a task past its deadline, a runaway regular expression too, and goes on with the rest', async () => {
    const tasks: Task[] = [{ kind: 'echo', value: 1 }, { kind: 'spin' }, { kind: 'backtrack' }, { kind: 'echo', value: 2 }];
    const outcomes = await runPool<Task, unknown>(WORKER, tasks, { workers: 2, taskSeconds: 2, taskMemoryMb: 256 });
    expect(outcomes[0]).toEqual({ ok: true, value: { echoed: 1 } });
    expect(outcomes[1]).toEqual({ ok: false, fault: { kind: 'time', seconds: 2 } });
    expect(outcomes[2]).toEqual({ ok: false, fault: { kind: 'time', seconds: 2 } });
    expect(outcomes[3]).toEqual({ ok: true, value: { echoed: 2 } });
  }, 120_000);

  it('ends a task that exhausts its heap without ending the process, and one whose worker exits', async () => {
    const tasks: Task[] = [{ kind: 'allocate' }, { kind: 'exit' }, { kind: 'echo', value: 3 }];
    const outcomes: PoolOutcome<unknown>[] = await runPool(WORKER, tasks, { workers: 1, taskSeconds: 60, taskMemoryMb: 64 });
    expect(outcomes[0]).toEqual({ ok: false, fault: { kind: 'memory', megabytes: 64 } });
    expect(outcomes[1]).toMatchObject({ ok: false, fault: { kind: 'crash' } });
    expect(outcomes[2]).toEqual({ ok: true, value: { echoed: 3 } });
  }, 120_000);

  it('resolves at once with no tasks', async () => {
    expect(await runPool(WORKER, [], { workers: 2, taskSeconds: 1, taskMemoryMb: 64 })).toEqual([]);
  });
});
