/**
 * Step 3: cut a sentence into clauses, find each clause's main predicate verb
 * and the subject before it. Words inside quotation marks are the speaker's,
 * not the claim's, and are never a predicate or a subject.
 */
import type { Mention, Span } from '../../types.js';
import type { Word } from '../quotes/text.js';
import { isCapitalised, wordsIn } from '../quotes/text.js';
import { verbOf } from './02-verbs.js';
import { CLAIM_DEFAULTS } from './defaults.js';
import {
  BE_FORMS,
  CLAUSE_OPENERS,
  DETERMINERS,
  HAVE_FORMS,
  MODALS,
  OBJECT_MARKERS,
  ROLE_NOUNS,
  SCHEDULING_VERBS,
  SUBJECT_PRONOUNS,
  VERB_ADVERBS,
} from './lexicon.js';

/** What the claim steps read for one article. */
export interface ClaimContext {
  text: string;
  /** Sorted by start. */
  mentions: readonly Mention[];
  /** Quoted passages (direct and partial quotes). */
  hidden: readonly Span[];
}

const BE = new Set(BE_FORMS);
const HAVE = new Set(HAVE_FORMS);
const AUXILIARIES = new Set([...MODALS, ...HAVE_FORMS, ...BE_FORMS]);
const ADVERBS = new Set(VERB_ADVERBS);
const DETS = new Set(DETERMINERS);
const ROLES = new Set(ROLE_NOUNS);
const SCHEDULING = new Set(SCHEDULING_VERBS);
const PRONOUNS = new Set(SUBJECT_PRONOUNS);
const OPENERS = new Set(CLAUSE_OPENERS);
const OBJECT_WORDS = new Set(OBJECT_MARKERS);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);
const isPossessiveWord = (w: Word | undefined): boolean => w !== undefined && /[’']s$/.test(w.text);
const LEADING_CONNECTIVES = new Set(['while', 'but', 'whereas', 'and', 'although', 'though', 'because', 'yet', 'so']);
const INTRODUCTORY = new Set([
  'in', 'on', 'at', 'after', 'before', 'during', 'despite', 'while', 'amid', 'amidst', 'speaking', 'last', 'earlier',
  'later', 'following', 'prior', 'according', 'as', 'with', 'for', 'since', 'when', 'although', 'though', 'however',
  'meanwhile', 'beyond', 'under', 'over', 'yet', 'still', 'now', 'today', 'why', 'what',
]);
const CLAUSE_BREAK = /;\s*|\s[—–]\s|,\s+(?=(?:while|but|whereas)\s)/g;

/**
 * The clauses of a sentence: split at semicolons, spaced dashes and ", while/but/whereas".
 *
 * @example
 * splitClauses(ctx, { start: 0, end: 30 }); // [{ start: 0, end: 12 }, { start: 14, end: 30 }]
 */
export function splitClauses(ctx: ClaimContext, sentence: Span): Span[] {
  const out: Span[] = [];
  let start = sentence.start;
  const slice = ctx.text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + (m.index ?? 0);
    if (ctx.hidden.some((h) => h.start <= at && at < h.end)) continue;
    out.push({ start, end: at });
    start = at + m[0].length;
  }
  out.push({ start, end: sentence.end });
  return out.filter((c) => /[\p{L}\p{N}]/u.test(ctx.text.slice(c.start, c.end)));
}

export interface Predicate {
  lemma: string;
  span: Span;
  /** Where the verb group starts ("is expected to meet" → "is"): the subject ends before it. */
  groupStart: number;
}

const inMention = (ctx: ClaimContext, w: Span): Mention | undefined =>
  ctx.mentions.find((m) => m.start <= w.start && w.end <= m.end);
const endsMention = (ctx: ClaimContext, w: Span): Mention | undefined =>
  ctx.mentions.find((m) => m.start <= w.start && w.end <= m.end && m.end - w.end <= 1);

/** The word before `i`, skipping adverbs ("has also met", "will not meet"). */
function auxiliaryBefore(words: readonly Word[], i: number): Word | undefined {
  let j = i - 1;
  while (words[j] && (ADVERBS.has(words[j]?.lower ?? '') || /ly$/.test(words[j]?.lower ?? ''))) j--;
  return words[j];
}

/**
 * The clause's main predicate: the first news verb used as a finite verb
 * (not "the leaked plan", not "led by …", not a bare infinitive), or "be"
 * followed by a role noun ("X is the chief negotiator").
 *
 * @example
 * findPredicate(ctx, clause); // { lemma: 'meet', span: { start: 24, end: 27 } }
 */
export function findPredicate(ctx: ClaimContext, clause: Span): Predicate | null {
  const words = wordsIn(ctx.text, clause.start, clause.end, ctx.hidden);
  const relative = relativeWords(ctx, words);
  // A verb inside ", which …," describes a noun; the main verb comes first, the relative one only when alone.
  return scan(ctx, words, (i) => !relative.has(i)) ?? scan(ctx, words, () => true);
}

