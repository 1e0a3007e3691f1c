/**
 * Brief stage: one story's dossier → what the user reads (headline, cited summary,
 * actors, quotes, facts, conflicts, events, copies, coverage).
 *
 * @example
 * const sb = composeBrief(story, items, dossier, clustering.copies);
 * console.log(renderMarkdown({ ...envelope, stories: [sb] }));
 */
import type {
  AnalyzedArticle, BriefArticle, Citation, CopyLink, CoverageEntry, CoveragePoint, Dossier, Fact, Story, StoryBrief,
} from '../types.js';
import { rankSentences, summarise, type Candidate } from './02-summary.js';
import { buildTimeline, publicationDay } from './03-timeline.js';
import { findAnnouncements, groupAnnouncements, whatsNext } from './04-next.js';
import { outletKey } from '../text/outlets.js';

export { renderBrief, RENDER_FORMATS, type RenderFormat } from './renderers/index.js';
export { BRIEF_SCHEMA_ID, BRIEF_SCHEMA_VERSION } from './schema.js';

export interface BriefOptions {
  /** Summary length in sentences (clamped to 3–8). */
  summarySentences: number;
  /** The date (YYYY-MM-DD) "what's next" is judged against; default: the latest article's publication day. */
  asOf?: string;
}

/** Five sentences: long enough to tell a story, short enough to read at a glance. */
const DEFAULT_SUMMARY_SENTENCES = 5;
const MIN_SUMMARY = 3;
const MAX_SUMMARY = 8;

export const DEFAULT_BRIEF_OPTIONS: BriefOptions = { summarySentences: DEFAULT_SUMMARY_SENTENCES };

/** Orders articles by publication time, undated last, then id: the reading order everywhere. */
export function byPublication(a: AnalyzedArticle, b: AnalyzedArticle): number {
  const pa = a.article.publishedAt ?? '\uffff';
  const pb = b.article.publishedAt ?? '\uffff';
  return pa < pb ? -1 : pa > pb ? 1 : a.article.id.localeCompare(b.article.id);
}

/** Composes the brief of one story from its articles and dossier. Pure. */
export function composeBrief(
  story: Story,
  storyItems: AnalyzedArticle[],
  dossier: Dossier,
  copies: CopyLink[],
  options: Partial<BriefOptions> = {},
): StoryBrief {
  const opts = { ...DEFAULT_BRIEF_OPTIONS, ...options };
  const inStory = new Set(story.articleIds);
  const items = storyItems.filter((i) => inStory.has(i.article.id)).sort(byPublication);
  const sentences = Math.min(MAX_SUMMARY, Math.max(MIN_SUMMARY, Math.round(opts.summarySentences)));
  const ranked = rankSentences(items, dossier);
  const summary = summarise(items, ranked, { sentences });
  const { headline, headlineCitation } = chooseHeadline(items, ranked);
  const factsById = new Map(dossier.facts.map((f) => [f.id, f]));
  const groups = groupAnnouncements(findAnnouncements(items, dossier), dossier);
  const { timeline, fulfilled } = buildTimeline(story.events, items, dossier, groups);
  const asOf = opts.asOf ?? items.map(publicationDay).filter((d): d is string => d !== undefined).sort().pop() ?? null;
  const outletById = new Map(items.map((i) => [i.article.id, outletKey(i.article)]));
  const outletOf = (id: string): string => outletById.get(id) ?? id;
  return {
    id: story.id,
    headline,
    headlineCitation,
    articles: items.map(briefArticle),
    summary,
    actors: dossier.actors,
    quoteGroups: dossier.quoteGroups,
    facts: dossier.facts,
    conflicts: dossier.conflicts,
    compatible: dossier.compatible,
    singleSource: dossier.singleSource.map((id) => factsById.get(id)).filter((f): f is Fact => f !== undefined),
    events: story.events,
    copies: copies.filter((c) => inStory.has(c.from) && inStory.has(c.to)),
    coverage: coverage(items, dossier),
    coverageOverTime: coverageOverTime(items),
    timeline,
    next: whatsNext(groups, fulfilled, asOf, dossier, outletOf),
    asOf,
  };
}

function briefArticle({ article }: AnalyzedArticle): BriefArticle {
  return {
    id: article.id,
    outlet: article.outlet,
    title: article.title,
    published: article.publishedAt ?? null,
    url: article.url ?? null,
    source: article.source,
    provenance: article.provenance.map((p) => ({ kind: p.kind, source: p.source, start: p.span.start, end: p.span.end })),
    text: article.text,
  };
}

