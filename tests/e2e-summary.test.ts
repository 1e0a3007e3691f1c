/**
 * The summary's guarantees on the example corpus: short, cited, never saying one thing twice; and
 * a sixth article (our own, fixtures/extra) that corroborates a single-source fact.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Brief, Citation, StoryBrief } from '../src/types.js';
import { contentWords } from '../src/brief/01-text.js';
import { jaccard } from '../src/text/similarity.js';
import { cli } from './helpers.js';

const EXAMPLE = 'examples/ukraine-talks';
const SIXTH = 'fixtures/extra/sixth-article';
const SIXTH_ID = 'sixth-article';
/** The bar: two sentences at or above this content-word Jaccard say the same thing. */
const SAME_THING_JACCARD = 0.5;

async function briefOf(args: string[]): Promise<StoryBrief> {
  const run = await cli(['brief', ...args, '--format', 'json']);
  expect(run.code, run.stderr).toBe(0);
  const brief = JSON.parse(run.stdout) as Brief;
  expect(brief.stories).toHaveLength(1);
  return brief.stories[0]!;
}

const key = (c: Citation) => `${c.articleId}:${c.start}:${c.end}`;

function expectSummaryGuarantees(story: StoryBrief): void {
  const texts = new Map(story.articles.map((a) => [a.id, a.text]));
  const outlets = new Map(story.articles.map((a) => [a.id, a.outlet]));
  expect(story.summary.length).toBeGreaterThanOrEqual(3);
  expect(story.summary.length).toBeLessThanOrEqual(8);
  for (const s of story.summary) {
    // The first citation is the sentence itself; the others are the spans that support it.
    const own = s.citations[0]!;
    expect(texts.get(own.articleId)?.slice(own.start, own.end)).toBe(s.text);
    for (const c of s.citations) expect(texts.get(c.articleId)?.slice(c.start, c.end).length).toBeGreaterThan(0);
    const cited = new Set(s.citations.map((c) => outlets.get(c.articleId)));
    expect(s.singleSource, s.text).toBe(cited.size === 1);
  }
  const words = story.summary.map((s) => new Set(contentWords(s.text)));
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      expect(jaccard(words[i]!, words[j]!), `${story.summary[i]!.text} // ${story.summary[j]!.text}`).toBeLessThan(SAME_THING_JACCARD);
    }
  }
  const own = story.summary.map((s) => key(s.citations[0]!));
  for (const fact of story.facts) {
    const spans = new Set(fact.citations.map(key));
    expect(own.filter((k) => spans.has(k)).length, `two summary sentences from fact ${fact.id}: ${fact.text}`).toBeLessThanOrEqual(1);
  }
}

describe('summary of the example corpus', () => {
  let story: StoryBrief;
  beforeAll(async () => { story = await briefOf([EXAMPLE]); });

  it('holds 3–8 cited sentences, none repeating another (Jaccard < 0.5, one per fact group), single sources marked', () => {
    expectSummaryGuarantees(story);
  });

  it('keeps the guarantees at every length --sentences allows', async () => {
    for (const n of [3, 8]) {
      const s = await briefOf([EXAMPLE, '--sentences', String(n)]);
      expect(s.summary.length).toBeLessThanOrEqual(n);
      expectSummaryGuarantees(s);
    }
  });

  it('cites more than one outlet for the lead sentence', () => {
    expect(story.summary[0]!.singleSource).toBe(false);
  });
});

describe('summary with a sixth article that also reports the plan cut to 20 items', () => {
  let before: StoryBrief;
  let after: StoryBrief;
  beforeAll(async () => {
    before = await briefOf([EXAMPLE]);
    after = await briefOf([EXAMPLE, SIXTH]);
  });

  const twentyItems = (s: StoryBrief) => s.facts.find((f) => f.figure && /\b20 items\b/.test(f.figure.text));

  it('puts the sixth article into the story', () => {
    expect(after.articles.map((a) => a.id)).toContain(SIXTH_ID);
  });

  it('moves the 20-item fact from single-source to two sources', () => {
    const was = twentyItems(before)!;
    expect(was.sources).toHaveLength(1);
    expect(before.singleSource.map((f) => f.id)).toContain(was.id);
    const now = twentyItems(after)!;
    expect([...now.sources].sort()).toEqual([...was.sources, SIXTH_ID].sort());
    expect(after.singleSource.map((f) => f.id)).not.toContain(now.id);
  });

  it('cites the sixth article in the summary and keeps the guarantees', () => {
    expect(after.summary.flatMap((s) => s.citations).some((c) => c.articleId === SIXTH_ID)).toBe(true);
    expectSummaryGuarantees(after);
  });
});
