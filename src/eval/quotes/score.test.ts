import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Span } from '../../types.js';
import type { GoldArticle, GoldAttribution, PredictedQuote } from './index.js';
import { countCategories, evaluateQuotesFile, formatQuoteReport, formatSpeakerErrors, parseGold, scoreQuotes, speakerErrors } from './index.js';

/** The span of the `n`-th occurrence (0-based) of `part` in `text`. */
function at(text: string, part: string, n = 0): Span {
  let start = -1;
  for (let k = 0; k <= n; k++) start = text.indexOf(part, start + 1);
  if (start < 0) throw new Error(`"${part}" not in the text`);
  return { start, end: start + part.length };
}

const TEXT =
  '“We will build the bridge,” Mayor Lena Vogt said. “It opens in May.”\n' +
  'Critics said the budget was too small.\n' +
  'The council called the plan “bold.”';

function gold(): GoldArticle {
  const attributions: GoldAttribution[] = [
    // One attribution in two fragments, marks included, as PolNeAR writes them.
    { id: 'E1', source: [at(TEXT, 'Mayor Lena Vogt')], cue: [at(TEXT, 'said')], content: [at(TEXT, '“We will build the bridge,”'), at(TEXT, '“It opens in May.”')], direct: true },
    { id: 'E2', source: [at(TEXT, 'Critics')], cue: [at(TEXT, 'said', 1)], content: [at(TEXT, 'the budget was too small')], direct: false },
    { id: 'E3', source: [at(TEXT, 'The council')], cue: [at(TEXT, 'called')], content: [at(TEXT, 'the plan “bold.”')], direct: true },
  ];
  return { id: 'a', text: TEXT, attributions };
}

/** Gold spans read back as predictions, one per content fragment, as Parallax gives them. */
function goldAsPrediction(g: GoldArticle): PredictedQuote[] {
  return g.attributions.flatMap((a) =>
    a.content.map((c) => {
      const p: PredictedQuote = { content: c, direct: a.direct };
      if (a.cue[0]) p.cue = a.cue[0];
      if (a.source[0]) p.speakerMention = a.source[0];
      return p;
    }),
  );
}

