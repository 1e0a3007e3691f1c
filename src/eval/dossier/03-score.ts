/**
 * Step 3 of the dossier evaluation: the eight measures of
 * `../shared/eval/dossier/README.md`, each a pure function over one gold story
 * and the Brief of its articles. Every story of the Brief is read (the
 * articles may be split into several dossiers); "story kept" says how many
 * ended up in the largest one.
 *
 * How the Brief's shape is read where the measures need something it does not
 * name outright:
 * - number conflicts and compatible number entries are those of `kind:
 *   'number'`; a side's figures are the gold figures its citations overlap.
 * - "N outlets" of a fact is `fact.outlets.length` (its distinct outlets), the
 *   number every renderer prints ("N outlets, M independent"); its cited
 *   articles are those of its `citations` and of its figure's citations.
 * - cited spans (furniture): every citation of the summary, of the facts and
 *   single-source facts (sentences and figures), of the quote variants, of the
 *   conflict sides, of the timeline (entries, their date expressions, their
 *   announcements) and of what's next; each distinct span (article, start,
 *   end) counts once, however many sections cite it.
 * - actors carry no mention citations, so an actor's mentions are the
 *   occurrences of its aliases (whole words, exact case) in the texts of its
 *   story's articles; it is "named only inside furniture" when it has such
 *   occurrences and every one overlaps furniture. Actors none of whose aliases
 *   occur verbatim are not judged.
 * - a quote's speaker is its group's `speaker`; an anonymous group ("officials")
 *   names nobody, so it counts as `null`.
 * - a timeline entry cites an event when one of its citations (the entry's or
 *   its date expressions') overlaps one of the event's mentions. It carries
 *   another date when some date it gives cannot be that day — for every event
 *   it cites — judged by the date's first and last possible day (open ends are
 *   open). Entries without dates carry none and are not counted.
 */
import type { Brief, Citation, Conflict, ConflictSide, Fact, StoryBrief, TimelineEntry } from '../../types.js';
import type { DossierGold, GoldEvent, GoldFigure, GoldKey, GoldQuote, GoldSpan } from './01-gold.js';
import { citedText, sharedChars, SpansByArticle, type CitedText } from './spans.js';
import { speakerMatches } from './speaker-match.js';

/** The counts behind the eight measures; totals add these up. */
export interface DossierCounts {
  /** Measure 1: reported number conflicts (any status) and those that are right. */
  disagreements: { reported: number; right: number };
  /** Measure 2: gold keys with verdict conflict or changed, and those a right disagreement covers. */
  caught: { keys: number; caught: number };
  /** Measure 3: reported compatible number entries, and those spanning two keys or hiding a disagreement. */
  compatible: { reported: number; wrong: number };
  /** Measure 4: distinct cited spans and those overlapping furniture; actors judged and those named only in furniture. */
  furniture: { spans: number; leaked: number; actors: number; actorsOnlyInFurniture: number };
  /** Measure 5: gold quotes, those found, and found ones with the right speaker. */
  speakers: { gold: number; found: number; matched: number };
  /** Measure 6: facts, those whose N outlets exceeds their distinct outlets, and those with more independent than N. */
  outlets: { facts: number; overCounted: number; independentOverN: number };
  /** Measure 7: the file's articles and how many are in its largest dossier. */
  story: { articles: number; kept: number; dossiers: number };
  /** Measure 8: timeline entries citing an event (with a date) and those carrying another date. */
  dates: { entries: number; wrong: number };
}

/** A figure as a side of a conflict or compatible entry maps to it. */
export interface MappedFigure {
  text: string;
  key: string | null;
  article: string;
}

/** One side of a reported conflict or compatible entry, read against the gold. */
export interface JudgedSide {
  value: string;
  citations: CitedText[];
  figures: MappedFigure[];
}

/** A number conflict or compatible entry, the gold keys its sides map to, and the verdict on it. */
export interface JudgedEntry {
  subject: string;
  /** The conflict's status; absent for a compatible entry. */
  status?: Conflict['status'];
  sides: JudgedSide[];
  /** The distinct non-null keys its figures have. */
  keys: string[];
  right: boolean;
  /** Why it is wrong ('' when right). */
  reason: string;
}

/** A disagreement of the gold no right conflict covers. */
export interface MissedKey {
  key: string;
  verdict: GoldKey['verdict'];
  note: string;
  figures: string[];
}

