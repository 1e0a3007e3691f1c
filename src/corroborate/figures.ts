/**
 * Number conflicts and compatible figures (step 5b): figures are compared only
 * when they measure one thing about one incident at about one time.
 *
 * 1. Each figure gets its measure key (`Thing.key` from `measures.ts`: "dead",
 *    "side booster", "kilometre: altitude"); a figure without one (a bare number,
 *    a unit with nothing it measures) and a vague one ("hundreds") is left out.
 * 2. Its incident: a figure whose sentence names an earlier period ("last week",
 *    "earlier this month", "in 1991", a day more than a few days before the
 *    article) belongs to that background incident, not to the story's own, and
 *    is neither compared with the story's figures nor reported.
 * 3. Its time: figures are compared only within a run of articles published a
 *    few days apart, so the altitude of one launch is never set against the
 *    altitude of a launch three weeks later.
 * 4. An article that gives two values of one key that cannot both hold states
 *    two things under one key (a list, another incident): its figures of the key
 *    are left out rather than guessed between.
 * 5. Two figures of different articles disagree when their intervals do not
 *    overlap, each pair read on its own, without chaining: "at least 50" never
 *    makes 50 and 59 compatible, and two different exact values never are.
 *    A disagreement whose higher values all come later is
 *    `superseded` (a rising count), any other a `conflict`; both give the dates.
 *    A group without a disagreement whose outlets write different intervals is
 *    one compatible entry.
 */
import type { AnalyzedArticle, Compatibility, Conflict, ConflictSide, DateValue } from '../types.js';
import type { ClaimRecord, FactDraft } from './03-facts.js';
import { dedupeCitations } from './01-actors.js';
import { compareStrings, wordTokens } from './text.js';
import { canonicalWord } from './measures.js';

/** Figures of one key published more than this many days after the previous one start a new run (another launch, a later phase). */
export const FIGURE_WINDOW_DAYS = 3;
/** A day named in a figure's sentence more than this many days before the article makes the figure background. */
export const BACKGROUND_DAYS = 3;

const DAY_MS = 86_400_000;

/** One figure as compared: its record, its key and label, incident, day and comparison interval. */
interface Figure {
  record: ClaimRecord;
  key: string;
  label: string;
  incident: string;
  /** Publication day in ms since the epoch (NaN when unknown). */
  day: number;
  low: number;
  high: number;
  written: string;
}

/** What step 5b finds. */
export interface FigureReport {
  conflicts: Conflict[];
  compatible: Compatibility[];
}

/**
 * Number conflicts and compatible figures of a story's figure records.
 *
 * @example
 * figureReport(items, facts).conflicts[0]?.subject // "Dead"
 */
export function figureReport(items: AnalyzedArticle[], facts: FactDraft[]): FigureReport {
  const texts = new Map(items.map((i) => [i.article.id, i.article.text]));
  const dates = sentenceDates(items);
  const figures: Figure[] = [];
  const seen = new Set<string>();
  for (const record of facts.flatMap((f) => f.claims)) {
    const figure = figureOf(record, texts, dates);
    const id = `${record.articleId}:${record.figure?.quantity.span.start ?? -1}`;
    if (figure && !seen.has(id)) {
      seen.add(id);
      figures.push(figure);
    }
  }
  const report: FigureReport = { conflicts: [], compatible: [] };
  // A measure that moved or is disputed in one run of days is reported by that disagreement; its
  // values agreeing in another run ("59" and "at least 59" a day later) would read as settled.
  const disputed = new Set<string>();
  const agreeing: { key: string; entry: Compatibility }[] = [];
  for (const group of groups(figures)) {
    // Background figures (an earlier attack) are compared with each other only to keep them
    // apart from the story's own; the dossier reports the story's differences.
    if (group[0]?.incident !== '') continue;
    const consistent = withoutSelfContradiction(group);
    if (new Set(consistent.map((f) => f.record.articleId)).size < 2) continue;
    const key = consistent[0]?.key ?? '';
    const conflict = disagreement(consistent);
    if (conflict) {
      report.conflicts.push(conflict);
      disputed.add(key);
    } else {
      const entry = compatibleEntry(consistent);
      if (entry) agreeing.push({ key, entry });
    }
  }
  report.compatible = agreeing.filter(({ key }) => !disputed.has(key)).map(({ entry }) => entry);
  return report;
}

