/**
 * Quotations in the example corpus, read by hand from the five articles of
 * examples/ukraine-talks: every direct quote with the speaker the text gives,
 * the cross-outlet groups of the same utterance, and the structural traps
 * (the unclosed quotation of 002, the headings of 001, 003 and 004).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, briefFiles, extract } from '../src/index.js';
import type { AnalyzedArticle, QuoteGroup, StoryBrief } from '../src/types.js';

const DIR = 'examples/ukraine-talks';

/** Every direct quote: article prefix, its opening words, the speaker's name (a pattern, for spelling variants). */
const DIRECT: [article: string, opening: string, speaker: RegExp][] = [
  ['000', 'This meeting was productive and successful', /^Rustem Umerov$/],
  ['000', 'Ukraine’s got some difficult little problems', /^Donald Trump$/],
  ['000', 'We don’t just want to end the war', /^Marco Rubio$/],
  ['000', 'This is delicate, it’s complicated', /^Marco Rubio$/], // "… ,” he remarked."
  ['000', 'When Ukrainian troops leave the territories', /^Vladimir Putin$/], // "Last week, he stated"
  ['000', 'The U.S. is hearing us', /^Rustem Umerov$/], // "He noted"
  ['001', 'They don’t have a peace agenda', /^Vladimir Putin$/],
  ['001', 'The future and the next steps depend on these signals', /^Volodymyr Zelensk/],
  ['001', 'Our people are dying every day', /^Volodymyr Zelensk/],
  ['002', 'It’s not just about the terms that end fighting. It’s about also', /^Marco Rubio$/],
  ['003', 'We are discussing the future of Ukraine', /^Rustem Umerov$/],
  ['003', 'US is hearing us', /^Rustem Umerov$/], // the second half of a quote broken by "Umerov said."
  ['003', 'It’s not just about the terms that end fighting', /^Marco Rubio$/],
  ['003', 'It’s about the terms that set up Ukraine', /^Marco Rubio$/],
  ['003', 'It is important that the talks have a constructive dynamic', /^Volodymyr Zelensk/],
  ['003', 'I am grateful to the US and President Trump', /^Volodymyr Zelensk/],
];

let story: StoryBrief;
let analysed: AnalyzedArticle[];

beforeAll(async () => {
  const brief = await briefFiles([DIR]);
  story = brief.stories[0] as StoryBrief;
  analysed = readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const article = extract({ id: f.slice(0, 3), source: f, format: 'text', content: readFileSync(`${DIR}/${f}`, 'utf8'), meta: {} });
      return { article, analysis: analyze(article) };
    });
});

const prefix = (articleId: string): string => articleId.slice(0, 3);

function groupOf(article: string, opening: string): { group: QuoteGroup; text: string; kind: string } | undefined {
  for (const group of story.quoteGroups) {
    const variant = group.variants.find((v) => prefix(v.articleId) === article && v.text.startsWith(opening));
    if (variant) return { group, text: variant.text, kind: variant.kind };
  }
  return undefined;
}

describe('direct quotes of the example corpus', () => {
  it.each(DIRECT)('%s: “%s…” is direct, by %s', (article, opening, speaker) => {
    const found = groupOf(article, opening);
    expect(found?.kind).toBe('direct');
    expect(found?.group.speaker).toMatch(speaker);
    expect(found?.group.anonymous).toBe(false);
  });

  it('finds no other direct quote', () => {
    const direct = story.quoteGroups.flatMap((g) => g.variants.filter((v) => v.kind === 'direct').map((v) => `${prefix(v.articleId)} ${v.text}`));
    const expected = DIRECT.map(([article, opening]) => direct.find((d) => d.startsWith(`${article} ${opening}`)));
    expect(direct.sort()).toEqual(expected.sort());
  });

  it('keeps the passive “difficult” and “intense” of 000 without a speaker, never guessed', () => {
    for (const word of ['difficult', 'intense']) {
      const found = groupOf('000', word);
      expect(found?.group.speaker).toBeNull();
      expect(found?.group.anonymous).toBe(false);
    }
  });

  it('keeps unnamed and collective sources as described, marked anonymous', () => {
    expect(groupOf('003', 'not easy')?.group).toMatchObject({ anonymous: true, speaker: expect.stringMatching(/source close to the Ukrainian delegation/i) });
    expect(groupOf('002', 'productive and successful')?.group).toMatchObject({ anonymous: true, speaker: 'Both officials' });
  });
});

describe('quote groups across outlets', () => {
  it('groups Umerov’s “hearing us / supporting us / walking|working beside us” with the one word that differs', () => {
    const umerov = groupOf('000', 'The U.S. is hearing us')?.group;
    expect(umerov?.variants.map((v) => prefix(v.articleId)).sort()).toEqual(['000', '003']);
    const changed = umerov?.diffs.flatMap((d) => d.parts.filter((p) => p.op !== 'same').map((p) => `${p.op}:${p.text.trim()}`));
    expect(changed).toEqual(['removed:walking', 'added:working']);
  });

  it('does not show U.S./US or ;/. as a wording difference', () => {
    const umerov = groupOf('003', 'US is hearing us')?.group;
    const changed = umerov?.diffs.flatMap((d) => d.parts.filter((p) => p.op !== 'same').map((p) => p.text)).join(' ') ?? '';
    expect(changed).not.toMatch(/U\.?S|[;.]/);
  });

  it('groups Rubio’s “not just about the terms that end fighting” from 002 and 003 with a visible diff', () => {
    const rubio = groupOf('002', 'It’s not just about the terms that end fighting')?.group;
    expect(rubio?.speaker).toBe('Marco Rubio');
    expect(new Set(rubio?.variants.map((v) => prefix(v.articleId)))).toEqual(new Set(['002', '003']));
    expect(rubio?.diffs.some((d) => d.parts.some((p) => p.op !== 'same'))).toBe(true);
  });

  it('keeps a different utterance on the same theme apart', () => {
    const endTheWar = groupOf('000', 'We don’t just want to end the war')?.group;
    const terms = groupOf('002', 'It’s not just about the terms that end fighting')?.group;
    expect(endTheWar).toBeDefined();
    expect(endTheWar?.id).not.toBe(terms?.id);
  });
});

describe('structure: unclosed quotes and headings', () => {
  it('ends the unclosed quotation of 002 inside its own paragraph, and every quote inside one block', () => {
    for (const { article, analysis } of analysed) {
      for (const q of analysis.quotes) {
        const block = article.blocks.find((b) => b.start <= q.start && q.start < b.end);
        expect(block && q.end <= block.end, `${article.id} ${article.text.slice(q.start, q.end)}`).toBe(true);
      }
    }
    const unclosed = groupOf('002', 'productive and successful');
    expect(unclosed?.text).toBe('productive and successful.');
  });

  it('never takes a heading as a speaker or a quote', () => {
    for (const { article, analysis } of analysed) {
      const headings = article.blocks.filter((b) => b.kind === 'heading' || b.kind === 'title');
      expect(headings.length, article.id).toBeGreaterThanOrEqual(article.id === '000' || article.id === '002' ? 0 : 1);
      for (const q of analysis.quotes) {
        const spans = [q, q.speakerMention].filter((s) => s !== undefined);
        for (const s of spans) expect(headings.some((h) => s.start < h.end && h.start < s.end), `${article.id} ${article.text.slice(s.start, s.end)}`).toBe(false);
      }
    }
  });
});
