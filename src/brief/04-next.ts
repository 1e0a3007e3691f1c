/**
 * Step 4: what's next. A sentence announces a happening when a future or
 * possibility cue ("will", "is scheduled to", "is expected to", "plans to",
 * "willing to") governs a meeting or trip word within a few words, or when a
 * present-tense trip ("heads to X") carries a date that is not past.
 * Announcements are grouped by place (or, without one, by the people taking
 * part); a group that no later article reports done is what's next.
 */
import type { Actor, AnalyzedArticle, Citation, DatedValue, Dossier, NextEntry, Span } from '../types.js';
import { actorOf, articleDates, dayRange, datesIn, peopleIn, placeKey, publicationDay } from './03-timeline.js';
import { phraseAlternation } from '../text/phrases.js';

/** Cues and the certainty they give, strongest first (general English). */
const CUES: readonly { certainty: NextEntry['certainty']; words: readonly string[] }[] = [
  {
    certainty: 'announced',
    words: ['will', 'shall', '’ll', "'ll", 'scheduled to', 'set to', 'due to', 'plans to', 'plan to', 'planned', 'planning to',
      'intends to', 'intend to', 'is to', 'are to', 'going to', 'preparing', 'prepares', 'announced', 'invitation to', 'agreed to'],
  },
  { certainty: 'expected', words: ['expected to', 'likely to', 'would', 'upcoming'] },
  { certainty: 'possible', words: ['could', 'may', 'might', 'willing to', 'willingness to', 'ready to', 'readiness to', 'possible', 'possibly', 'hopes to', 'offered to', 'considering'] },
];
/** Words that name a happening one can announce, with the noun used in labels. */
const HAPPENINGS: ReadonlyMap<string, string> = new Map([
  ...['meet', 'meeting', 'meets'].map((w): [string, string] => [w, 'meeting']),
  ...['travel', 'trip', 'visit', 'fly', 'journey', 'head'].map((w): [string, string] => [w, 'trip']),
  ...['talks', 'discussion', 'discussions', 'negotiations', 'summit', 'rounds'].map((w): [string, string] => [w, 'talks']),
]);
/** Words between a cue and the happening it governs ("would travel", "planned trip", "preparing additional rounds"). */
const MAX_GAP_WORDS = 3;
/** A present-tense trip, announced when its date is not past ("heads to X this week"). */
const PRESENT_TRIP = /\b(?:heads|travels|flies|goes)\s+to\b/iu;
/** Relative future phrases that are no calendar date. */
const VAGUE_FUTURE = /\b(?:in the (?:coming|next) (?:days|weeks|months)|soon|shortly|later this (?:week|month|year))\b/iu;
/** A place as where the happening is: "in X", "to X", "at X", "near X". */
const LOCATIVE_BEFORE = /\b(?:in|to|at|near)\s+(?:the\s+)?$/iu;

const CUE_PATTERN = new RegExp(
  `(?<![\\p{L}])(${phraseAlternation(CUES.flatMap((c) => c.words))})\\s+(?:[\\p{L}\\p{N}’'-]+\\s+){0,${MAX_GAP_WORDS}}?(${[...HAPPENINGS.keys()].join('|')})(?![\\p{L}])`,
  'giu',
);

/** A happening named first, then announced: "Talks … will take place in X on Thursday", "The summit is expected to open …". */
const SUBJECT_PATTERN = new RegExp(
  `(?<![\\p{L}])(${[...HAPPENINGS.keys()].join('|')})(?![\\p{L}])[^.;]{0,80}?(?<![\\p{L}])(${phraseAlternation(CUES.flatMap((c) => c.words))})\\s+(?:take\\s+place|be\\s+held|begin|start|resume|open|go\\s+ahead)(?![\\p{L}])`,
  'iu',
);

/** The announcing cue and the happening word of a sentence, in either order, with where the match starts. */
function cueIn(slice: string): { cue: string; word: string; index: number } | null {
  CUE_PATTERN.lastIndex = 0;
  const m = CUE_PATTERN.exec(slice);
  if (m) return { cue: m[1] ?? '', word: m[2] ?? '', index: m.index };
  const s = SUBJECT_PATTERN.exec(slice);
  // Where the happening is comes after the cue ("… at the port will take place in X"), so the match counts from there.
  return s ? { cue: s[2] ?? '', word: s[1] ?? '', index: s.index + s[0].lastIndexOf(s[2] ?? '') } : null;
}