/** A cited span that overlaps furniture, with the sections that cite it. */
export interface LeakedSpan extends CitedText {
  sections: string[];
  furniture: string[];
}

export interface FurnitureActor {
  name: string;
  aliases: string[];
  occurrences: number;
}

/** A found gold quote whose speaker the dossier gets wrong. */
export interface SpeakerMiss {
  quote: GoldQuote;
  /** The quote variant found for it. */
  found: CitedText;
  expected: string | null;
  given: string | null;
}

export interface OverCountedFact {
  text: string;
  outletsClaimed: number;
  independent: number;
  outlets: string[];
  problem: 'outlets' | 'independent' | 'both';
}

export interface WrongDate {
  label: string;
  citations: CitedText[];
  events: { label: string; date: string }[];
  given: string[];
}

/** Every wrong item behind the counts, in Brief order, for `--errors`. */
export interface DossierErrors {
  disagreements: JudgedEntry[];
  missedKeys: MissedKey[];
  compatible: JudgedEntry[];
  furniture: LeakedSpan[];
  furnitureActors: FurnitureActor[];
  speakers: SpeakerMiss[];
  quotesNotFound: GoldQuote[];
  outlets: OverCountedFact[];
  storyKept: { id: string; outlet: string; title: string }[];
  dates: WrongDate[];
}

/** One story's score. */
export interface DossierScore {
  story: string;
  counts: DossierCounts;
  errors: DossierErrors;
  /** Inputs the pipeline could not brief (their sources). */
  failures: string[];
}

/** Verdicts that make a key a disagreement the dossier should report. */
const DISAGREEMENT: ReadonlySet<string> = new Set(['conflict', 'changed']);

/** What the scorer needs of the gold, indexed once. */
export interface GoldView {
  gold: DossierGold;
  texts: Map<string, string>;
  figures: SpansByArticle<GoldFigure>;
  furniture: SpansByArticle<GoldSpan>;
}

/** The gold indexed for the measures. */
export function goldView(gold: DossierGold): GoldView {
  return {
    gold,
    texts: new Map(gold.articles.map((a) => [a.id, a.text])),
    figures: new SpansByArticle(gold.figures),
    furniture: new SpansByArticle(gold.furniture),
  };
}

const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

// ─── 1–3: number conflicts and compatible entries ──────────────────────────

function judgeSides(view: GoldView, sides: readonly ConflictSide[]): JudgedSide[] {
  return sides.map((s) => ({
    value: s.value,
    citations: s.citations.map((c) => citedText(view.texts, c)),
    figures: view.figures.overlappingAny(s.citations).map((f) => ({ text: f.text, key: f.key, article: f.article })),
  }));
}

/** Why a number conflict is wrong, or '' when it is right (measure 1). */
export function conflictProblem(sides: readonly JudgedSide[], keys: Readonly<Record<string, GoldKey>>): string {
  if (sides.length < 2) return 'fewer than two sides';
  if (sides.some((s) => s.figures.length === 0)) return 'a side cites no gold figure';
  const figures = sides.flatMap((s) => s.figures);
  if (figures.some((f) => f.key === null)) return 'a side cites a figure nothing else in the story measures (key null)';
  const ks = unique(figures.map((f) => f.key as string));
  if (ks.length > 1) return `the sides measure different things: ${ks.map((k) => `"${k}"`).join(' / ')}`;
  const verdict = keys[ks[0]!]?.verdict;
  if (verdict === undefined) return `key "${ks[0]}" has no verdict`;
  if (!DISAGREEMENT.has(verdict)) return `key "${ks[0]}" is ${verdict}: its values are compatible`;
  return '';
}

/** Gold figure text as a value: case and spacing do not make two values differ. */
const valueOf = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** True when two sides of a right conflict hold figures of different values (measure 2). */
export function showsDifferentValues(sides: readonly JudgedSide[]): boolean {
  return sides.some((a, i) => sides.some((b, j) => j > i &&
    a.figures.some((fa) => b.figures.some((fb) => valueOf(fa.text) !== valueOf(fb.text)))));
}

function judged(view: GoldView, subject: string, sides: readonly ConflictSide[], problem: (s: JudgedSide[]) => string, status?: Conflict['status']): JudgedEntry {
  const js = judgeSides(view, sides);
  const reason = problem(js);
  const keys = unique(js.flatMap((s) => s.figures.flatMap((f) => (f.key === null ? [] : [f.key]))));
  return { subject, ...(status ? { status } : {}), sides: js, keys, right: reason === '', reason };
}

