/**
 * Step 3 of the quote evaluation: the scorer, a pure function of gold and
 * predicted spans. How it matches, so that figures can be compared over time:
 *
 * - Tokens are runs of letters and digits. Quotation marks and punctuation are
 *   never tokens, so whether a content span includes its marks (PolNeAR's often
 *   do, Parallax's never) does not change the token figures.
 * - A leading complementiser "that" is dropped from every content span on both
 *   sides: PolNeAR puts it in the content, Parallax leaves it to the cue.
 * - Content by token overlap is micro over the corpus: in each article, the
 *   tokens covered by any gold content of the section against the tokens covered
 *   by any predicted content; overlapping or repeated spans count a token once.
 *   A gold content in several fragments ("…,” Doe said. “…”) simply covers the
 *   tokens of all its fragments.
 * - Content by exact span compares fragments: each gold fragment and each
 *   predicted content, with whitespace, quotation marks and boundary
 *   punctuation trimmed from both ends (and "that" dropped), must match exactly.
 * - A gold attribution is found when a predicted content shares at least one
 *   token with it; the predicted quote sharing the most tokens is its match.
 *   The speaker is right when the match's local speaker mention overlaps a
 *   fragment of the gold source, or when neither exists (gold without source,
 *   prediction without speaker); a missing speaker is otherwise wrong.
 * - Cues are matched by overlap: a predicted cue is right when it shares a
 *   character with a gold cue of the section, a gold cue is found when a
 *   predicted cue overlaps it.
 */
import type { Span } from '../../types.js';
import type { GoldArticle, GoldAttribution } from './01-gold.js';
import type { PredictedQuote } from './02-predict.js';

/** Precision, recall and F1 of one measure. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** The figures of one section: direct quotes, or all attributions. */
export interface SectionScore {
  /** Gold attributions and predicted quotes in the section. */
  gold: number;
  predicted: number;
  /** Gold attributions whose content a prediction overlaps. */
  found: number;
  content: PRF & { exactF1: number };
  cue: PRF;
  /** Found gold attributions whose predicted local speaker overlaps the gold source, ÷ found. */
  speakerAccuracy: number;
}

export interface QuoteScores {
  direct: SectionScore;
  all: SectionScore;
}

/** One article to score: its gold and Parallax's predictions. */
export interface ScoredDocument {
  gold: GoldArticle;
  predicted: PredictedQuote[];
}