function scan(ctx: ClaimContext, words: readonly Word[], allowed: (i: number) => boolean): Predicate | null {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (!allowed(i) || isCapitalised(w.text) || inMention(ctx, w)) continue;
    const scheduled = scheduledVerb(words, i);
    if (scheduled) return scheduled;
    if (BE.has(w.lower) && rolesAfter(words, i)) return { lemma: 'be', span: { start: w.start, end: w.end }, groupStart: w.start };
    const verb = verbOf(w.lower);
    if (verb && isFinite(ctx, words, i, verb.form)) {
      return { lemma: verb.lemma, span: { start: w.start, end: w.end }, groupStart: w.start };
    }
  }
  return null;
}

/**
 * The first form of "be" outside quotation marks, as the predicate of a clause
 * that has no news verb but states a value ("The dialogue is part of a 12-point plan").
 *
 * @example
 * findCopula(ctx, clause); // { lemma: 'be', span: { start: 13, end: 15 }, groupStart: 13 }
 */
export function findCopula(ctx: ClaimContext, clause: Span): Predicate | null {
  const words = wordsIn(ctx.text, clause.start, clause.end, ctx.hidden);
  const w = words.find((x) => BE.has(x.lower) && !/^[’']/.test(x.text));
  if (w) return { lemma: 'be', span: { start: w.start, end: w.end }, groupStart: w.start };
  // "Germany has about 850 soldiers": possession states a figure as well as "is" does.
  const have = words.find((x, i) => HAVE.has(x.lower) && !/^[’']/.test(x.text) && /^\d|^(?:about|some|nearly|around|roughly|more|over|at|up|almost|only)$/i.test(words[i + 1]?.text ?? ''));
  return have ? { lemma: 'have', span: { start: have.start, end: have.end }, groupStart: have.start } : null;
}

/** Indices of words inside non-restrictive relative clauses (", which … ,", ", who … ,"). */
function relativeWords(ctx: ClaimContext, words: readonly Word[]): Set<number> {
  const inside = new Set<number>();
  let open = false;
  words.forEach((w, i) => {
    const commaBefore = /,\s*$/.test(ctx.text.slice(Math.max(0, w.start - 3), w.start));
    if (RELATIVES.has(w.lower) && commaBefore) open = true;
    else if (open && commaBefore) open = false;
    if (open) inside.add(i);
  });
  return inside;
}

/** "scheduled to meet", "expected to travel": the infinitive is the predicate. */
function scheduledVerb(words: readonly Word[], i: number): Predicate | null {
  const [w, to, next] = [words[i], words[i + 1], words[i + 2]];
  if (!w || !SCHEDULING.has(w.lower) || to?.lower !== 'to' || !next) return null;
  const verb = verbOf(next.lower);
  if (verb?.form !== 'base') return null;
  const aux = words[i - 1];
  const groupStart = aux && BE.has(aux.lower) ? aux.start : w.start;
  return { lemma: verb.lemma, span: { start: next.start, end: next.end }, groupStart };
}

/** "is the president", "was a senior adviser", "is Ukraine's chief negotiator". */
function rolesAfter(words: readonly Word[], i: number): boolean {
  for (let k = i + 1; k <= i + 4 && words[k]; k++) {
    const w = words[k] as Word;
    if (ROLES.has(w.lower) || ROLES.has(w.lower.replace(/[’']s$/, ''))) return true;
    if (!DETS.has(w.lower) && !isCapitalised(w.text) && !/(?:al|ior|ant|ive|er|ed)$/.test(w.lower)) return false;
  }
  return false;
}

function isFinite(ctx: ClaimContext, words: readonly Word[], i: number, form: string): boolean {
  const prev = words[i - 1];
  const beforePrev = words[i - 2];
  if (prev && (DETS.has(prev.lower) || isPossessiveWord(prev))) return false;
  if (prev && /ly$/.test(prev.lower) && beforePrev && (DETS.has(beforePrev.lower) || isPossessiveWord(beforePrev))) return false;
  const aux = auxiliaryBefore(words, i);
  const auxLower = aux?.lower ?? '';
  switch (form) {
    case 'ing':
      return BE.has(auxLower);
    case 'base':
      return MODALS.includes(auxLower) || PRONOUNS.has(auxLower) || pluralSubject(ctx, aux);
    case 'third':
      return ['he', 'she', 'it'].includes(auxLower) || singularSubject(ctx, words, i);
    default: {
      // "the meeting, led by X, lasted": a participle before "by" with no auxiliary modifies a noun.
      const passive = BE.has(auxLower) || HAVE.has(auxLower);
      return passive || words[i + 1]?.lower !== 'by';
    }
  }
}

/** A plural subject right before a base-form verb: a name or a plural noun ("officials meet"). */
function pluralSubject(ctx: ClaimContext, w: Word | undefined): boolean {
  if (!w) return false;
  if (endsMention(ctx, w)) return true;
  return !isCapitalised(w.text) && /[^s]s$/.test(w.lower) && !AUXILIARIES.has(w.lower) && !verbOf(w.lower);
}

/**
 * A name right before a third-person verb that opens its clause ("Oslo insists",
 * "The agency says"), not a name used as a modifier ("recent Oslo talks").
 */
function singularSubject(ctx: ClaimContext, words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  if (!prev || isPossessiveWord(prev)) return false;
  const mention = endsMention(ctx, prev);
  if (!mention) return false;
  const before = words.filter((w) => w.end <= mention.start).pop();
  if (!before) return true;
  if (/,/.test(ctx.text.slice(before.end, mention.start)) || OPENERS.has(before.lower) || before.lower === 'and') return true;
  const first = words[0];
  return (before.lower === 'the' || before.lower === 'a') && first !== undefined && first.start === before.start;
}

export interface Subject {
  entity?: string;
  span?: Span;
}

/**
 * The subject of the predicate: the named entity (or short noun phrase) that
 * ends right before the verb, past any apposition (", head of …,") and any
 * introductory phrase ("In a statement, …").
 *
 * @example
 * findSubject(ctx, clause, predicate.span.start); // { entity: 'person:jane-doe', span: { start: 0, end: 8 } }
 */
export function findSubject(ctx: ClaimContext, clause: Span, verbStart: number): Subject {
  const words = subjectRegion(ctx, wordsIn(ctx.text, clause.start, verbStart, ctx.hidden));
  const last = words[words.length - 1];
  const first = words[0];
  if (!last || !first) return {};
  const found = endsMention(ctx, last);
  const head = found && !isObjectInPhrase(ctx, words, found) ? found : undefined;
  const subject: Subject = {};
  let start = first.start;
  if (head) {
    const group = coordinated(ctx, head, first.start);
    subject.entity = group.entity;
    if (words.length > CLAIM_DEFAULTS.subjectMaxWords) start = group.start;
  } else if (words.length > CLAIM_DEFAULTS.subjectMaxWords) {
    return {};
  }
  subject.span = { start, end: head ? Math.max(head.end, last.end) : last.end };
  return subject;
}

/** Drops auxiliaries before the verb, an apposition, an introductory phrase and leading connectives. */
function subjectRegion(ctx: ClaimContext, words: Word[]): Word[] {
  let out = [...words];
  while (out.length > 0) {
    const w = out[out.length - 1] as Word;
    if (!AUXILIARIES.has(w.lower) && !ADVERBS.has(w.lower) && !(/ly$/.test(w.lower) && !isCapitalised(w.text))) break;
    out.pop();
  }
  const commaAfter = (w: Word): boolean => /^\s*,/.test(ctx.text.slice(w.end, w.end + 2));
  const lastWord = out[out.length - 1];
  if (lastWord && commaAfter(lastWord)) {
    const open = out.slice(0, -1).map(commaAfter).lastIndexOf(true);
    if (open >= 0) out = out.slice(0, open + 1);
  }
  const firstWord = out[0];
  if (firstWord && (INTRODUCTORY.has(firstWord.lower) || OPENERS.has(firstWord.lower))) {
    const comma = out.findIndex(commaAfter);
    if (comma >= 0 && comma < out.length - 1) out = out.slice(comma + 1);
  }
  const opener = out.map((w) => OPENERS.has(w.lower)).lastIndexOf(true);
  if (opener >= 0 && opener < out.length - 1) out = out.slice(opener + 1);
  while (out[0] && LEADING_CONNECTIVES.has(out[0].lower)) out.shift();
  return out;
}

/** True when the name is the object of a preposition or gerund inside the phrase ("the prospect of meeting X"). */
function isObjectInPhrase(ctx: ClaimContext, words: readonly Word[], m: Mention): boolean {
  const group = coordinated(ctx, m, words[0]?.start ?? m.start);
  const before = words.filter((w) => w.end <= group.start).pop();
  return before !== undefined && (OBJECT_WORDS.has(before.lower) || /ing$/.test(before.lower));
}

/** "Jane Doe and Karl Brandt traveled": the subject is the first of the coordinated names. */
function coordinated(ctx: ClaimContext, head: Mention, from: number): { entity: string; start: number } {
  let current = head;
  for (;;) {
    const before = ctx.mentions.filter((m) => m.end <= current.start && m.start >= from).pop();
    if (!before || !/^\s*(?:,|and|,\s*and)(?:\s+the)?\s*$/.test(ctx.text.slice(before.end, current.start))) break;
    current = before;
  }
  return { entity: current.entity, start: current.start };
}