/** One sentence announcing a happening. */
export interface Announcement {
  articleId: string;
  published?: string;
  /** The sentence. */
  span: Span;
  certainty: NextEntry['certainty'];
  /** "meeting", "trip" or "talks". */
  noun: string;
  place?: string;
  people: string[];
  when?: DatedValue & { span?: Span };
  whenText?: string;
}

function certaintyOf(cue: string): NextEntry['certainty'] {
  const lower = cue.toLowerCase().replace(/\s+/g, ' ');
  return CUES.find((c) => c.words.includes(lower))?.certainty ?? 'announced';
}

/** The clause a cue governs: from the last clause break or "that" before it to the sentence end. */
function clauseOf(text: string, sentence: Span, at: number): Span {
  const before = text.slice(sentence.start, at);
  let start = 0;
  for (const m of before.matchAll(/[,;]|\bthat\b/giu)) start = m.index + m[0].length;
  const after = text.slice(at, sentence.end);
  const stop = after.search(/[;]|,\s+(?:while|but|and)\b/iu);
  return { start: sentence.start + start, end: stop < 0 ? sentence.end : at + stop };
}

/** The first place after the happening word named as where it is. */
function placeAfter(actors: Actor[], item: AnalyzedArticle, from: number, end: number): string | undefined {
  const text = item.article.text;
  const m = item.analysis.mentions.find((x) => (x.type === 'GPE' || x.type === 'LOC' || x.type === 'ORG') &&
    x.start >= from && x.end <= end && LOCATIVE_BEFORE.test(text.slice(Math.max(0, x.start - 12), x.start)));
  return m ? (actorOf(actors, item, m.entity)?.name ?? text.slice(m.start, m.end)) : undefined;
}

/** People of the clause; a clause opening on an unresolved "he"/"she" takes the first person the previous sentence names. */
function clausePeople(actors: Actor[], item: AnalyzedArticle, clause: Span): string[] {
  const people = peopleIn(actors, item, clause);
  const opensOnPronoun = /^\s*(?:he|she)\b/iu.test(item.article.text.slice(clause.start, clause.end));
  const resolved = item.analysis.mentions.some((m) => m.start >= clause.start && m.start < clause.start + 4 && m.form === 'pronoun');
  if (!opensOnPronoun || resolved) return people;
  const index = item.analysis.sentences.findIndex((s) => s.start <= clause.start && clause.start < s.end);
  const previous = item.analysis.sentences[index - 1];
  const before = previous ? peopleIn(actors, item, previous)[0] : undefined;
  return before ? [before, ...people.filter((p) => p !== before)] : people;
}

/** One announcement in a sentence, if it has one. */
function announcementIn(item: AnalyzedArticle, sentence: Span, actors: Actor[]): Announcement | null {
  const text = item.article.text;
  const slice = text.slice(sentence.start, sentence.end);
  const m = cueIn(slice);
  const published = publicationDay(item);
  const trip = PRESENT_TRIP.exec(slice);
  const vague = VAGUE_FUTURE.exec(slice);
  if (!m && !trip) return null;
  const at = sentence.start + (m ? m.index : trip!.index);
  const word = (m?.word ?? 'head').toLowerCase();
  const clause = clauseOf(text, sentence, at);
  // Only a date of the announcing clause dates the happening ("X, who took over in March, will chair the talks" has none).
  const dates = datesIn(articleDates(item), clause);
  const future = dates.find((d) => { const r = dayRange(d.value); return !published || (r?.end ?? '') >= published; });
  if (!m && !(future || vague)) return null;
  const place = placeAfter(actors, item, at, sentence.end);
  const range = future ? dayRange(future.value) : null;
  return {
    articleId: item.article.id,
    ...(published ? { published } : {}),
    span: { start: sentence.start, end: sentence.end },
    certainty: m ? certaintyOf(m.cue) : 'announced',
    noun: HAPPENINGS.get(word) ?? 'trip',
    ...(place ? { place } : {}),
    people: clausePeople(actors, item, clause),
    ...(future && range ? { when: { ...range, span: { start: future.start, end: future.end } }, whenText: text.slice(future.start, future.end) } : {}),
    ...(!future && vague ? { whenText: vague[0], when: { value: `${published ?? '..'}/..`, ...(published ? { start: published } : {}) } } : {}),
  };
}

