/**
 * Step 3: events inside a story. A sentence that reports a meeting ("talks",
 * "met", "summit", …) close to a place it names as the venue ("in X", "at the
 * X", "near X", "the X meeting", "to X for talks") is a sighting of an event at
 * that place. Sightings are grouped across articles by place (places named in
 * one phrase, "in A, B", are one place) and split when their day-precise dates
 * lie apart (a month or a year joins the part it contains); each event carries
 * the date most of its articles give it.
 */
import type { AnalyzedArticle, Citation, EntityType, Mention, StoryEvent } from '../types.js';
import { dateMs, isBodyBlock, normaliseName, shortId, words } from './00-text.js';
import { append } from '../text/arrays.js';

/**
 * Tuning of the event step (part of `ClusterOptions`).
 *
 * @example
 * findEvents(storyId, items, { ...DEFAULT_CLUSTER_OPTIONS, maxCueDistance: 4 });
 */
export interface EventOptions {
  /** Most words between a meeting word and its venue for the venue to belong to that meeting. */
  maxCueDistance: number;
  /** Sightings of one place whose dates lie further apart than this many days are different events. */
  dateGapDays: number;
}

/** Meeting words, each with the noun used in event labels. */
const MEETING_CUES: ReadonlyMap<string, string> = new Map([
  ...['talks', 'talk', 'dialogue', 'consultations'].map((w): [string, string] => [w, 'talks']),
  ...['meeting', 'meetings', 'met', 'meet', 'meets', 'convened'].map((w): [string, string] => [w, 'meeting']),
  ...['negotiations', 'negotiation', 'negotiated'].map((w): [string, string] => [w, 'negotiations']),
  ...['discussions', 'discussion', 'discussed'].map((w): [string, string] => [w, 'discussions']),
  ...['summit', 'summits'].map((w): [string, string] => [w, 'summit']),
  ...['visit', 'visits', 'visited'].map((w): [string, string] => [w, 'visit']),
  ...['conference', 'conferences'].map((w): [string, string] => [w, 'conference']),
]);

const CUE_NOUNS = 'talks|meeting|meetings|negotiations|discussions|summit|visit|conference|dialogue|consultations';
/** A place introduced as where something happens. */
const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|inside)\s+(?:the\s+)?$/i;
/** "talks about farming in X": the place belongs to the topic, not to the meeting. */
const TOPIC_WORDS = /\b(?:about|regarding|concerning)\b/i;
/** A venue written with its article: "in the X". */
const DEFINITE_BEFORE = /\b(?:in|at|near|outside|inside)\s+the\s+$/i;
/** An organisation only counts as a venue as "in the X" / "at the X" (a building or seat: "talks at the ministry"). */
const ORG_LOCATIVE_BEFORE = /\b(?:in|at)\s+the\s+$/i;
/** "the X meeting": the place names the meeting. */
const MODIFIER_AFTER = new RegExp(`^\\s+(?:${CUE_NOUNS})\\b`, 'i');
/** "to X for talks": a trip whose purpose is the meeting. */
const TRAVEL_AFTER = new RegExp(`^[^.;:!?]{0,60}?\\bfor\\b[^.;:!?]{0,40}?\\b(?:${CUE_NOUNS})\\b`, 'i');
/** Places named in one phrase: "A, B" or "A in B". */
const PHRASE_JOIN = /^(?:\s*,\s*|\s+in\s+)$/;

const PLACE_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['GPE', 'LOC']);

interface Sighting {
  articleId: string;
  start: number;
  end: number;
  /** Normalised place names in the venue phrase, with their display names. */
  places: { key: string; name: string }[];
  noun: string;
  date?: string;
}

/**
 * The events of one story, largest first.
 *
 * @example
 * findEvents('s-1a2b', items, DEFAULT_CLUSTER_OPTIONS);
 * // [{ id: 'e-…', label: 'talks in Velmora', articleIds: ['a', 'b'], citations: […], place: 'Velmora' }]
 */
export function findEvents(storyId: string, items: AnalyzedArticle[], options: EventOptions): StoryEvent[] {
  const sightings = items.flatMap((item) => sightingsOf(item, options.maxCueDistance));
  const groups = groupByPlace(sightings);
  const events: StoryEvent[] = [];
  for (const [root, group] of groups) {
    for (const part of splitByDate(group, options.dateGapDays)) events.push(toEvent(storyId, root, part));
  }
  return events.sort(
    (a, b) => b.articleIds.length - a.articleIds.length || b.citations.length - a.citations.length || compare(a.id, b.id),
  );
}

