/**
 * Roles and titles the text gives people ("Secretary of State Jane Doe",
 * "Jane Doe, head of the delegation", "the new chief negotiator, Jane Doe"),
 * each with the span of the phrase that states it. A role phrase always
 * contains a title head word from the generic title lexicon, so "Doe, who
 * said …" gives no role.
 *
 * @example
 * findRoles(article, sentences, mentions, entities);
 * // [{ start: 4, end: 22, entity: 'person:jane-doe', title: 'Secretary of State' }]
 */
import type { Article, Entity, Mention, Role, Sentence } from '../../types.js';
import { SpanIndex } from '../../text/spans.js';
import { roleTokens, type RoleToken } from './01-tokens.js';
export { findDescriptions } from './03-descriptions.js';
import { appositiveAfter, appositiveBefore, preModifier, relativeClause, resignedAs, type Site } from './02-patterns.js';
import { firstIndex } from '../../text/search.js';

/** Defaults of the role step. */
export const DEFAULT_ROLE_OPTIONS = {
  /** The patterns read around each person mention, in order. */
  patterns: [preModifier, appositiveAfter, appositiveBefore, relativeClause, resignedAs] as readonly ((s: Site) => Role[])[],
};

export type RoleOptions = typeof DEFAULT_ROLE_OPTIONS;

/**
 * Finds the roles stated for the article's people.
 *
 * @example
 * findRoles(article, sentences, mentions, entities).map((r) => r.title); // ['U.S. envoy', 'head of the delegation']
 */
export function findRoles(
  article: Article,
  sentences: Sentence[],
  mentions: Mention[],
  _entities: Entity[],
  options: Partial<RoleOptions> = {},
): Role[] {
  const { patterns } = { ...DEFAULT_ROLE_OPTIONS, ...options };
  const roles: Role[] = [];
  const index = new SpanIndex(mentions);
  for (const sentence of sentences) {
    const inside = index.overlapping(sentence.start, sentence.end).filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    if (!inside.some((m) => m.type === 'PERSON')) continue;
    const tokens = roleTokens(article.text, sentence, inside);
    for (const m of inside) {
      if (m.type !== 'PERSON' || m.form !== 'name') continue;
      const site = siteOf(article.text, tokens, m);
      if (!site) continue;
      roles.push(...patterns.flatMap((p) => p(site)));
    }
  }
  return dedupe(roles);
}

function siteOf(text: string, tokens: readonly RoleToken[], m: Mention): Site | null {
  // Tokens are in text order: a binary search, not a scan per mention.
  const lo = firstIndex(tokens.length, (i) => (tokens[i]?.start ?? Infinity) >= m.start);
  const from = lo < tokens.length ? lo : -1;
  let to = from;
  while (to < tokens.length && (tokens[to]?.end ?? Infinity) <= m.end) to++;
  return from < 0 || to === from ? null : { text, tokens, from, to, entity: m.entity };
}

function dedupe(roles: readonly Role[]): Role[] {
  const seen = new Set<string>();
  return roles.filter((r) => {
    const id = `${r.entity}|${r.start}|${r.end}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