/** The most representative title (shares the most words with the others), else the most central sentence. */
function chooseHeadline(items: AnalyzedArticle[], ranked: Candidate[]): { headline: string; headlineCitation: Citation | null } {
  const titled = items.filter((i) => i.article.title.trim() !== '');
  if (titled.length > 0) {
    const words = titled.map((i) => new Set(i.article.title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
    // A title's score is the words it shares with each other title, summed: each of its words
    // counts once for every other title that has it (the titles holding it, less its own).
    const titlesWith = new Map<string, number>();
    for (const w of words) for (const x of w) titlesWith.set(x, (titlesWith.get(x) ?? 0) + 1);
    let best = 0;
    let bestScore = -1;
    words.forEach((w, i) => {
      let score = 0;
      for (const x of w) score += (titlesWith.get(x) ?? 1) - 1;
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    return { headline: titled[best]!.article.title.trim(), headlineCitation: null };
  }
  const top = ranked[0];
  if (!top) return { headline: '', headlineCitation: null };
  return { headline: top.text, headlineCitation: { articleId: top.item.article.id, start: top.start, end: top.end } };
}

/**
 * Articles per publication day with their outlets, oldest first: the series behind a coverage chart.
 *
 * @example
 * coverageOverTime(items); // [{ date: '2026-03-09', articles: 2, outlets: ['Coastal Daily', 'Harbour Wire'] }, …]
 */
export function coverageOverTime(items: AnalyzedArticle[]): CoveragePoint[] {
  const byDay = new Map<string, { articles: number; outlets: Map<string, string> }>();
  for (const i of items) {
    const day = publicationDay(i);
    if (day === undefined) continue;
    const point = byDay.get(day) ?? { articles: 0, outlets: new Map<string, string>() };
    point.articles += 1;
    // One name per outlet (by outletKey), as its first article that day gives it.
    const key = outletKey(i.article);
    if (!point.outlets.has(key)) point.outlets.set(key, i.article.outlet);
    byDay.set(day, point);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, p]) => ({ date, articles: p.articles, outlets: [...p.outlets.values()].sort() }));
}

/**
 * Per outlet (by `outletKey`: two pages of one outlet are one entry, named as its first article
 * names it): its articles, the facts and quote groups it carries and those only it carries.
 * Single-source is the dossier's: a fact of one outlet.
 */
function coverage(items: AnalyzedArticle[], dossier: Dossier): CoverageEntry[] {
  const byOutlet = new Map<string, AnalyzedArticle[]>();
  const nameOf = new Map<string, string>();
  const outletOf = new Map<string, string>();
  for (const i of items) {
    const key = outletKey(i.article);
    outletOf.set(i.article.id, key);
    if (!nameOf.has(key)) nameOf.set(key, i.article.outlet);
    const list = byOutlet.get(key);
    if (list) list.push(i);
    else byOutlet.set(key, [i]);
  }
  // Which outlets carry each fact and quote group, read once from their sources: linear in the
  // dossier, however many outlets there are.
  const outletsOf = (ids: Iterable<string>): Set<string> => {
    const out = new Set<string>();
    for (const id of ids) {
      const outlet = outletOf.get(id);
      if (outlet !== undefined) out.add(outlet);
    }
    return out;
  };
  const factOutlets = dossier.facts.map((f) => ({ fact: f, outlets: outletsOf(f.sources), all: f.sources.every((s) => outletOf.has(s)) }));
  const groupOutlets = dossier.quoteGroups.map((g) => ({ group: g, outlets: outletsOf(g.variants.map((v) => v.articleId)), all: g.variants.every((v) => outletOf.has(v.articleId)) }));
  const single = new Set(dossier.singleSource);
  const entries = new Map([...byOutlet.keys()].map((outlet) => [outlet, {
    facts: [] as Fact[], exclusive: [] as Fact[], groups: [] as string[], exclusiveGroups: [] as string[], quotes: 0,
  }]));
  for (const { fact, outlets, all } of factOutlets) {
    for (const outlet of outlets) {
      const e = entries.get(outlet);
      if (!e) continue;
      e.facts.push(fact);
      // Every source of the fact is an article of this outlet.
      if (all && outlets.size === 1) e.exclusive.push(fact);
    }
  }
  for (const { group, outlets, all } of groupOutlets) {
    for (const outlet of outlets) {
      const e = entries.get(outlet);
      if (!e) continue;
      e.groups.push(group.id);
      if (all && outlets.size === 1) e.exclusiveGroups.push(group.id);
    }
    for (const v of group.variants) {
      const e = entries.get(outletOf.get(v.articleId) ?? '');
      if (e) e.quotes++;
    }
  }
  return [...byOutlet.entries()]
    .map(([key, list]) => {
      const e = entries.get(key) ?? { facts: [], exclusive: [], groups: [], exclusiveGroups: [], quotes: 0 };
      return {
        outlet: nameOf.get(key) ?? key,
        articleIds: [...new Set(list.map((i) => i.article.id))],
        published: list.map((i) => i.article.publishedAt ?? null),
        facts: e.facts.length,
        quotes: e.quotes,
        exclusiveFacts: e.facts.filter((f) => single.has(f.id)).length,
        factIds: e.facts.map((f) => f.id),
        exclusiveFactIds: e.exclusive.map((f) => f.id),
        quoteGroupIds: e.groups,
        exclusiveQuoteGroupIds: e.exclusiveGroups,
      };
    })
    .sort((a, b) => a.outlet.localeCompare(b.outlet));
}
