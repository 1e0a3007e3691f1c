import { describe, expect, it } from 'vitest';
import { progressLine, terminalProgress } from './progress.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, columns: 80, write: (t: string) => writes.push(t) }, writes };
}

describe('terminalProgress', () => {
  it('prints nothing, ever, when the stream is not a terminal', () => {
    const { stream, writes } = fakeStream(false);
    let t = 0;
    const p = terminalProgress(stream, 'articles', () => t);
    for (let i = 1; i <= 100; i++) { t += 1000; p.update(i, 100); }
    p.done();
    expect(writes).toEqual([]);
  });

  it('prints nothing on a terminal for a run shorter than half a second', () => {
    const { stream, writes } = fakeStream(true);
    const p = terminalProgress(stream, 'articles', () => 0);
    p.update(1, 2);
    p.done();
    expect(writes).toEqual([]);
  });

  it('draws on a terminal once the run is long, redraws only on change, and erases the bar at the end', () => {
    const { stream, writes } = fakeStream(true);
    let t = 0;
    const p = terminalProgress(stream, 'articles', () => t);
    t = 600;
    p.update(1, 4);
    p.update(1, 4);
    p.update(2, 4);
    p.done();
    expect(writes).toHaveLength(3);
    expect(writes[0]).toContain('1/4 articles');
    expect(writes[2]).toBe('\r\x1b[K');
  });
});

describe('progressLine', () => {
  it('fills the bar in proportion', () => {
    expect(progressLine(1, 2, 'x', 4)).toBe('[██░░] 1/2 x');
    expect(progressLine(0, 0, 'x', 2)).toBe('[░░] 0/0 x');
  });
});
