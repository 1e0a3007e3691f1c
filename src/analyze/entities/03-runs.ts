/**
 * Step 3: candidate runs in one sentence: maximal runs of capitalised tokens,
 * joined across lowercase name connectors ("Secretary of State", "Bank of
 * England"), broken at function words, calendar words and punctuation. A
 * sentence-initial word that the article also writes in lowercase is an
 * ordinary word capitalised by position, so it starts no run.
 */
import { CALENDAR_WORDS } from '../lexicons/calendar.js';
import { FUNCTION_WORDS } from '../lexicons/function-words.js';
import { isTitleWord } from '../lexicons/titles.js';
import type { Token } from './01-tokenise.js';
import { keyOf, type Gazetteer } from './02-gazetteer.js';
import { NAME_CONNECTORS } from './lexicon.js';

/** A run: sentence tokens `[from, to)`, first and last are capitalised. */
export interface Run {
  from: number;
  to: number;
}

/** What run finding needs to know about the article. */
export interface RunContext {
  gazetteer: Gazetteer;
  /** Every word the article writes in lowercase. */
  lowercaseWords: ReadonlySet<string>;
}

/**
 * The runs of a sentence's tokens.
 *
 * @example
 * findRuns(tokenise('The talks with Jane Doe.', 0, 24), ctx); // [{ from: 3, to: 5 }]
 */
export function findRuns(tokens: readonly Token[], ctx: RunContext): Run[] {
  const initial = tokens.findIndex((t) => t.kind !== 'punct');
  const member = tokens.map((t, i) => isMember(t, i === initial, ctx));
  // A capitalised function word inside a name continues it ("Bank of the North", "House of Lords").
  for (let i = 1; i < tokens.length; i++) {
    if (!member[i] && member[i - 1] && i !== initial && isCapitalisedFunctionWord(tokens[i])) member[i] = true;
  }
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!member[i]) {
      i++;
      continue;
    }
    const from = i;
    let to = i + 1;
    for (;;) {
      while (to < tokens.length && member[to]) to++;
      const bridge = connectorBridge(tokens, member, to);
      if (bridge === 0) break;
      to += bridge;
    }
    runs.push({ from, to });
    i = to;
  }
  return runs;
}

/** How many connector tokens at `at` lead to another member ("of", "of the"); 0 when none. */
function connectorBridge(tokens: readonly Token[], member: readonly boolean[], at: number): number {
  const first = tokens[at];
  // The period of an initial ("John J. Smith") joins like a connector.
  if (first?.text === '.' && /^\p{Lu}$/u.test(tokens[at - 1]?.text ?? '') && member[at + 1]) return 1;
  if (!first || !NAME_CONNECTORS.has(first.text)) return 0;
  if (member[at + 1]) return 1;
  if (first.text === 'of' && tokens[at + 1]?.text === 'the' && member[at + 2]) return 2;
  return 0;
}

function isCapitalisedFunctionWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.text !== 'I' && /^\p{Lu}\p{Ll}/u.test(t.text) && FUNCTION_WORDS.has(t.text.toLowerCase());
}

function isMember(t: Token, sentenceInitial: boolean, ctx: RunContext): boolean {
  if (t.kind !== 'word' && t.kind !== 'acronym') return false;
  if (!/^\p{Lu}/u.test(t.text)) return false;
  const lower = t.text.toLowerCase();
  const known = ctx.gazetteer.entries.has(keyOf([t]));
  if (known) return true;
  if (CALENDAR_WORDS.has(lower) || t.text === 'I') return false;
  if (FUNCTION_WORDS.has(lower)) return false;
  if (sentenceInitial && !isTitleWord(lower) && ctx.lowercaseWords.has(lower)) return false;
  return true;
}

/**
 * Every word the text writes in lowercase (lowercased), to tell names from
 * ordinary words capitalised at the start of a sentence.
 *
 * @example
 * lowercaseVocabulary('Talks began. The talks ended.').has('talks'); // true
 */
export function lowercaseVocabulary(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{M}'’-])\p{Ll}[\p{L}\p{M}]*/gu)) out.add(m[0]);
  return out;
}