/** Measures 1 and 2: every reported number conflict judged, and the gold disagreements none covers. */
export function scoreDisagreements(view: GoldView, stories: readonly StoryBrief[]): { judged: JudgedEntry[]; caught: Set<string>; missed: MissedKey[] } {
  const keys = view.gold.keys;
  const all = stories.flatMap((s) => s.conflicts).filter((c) => c.kind === 'number')
    .map((c) => judged(view, c.subject, c.sides, (js) => conflictProblem(js, keys), c.status));
  const caught = new Set(all.filter((j) => j.right && showsDifferentValues(j.sides)).map((j) => j.keys[0]!));
  const missed = Object.entries(keys)
    .filter(([k, v]) => DISAGREEMENT.has(v.verdict) && !caught.has(k))
    .map(([key, v]) => ({ key, verdict: v.verdict, note: v.note, figures: view.gold.figures.filter((f) => f.key === key).map((f) => f.text) }));
  return { judged: all, caught, missed };
}

/** Why a compatible number entry is wrong, or '' (measure 3). */
export function compatibleProblem(sides: readonly JudgedSide[], keys: Readonly<Record<string, GoldKey>>): string {
  const ks = unique(sides.flatMap((s) => s.figures.flatMap((f) => (f.key === null ? [] : [f.key]))));
  if (ks.length > 1) return `spans two keys: ${ks.map((k) => `"${k}"`).join(' / ')}`;
  const hidden = ks.find((k) => DISAGREEMENT.has(keys[k]?.verdict ?? ''));
  return hidden === undefined ? '' : `hides a disagreement: key "${hidden}" is ${keys[hidden]!.verdict}`;
}

/** Measure 3: every reported compatible number entry judged. */
export function scoreCompatible(view: GoldView, stories: readonly StoryBrief[]): JudgedEntry[] {
  return stories.flatMap((s) => s.compatible).filter((c) => c.kind === 'number')
    .map((c) => judged(view, c.subject, c.sides, (js) => compatibleProblem(js, view.gold.keys)));
}

/** The facts of the stories, single-source ones included, each once (the first seen of an id in a story). */
function distinctFacts(stories: readonly StoryBrief[]): Fact[] {
  const facts = new Map<string, Fact>();
  for (const s of stories) {
    for (const f of [...s.facts, ...s.singleSource]) {
      const id = `${s.id}\u0000${f.id}`;
      if (!facts.has(id)) facts.set(id, f);
    }
  }
  return [...facts.values()];
}

// ─── 4: furniture ──────────────────────────────────────────────────────────

/** Every cited span of a dossier with the section that cites it (see the module comment). */
export function citedSpans(story: StoryBrief): { section: string; citation: Citation }[] {
  const out: { section: string; citation: Citation }[] = [];
  const add = (section: string, cs: readonly Citation[]) => { for (const c of cs) out.push({ section, citation: c }); };
  for (const s of story.summary) add('summary', s.citations);
  for (const f of distinctFacts([story])) add('facts', [...f.citations, ...(f.figure?.citations ?? [])]);
  for (const g of story.quoteGroups) add('quotes', g.variants);
  for (const c of story.conflicts) add('conflicts', c.sides.flatMap((s) => s.citations));
  for (const t of story.timeline ?? []) add('timeline', [...t.citations, ...t.dates.flatMap((d) => d.citations), ...(t.announced?.citations ?? [])]);
  for (const n of story.next ?? []) add('next', n.citations);
  return out;
}

