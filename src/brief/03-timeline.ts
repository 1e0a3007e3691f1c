/**
 * Step 3: the timeline. The story's events (from the cluster stage) and the
 * dated facts of its claims, each dated with the values the analysis resolved
 * against the article's publication date, in date order. Events at compatible
 * places on overlapping dates are one event; a trip an article reports done
 * joins the event at its destination; an announcement a later article reports
 * done joins the event it announced. Anything that ends well before the
 * story's first article is background.
 */
import type {
  Actor, AnalyzedArticle, Citation, DatedValue, Dossier, Entity, Mention, Span, StoryEvent, TimelineDate, TimelineEntry,
} from '../types.js';
import { SpanIndex } from '../text/spans.js';
import type { Announcement } from './04-next.js';
import { firstIndex } from '../text/search.js';

/** Older than a season before the first article: context, not the news of the story. */
export const BACKGROUND_DAYS = 90;
/** Words a neighbouring sentence uses to speak of the same meeting ("The discussions began late on Tuesday"). */
const MEETING_BEFORE_DATE = /\b(?:talks|meeting|met|discussions?|dialogue|negotiations?|summit|visit|conference|consultations)\b[^.;,]*$/iu;
/** How far before a date a meeting word may stand for the date to be that meeting's ("a productive dialogue on Sunday"). */
const NEAR_CHARS = 24;
/** Verbs of a trip whose destination is a place value of the claim. */
const TRIP_PREDICATES: ReadonlySet<string> = new Set(['travel', 'fly', 'arrive', 'visit', 'go', 'journey', 'return']);
/** "after a productive dialogue on Sunday": the date is where the interval starts. */
const AFTER_BEFORE_DATE = /\bafter\s+(?:[\p{L}\p{N}’'-]+\s+){0,4}$/u;
/** Where a dated clause begins: a clause break or a subordinating word. */
const CLAUSE_START = /(?:[,;:—]|\b(?:since|when|while|including|following)\b)/giu;
const CLAUSE_END = /[,;:—]|\b(?:when|while)\b/u;
const DAY_MS = 86_400_000;
/** A label is a line, not a paragraph: the citation carries the rest. */
const MAX_LABEL_WORDS = 16;
/** Words before a relative clause searched for the thing it describes ("the council’s budget plan, which …"). */
const RELATIVE_LEAD_WORDS = 5;

// ─── dates as day intervals ───────────────────────────────────────────────

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/**
 * The first and last day of an ISO date value (day, ISO week, month, year or
 * "A/B" interval with ".." for an open end); null when it is none of these.
 *
 * @example
 * dayRange('2025-W48'); // { value: '2025-W48', start: '2025-11-24', end: '2025-11-30' }
 * dayRange('2022-02'); // { value: '2022-02', start: '2022-02-01', end: '2022-02-28' }
 */
export function dayRange(value: string): DatedValue | null {
  if (value.includes('/')) {
    const [a, b] = value.split('/');
    const start = a === '..' ? undefined : dayRange(a ?? '')?.start;
    const end = b === '..' ? undefined : dayRange(b ?? '')?.end;
    return { value, ...(start ? { start } : {}), ...(end ? { end } : {}) };
  }
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return { value, start: value, end: value };
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const jan4 = Date.UTC(Number(m[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (Number(m[2]) - 1) * 7 * DAY_MS;
    return { value, start: iso(new Date(monday)), end: iso(new Date(monday + 6 * DAY_MS)) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { value, start: `${value}-01`, end: iso(new Date(Date.UTC(Number(m[1]), Number(m[2]), 0))) };
  m = /^(\d{4})$/.exec(value);
  return m ? { value, start: `${value}-01-01`, end: `${value}-12-31` } : null;
}

/** Days between two ISO days (b − a). */
export function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS;
}

/** True when two intervals share a day (open ends reach everything). */
export function overlaps(a: DatedValue, b: DatedValue): boolean {
  return (a.start ?? '') <= (b.end ?? '\uffff') && (b.start ?? '') <= (a.end ?? '\uffff');
}

/** Days an interval spans (open intervals are the widest). */
function width(d: DatedValue): number {
  return d.start && d.end ? daysBetween(d.start, d.end) : Number.MAX_SAFE_INTEGER;
}

/** The publication day of an article, if known. */
export function publicationDay(item: AnalyzedArticle): string | undefined {
  return /^\d{4}-\d{2}-\d{2}/.exec(item.article.publishedAt ?? '')?.[0];
}

// ─── what the analysis gives per sentence ─────────────────────────────────

/** A resolved date expression of an article. */
export interface FoundValue extends Span {
  value: string;
}

/** Each analysis's dates, worked out once: the timeline and what's next ask for them per sentence and per claim. */
const datesOfAnalysis = new WeakMap<AnalyzedArticle['analysis'], readonly FoundValue[]>();

/** Every resolved date expression of an article, once each, in text order (shared: do not modify). */
export function articleDates(item: AnalyzedArticle): readonly FoundValue[] {
  const known = datesOfAnalysis.get(item.analysis);
  if (known) return known;
  const seen = new Map<number, FoundValue>();
  for (const c of item.analysis.claims) {
    for (const v of c.values) if (v.kind === 'date' && v.value !== undefined) seen.set(v.span.start, { ...v.span, value: v.value });
  }
  const dates = [...seen.values()].sort((a, b) => a.start - b.start);
  datesOfAnalysis.set(item.analysis, dates);
  return dates;
}

/** The first index of `sorted` (by start) whose start is at or past `at`. */
function firstStartingAt<T extends Span>(sorted: readonly T[], at: number): number {
  return firstIndex(sorted.length, (i) => (sorted[i]?.start ?? Infinity) >= at);
}

/** Dates inside a span (`dates` in text order, as {@link articleDates} gives them): a binary search, not a scan. */
export function datesIn(dates: readonly FoundValue[], span: Span): FoundValue[] {
  const out: FoundValue[] = [];
  for (let i = firstStartingAt(dates, span.start); i < dates.length; i++) {
    const d = dates[i] as FoundValue;
    if (d.start >= span.end) break;
    if (d.end <= span.end) out.push(d);
  }
  return out;
}

/** Each actor list's actors by name and alias (the first actor in list order for each), built once. */
const actorsByName = new WeakMap<readonly Actor[], Map<string, Actor>>();

/** The first actor whose name or an alias is `name`, through a map built once per actor list. */
function actorNamed(actors: readonly Actor[], name: string): Actor | undefined {
  let byName = actorsByName.get(actors);
  if (!byName) {
    byName = new Map();
    for (const a of actors) {
      for (const n of [a.name, ...a.aliases]) if (!byName.has(n)) byName.set(n, a);
    }
    actorsByName.set(actors, byName);
  }
  return byName.get(name);
}

/** Each analysis's entities by key (the first of each), and its person mentions by start, built once. */
const entitiesByKey = new WeakMap<AnalyzedArticle['analysis'], Map<string, Entity>>();
const personMentions = new WeakMap<AnalyzedArticle['analysis'], SpanIndex<Mention>>();

/** Canonical actor of an entity of an article: the story actor that spells it the same. */
export function actorOf(actors: Actor[], item: AnalyzedArticle, key: string): Actor | undefined {
  let byKey = entitiesByKey.get(item.analysis);
  if (!byKey) {
    byKey = new Map();
    for (const e of item.analysis.entities) if (!byKey.has(e.key)) byKey.set(e.key, e);
    entitiesByKey.set(item.analysis, byKey);
  }
  const entity = byKey.get(key);
  return entity ? actorNamed(actors, entity.name) : undefined;
}

/** Names of the people a span mentions (names, descriptions and resolved pronouns). */
export function peopleIn(actors: Actor[], item: AnalyzedArticle, span: Span): string[] {
  let index = personMentions.get(item.analysis);
  if (!index) {
    index = new SpanIndex(item.analysis.mentions.filter((m) => m.type === 'PERSON'));
    personMentions.set(item.analysis, index);
  }
  const names = index.overlapping(span.start, span.end)
    .filter((m) => m.start >= span.start && m.end <= span.end)
    .map((m) => actorOf(actors, item, m.entity)?.name)
    .filter((n): n is string => n !== undefined);
  return [...new Set(names)];
}

/** The government or country a place stands for (a capital and its seat of government both for their country), else the place itself. */
export function placeKey(actors: Actor[], name: string | undefined): string | undefined {
  if (!name) return undefined;
  const bare = name.replace(/^(?:the|near|in|at)\s+/i, '');
  const actor = actorNamed(actors, bare);
  return actor ? (actor.country ?? actor.id) : bare.toLowerCase();
}

/** True when the dossier found the two places compatible (one lies in or near the other). */
function compatiblePlaces(dossier: Dossier, a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  if (placeKey(dossier.actors, a) === placeKey(dossier.actors, b)) return true;
  const bare = (s: string): string => s.replace(/^(?:the|near|in|at)\s+/i, '');
  return dossier.compatible.some((c) => c.kind === 'place' &&
    [a, b].every((p) => c.sides.some((s) => bare(s.value) === bare(p))));
}

// ─── sightings: one article reporting one happening ──────────────────────

interface Sighting {
  item: AnalyzedArticle;
  span: Span;
  date?: TimelineDate;
  place?: string;
  people: string[];
}

/** The sentence holding a span, with its index. */
function sentenceAt(item: AnalyzedArticle, at: number): number {
  // Sentences are in text order and do not overlap: the last one starting at or before `at`.
  const sentences = item.analysis.sentences;
  const i = firstStartingAt(sentences, at + 1) - 1;
  const s = sentences[i];
  return s !== undefined && s.start <= at && at < s.end ? i : -1;
}

/**
 * The date a sentence gives a happening: a date inside it, else one in the
 * sentence just before or after that speaks of a meeting; "after X" starts an
 * interval that ends at publication; with no date, "by the publication date".
 */
function sightingDate(item: AnalyzedArticle, dates: readonly FoundValue[], span: Span, used: Set<string>): TimelineDate | undefined {
  const own = datesIn(dates, span);
  const index = sentenceAt(item, span.start);
  const near = [index - 1, index + 1]
    .map((i) => item.analysis.sentences[i])
    .filter((s): s is NonNullable<typeof s> => s !== undefined)
    .flatMap((s) => datesIn(dates, s).filter((d) => MEETING_BEFORE_DATE.test(item.article.text.slice(Math.max(s.start, d.start - NEAR_CHARS), d.start))));
  const found = own[0] ?? near[0] ?? anaphoricDate(item, dates, index);
  const published = publicationDay(item);
  if (!found) {
    return published ? { value: `../${published}`, end: published, articleIds: [item.article.id], citations: [cite(item, span)] } : undefined;
  }
  used.add(`${item.article.id}@${found.start}`);
  const after = found === own[0] && AFTER_BEFORE_DATE.test(item.article.text.slice(Math.max(0, found.start - 60), found.start));
  const value = after && published ? `${found.value}/${published}` : found.value;
  const range = dayRange(value);
  return range ? { ...range, articleIds: [item.article.id], citations: [cite(item, found)] } : undefined;
}

/** "The discussions began late on Tuesday": a later sentence that speaks of the same meeting by a definite noun. */
const ANAPHOR = /^(?:The|These|Those)\s+(?:talks|discussions|meeting|negotiations|dialogue)\b/u;
/** Sentences after an event's mention that may still speak of it that way. */
const ANAPHOR_WINDOW = 3;

function anaphoricDate(item: AnalyzedArticle, dates: readonly FoundValue[], index: number): FoundValue | undefined {
  for (let i = index + 1; i <= index + ANAPHOR_WINDOW; i++) {
    const s = item.analysis.sentences[i];
    if (s && ANAPHOR.test(item.article.text.slice(s.start, s.end))) return datesIn(dates, s)[0];
  }
  return undefined;
}

const cite = (item: AnalyzedArticle, span: Span): Citation => ({ articleId: item.article.id, start: span.start, end: span.end });

/** True when the span lies in one of the announcements. */
function announced(announcements: Announcement[], item: AnalyzedArticle, span: Span): boolean {
  return announcements.some((a) => a.articleId === item.article.id && a.span.start <= span.start && span.end <= a.span.end + 1);
}

// ─── entries ─────────────────────────────────────────────────────────────

interface Draft {
  label: string;
  place?: string;
  sightings: Sighting[];
  announced?: Announcement[];
}

/** Events reported as having happened, merged when places are compatible and dates overlap. */
function eventDrafts(events: StoryEvent[], items: Map<string, AnalyzedArticle>, dossier: Dossier, announcements: Announcement[], used: Set<string>): Draft[] {
  const drafts: Draft[] = [];
  for (const event of events) {
    const sightings: Sighting[] = [];
    for (const c of event.citations) {
      const item = items.get(c.articleId);
      if (!item || announced(announcements, item, c)) continue;
      const date = sightingDate(item, articleDates(item), c, used);
      sightings.push({ item, span: c, people: peopleIn(dossier.actors, item, c), ...(date ? { date } : {}), ...(event.place ? { place: event.place } : {}) });
    }
    if (sightings.length === 0) continue;
    const draft: Draft = { label: event.label.replace(/, \d{4}-[\dW-]+$/, ''), sightings, ...(event.place ? { place: event.place } : {}) };
    const same = drafts.find((d) => compatiblePlaces(dossier, d.place, draft.place) && datesOverlap(d, draft));
    if (same) for (const x of sightings) same.sightings.push(x);
    else drafts.push(draft);
  }
  return drafts;
}

function preciseDates(d: Draft): DatedValue[] {
  return d.sightings.flatMap((s) => (s.date && s.date.start ? [s.date] : []));
}

function datesOverlap(a: Draft, b: Draft): boolean {
  const da = preciseDates(a);
  const db = preciseDates(b);
  return da.length === 0 || db.length === 0 || da.some((x) => db.some((y) => overlaps(x, y)));
}

/** Trips an article reports done ("traveled to X after …"): they join the event at their destination or stand alone. */
function addTrips(drafts: Draft[], items: AnalyzedArticle[], dossier: Dossier, announcements: Announcement[], used: Set<string>): void {
  for (const item of items) {
    for (const claim of item.analysis.claims) {
      const place = claim.values.find((v) => v.kind === 'place');
      if (!TRIP_PREDICATES.has(claim.predicate) || !place || place.kind !== 'place' || announced(announcements, item, claim)) continue;
      const where = actorOf(dossier.actors, item, place.entity)?.name;
      const date = sightingDate(item, articleDates(item), claim, used);
      const sighting: Sighting = { item, span: { start: claim.start, end: claim.end }, people: peopleIn(dossier.actors, item, claim), ...(date ? { date } : {}), ...(where ? { place: where } : {}) };
      const joined = drafts.find((d) => placeKey(dossier.actors, d.place) === placeKey(dossier.actors, where) &&
        d.sightings.some((s) => s.people.some((p) => sighting.people.includes(p))));
      if (joined) joined.sightings.push(sighting);
      else drafts.push({ label: `trip to ${where ?? 'a place'}`, sightings: [sighting], ...(where ? { place: where } : {}) });
    }
  }
}

/** An announcement group is done when a later article reports an event at the same place with one of its people. */
function fulfil(drafts: Draft[], groups: Announcement[][], dossier: Dossier): Set<Announcement[]> {
  const done = new Set<Announcement[]>();
  for (const group of groups) {
    const first = group.map((a) => a.published ?? '').sort()[0] ?? '';
    const key = placeKey(dossier.actors, group.find((a) => a.place)?.place);
    const people = new Set(group.flatMap((a) => a.people));
    const match = drafts.find((d) => d.sightings.some((s) =>
      (publicationDay(s.item) ?? '') > first && key !== undefined &&
      (placeKey(dossier.actors, s.place) === key || placeKey(dossier.actors, d.place) === key) &&
      (people.size === 0 || s.people.some((p) => people.has(p)))));
    if (match) {
      match.announced = [...(match.announced ?? []), ...group];
      done.add(group);
    }
  }
  return done;
}

/** The clause of a sentence that holds a date: what the dated fact says. */
function clauseLabel(text: string, sentence: Span, date: Span): string {
  const before = text.slice(sentence.start, date.start);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_START)) start = m.index + m[0].length;
  const after = text.slice(date.end, sentence.end);
  const stop = after.search(CLAUSE_END);
  let clause = (before.slice(start) + text.slice(date.start, date.end) + (stop < 0 ? after : after.slice(0, stop))).trim();
  // A relative clause ("which was made public last month") names its thing just before it: take that phrase too.
  if (/^(?:which|who|that)\b/iu.test(clause)) {
    const lead = before.slice(0, start).replace(/[,;:—\s]+$/u, '');
    const thing = lead.split(/\s+/).slice(-RELATIVE_LEAD_WORDS).join(' ').replace(/^.*\b(?:is|are|was|were|of|on|in|at)\s+/iu, '');
    clause = `${thing}, ${clause}`;
  }
  // A clause that is only the date ("Since 2022,") says nothing: take the sentence.
  if (clause.split(/\s+/).length <= 3) clause = text.slice(sentence.start, sentence.end).trim();
  const words = clause.split(/\s+/);
  return words.length > MAX_LABEL_WORDS ? `${words.slice(0, MAX_LABEL_WORDS).join(' ')} …` : clause.replace(/[.,;:]+$/, '');
}

/** Dated facts of claims no event used: background history and dated statements. */
function datedFacts(items: AnalyzedArticle[], announcements: Announcement[], used: Set<string>): Draft[] {
  const byValue = new Map<string, Draft>();
  for (const item of items) {
    const published = publicationDay(item);
    for (const d of articleDates(item)) {
      const sentence = item.analysis.sentences[sentenceAt(item, d.start)];
      const isWhen = announcements.some((a) => a.articleId === item.article.id && a.when?.span?.start === d.start);
      if (!sentence || used.has(`${item.article.id}@${d.start}`) || isWhen) continue;
      const range = dayRange(d.value);
      if (!range || (published && range.start && range.start > published)) continue;
      const sighting: Sighting = { item, span: sentence, people: [], date: { ...range, articleIds: [item.article.id], citations: [cite(item, d)] } };
      const draft = byValue.get(d.value);
      if (draft) draft.sightings.push(sighting);
      else byValue.set(d.value, { label: clauseLabel(item.article.text, sentence, d), sightings: [sighting] });
    }
  }
  return [...byValue.values()];
}

/** Background drafts one inside the other ("since 2022" and "February 2022") are one entry, labelled by the more precise. */
function mergeNested(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  const sorted = [...drafts].sort((a, b) => width(firstDate(a)) - width(firstDate(b)));
  for (const d of sorted) {
    const range = firstDate(d);
    const host = out.find((o) => { const r = firstDate(o); return (range.start ?? '') <= (r.start ?? '') && (r.end ?? '') <= (range.end ?? ''); });
    if (host) for (const x of d.sightings) host.sightings.push(x);
    else out.push(d);
  }
  return out;
}

function firstDate(d: Draft): DatedValue {
  return d.sightings[0]?.date ?? { value: '..' };
}

/** The distinct dates of a draft, most precise first; "by publication" only when nothing is dated. */
function entryDates(d: Draft): TimelineDate[] {
  const byValue = new Map<string, TimelineDate>();
  for (const s of d.sightings) {
    if (!s.date) continue;
    const known = byValue.get(s.date.value);
    if (known) {
      known.articleIds = [...new Set([...known.articleIds, ...s.date.articleIds])];
      for (const c of s.date.citations) known.citations.push(c);
    } else byValue.set(s.date.value, { ...s.date, articleIds: [...s.date.articleIds], citations: [...s.date.citations] });
  }
  const all = [...byValue.values()].sort((a, b) => width(a) - width(b) || (a.start ?? '').localeCompare(b.start ?? ''));
  const dated = all.filter((x) => x.start !== undefined);
  if (dated.length === 0) return all.slice(0, 1);
  // A date that only bounds a precise one ("by 30 November") adds nothing; dates that disagree all stay.
  return dated.filter((x, i) => i === 0 || !dated.slice(0, i).some((p) => (x.start ?? '') <= (p.start ?? '') && (p.end ?? '') <= (x.end ?? '')) || !overlaps(x, dated[0]!));
}

/** A stable id from the entry's first citation. */
function entryId(prefix: string, citations: Citation[], label: string): string {
  const c = citations[0];
  return `${prefix}-${c ? `${c.articleId}-${c.start}` : label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`;
}

function toEntry(d: Draft, earliest: string | undefined, dossier: Dossier): TimelineEntry {
  const dates = entryDates(d);
  const citations = d.sightings.map((s) => cite(s.item, s.span));
  const end = dates[0]?.end;
  const background = earliest !== undefined && end !== undefined && daysBetween(end, earliest) > BACKGROUND_DAYS;
  const people = [...new Set([...d.sightings.flatMap((s) => s.people), ...(d.announced ?? []).flatMap((a) => a.people)])];
  const entry: TimelineEntry = {
    id: entryId('t', citations, d.label),
    label: d.label,
    dates,
    ...(d.place ? { place: d.place } : {}),
    actors: people.filter((p) => dossier.actors.some((a) => a.name === p)),
    background,
    articleIds: [...new Set(d.sightings.map((s) => s.item.article.id))].sort(),
    citations,
  };
  if (d.announced?.length) {
    entry.announced = {
      articleIds: [...new Set(d.announced.map((a) => a.articleId))].sort(),
      citations: d.announced.map((a) => ({ articleId: a.articleId, start: a.span.start, end: a.span.end })),
    };
  }
  return entry;
}

function byDate(a: TimelineEntry, b: TimelineEntry): number {
  const da = a.dates[0];
  const db = b.dates[0];
  const key = (d: TimelineDate | undefined): string => d?.start ?? d?.end ?? '\uffff';
  return key(da).localeCompare(key(db)) || (da?.end ?? '').localeCompare(db?.end ?? '') || a.id.localeCompare(b.id);
}

/**
 * The story's timeline, oldest first. `groups` are the announcements grouped
 * by happening (from `groupAnnouncements`); it returns the groups a later
 * article reports done, which the timeline now holds.
 *
 * @example
 * const { timeline, fulfilled } = buildTimeline(story.events, items, dossier, groups);
 * timeline.map((e) => `${e.dates[0]?.value} ${e.label}`); // ['2014 …', '2026-03-08 meeting in Rotterdam', '2026-03-10 talks in The Hague']
 */
export function buildTimeline(
  events: StoryEvent[],
  items: AnalyzedArticle[],
  dossier: Dossier,
  groups: Announcement[][],
): { timeline: TimelineEntry[]; fulfilled: Set<Announcement[]> } {
  const byId = new Map(items.map((i) => [i.article.id, i]));
  const announcements = groups.flat();
  const used = new Set<string>();
  const days = items.map(publicationDay).filter((d): d is string => d !== undefined).sort();
  const earliest = days[0];
  const latest = days[days.length - 1];
  // An event dated after the newest article cannot have been reported as done: it stays an announcement.
  const happened = (d: Draft): boolean => latest === undefined || (firstDate(d).start ?? firstDate(d).value) <= latest;
  const found = eventDrafts(events, byId, dossier, announcements, used);
  addTrips(found, items, dossier, announcements, used);
  const drafts = found.filter(happened);
  const fulfilled = fulfil(drafts, groups, dossier);
  const facts = datedFacts(items, announcements, used).filter(happened);
  const isBackground = (d: Draft): boolean => {
    const end = firstDate(d).end;
    return earliest !== undefined && end !== undefined && daysBetween(end, earliest) > BACKGROUND_DAYS;
  };
  const all = [...drafts, ...mergeNested(facts.filter(isBackground)), ...facts.filter((d) => !isBackground(d))];
  return { timeline: all.map((d) => toEntry(d, earliest, dossier)).sort(byDate), fulfilled };
}
