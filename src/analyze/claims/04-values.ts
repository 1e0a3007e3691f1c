/**
 * Step 4: the values a clause states — quantities, dates and places — and the
 * other entities it names.
 */
import type { ClaimValue, DateValue, PlaceValue, Span } from '../../types.js';
import { wordsIn } from '../quotes/text.js';
import { findQuantities } from './01-quantities.js';
import type { ClaimContext } from './03-clauses.js';
import { PLACE_PREPOSITIONS } from './lexicon.js';
import { firstIndex } from '../../text/search.js';

const PLACE_PREPS = new Set(PLACE_PREPOSITIONS);
const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Quantities, dates and places of a clause, in text order.
 *
 * @example
 * clauseValues(ctx, clause, dates); // [{ kind: 'place', entity: 'gpe:oslo', … }, { kind: 'date', value: '2025-11-30', … }]
 */
export function clauseValues(ctx: ClaimContext, clause: Span, dates: readonly DateValue[]): ClaimValue[] {
  const ownDates = dates.filter((d) => inside(d.span, clause) && !ctx.hidden.some((h) => overlaps(h, d.span)));
  const exclude = [...dates.map((d) => d.span), ...ctx.mentions, ...ctx.hidden];
  const quantities = findQuantities(ctx.text, clause.start, clause.end, exclude);
  const values: ClaimValue[] = [...quantities, ...ownDates, ...places(ctx, clause)];
  return values.sort((a, b) => a.span.start - b.span.start);
}

/** GPE and LOC mentions after a place preposition ("in Oslo", "near the border", "Bergen, Norway"). */
function places(ctx: ClaimContext, clause: Span): PlaceValue[] {
  const out: PlaceValue[] = [];
  // The clause's words once; each place looks up the two words before it by binary search.
  const words = wordsIn(ctx.text, clause.start, clause.end);
  for (const m of ctx.mentions) {
    if (!inside(m, clause) || (m.type !== 'GPE' && m.type !== 'LOC') || ctx.hidden.some((h) => overlaps(h, m))) continue;
    const upTo = wordsEndingBy(words, m.start);
    const before = words.slice(Math.max(0, upTo - 2), upTo);
    const prev = before[before.length - 1];
    const prep = prev?.lower === 'the' ? before[0] : prev;
    // "Bergen, Norway": a place right after a place names where it is, if nothing follows but punctuation
    // (only the latest place found can end right before this one).
    const latest = out[out.length - 1];
    const listed = latest !== undefined && /^\s*,\s*$/.test(ctx.text.slice(latest.span.end, m.start));
    const afterPlace = listed && /^(?:[,.;:]|$)/.test(ctx.text.slice(m.end, m.end + 1));
    if ((prep && PLACE_PREPS.has(prep.lower) && /^\s*$/.test(ctx.text.slice(prev?.end ?? m.start, m.start))) || afterPlace) {
      out.push({ kind: 'place', span: { start: m.start, end: m.end }, entity: m.entity });
    }
  }
  return out;
}

/** How many of `words` (in text order) end at or before `at`. */
function wordsEndingBy(words: readonly { end: number }[], at: number): number {
  return firstIndex(words.length, (i) => (words[i]?.end ?? Infinity) > at);
}

/**
 * Entity keys the clause names besides its subject, first occurrence first.
 *
 * @example
 * clauseObjects(ctx, clause, 'person:jane-doe'); // ['person:karl-brandt', 'gpe:oslo']
 */
export function clauseObjects(ctx: ClaimContext, clause: Span, subject: string | undefined): string[] {
  const keys = new Set<string>();
  for (const m of ctx.mentions) {
    if (!inside(m, clause) || m.entity === subject || ctx.hidden.some((h) => overlaps(h, m))) continue;
    keys.add(m.entity);
  }
  return [...keys];
}