function sightingsOf(item: AnalyzedArticle, maxDistance: number): Sighting[] {
  const { article, analysis } = item;
  const names = new Map(analysis.entities.map((e) => [e.key, e.name]));
  const out: Sighting[] = [];
  analysis.sentences.forEach((sentence, index) => {
    if (!isBodyBlock(article, sentence.block)) return;
    const tokens = tokenize(article.text, sentence.start, sentence.end);
    const cues = tokens.filter((t) => MEETING_CUES.has(t.word));
    if (cues.length === 0) return;
    const mentions = analysis.mentions.filter(
      (m) => m.form === 'name' && m.start >= sentence.start && m.end <= sentence.end,
    );
    const date = sentenceDate(item, index);
    const used = new Set<Mention>();
    for (const m of mentions) {
      if (used.has(m)) continue;
      const cue = nearestCue(article.text, m, cues, maxDistance);
      if (cue === undefined || !isVenue(article.text, m, sentence.end)) continue;
      const phrase = phraseFrom(article.text, m, mentions);
      for (const p of phrase) used.add(p);
      out.push({
        articleId: article.id,
        start: sentence.start,
        end: sentence.end,
        places: phrase.map((p, i) => placeOf(article.text, p, names, i === 0)),
        noun: MEETING_CUES.get(cue.word) ?? 'talks',
        ...(date === undefined ? {} : { date }),
      });
    }
  });
  return out;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  for (const m of text.slice(start, end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    out.push({ word: words(m[0]).join(''), start: start + m.index, end: start + m.index + m[0].length });
  }
  return out;
}

/** The meeting word nearest to the mention within `max` words on either side. */
function nearestCue(text: string, m: Mention, cues: Token[], max: number): Token | undefined {
  let best: Token | undefined;
  let bestDistance = Infinity;
  for (const cue of cues) {
    const gap = cue.end <= m.start ? text.slice(cue.end, m.start) : m.end <= cue.start ? text.slice(m.end, cue.start) : null;
    if (gap === null || TOPIC_WORDS.test(gap)) continue;
    const distance = (gap.match(/[\p{L}\p{N}]+/gu) ?? []).length;
    if (distance <= max && distance < bestDistance) {
      bestDistance = distance;
      best = cue;
    }
  }
  return best;
}

function isVenue(text: string, m: Mention, sentenceEnd: number): boolean {
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  const after = text.slice(m.end, sentenceEnd);
  if (m.type === 'ORG') return ORG_LOCATIVE_BEFORE.test(before);
  if (!PLACE_TYPES.has(m.type)) return false;
  if (LOCATIVE_BEFORE.test(before)) return true;
  if (/\bthe\s+$/i.test(before) && MODIFIER_AFTER.test(after)) return true;
  return /\bto\s+$/i.test(before) && TRAVEL_AFTER.test(after);
}

/** The venue mention and the places that follow it in the same phrase ("Beach Town, Region"). */
function phraseFrom(text: string, first: Mention, mentions: Mention[]): Mention[] {
  const phrase = [first];
  let last = first;
  for (const m of mentions) {
    if (m.start < last.end || !PLACE_TYPES.has(m.type)) continue;
    if (!PHRASE_JOIN.test(text.slice(last.end, m.start))) break;
    phrase.push(m);
    last = m;
  }
  return phrase;
}

/** The place's key and display name; a venue written "in the X" keeps its article ("the X"). */
function placeOf(text: string, m: Mention, names: Map<string, string>, head: boolean): { key: string; name: string } {
  const name = names.get(m.entity) ?? text.slice(m.start, m.end);
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  const definite = head && DEFINITE_BEFORE.test(before) && !/^the\s/i.test(name);
  return { key: normaliseName(name), name: definite ? `the ${name}` : name };
}

/** The first resolved date a claim of this sentence carries. */
function sentenceDate(item: AnalyzedArticle, sentence: number): string | undefined {
  for (const claim of item.analysis.claims) {
    if (claim.sentence !== sentence) continue;
    for (const v of claim.values) if (v.kind === 'date' && v.value !== undefined) return v.value;
  }
  return undefined;
}

/** Union-find over place keys: places named in one phrase are one place. */
function groupByPlace(sightings: Sighting[]): Map<string, Sighting[]> {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while ((parent.get(r) ?? r) !== r) r = parent.get(r) ?? r;
    parent.set(k, r);
    return r;
  };
  for (const s of sightings) {
    for (const p of s.places) if (!parent.has(p.key)) parent.set(p.key, p.key);
    const [head, ...rest] = s.places;
    for (const p of rest) {
      const a = find(head?.key ?? p.key);
      const b = find(p.key);
      // The smaller key becomes the root so the grouping does not depend on input order.
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const groups = new Map<string, Sighting[]>();
  for (const s of sightings) {
    const root = find(s.places[0]?.key ?? '');
    const group = groups.get(root);
    if (group === undefined) groups.set(root, [s]);
    else group.push(s);
  }
  return groups;
}

/**
 * Splits sightings at gaps of more than `gapDays` between their day-precise dates. A sighting dated
 * only by month or year ("in August", "in 2009") joins the largest part inside that period, else
 * forms a part of its own per period; undated ones join the largest part.
 */
function splitByDate(group: Sighting[], gapDays: number): Sighting[][] {
  const precise = (s: Sighting) => s.date !== undefined && DAY_PRECISE.test(s.date) && dateMs(s.date) !== undefined;
  const dated = group.filter(precise).sort((a, b) => (dateMs(a.date) ?? 0) - (dateMs(b.date) ?? 0));
  const parts: Sighting[][] = [];
  let previous: number | undefined;
  for (const s of dated) {
    const ms = dateMs(s.date) ?? 0;
    const current = parts[parts.length - 1];
    if (current === undefined || previous === undefined || ms - previous > gapDays * 86_400_000) parts.push([s]);
    else current.push(s);
    previous = ms;
  }
  const periods = new Map<string, Sighting[]>();
  const undated: Sighting[] = [];
  for (const s of group) {
    if (precise(s)) continue;
    const period = s.date;
    if (period === undefined || dateMs(period) === undefined) {
      undated.push(s);
      continue;
    }
    const inside = parts.filter((part) => part.some((p) => (p.date ?? '').startsWith(period)));
    const host = inside.reduce<Sighting[] | undefined>((a, b) => (a === undefined || b.length > a.length ? b : a), undefined);
    if (host !== undefined) host.push(s);
    else periods.set(period, [...(periods.get(period) ?? []), s]);
  }
  for (const period of [...periods.keys()].sort(compare)) parts.push(periods.get(period) ?? []);
  if (parts.length === 0) return [undated];
  const largest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  append(largest, undated);
  return parts;
}

/** A resolved date down to the day ("2017-09-15"), not a month or a year. */
const DAY_PRECISE = /^\d{4}-\d{2}-\d{2}/;

function toEvent(storyId: string, root: string, sightings: Sighting[]): StoryEvent {
  const place = dominant(sightings.flatMap((s) => s.places.map((p) => ({ key: p.name, weight: s.articleId }))));
  const noun = dominant(sightings.map((s) => ({ key: s.noun, weight: `${s.articleId}:${s.start}` })));
  // A day-precise date, when any sighting has one, over the month or year others give.
  const days = sightings.filter((s) => s.date !== undefined && DAY_PRECISE.test(s.date));
  const date = dominant((days.length > 0 ? days : sightings).flatMap((s) => (s.date === undefined ? [] : [{ key: s.date, weight: s.articleId }])));
  const citations = uniqueCitations(sightings);
  return {
    id: shortId('e-', `${storyId}|${root}|${date ?? ''}`),
    label: `${noun ?? 'talks'} in ${place ?? root}${date === undefined ? '' : `, ${date}`}`,
    articleIds: [...new Set(sightings.map((s) => s.articleId))].sort(compare),
    citations,
    ...(place === undefined ? {} : { place }),
    ...(date === undefined ? {} : { date }),
  };
}

/** The key seen with the most distinct weights (articles or sentences); ties go to the smaller key. */
function dominant(entries: { key: string; weight: string }[]): string | undefined {
  const support = new Map<string, Set<string>>();
  for (const e of entries) support.set(e.key, (support.get(e.key) ?? new Set()).add(e.weight));
  let best: string | undefined;
  let bestCount = 0;
  for (const [key, set] of [...support.entries()].sort((a, b) => compare(a[0], b[0]))) {
    if (set.size > bestCount) {
      best = key;
      bestCount = set.size;
    }
  }
  return best;
}

function uniqueCitations(sightings: Sighting[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const s of sightings) seen.set(`${s.articleId}\u0000${s.start}`, { articleId: s.articleId, start: s.start, end: s.end });
  return [...seen.values()].sort((a, b) => compare(a.articleId, b.articleId) || a.start - b.start);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