/** Measure 4, first half: the distinct cited spans and those that overlap furniture. */
export function scoreFurnitureSpans(view: GoldView, stories: readonly StoryBrief[]): { spans: number; leaked: LeakedSpan[] } {
  const spans = new Map<string, { citation: Citation; sections: Set<string> }>();
  for (const story of stories) {
    for (const { section, citation } of citedSpans(story)) {
      const id = `${citation.articleId}\u0000${citation.start}\u0000${citation.end}`;
      const entry = spans.get(id) ?? { citation, sections: new Set<string>() };
      entry.sections.add(section);
      spans.set(id, entry);
    }
  }
  const leaked = [...spans.values()].flatMap(({ citation, sections }) => {
    const furniture = view.furniture.overlapping(citation);
    return furniture.length === 0 ? [] : [{ ...citedText(view.texts, citation), sections: [...sections], furniture: furniture.map((f) => f.text) }];
  });
  return { spans: spans.size, leaked };
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a name occurs in a text as a whole word (exact case). */
function occurrences(text: string, name: string): { start: number; end: number }[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Measure 4, second half: actors judged by where their names occur, and those named only inside furniture. */
export function scoreFurnitureActors(view: GoldView, stories: readonly StoryBrief[]): { actors: number; onlyInFurniture: FurnitureActor[] } {
  let actors = 0;
  const onlyInFurniture: FurnitureActor[] = [];
  for (const story of stories) {
    for (const actor of story.actors) {
      const found = story.articles.flatMap((a) => unique(actor.aliases).filter((n) => n.trim() !== '')
        .flatMap((n) => occurrences(a.text, n).map((o) => ({ articleId: a.id, ...o }))));
      if (found.length === 0) continue;
      actors += 1;
      if (found.every((c) => view.furniture.touches(c))) onlyInFurniture.push({ name: actor.name, aliases: actor.aliases, occurrences: found.length });
    }
  }
  return { actors, onlyInFurniture };
}

// ─── 5: speakers ───────────────────────────────────────────────────────────

/** Measure 5: each gold quote's best-overlapping quote variant (at least half the gold span), and its speaker. */
export function scoreSpeakers(view: GoldView, stories: readonly StoryBrief[]): { found: number; matched: number; misses: SpeakerMiss[]; notFound: GoldQuote[] } {
  const variants = stories.flatMap((s) => s.quoteGroups).flatMap((g) =>
    g.variants.map((v) => ({ citation: { articleId: v.articleId, start: v.start, end: v.end }, speaker: g.anonymous ? null : g.speaker })));
  let found = 0;
  let matched = 0;
  const misses: SpeakerMiss[] = [];
  const notFound: GoldQuote[] = [];
  for (const q of view.gold.quotes) {
    let best: (typeof variants)[number] | undefined;
    let bestShared = 0;
    for (const v of variants) {
      const shared = v.citation.articleId === q.article ? sharedChars(v.citation, q) : 0;
      if (shared > bestShared) [best, bestShared] = [v, shared];
    }
    if (!best || bestShared * 2 < q.end - q.start) {
      notFound.push(q);
      continue;
    }
    found += 1;
    if (speakerMatches(q.speaker, best.speaker)) matched += 1;
    else misses.push({ quote: q, found: citedText(view.texts, best.citation), expected: q.speaker, given: best.speaker });
  }
  return { found, matched, misses, notFound };
}

// ─── 6: outlets ────────────────────────────────────────────────────────────

/** Measure 6: facts whose "N outlets" exceeds the distinct outlets of their cited articles, or whose independent count exceeds N. */
export function scoreOutlets(view: GoldView, stories: readonly StoryBrief[]): { facts: number; overCounted: OverCountedFact[] } {
  const outletOf = new Map(view.gold.articles.map((a) => [a.id, a.outlet ?? a.id]));
  const facts = distinctFacts(stories);
  const overCounted = facts.flatMap((f): OverCountedFact[] => {
    const n = f.outlets.length;
    const cited = unique([...f.citations, ...(f.figure?.citations ?? [])].map((c) => c.articleId));
    const outlets = unique(cited.map((id) => outletOf.get(id) ?? id)).sort();
    const tooMany = n > outlets.length;
    const independent = f.independentSources > n;
    if (!tooMany && !independent) return [];
    return [{ text: f.figure ? `${f.figure.text} — ${f.text}` : f.text, outletsClaimed: n, independent: f.independentSources, outlets, problem: tooMany && independent ? 'both' : tooMany ? 'outlets' : 'independent' }];
  });
  return { facts: facts.length, overCounted };
}

// ─── 7: story kept ─────────────────────────────────────────────────────────

/** Measure 7: the articles of the largest dossier, and those left out of it. */
export function scoreStoryKept(view: GoldView, stories: readonly StoryBrief[]): { kept: number; leftOut: DossierErrors['storyKept'] } {
  const largest = stories.reduce<StoryBrief | undefined>((best, s) => (!best || s.articles.length > best.articles.length ? s : best), undefined);
  const inLargest = new Set(largest?.articles.map((a) => a.id) ?? []);
  const leftOut = view.gold.articles.filter((a) => !inLargest.has(a.id)).map((a) => ({ id: a.id, outlet: a.outlet ?? '', title: a.title ?? '' }));
  return { kept: view.gold.articles.length - leftOut.length, leftOut };
}

// ─── 8: dates ──────────────────────────────────────────────────────────────

/** True when a timeline date may be the given day (YYYY-MM-DD): open ends are open. */
export function datePermits(d: { start?: string; end?: string }, day: string): boolean {
  return (d.start === undefined || d.start <= day) && (d.end === undefined || day <= d.end);
}

function citedEvents(entry: TimelineEntry, mentions: SpansByArticle<GoldSpan & { event: GoldEvent }>): GoldEvent[] {
  const citations = [...entry.citations, ...entry.dates.flatMap((d) => d.citations)];
  return unique(mentions.overlappingAny(citations).map((m) => m.event));
}

/** Measure 8: timeline entries that cite an event and the ones whose dates cannot all be its day. */
export function scoreDates(view: GoldView, stories: readonly StoryBrief[]): { entries: number; wrong: WrongDate[] } {
  const mentions = new SpansByArticle(view.gold.events.flatMap((event) => event.mentions.map((m) => ({ ...m, event }))));
  let entries = 0;
  const wrong: WrongDate[] = [];
  for (const entry of stories.flatMap((s) => s.timeline ?? [])) {
    const events = citedEvents(entry, mentions);
    if (events.length === 0 || entry.dates.length === 0) continue;
    entries += 1;
    if (events.some((e) => entry.dates.every((d) => datePermits(d, e.date)))) continue;
    wrong.push({
      label: entry.label,
      citations: entry.citations.map((c) => citedText(view.texts, c)),
      events: events.map((e) => ({ label: e.label, date: e.date })),
      given: entry.dates.map((d) => d.value),
    });
  }
  return { entries, wrong };
}

// ─── all eight ─────────────────────────────────────────────────────────────

/**
 * Scores the Brief of one gold story's articles on the eight measures.
 *
 * @example
 * const score = scoreDossier(gold, briefGold(gold, path));
 * score.counts.disagreements; // { reported: 16, right: 1 }
 */
export function scoreDossier(gold: DossierGold, brief: Brief): DossierScore {
  const view = goldView(gold);
  const stories = brief.stories;
  const disagreements = scoreDisagreements(view, stories);
  const compatible = scoreCompatible(view, stories);
  const furniture = scoreFurnitureSpans(view, stories);
  const actors = scoreFurnitureActors(view, stories);
  const speakers = scoreSpeakers(view, stories);
  const outlets = scoreOutlets(view, stories);
  const kept = scoreStoryKept(view, stories);
  const dates = scoreDates(view, stories);
  const disagreementKeys = Object.values(gold.keys).filter((k) => DISAGREEMENT.has(k.verdict)).length;
  return {
    story: gold.story,
    counts: {
      disagreements: { reported: disagreements.judged.length, right: disagreements.judged.filter((j) => j.right).length },
      caught: { keys: disagreementKeys, caught: disagreementKeys - disagreements.missed.length },
      compatible: { reported: compatible.length, wrong: compatible.filter((j) => !j.right).length },
      furniture: { spans: furniture.spans, leaked: furniture.leaked.length, actors: actors.actors, actorsOnlyInFurniture: actors.onlyInFurniture.length },
      speakers: { gold: gold.quotes.length, found: speakers.found, matched: speakers.matched },
      outlets: {
        facts: outlets.facts,
        overCounted: outlets.overCounted.filter((f) => f.problem !== 'independent').length,
        independentOverN: outlets.overCounted.filter((f) => f.problem !== 'outlets').length,
      },
      story: { articles: gold.articles.length, kept: kept.kept, dossiers: stories.length },
      dates: { entries: dates.entries, wrong: dates.wrong.length },
    },
    errors: {
      disagreements: disagreements.judged.filter((j) => !j.right),
      missedKeys: disagreements.missed,
      compatible: compatible.filter((j) => !j.right),
      furniture: furniture.leaked,
      furnitureActors: actors.onlyInFurniture,
      speakers: speakers.misses,
      quotesNotFound: speakers.notFound,
      outlets: outlets.overCounted,
      storyKept: kept.leftOut,
      dates: dates.wrong,
    },
    failures: brief.failures.map((f) => f.source),
  };
}
