import type { Provenance } from '../types.js';
import { wordCount } from './02-boilerplate.js';

/**
 * Provenance lines: where the article says its content came from. A rule
 * matches only a line that opens with a credit formula, so a source named
 * inside a normal sentence ("told a news agency") is never taken for one.
 */

/** A credit line is one short sentence; a longer block is a paragraph that happens to use the words. */
export const MAX_CREDIT_WORDS = 40;
/** A credited name is a few words ("The Associated Press"); more means the pattern caught a clause. */
export const MAX_SOURCE_WORDS = 8;
/** A dash-led sign-off ("— Associated Press") is just a name. */
export const MAX_SIGNOFF_WORDS = 5;

/** A provenance found in a line, before it is given the line's span. */
export type Credit = Omit<Provenance, 'span'>;

// The end of a name: a comma, semicolon, bracket, a joining " with ", or a full stop after a word (not an initial).
const NAME_END = /\s*(?:[,;()]|(?<=[a-z]{2})\.\s|\s+with\s+|$)/i;

/** Cleans a captured name: drop a final full stop and check it reads as a name (capitalised, a few words). */
function sourceName(raw: string): string | null {
  let end = raw.length;
  // A scan from the end: /[.:]+$/ retries at every dot of a long run (quadratic).
  while (end > 0 && (raw[end - 1] === '.' || raw[end - 1] === ':')) end -= 1;
  const name = raw.slice(0, end).trim();
  if (name === '' || wordCount(name) > MAX_SOURCE_WORDS || !/^[\p{Lu}\d]/u.test(name.replace(/^the\s+/i, ''))) return null;
  return name;
}

// What may follow the credited name in a credit line: nothing, or more credits ("; Editing by …", ", with additional …").
const CREDIT_TAIL = /^(?:[\s.)]*$|[,;]?\s*(?:with\s+)?(?:additional|editing|writing|reporting|compiled|translated|produced|and)\b)/i;

/** The names at the start of `raw`, or [] when the line goes on with something that is not a credit. */
function namesIn(raw: string, split: boolean): string[] {
  const cut = NAME_END.exec(raw);
  const end = cut ? cut.index : raw.length;
  if (!CREDIT_TAIL.test(raw.slice(end))) return [];
  const parts = split ? raw.slice(0, end).split(/\s+(?:and|&)\s+/i) : [raw.slice(0, end)];
  const names = parts.map(sourceName);
  return names.every((n): n is string => n !== null) ? names : [];
}

interface CreditRule {
  kind: Provenance['kind'];
  pattern: RegExp;
  /** Split "A and B" into two sources. */
  list?: boolean;
  /** Longest line the rule accepts, when tighter than MAX_CREDIT_WORDS. */
  maxWords?: number;
}

const CREDIT_RULES: readonly CreditRule[] = [
  {
    kind: 'wire',
    pattern: /^(?:with|including|includes|contains)\s+(?:information|reporting|material|files|input|contributions?)\s+from\s+(.+)$/i,
    list: true,
  },
  {
    kind: 'original',
    pattern:
      /^(?:(?:this|the)\s+(?:report|article|story|piece|content|item|post|version|text)|a version of this (?:report|article|story|piece)|an earlier version)\b.*?\b(?:originally|first)\s+(?:published|appeared|reported|ran|aired|broadcast)\s+(?:by|in|on|at|with)\s+(.+)$/i,
  },
  { kind: 'original', pattern: /^(?:originally|first)\s+(?:published|appeared)\s+(?:by|in|on|at)\s+(.+)$/i },
  { kind: 'original', pattern: /^(?:adapted|republished|reprinted|reproduced)\s+(?:with permission\s+)?from\s+(.+)$/i },
  { kind: 'credit', pattern: /^\(?\s*(?:additional\s+)?reporting\s+by\s+(.+)$/i, list: true },
  { kind: 'credit', pattern: /^sources?\s*:\s*(.+)$/i, list: true },
  { kind: 'credit', pattern: /^(.+?)\s+contributed\s+(?:reporting\s+)?to\s+this\s+(?:report|article|story|post)\.?$/i, list: true },
  // The dash is a word of its own in "— Associated Press".
  { kind: 'wire', pattern: /^[—–-]\s*(.+)$/, maxWords: MAX_SIGNOFF_WORDS + 1 },
];

/** Secondary credits inside a credit line: "with additional analysis provided by X". */
const ADDITIONAL_CREDIT = /\b(?:additional\s+(?:\w+\s+){0,4}?(?:provided|contributed|supplied)\s+by|additional reporting by)\s+(.+)$/i;

/**
 * The credits a line states, or [] when it is not a provenance line.
 *
 * @example
 * findCredits('With information from Coastline Wire.'); // [{ kind: 'wire', source: 'Coastline Wire' }]
 * findCredits('A source told Coastline Wire the talks were hard.'); // []
 */
export function findCredits(line: string): Credit[] {
  const words = wordCount(line);
  if (words > MAX_CREDIT_WORDS) return [];
  for (const rule of CREDIT_RULES) {
    const m = rule.pattern.exec(line);
    if (!m?.[1] || words > (rule.maxWords ?? MAX_CREDIT_WORDS)) continue;
    const names = namesIn(m[1], rule.list === true);
    if (names.length === 0) continue;
    const credits: Credit[] = names.map((source) => ({ kind: rule.kind, source }));
    const extra = ADDITIONAL_CREDIT.exec(line.slice(m.index + m[0].length - m[1].length));
    const extraName = extra?.[1] ? (namesIn(extra[1], false)[0] ?? null) : null;
    if (extraName && !names.includes(extraName)) credits.push({ kind: 'credit', source: extraName });
    return credits;
  }
  return [];
}