/** The resolved dates of every sentence, by article and sentence index (from the claims' date values). */
function sentenceDates(items: AnalyzedArticle[]): Map<string, DateValue[]> {
  const out = new Map<string, DateValue[]>();
  for (const { article, analysis } of items) {
    for (const claim of analysis.claims) {
      for (const v of claim.values) {
        if (v.kind !== 'date' || v.value === undefined) continue;
        const key = `${article.id}\u0000${claim.sentence}`;
        const list = out.get(key);
        if (list) list.push(v);
        else out.set(key, [v]);
      }
    }
  }
  return out;
}

function figureOf(record: ClaimRecord, texts: Map<string, string>, dates: Map<string, DateValue[]>): Figure | null {
  const fig = record.figure;
  if (!fig || fig.thing.key === undefined) return null;
  const q = fig.quantity;
  // "hundreds", "dozens": no figure to hold an outlet to.
  if (q.qualifier === undefined && q.low !== q.high) return null;
  const day = Date.parse(record.publishedAt?.slice(0, 10) ?? '');
  const text = texts.get(record.articleId) ?? '';
  const owner = fig.thing.ofSubject ? subjectHead(text, record) : '';
  const key = owner === '' ? fig.thing.key : `${fig.thing.key} of ${owner}`;
  return {
    record,
    key,
    label: fig.thing.label ?? fig.thing.key,
    incident: incidentOf(dates.get(`${record.articleId}\u0000${record.claim.sentence}`) ?? [], day),
    day,
    low: q.low,
    high: q.high,
    written: text.slice(q.span.start, q.span.end).replace(/\s+/g, ' ').trim(),
  };
}

/**
 * The head of the clause's subject, for a figure that is a property of it ("The missile flew
 * 3,700 km" → missile; "Two of them traveled" → them; "The N1 rocket had 30 engines" → rocket):
 * the last word before any "of" or comma, lemmatised. A named subject ("Germany has 850
 * soldiers") is the story's own actor and adds nothing: "" then, as without a subject.
 */
function subjectHead(text: string, record: ClaimRecord): string {
  const span = record.claim.subjectSpan;
  if (!span) return '?';
  const phrase = text.slice(span.start, span.end).split(/\s+of\s+|,/)[0] ?? '';
  const words = wordTokens(phrase);
  const last = words[words.length - 1]?.text;
  if (last === undefined) return '?';
  return /^\p{Lu}/u.test(last) ? '' : canonicalWord(last);
}

/**
 * The incident a figure's sentence places it in: "" for the story's own, else the earlier
 * period it names ("2016-11", "1991") — a week, month or year ("last week", "earlier this
 * month", "in October 1991"), or a day more than {@link BACKGROUND_DAYS} before the article.
 */
function incidentOf(dates: readonly DateValue[], published: number): string {
  for (const d of dates) {
    const value = d.value ?? '';
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const at = Date.parse(value);
      if (!Number.isNaN(published) && published - at > BACKGROUND_DAYS * DAY_MS) return value.slice(0, 7);
      continue;
    }
    const week = /^(\d{4})-W(\d{2})$/.exec(value);
    if (week) return monthOfWeek(Number(week[1]), Number(week[2]));
    if (/^\d{4}(?:-\d{2})?$/.test(value)) return value;
  }
  return '';
}

