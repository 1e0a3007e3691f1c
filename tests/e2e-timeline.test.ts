/** The timeline and what's next on the example corpus, with its publication-date sidecar and without it. */
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest/index.js';
import { runPipeline } from '../src/pipeline.js';
import type { StoryBrief } from '../src/types.js';

const EXAMPLE = new URL('../examples/ukraine-talks/', import.meta.url).pathname;

async function story(dir: string, options: { published?: string; asOf?: string } = {}): Promise<StoryBrief> {
  const { documents, failures } = await ingest([dir]);
  const brief = runPipeline(documents, { failures, ...options });
  expect(brief.stories).toHaveLength(1);
  return brief.stories[0]!;
}

const ids = (list: string[]): string[] => list.map((id) => id.slice(0, 3)).sort();

describe('timeline and what is next on the example corpus', () => {
  it('dates the Florida talks Sunday 30 November 2025 and the Kremlin talks of Tuesday 2 December after them', async () => {
    const s = await story(EXAMPLE);
    const florida = s.timeline!.find((e) => e.place === 'Florida');
    const kremlin = s.timeline!.find((e) => /Kremlin/.test(e.place ?? ''));
    expect(florida?.dates[0]?.value).toBe('2025-11-30');
    expect(ids(florida!.articleIds)).toEqual(['000', '001', '002', '003', '004']);
    expect(kremlin?.dates[0]?.value).toBe('2025-12-02');
    expect(s.timeline!.indexOf(kremlin!)).toBeGreaterThan(s.timeline!.indexOf(florida!));
  });

  it('marks 2014 and February 2022 as background, first in the timeline', async () => {
    const s = await story(EXAMPLE);
    const background = s.timeline!.filter((e) => e.background).map((e) => e.dates[0]?.value);
    expect(background).toEqual(['2014', '2022-02']);
    expect(s.timeline!.slice(0, 2).every((e) => e.background)).toBe(true);
  });

  it('shows the Moscow trip announced by 002, 003, 004 and done in 000 (travel) and 001 (Kremlin talks), not in what is next', async () => {
    const s = await story(EXAMPLE);
    const kremlin = s.timeline!.find((e) => /Kremlin/.test(e.place ?? ''))!;
    expect(ids(kremlin.announced!.articleIds)).toEqual(['002', '003', '004']);
    expect(ids(kremlin.articleIds)).toEqual(['000', '001']);
    expect(s.next!.some((n) => n.place === 'Moscow')).toBe(false);
  });

  it('lists the Paris meeting with both sources, dated Monday 1 December and unconfirmed as of the latest article', async () => {
    const s = await story(EXAMPLE);
    expect(s.asOf).toBe('2025-12-03');
    const paris = s.next!.find((n) => n.place === 'Paris')!;
    expect(ids(paris.articleIds)).toEqual(['002', '003']);
    expect(paris.outlets).toBe(2);
    expect(paris.when?.value).toBe('2025-12-01');
    expect(paris.status).toBe('unconfirmed');
    expect(paris.actors).toEqual(expect.arrayContaining(['Emmanuel Macron']));
  });

  it('keeps the possible Zelenskyy–Trump meeting (001) ahead', async () => {
    const s = await story(EXAMPLE);
    const meeting = s.next!.find((n) => n.articleIds.length === 1 && n.articleIds[0]!.startsWith('001'))!;
    expect(meeting.certainty).toBe('possible');
    expect(meeting.status).toBe('ahead');
    expect(meeting.actors).toEqual(expect.arrayContaining(['Donald Trump']));
    expect(meeting.actors.some((a) => /^Volodymyr Zelensk/.test(a))).toBe(true);
  });

  it('judges what is next against --as-of: before 1 December the Paris meeting is still ahead', async () => {
    const s = await story(EXAMPLE, { asOf: '2025-11-30' });
    expect(s.next!.find((n) => n.place === 'Paris')?.status).toBe('ahead');
  });

  it('with --published 2025-12-01 and no sidecar still dates the Florida talks 30 November', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-timeline-'));
    for (const f of readdirSync(EXAMPLE).filter((n) => n.endsWith('.txt'))) copyFileSync(join(EXAMPLE, f), join(dir, f));
    const s = await story(dir, { published: '2025-12-01' });
    expect(s.timeline!.find((e) => e.place === 'Florida')?.dates[0]?.value).toBe('2025-11-30');
  });
});

describe('timeline and what is next on the second story (fixtures/stories/port-strike)', () => {
  it('keeps the talks announced for Thursday, after the newest article, in what is next with all three outlets, not in the timeline', async () => {
    const s = await story(new URL('../fixtures/stories/port-strike/', import.meta.url).pathname);
    const talks = s.next!.find((e) => e.place === 'The Hague');
    expect(talks?.when?.value).toBe('2026-03-12');
    expect(talks?.articleIds.sort()).toEqual(['a-harbour-wire', 'c-european-ledger', 'd-the-northern-times']);
    expect(talks?.status).toBe('ahead');
    const newest = '2026-03-10';
    for (const e of s.timeline!) expect((e.dates[0]?.start ?? e.dates[0]?.value ?? '') <= newest, e.label).toBe(true);
  });
});

describe('timeline labels', () => {
  it('names the thing a dated relative clause describes ("Trump’s peace plan, which was made public last month")', async () => {
    const s = await story(EXAMPLE);
    const plan = s.timeline!.find((e) => /made public last month/.test(e.label));
    expect(plan?.label).toMatch(/peace plan, which was made public last month$/);
  });
});