describe('scoreQuotes', () => {
  it('gives 1 everywhere when the gold itself is the prediction', () => {
    const g = gold();
    const scores = scoreQuotes([{ gold: g, predicted: goldAsPrediction(g) }]);
    for (const section of [scores.direct, scores.all]) {
      expect(section.content).toEqual({ precision: 1, recall: 1, f1: 1, exactF1: 1 });
      expect(section.cue.f1).toBe(1);
      expect(section.speakerAccuracy).toBe(1);
    }
    expect([scores.direct.gold, scores.all.gold]).toEqual([2, 3]);
  });

  it('scores a perturbed prediction as computed by hand', () => {
    const g = gold();
    const predicted: PredictedQuote[] = [
      // Both halves of E1 without marks; the second has no speaker of its own.
      { content: at(TEXT, 'We will build the bridge'), cue: at(TEXT, 'said'), speakerMention: at(TEXT, 'Lena Vogt'), direct: true },
      { content: at(TEXT, 'It opens in May.'), direct: true },
      // E3 found by its quoted word only, with the wrong speaker.
      { content: at(TEXT, 'bold.'), cue: at(TEXT, 'called'), speakerMention: at(TEXT, 'plan'), direct: true },
      // E2 found with "that"-less content and a cue; plus a reported clause that is no attribution.
      { content: at(TEXT, 'the budget was too small'), cue: at(TEXT, 'said', 1), speakerMention: at(TEXT, 'Critics'), direct: false },
      { content: at(TEXT, 'opens in May'), cue: at(TEXT, 'opens'), direct: false },
    ];
    const { direct, all } = scoreQuotes([{ gold: g, predicted }]);
    // Direct gold tokens: We will build the bridge (5) + It opens in May (4) + the plan bold (3) = 12.
    // Predicted direct tokens: 5 + 4 + 1 = 10, all inside gold → P 1, R 10/12.
    expect(direct.content.precision).toBe(1);
    expect(direct.content.recall).toBeCloseTo(10 / 12, 10);
    expect(direct.content.f1).toBeCloseTo((2 * (10 / 12)) / (1 + 10 / 12), 10);
    // Exact: gold fragments {bridge, May, the plan “bold.”} vs predicted {bridge, May, bold} → 2 of 3 each way.
    expect(direct.content.exactF1).toBeCloseTo(2 / 3, 10);
    // E1 matches the first half (5 shared tokens), whose mention overlaps the source; E3's mention does not.
    expect([direct.found, direct.speakerAccuracy]).toEqual([2, 0.5]);
    // Cues: predicted {said, called} both right; gold {said, called} both found.
    expect(direct.cue).toEqual({ precision: 1, recall: 1, f1: 1 });
    // All: gold tokens 12 + 5 = 17; predicted tokens are the same 10 + 5 (the extra overlaps E1) = 15, all right.
    expect(all.content.precision).toBe(1);
    expect(all.content.recall).toBeCloseTo(15 / 17, 10);
    expect([all.found, all.speakerAccuracy]).toEqual([3, 2 / 3]);
    // Cues: predicted {said, called, said₂, opens}: 3 right of 4; gold 3 of 3 found.
    expect(all.cue.precision).toBeCloseTo(3 / 4, 10);
    expect(all.cue.recall).toBe(1);
  });

  it('drops a leading "that" and the quotation marks on both sides before comparing', () => {
    const text = 'Doe said that “the plan works.”';
    const g: GoldArticle = {
      id: 'b',
      text,
      attributions: [{ id: 'E1', source: [at(text, 'Doe')], cue: [at(text, 'said')], content: [at(text, 'that “the plan works.”')], direct: true }],
    };
    const { direct } = scoreQuotes([{ gold: g, predicted: [{ content: at(text, 'the plan works.'), speakerMention: at(text, 'Doe'), direct: true }] }]);
    expect([direct.content.f1, direct.content.exactF1, direct.speakerAccuracy]).toEqual([1, 1, 1]);
  });

  it('counts a speaker as right for a gold attribution without source only when none is predicted', () => {
    const text = 'The talks were described as “hard.”';
    const g: GoldArticle = { id: 'c', text, attributions: [{ id: 'E1', source: [], cue: [at(text, 'described')], content: [at(text, '“hard.”')], direct: true }] };
    const none = scoreQuotes([{ gold: g, predicted: [{ content: at(text, 'hard.'), direct: true }] }]);
    const guessed = scoreQuotes([{ gold: g, predicted: [{ content: at(text, 'hard.'), speakerMention: at(text, 'The talks'), direct: true }] }]);
    expect([none.direct.speakerAccuracy, guessed.direct.speakerAccuracy]).toEqual([1, 0]);
  });

  it('gives 0, not NaN, when nothing is predicted', () => {
    const { direct } = scoreQuotes([{ gold: gold(), predicted: [] }]);
    expect([direct.content.precision, direct.content.f1, direct.speakerAccuracy, direct.found]).toEqual([0, 0, 0, 0]);
  });
});

