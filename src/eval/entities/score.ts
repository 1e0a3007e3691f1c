/**
 * The conlleval score: an entity counts only when both boundaries and the
 * type match. Precision, recall and F1 per type and micro-averaged overall.
 */
import { chunksOf } from './chunks.js';

/** Counts and rates of one type, or of all types together. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  /** Entities that match exactly. */
  correct: number;
  /** Entities predicted. */
  predicted: number;
  /** Entities in the gold data. */
  gold: number;
}

export interface EntityScore extends Prf {
  perType: Record<string, Prf>;
}

/** Running counts, added to sentence by sentence. */
export interface Tally {
  [type: string]: { correct: number; predicted: number; gold: number };
}

/**
 * Adds one sentence's gold and predicted BIO tags to a tally.
 *
 * @example
 * const tally: Tally = {};
 * tallySentence(tally, ['B-PER', 'O'], ['B-PER', 'O']); // tally.PER = { correct: 1, predicted: 1, gold: 1 }
 */
export function tallySentence(tally: Tally, gold: readonly string[], predicted: readonly string[]): void {
  const entry = (type: string) => (tally[type] ??= { correct: 0, predicted: 0, gold: 0 });
  const goldChunks = chunksOf(gold);
  const keys = new Set(goldChunks.map((c) => `${c.start}:${c.end}:${c.type}`));
  for (const c of goldChunks) entry(c.type).gold++;
  for (const c of chunksOf(predicted)) {
    entry(c.type).predicted++;
    if (keys.has(`${c.start}:${c.end}:${c.type}`)) entry(c.type).correct++;
  }
}

function rates(correct: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, correct, predicted, gold };
}

/**
 * The score of a tally.
 *
 * @example
 * scoreTally(tally).f1; // 1 when every entity matches
 */
export function scoreTally(tally: Tally): EntityScore {
  const perType: Record<string, Prf> = {};
  let correct = 0;
  let predicted = 0;
  let gold = 0;
  for (const type of Object.keys(tally).sort()) {
    const t = tally[type];
    if (!t) continue;
    perType[type] = rates(t.correct, t.predicted, t.gold);
    correct += t.correct;
    predicted += t.predicted;
    gold += t.gold;
  }
  return { ...rates(correct, predicted, gold), perType };
}

/**
 * Scores whole corpora: `gold[s]` and `predicted[s]` are the tags of sentence `s`.
 *
 * @example
 * scoreEntities([['B-LOC']], [['B-LOC']]).f1; // 1
 */
export function scoreEntities(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): EntityScore {
  const tally: Tally = {};
  gold.forEach((g, s) => tallySentence(tally, g, predicted[s] ?? g.map(() => 'O')));
  return scoreTally(tally);
}
