/**
 * Step 5 of the dossier evaluation (diagnostics, `--errors N`): up to N wrong
 * items of each measure with their text — the cited words, the gold figures and
 * keys they map to, the verdict, the expected and given speaker or date. The
 * items are exactly those the counts count as wrong (the scorer's own lists).
 */
import type { CitedText } from './spans.js';
import type { DossierErrors, JudgedEntry } from './03-score.js';

/** Article texts quoted in a listing are cut to this many characters: a line stays readable. */
const MAX_QUOTED_CHARS = 160;

const clip = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTED_CHARS ? `${flat.slice(0, MAX_QUOTED_CHARS - 1)}…` : flat;
};

const shortId = (id: string): string => id.slice(0, 12);

const cite = (c: CitedText): string => `“${clip(c.text)}” [${shortId(c.articleId)}@${c.start}-${c.end}]`;

function entryLines(e: JudgedEntry): string[] {
  return [
    `- ${e.subject}${e.status ? ` (${e.status})` : ''}: ${e.reason}`,
    ...e.sides.map((s) => `    side “${clip(s.value)}” ${s.citations.map(cite).join(' ')} → ${
      s.figures.length === 0 ? 'no gold figure' : s.figures.map((f) => `“${f.text}” (${f.key === null ? 'key null' : `key “${f.key}”`})`).join(', ')}`),
  ];
}

/** One section: its heading with how many items there are, then up to `n` of them. */
function section<T>(title: string, items: readonly T[], n: number, lines: (item: T) => string[]): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, n);
  return [`${title}: ${items.length}${shown.length < items.length ? ` (first ${shown.length})` : ''}`, ...shown.flatMap(lines)];
}

/**
 * The wrong items of one story, up to `n` per measure, as lines of text.
 *
 * @example
 * formatErrors(score.errors, 3); // ['wrong disagreements: 15 (first 3)', '- Number of feet (conflict): the sides measure different things …', …]
 */
export function formatErrors(e: DossierErrors, n: number): string[] {
  return [
    ...section('wrong disagreements', e.disagreements, n, entryLines),
    ...section('disagreements missed', e.missedKeys, n, (k) => [`- “${k.key}” (${k.verdict}): ${k.figures.map((f) => `“${f}”`).join(', ')} — ${clip(k.note)}`]),
    ...section('compatible, wrongly', e.compatible, n, entryLines),
    ...section('cited spans in furniture', e.furniture, n, (s) => [`- ${cite(s)} in ${s.sections.join(', ')}; furniture “${clip(s.furniture.join(' … '))}”`]),
    ...section('actors named only inside furniture', e.furnitureActors, n, (a) => [`- ${a.name} (${a.occurrences} occurrence${a.occurrences === 1 ? '' : 's'}; ${a.aliases.join(' / ')})`]),
    ...section('wrong speakers', e.speakers, n, (m) => [`- “${clip(m.quote.text)}” [${shortId(m.quote.article)}@${m.quote.start}-${m.quote.end}]: expected ${m.expected ?? 'nobody (null)'}, given ${m.given ?? 'nobody (null)'}`]),
    ...section('gold quotes not found', e.quotesNotFound, n, (q) => [`- “${clip(q.text)}” [${shortId(q.article)}@${q.start}-${q.end}] (${q.speaker ?? 'nobody'})`]),
    ...section('facts counting too many outlets', e.outlets, n, (f) => [`- ${f.outletsClaimed} outlets, ${f.independent} independent, cited outlets ${f.outlets.length} (${f.outlets.join(', ')}): ${clip(f.text)}`]),
    ...section('articles outside the largest dossier', e.storyKept, n, (a) => [`- ${shortId(a.id)} ${a.outlet}: ${clip(a.title)}`]),
    ...section('timeline entries with another date', e.dates, n, (d) => [
      `- ${clip(d.label)}: expected ${d.events.map((ev) => `${ev.date} (${clip(ev.label)})`).join(' or ')}, given ${d.given.join(', ')}`,
      ...d.citations.slice(0, 1).map((c) => `    ${cite(c)}`),
    ]),
  ];
}

/**
 * The wrong items of one story, up to `n` per measure, for `--json`.
 *
 * @example
 * errorsJson(score.errors, 2).disagreements.length; // at most 2
 */
export function errorsJson(e: DossierErrors, n: number): Record<keyof DossierErrors, unknown[]> {
  const out = {} as Record<keyof DossierErrors, unknown[]>;
  for (const key of Object.keys(e) as (keyof DossierErrors)[]) out[key] = e[key].slice(0, n);
  return out;
}