/** The month ("2016-11") holding the Thursday of an ISO week. */
function monthOfWeek(year: number, week: number): string {
  const jan4 = Date.UTC(year, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (week - 1) * 7 * DAY_MS;
  return new Date(monday + 3 * DAY_MS).toISOString().slice(0, 7);
}

/** Figures of one key and incident, cut into runs of articles published at most {@link FIGURE_WINDOW_DAYS} apart. */
function groups(figures: readonly Figure[]): Figure[][] {
  const byKey = new Map<string, Figure[]>();
  for (const f of figures) {
    const id = `${f.key}\u0000${f.incident}`;
    const list = byKey.get(id);
    if (list) list.push(f);
    else byKey.set(id, [f]);
  }
  const out: Figure[][] = [];
  for (const list of byKey.values()) {
    // A figure of an undated article may be of any time: it is compared within every run.
    const undated = list.filter((f) => Number.isNaN(f.day));
    const sorted = list.filter((f) => !Number.isNaN(f.day)).sort((a, b) => a.day - b.day || compareStrings(a.record.node, b.record.node));
    const runs: Figure[][] = [];
    let run: Figure[] = [];
    for (const f of sorted) {
      const previous = run[run.length - 1];
      if (previous && f.day - previous.day > FIGURE_WINDOW_DAYS * DAY_MS) {
        runs.push(run);
        run = [];
      }
      run.push(f);
    }
    if (run.length > 0) runs.push(run);
    if (runs.length === 0) runs.push([]);
    for (const r of runs) out.push([...r, ...undated]);
  }
  return out;
}

/** The group without the figures of articles that give two values of the key that cannot both hold. */
function withoutSelfContradiction(group: readonly Figure[]): Figure[] {
  const bounds = new Map<string, { minHigh: number; maxLow: number }>();
  for (const f of group) {
    const b = bounds.get(f.record.articleId) ?? { minHigh: Infinity, maxLow: -Infinity };
    bounds.set(f.record.articleId, { minHigh: Math.min(b.minHigh, f.high), maxLow: Math.max(b.maxLow, f.low) });
  }
  return group.filter((f) => {
    const b = bounds.get(f.record.articleId);
    return b !== undefined && !(b.minHigh < b.maxLow);
  });
}

/** Whether two figures of different articles in the group cannot both hold (linear: per-article bounds, the two best of each). */
function hasDisagreement(group: readonly Figure[]): boolean {
  const byArticle = new Map<string, { minHigh: number; maxLow: number }>();
  for (const f of group) {
    const b = byArticle.get(f.record.articleId) ?? { minHigh: Infinity, maxLow: -Infinity };
    byArticle.set(f.record.articleId, { minHigh: Math.min(b.minHigh, f.high), maxLow: Math.max(b.maxLow, f.low) });
  }
  const entries = [...byArticle.entries()];
  const lows = [...entries].sort((a, b) => a[1].minHigh - b[1].minHigh).slice(0, 2);
  const highs = [...entries].sort((a, b) => b[1].maxLow - a[1].maxLow).slice(0, 2);
  return lows.some(([ida, a]) => highs.some(([idb, b]) => ida !== idb && a.minHigh < b.maxLow));
}

const byValue = (a: Figure, b: Figure): number => a.low - b.low || a.high - b.high || compareStrings(a.record.node, b.record.node);

/** Sides of a compatible entry: one per interval, lowest first, each with its figures' spans. */
function sidesOf(group: readonly Figure[]): { figures: Figure[]; side: ConflictSide }[] {
  const byInterval = new Map<string, Figure[]>();
  for (const f of [...group].sort(byValue)) {
    const id = `${f.low}:${f.high}`;
    const list = byInterval.get(id);
    if (list) list.push(f);
    else byInterval.set(id, [f]);
  }
  return sided([...byInterval.values()]);
}

/**
 * Sides of a conflict, lowest first: each figure joins the first side whose every figure it
 * overlaps (a side is values that can all hold together, never a chain), else opens a new one.
 * So "four dead bodies" and "at least four civilians" stand on one side, and an outlet
 * consistent with itself on one side only. The sides compared are few (a story's values of one
 * thing), and each figure is checked against a side's lowest upper bound and highest lower bound.
 */
function conflictSides(group: readonly Figure[]): { figures: Figure[]; side: ConflictSide }[] {
  const sides: { figures: Figure[]; maxLow: number; minHigh: number }[] = [];
  for (const f of [...group].sort(byValue)) {
    const side = sides.find((x) => f.low <= x.minHigh && x.maxLow <= f.high);
    if (side) {
      side.figures.push(f);
      side.maxLow = Math.max(side.maxLow, f.low);
      side.minHigh = Math.min(side.minHigh, f.high);
    } else sides.push({ figures: [f], maxLow: f.low, minHigh: f.high });
  }
  return sided(sides.map((x) => x.figures));
}

function sided(groups: Figure[][]): { figures: Figure[]; side: ConflictSide }[] {
  return groups.map((figures) => {
    const citations = dedupeCitations(figures.map((f) => ({ articleId: f.record.articleId, start: f.record.figure?.quantity.span.start ?? 0, end: f.record.figure?.quantity.span.end ?? 0 })));
    return { figures, side: { value: [...new Set(figures.map((f) => f.written))].join(' / '), citations } };
  });
}

/** The subject of a group: the label most of its figures carry ("Dead"). */
function subjectOf(group: readonly Figure[]): string {
  const counts = new Map<string, number>();
  for (const f of group) counts.set(f.label, (counts.get(f.label) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]?.[0] ?? '';
}

const isoDay = (day: number): string => (Number.isNaN(day) ? 'undated' : new Date(day).toISOString().slice(0, 10));

function datesOf(figures: readonly Figure[]): string {
  return [...new Set(figures.map((f) => isoDay(f.day)))].sort(compareStrings).join(', ');
}

/**
 * True when every pair of figures that cannot both hold has the higher value published
 * later: the count rose over time. Linear after a sort: the figures entirely below a figure
 * are a prefix of the figures sorted by their upper bound.
 */
function rose(group: readonly Figure[]): boolean {
  if (group.some((f) => Number.isNaN(f.day))) return false;
  const byHigh = [...group].sort((a, b) => a.high - b.high);
  const byLow = [...group].sort((a, b) => a.low - b.low);
  let k = 0;
  let latestBelow = -Infinity;
  for (const f of byLow) {
    while (k < byHigh.length && (byHigh[k] as Figure).high < f.low) latestBelow = Math.max(latestBelow, (byHigh[k++] as Figure).day);
    if (latestBelow >= f.day) return false;
  }
  return true;
}

function disagreement(group: readonly Figure[]): Conflict | null {
  if (!hasDisagreement(group)) return null;
  const sides = conflictSides(group);
  const superseded = rose(group);
  const described = sides.map((s) => `"${s.side.value}" (${datesOf(s.figures)})`);
  const ordered = superseded ? [...sides].reverse() : sides;
  return {
    id: '',
    kind: 'number',
    subject: subjectOf(group),
    status: superseded ? 'superseded' : 'conflict',
    sides: ordered.map((s) => s.side),
    reason: superseded
      ? `The count rose over time: ${described.join(' → ')}; the latest report supersedes the earlier.`
      : `Outlets give values that cannot both hold at the same time: ${described.join(' vs ')}.`,
  };
}

function compatibleEntry(group: readonly Figure[]): Compatibility | null {
  const sides = sidesOf(group);
  if (sides.length < 2) return null;
  const range = (fs: readonly Figure[]): string => {
    const low = Math.min(...fs.map((f) => f.low));
    const high = Math.max(...fs.map((f) => f.high));
    return `[${Number(low.toPrecision(12))}, ${high === Infinity ? '∞' : Number(high.toPrecision(12))}]`;
  };
  return {
    kind: 'number',
    subject: subjectOf(group),
    sides: sides.map((s) => s.side),
    reason: `The intervals overlap: ${sides.map((s) => `"${s.side.value}" ${range(s.figures)}`).join(', ')}.`,
  };
}
