/**
 * Step 6: titles as facts. "Who is what" is a fact like any other: when several
 * outlets give an actor the same title, that title is corroborated by each of them
 * (by outlet, not by article: two pages of one outlet count once).
 */
import type { Actor, Citation, Fact } from '../types.js';
import type { IndependenceJudge } from './04-independence.js';
import { titleKey } from './01-actors.js';
import { compareStrings } from './text.js';
import { append } from '../text/arrays.js';

/**
 * One fact per actor and title (status words aside: "new chief negotiator" and
 * "chief negotiator" state the same title), citing every phrase that gives it.
 *
 * @example
 * roleFacts(actors, judge)[0] // { text: 'Ana Ruiz — mayor', predicate: 'be', sources: ['a', 'b'], outlets: ['Coastal Daily', 'Ledger'], … }
 */
export function roleFacts(actors: Actor[], judge: IndependenceJudge): Omit<Fact, 'id'>[] {
  const facts: Omit<Fact, 'id'>[] = [];
  for (const actor of actors) {
    const byTitle = new Map<string, { title: string; citations: Citation[] }>();
    for (const role of actor.roles) {
      // A former title is not the same fact as the title held now.
      const key = titleKey(role.title) + (role.status === 'former' ? ' (former)' : '');
      const entry = byTitle.get(key) ?? { title: role.status === 'former' ? `former ${role.title}` : role.title, citations: [] };
      append(entry.citations, role.citations);
      byTitle.set(key, entry);
    }
    for (const { title, citations } of byTitle.values()) {
      const sources = [...new Set(citations.map((c) => c.articleId))].sort(compareStrings);
      facts.push({ text: `${actor.name} — ${title}`, predicate: 'be', subject: actor.id, sources, outlets: judge.outletsOf(sources), ...judge.assess(sources), citations });
    }
  }
  return facts;
}