/** Running sums of one section over the corpus. */
interface Tally {
  gold: number;
  predicted: number;
  found: number;
  speakerRight: number;
  tokensGold: number;
  tokensPredicted: number;
  tokensBoth: number;
  exactGold: number;
  exactPredicted: number;
  exactBoth: number;
  cueGold: number;
  cuePredicted: number;
  cueGoldFound: number;
  cuePredictedRight: number;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
/** Characters trimmed from both ends of a content before exact comparison. */
const EDGE = /[\s"“”„«»‘’',.;:!?…—–-]/u;
const COMPLEMENTISER = 'that';

/**
 * Scores Parallax's quotes against gold attributions, for direct quotes and for all.
 *
 * @example
 * const gold = parseGold(line, 'gold.jsonl')[0];
 * scoreQuotes([{ gold, predicted: predictQuotes(gold) }]).direct.content.f1; // 1 when every quote is found exactly
 */
export function scoreQuotes(docs: readonly ScoredDocument[]): QuoteScores {
  const direct = emptyTally();
  const all = emptyTally();
  for (const doc of docs) {
    const tokens = tokenise(doc.gold.text);
    tallyArticle(direct, doc.gold.text, tokens, doc.gold.attributions.filter((a) => a.direct), doc.predicted.filter((p) => p.direct));
    tallyArticle(all, doc.gold.text, tokens, doc.gold.attributions, doc.predicted);
  }
  return { direct: finish(direct), all: finish(all) };
}

function emptyTally(): Tally {
  return {
    gold: 0, predicted: 0, found: 0, speakerRight: 0, tokensGold: 0, tokensPredicted: 0, tokensBoth: 0,
    exactGold: 0, exactPredicted: 0, exactBoth: 0, cueGold: 0, cuePredicted: 0, cueGoldFound: 0, cuePredictedRight: 0,
  };
}

function tokenise(text: string): Span[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Indices of the tokens inside `spans`, each span without a leading "that". */
function tokensOf(text: string, tokens: readonly Span[], spans: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (const span of spans) {
    let first = true;
    tokens.forEach((t, i) => {
      if (!overlaps(t, span)) return;
      const isThat = text.slice(t.start, t.end).toLowerCase() === COMPLEMENTISER;
      if (!(first && isThat)) out.add(i);
      first = false;
    });
  }
  return out;
}

/** The span trimmed of edge punctuation, marks and a leading "that", as a comparable key ('' when nothing is left). */
function exactKey(text: string, span: Span): string {
  let { start, end } = span;
  const trim = (): void => {
    while (start < end && EDGE.test(text.charAt(start))) start++;
    while (end > start && EDGE.test(text.charAt(end - 1))) end--;
  };
  trim();
  if (/^that\s/i.test(text.slice(start, end))) {
    start += COMPLEMENTISER.length;
    trim();
  }
  return end > start ? `${start}-${end}` : '';
}

function tallyArticle(t: Tally, text: string, tokens: readonly Span[], gold: readonly GoldAttribution[], predicted: readonly PredictedQuote[]): void {
  t.gold += gold.length;
  t.predicted += predicted.length;
  const goldTokens = tokensOf(text, tokens, gold.flatMap((g) => g.content));
  const predictedTokenSets = predicted.map((p) => tokensOf(text, tokens, [p.content]));
  const predictedTokens = new Set(predictedTokenSets.flatMap((s) => [...s]));
  t.tokensGold += goldTokens.size;
  t.tokensPredicted += predictedTokens.size;
  t.tokensBoth += [...predictedTokens].filter((i) => goldTokens.has(i)).length;

  const goldKeys = new Set(gold.flatMap((g) => g.content.map((f) => exactKey(text, f))).filter((k) => k !== ''));
  const predictedKeys = new Set(predicted.map((p) => exactKey(text, p.content)).filter((k) => k !== ''));
  t.exactGold += goldKeys.size;
  t.exactPredicted += predictedKeys.size;
  t.exactBoth += [...predictedKeys].filter((k) => goldKeys.has(k)).length;

  for (const g of gold) {
    const match = predicted[bestMatch(tokensOf(text, tokens, g.content), predictedTokenSets)];
    if (!match) continue;
    t.found++;
    if (speakerRight(g, match)) t.speakerRight++;
  }
  tallyCues(t, gold, predicted);
}

/** Index of the predicted token set sharing the most tokens with `own` (the first on ties), or -1 when none shares any. */
function bestMatch(own: ReadonlySet<number>, predicted: readonly ReadonlySet<number>[]): number {
  let best = -1;
  let bestShared = 0;
  predicted.forEach((set, i) => {
    const shared = [...set].filter((k) => own.has(k)).length;
    if (shared > bestShared) [best, bestShared] = [i, shared];
  });
  return best;
}

/**
 * For each gold attribution, the predicted quote it is matched to (the one
 * sharing the most content tokens), or undefined when it was not found — the
 * same matching the scores use.
 *
 * @example
 * matchAttributions(gold, predicted)[0]; // the PredictedQuote found for gold.attributions[0]
 */
export function matchAttributions<P extends PredictedQuote>(gold: GoldArticle, predicted: readonly P[]): (P | undefined)[] {
  const tokens = tokenise(gold.text);
  const sets = predicted.map((p) => tokensOf(gold.text, tokens, [p.content]));
  return gold.attributions.map((g) => predicted[bestMatch(tokensOf(gold.text, tokens, g.content), sets)]);
}

/**
 * True when the predicted local speaker overlaps the gold source, or when
 * neither exists.
 *
 * @example
 * speakerRight({ source: [{ start: 0, end: 3 }], … }, { speakerMention: { start: 0, end: 3 }, … }); // true
 */
export function speakerRight(g: GoldAttribution, p: PredictedQuote): boolean {
  const mention = p.speakerMention;
  if (g.source.length === 0) return mention === undefined;
  return mention !== undefined && g.source.some((s) => overlaps(s, mention));
}

function tallyCues(t: Tally, gold: readonly GoldAttribution[], predicted: readonly PredictedQuote[]): void {
  const goldCues = distinct(gold.map((g) => g.cue).filter((c) => c.length > 0));
  const predictedCues = distinct(predicted.flatMap((p) => (p.cue ? [[p.cue]] : [])));
  const touches = (a: Span[], b: Span[]): boolean => a.some((x) => b.some((y) => overlaps(x, y)));
  t.cueGold += goldCues.length;
  t.cuePredicted += predictedCues.length;
  t.cueGoldFound += goldCues.filter((g) => predictedCues.some((p) => touches(g, p))).length;
  t.cuePredictedRight += predictedCues.filter((p) => goldCues.some((g) => touches(g, p))).length;
}

/** Span lists without repeats (several quotes may share one cue). */
function distinct(lists: Span[][]): Span[][] {
  const seen = new Map<string, Span[]>();
  for (const l of lists) seen.set(l.map((s) => `${s.start}-${s.end}`).join(','), l);
  return [...seen.values()];
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function withF1(precision: number, recall: number): PRF {
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function finish(t: Tally): SectionScore {
  const content = withF1(ratio(t.tokensBoth, t.tokensPredicted), ratio(t.tokensBoth, t.tokensGold));
  const exact = withF1(ratio(t.exactBoth, t.exactPredicted), ratio(t.exactBoth, t.exactGold));
  return {
    gold: t.gold,
    predicted: t.predicted,
    found: t.found,
    content: { ...content, exactF1: exact.f1 },
    // Precision counts predicted cues that are right, recall gold cues that are found (one cue may serve several quotes).
    cue: withF1(ratio(t.cuePredictedRight, t.cuePredicted), ratio(t.cueGoldFound, t.cueGold)),
    speakerAccuracy: ratio(t.speakerRight, t.found),
  };
}