describe('speakerErrors', () => {
  const g = gold();
  const predicted: PredictedQuote[] = [
    // E1: right speaker — no error.
    { content: at(TEXT, 'We will build the bridge'), cue: at(TEXT, 'said'), speakerMention: at(TEXT, 'Lena Vogt'), direct: true, kind: 'direct' },
    // E3: wrong speaker with the right cue.
    { content: at(TEXT, 'bold.'), cue: at(TEXT, 'called'), speakerMention: at(TEXT, 'plan'), direct: true, kind: 'partial' },
    // E2: no speaker and no cue.
    { content: at(TEXT, 'the budget was too small'), direct: false, kind: 'indirect' },
  ];

  it('lists exactly the found attributions whose speaker is wrong, by category', () => {
    const direct = speakerErrors([{ gold: g, predicted }], 'direct');
    expect(direct.map((e) => [e.gold.id, e.category])).toEqual([['E3', 'wrong speaker / partial / right cue / same paragraph']]);
    const all = speakerErrors([{ gold: g, predicted }], 'all');
    expect(all.map((e) => [e.gold.id, e.category])).toEqual([
      ['E2', 'no speaker / indirect / no cue / same paragraph'],
      ['E3', 'wrong speaker / partial / right cue / same paragraph'],
    ]);
    // As many errors as speaker accuracy counts wrong.
    const scores = scoreQuotes([{ gold: g, predicted }]);
    expect(all.length).toBe(scores.all.found - Math.round(scores.all.speakerAccuracy * scores.all.found));
  });

  it('counts categories largest first and prints examples with their context', () => {
    const all = speakerErrors([{ gold: g, predicted }], 'all');
    expect(countCategories([...all, ...all.slice(0, 1)])[0]).toEqual(['no speaker / indirect / no cue / same paragraph', 2]);
    const text = formatSpeakerErrors(all, 1);
    expect(text).toMatch(/^speaker errors: 2/);
    expect(text).toContain('gold source "The council", cue "called"; predicted "plan", cue "called"');
  });
});

describe('parseGold', () => {
  const line = (o: unknown): string => JSON.stringify(o);
  const ok = { id: 'x', text: 'Doe said “hi.”', attributions: [{ id: 'E1', source: { start: 0, end: 3 }, cue: { start: 4, end: 8 }, content: { start: 9, end: 14, fragments: [{ start: 9, end: 14 }] } }] };

  it('reads fragments, marks attributions whose content holds a quotation mark as direct and skips empty ones', () => {
    const empty = { ...ok, attributions: [...ok.attributions, { id: 'E2', source: null, cue: null, content: null }] };
    const [article] = parseGold(`${line(empty)}\n\n`, 'gold.jsonl');
    expect(article?.attributions).toEqual([{ id: 'E1', source: [{ start: 0, end: 3 }], cue: [{ start: 4, end: 8 }], content: [{ start: 9, end: 14 }], direct: true }]);
  });

  it.each([
    ['not JSON', '{"id":', /gold\.jsonl:2: not valid JSON/],
    ['no text', line({ id: 'x', attributions: [] }), /gold\.jsonl:2: "text" must be a string/],
    ['a span outside the text', line({ ...ok, attributions: [{ ...ok.attributions[0], cue: { start: 4, end: 99 } }] }), /gold\.jsonl:2: attribution 1 cue: span 4-99 lies outside the text/],
  ])('names the file and line of a malformed line (%s)', (_name, bad, message) => {
    expect(() => parseGold(`${line(ok)}\n${bad}`, 'gold.jsonl')).toThrow(message);
  });
});

describe('evaluateQuotesFile', () => {
  it('runs Parallax on a gold file and reports both sections', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-quotes-'));
    const text = '“We will build the bridge,” Lena Vogt said on Monday.\n\nThe council met on Tuesday.';
    const attribution = {
      id: 'E1',
      source: { start: text.indexOf('Lena'), end: text.indexOf('Lena') + 9 },
      cue: { start: text.indexOf('said'), end: text.indexOf('said') + 4 },
      content: { start: 0, end: text.indexOf('”') + 1 },
    };
    const file = join(dir, 'gold.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'a', text, attributions: [attribution] })}\n`);
    const report = await evaluateQuotesFile(file);
    expect(report.articles).toBe(1);
    expect(report.direct.content.f1).toBe(1);
    expect(report.direct.speakerAccuracy).toBe(1);
    const json = JSON.parse(formatQuoteReport(report, true)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['direct', 'all', 'articlesPerSecond']));
    expect(formatQuoteReport(report, false)).toMatch(/speaker accuracy\s+100\.0/);
  });

  it('names a missing file', async () => {
    await expect(evaluateQuotesFile('no/such/gold.jsonl')).rejects.toThrow('no/such/gold.jsonl: no such file');
  });
});