/**
 * Every sentence of the story that announces a happening.
 *
 * @example
 * findAnnouncements(items, dossier).map((a) => a.noun); // ['meeting', 'trip']
 */
export function findAnnouncements(items: AnalyzedArticle[], dossier: Dossier): Announcement[] {
  return items.flatMap((item) => item.analysis.sentences
    .map((s) => announcementIn(item, s, dossier.actors))
    .filter((a): a is Announcement => a !== null));
}

/**
 * Announcements of one happening together: same place (or the government it
 * stands for), or, without a place, the same kind of happening with a person in common.
 *
 * @example
 * groupAnnouncements(findAnnouncements(items, dossier), dossier).length; // 3
 */
export function groupAnnouncements(announcements: Announcement[], dossier: Dossier): Announcement[][] {
  const groups: Announcement[][] = [];
  for (const a of announcements) {
    const key = placeKey(dossier.actors, a.place);
    const group = groups.find((g) => g.some((b) => {
      const other = placeKey(dossier.actors, b.place);
      if (key && other) return key === other;
      return !key && !other && a.noun === b.noun && a.people.some((p) => b.people.includes(p));
    }));
    if (group) group.push(a);
    else groups.push([a]);
  }
  return groups;
}

const RANK: Record<NextEntry['certainty'], number> = { announced: 0, expected: 1, possible: 2 };

function nextEntry(group: Announcement[], asOf: string | null, dossier: Dossier): NextEntry {
  const first = group[0]!;
  const certainty = group.map((a) => a.certainty).sort((x, y) => RANK[x] - RANK[y])[0] ?? 'announced';
  const dated = group.filter((a) => a.when?.end !== undefined).sort((x, y) => (x.when?.end ?? '').localeCompare(y.when?.end ?? ''));
  const timed = dated[0] ?? group.find((a) => a.when);
  const place = group.find((a) => a.place)?.place;
  const people = [...new Set(group.flatMap((a) => a.people))].filter((p) => dossier.actors.some((x) => x.name === p));
  const citations: Citation[] = group.map((a) => ({ articleId: a.articleId, start: a.span.start, end: a.span.end }));
  const articleIds = [...new Set(group.map((a) => a.articleId))].sort();
  const when = timed?.when ? { value: timed.when.value, ...(timed.when.start ? { start: timed.when.start } : {}), ...(timed.when.end ? { end: timed.when.end } : {}) } : null;
  const passed = asOf !== null && when?.end !== undefined && when.end < asOf;
  return {
    id: `n-${first.articleId}-${first.span.start}`,
    label: place ? `${first.noun} ${first.noun === 'trip' ? 'to' : 'in'} ${place}` : first.noun,
    certainty,
    when,
    whenText: timed?.whenText ?? null,
    ...(place ? { place } : {}),
    actors: people,
    status: passed ? 'unconfirmed' : 'ahead',
    outlets: articleIds.length,
    articleIds,
    citations,
  };
}

/**
 * What's next as of `asOf`: the announcement groups no later article reports
 * done, soonest first (undated last). A group whose date has passed with no
 * later report stays, marked `unconfirmed`: the articles do not say it happened.
 *
 * @example
 * whatsNext(groups, fulfilled, '2025-12-03', dossier, outletOf).map((n) => n.status); // ['unconfirmed', 'ahead']
 */
export function whatsNext(
  groups: Announcement[][],
  fulfilled: Set<Announcement[]>,
  asOf: string | null,
  dossier: Dossier,
  outletOf: (articleId: string) => string,
): NextEntry[] {
  return groups
    .filter((g) => !fulfilled.has(g))
    .map((g) => {
      const entry = nextEntry(g, asOf, dossier);
      return { ...entry, outlets: new Set(entry.articleIds.map(outletOf)).size };
    })
    .sort((a, b) => (a.when?.start ?? a.when?.end ?? '\uffff').localeCompare(b.when?.start ?? b.when?.end ?? '\uffff') || a.id.localeCompare(b.id));
}
