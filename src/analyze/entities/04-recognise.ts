/**
 * Step 4: the rule-based recogniser. Each candidate run of a sentence is
 * typed, in order of trust: a title inside the run splits off a person
 * ("French President Jane Doe"); a whole known name (gazetteer); an
 * organisation head word ("… Council"); known names inside the run; then
 * context cues for what is left. Untyped runs are kept for linking, which may
 * still resolve them to a name seen elsewhere in the article.
 *
 * A trained model can replace this step: anything with the {@link Recogniser}
 * signature fits.
 */
import type { EntityType, Span } from '../../types.js';
import { isTitleHead, isTitleWord, statusOf } from '../lexicons/titles.js';
import type { Token } from './01-tokenise.js';
import { keyOf, type GazetteerEntry } from './02-gazetteer.js';
import { findRuns, type RunContext } from './03-runs.js';
import { definiteCue, nameShape, personCue, placeCue, type Window } from './cues.js';
import { NAME_CONNECTORS, ORG_HEADS } from './lexicon.js';

/** How sure the recogniser is: a known name, a grammatical cue, a shape or position, nothing. */
export type Evidence = 'gazetteer' | 'strong' | 'weak' | 'none';

/** A typed (or untyped) candidate name. */
export interface Recognised extends Span {
  type: EntityType | null;
  evidence: Evidence;
  /** The canonical name a gazetteer entry gives. */
  canonical?: string;
  /** The surface text, tokens joined as written. */
  text: string;
  /** How many word tokens the name has. */
  words: number;
  /** The last word ("Doe" of "Jane Doe"), for surname links. */
  last: string;
  /** True when it comes from a title-case line, where only known names count. */
  titleCase: boolean;
}

/** One sentence as the recogniser sees it. */
export interface SentenceTokens {
  tokens: Token[];
  /** A headline-style line ("Talks Resume In Capital"): capitals say nothing there. */
  titleCase: boolean;
}

/** Context of the recogniser: the gazetteer, the article's vocabulary and its text. */
export interface RecogniseContext extends RunContext {
  /** The article text the token offsets index. */
  text: string;
}

/**
 * The recogniser interface: typed candidates of an article's sentences, in
 * order. It sees the whole article at once, so a model can use document-level
 * evidence (how the same word is written and typed elsewhere).
 */
export type Recogniser = (sentences: readonly SentenceTokens[], ctx: RecogniseContext) => Recognised[];

/** The most words a name after a title may have; longer runs keep their last two. */
const MAX_NAME_WORDS = 4;

/**
 * The rule-based recogniser, sentence by sentence.
 *
 * @example
 * recogniseByRules([{ tokens: tokenise(text, 0, text.length), titleCase: false }], ctx);
 */
export const recogniseByRules: Recogniser = (sentences, ctx) => sentences.flatMap((s) => recogniseSentence(s, ctx));

function recogniseSentence(sentence: SentenceTokens, ctx: RecogniseContext): Recognised[] {
  const out: Recognised[] = [];
  for (const run of findRuns(sentence.tokens, ctx)) {
    const w: Window = { tokens: sentence.tokens, from: run.from, to: run.to };
    const found = splitAtTitle(w, ctx, sentence.titleCase, out) ?? classifyPlain(w, ctx, sentence.titleCase, out);
    for (const r of found) out.push(r);
  }
  return out.map((r) => ({ ...r, text: ctx.text.slice(r.start, r.end) }));
}

/**
 * What a classifier reads of the names found before a window: only the latest one ("in X and Y"
 * looks at X), so the list handed on is that one name, never a copy of all before it.
 */
function latest(prior: readonly Recognised[], found: readonly Recognised[]): readonly Recognised[] {
  const last = found[found.length - 1] ?? prior[prior.length - 1];
  return last ? [last] : [];
}

type Classify = (w: Window, ctx: RecogniseContext, titleCase: boolean, prior: readonly Recognised[]) => Recognised[];

/** "Secretary of State Jane Doe" → person "Jane Doe"; the words before the title are classified apart. */
const splitAtTitle = (w: Window, ctx: RecogniseContext, titleCase: boolean, prior: readonly Recognised[]): Recognised[] | null => {
  const { tokens, from, to } = w;
  let k = -1;
  for (let i = from; i < to; i++) if (isTitleHead(tokens[i]?.text ?? '')) k = i;
  if (k < 0) return null;
  let nameFrom = k + 1;
  let rest: [number, number] | null = null;
  if (tokens[nameFrom]?.text === 'of') {
    while (nameFrom < to && NAME_CONNECTORS.has(tokens[nameFrom]?.text ?? '')) nameFrom++;
    const n = to - nameFrom;
    // "Minister of Defence Jane Doe": the word after "of" completes the title.
    const take = n >= 3 ? 2 : n === 2 ? 1 : 0;
    rest = [nameFrom, to - take];
    nameFrom = to - take;
  } else if (to - nameFrom > MAX_NAME_WORDS) {
    rest = [nameFrom, to - 2];
    nameFrom = to - 2;
  }
  const out: Recognised[] = [];
  for (const piece of piecesWithoutTitles(tokens, from, k)) out.push(...classifyPlain(piece, ctx, titleCase, latest(prior, out)));
  if (rest && rest[1] > rest[0]) out.push(...classifyPlain({ tokens, from: rest[0], to: rest[1] }, ctx, titleCase, latest(prior, out)));
  if (nameFrom < to) {
    const name: Window = { tokens, from: nameFrom, to };
    out.push(...(isPersonName(name, ctx) && !titleCase ? [make(name, 'PERSON', 'strong', titleCase)] : classifyPlain(name, ctx, titleCase, latest(prior, out))));
  }
  return out;
};

/**
 * The names before a title, without the title's own words: "National
 * Security Council" of "National Security Council Secretary", nothing of
 * "Deputy Prime Minister".
 */
function piecesWithoutTitles(tokens: readonly Token[], from: number, to: number): Window[] {
  let end = to;
  while (end > from && (isTitleWord(tokens[end - 1]?.text ?? '') || NAME_CONNECTORS.has(tokens[end - 1]?.text ?? ''))) end--;
  let begin = from;
  while (begin < end && statusOf(tokens[begin]?.text ?? '') !== undefined) begin++;
  const out: Window[] = [];
  let start = begin;
  for (let i = begin; i <= end; i++) {
    const t = tokens[i];
    const breaks = i === end || t === undefined || isTitleHead(t.text);
    if (!breaks) continue;
    if (i > start) out.push({ tokens, from: start, to: i });
    start = i + 1;
  }
  return out;
}

function isPersonName(w: Window, ctx: RecogniseContext): boolean {
  const toks = w.tokens.slice(w.from, w.to);
  const last = toks[toks.length - 1];
  if (last === undefined || ctx.gazetteer.entries.has(keyOf(toks))) return false;
  if (ORG_HEADS.has(last.text.toLowerCase())) return false;
  return toks.every((t) => t.kind === 'word' || t.text === '.' || NAME_CONNECTORS.has(t.text));
}

/** Whole known name → organisation head → known names inside → cues. */
const classifyPlain: Classify = (w, ctx, titleCase, prior) => {
  const { tokens, from, to } = w;
  // "Ana of" before a title: nothing after "of" is left to name.
  if (to <= from) return [];
  const whole = ctx.gazetteer.entries.get(keyOf(tokens.slice(from, to)));
  if (whole) return [make(w, whole.type, 'gazetteer', titleCase, whole)];
  if (!titleCase && isOrgName(w)) return [make(w, 'ORG', 'strong', titleCase)];
  const ofAt = tokens.slice(from, to).findIndex((t) => t.text === 'of');
  if (ofAt > 0) {
    // "X of Y" is one name only as an organisation or a title; else two ("Control of the Vardenis").
    let after = from + ofAt + 1;
    if (tokens[after]?.text === 'the') after++;
    const left = classifyPlain({ tokens, from, to: from + ofAt }, ctx, titleCase, prior);
    return [...left, ...classifyPlain({ tokens, from: after, to }, ctx, titleCase, latest(prior, left))];
  }
  const out: Recognised[] = [];
  let unknownFrom = from;
  let i = from;
  while (i < to) {
    const match = longestMatch(w, i, ctx);
    if (!match) {
      i++;
      continue;
    }
    if (i > unknownFrom) out.push(...classifyUnknown({ tokens, from: unknownFrom, to: i }, ctx, titleCase, latest(prior, out)));
    out.push(make({ tokens, from: i, to: i + match.length }, match.entry.type, 'gazetteer', titleCase, match.entry));
    i += match.length;
    unknownFrom = i;
  }
  if (to > unknownFrom) out.push(...classifyUnknown({ tokens, from: unknownFrom, to }, ctx, titleCase, latest(prior, out)));
  return out;
};

/** "National Security Council", "Bank of England", "Harbour News": a head word last or before "of". */
function isOrgName(w: Window): boolean {
  const toks = w.tokens.slice(w.from, w.to);
  if (toks.length < 2) return false;
  return toks.some((t, i) => ORG_HEADS.has(t.text.toLowerCase()) && (i === toks.length - 1 || toks[i + 1]?.text === 'of'));
}

/** The longest gazetteer name starting at `i` (a city name only when it is the whole run). */
function longestMatch(w: Window, i: number, ctx: RecogniseContext): { length: number; entry: GazetteerEntry } | null {
  for (let len = Math.min(ctx.gazetteer.maxTokens, w.to - i); len >= 1; len--) {
    const entry = ctx.gazetteer.entries.get(keyOf(w.tokens.slice(i, i + len)));
    if (entry && entry.source !== 'capital') return { length: len, entry };
  }
  return null;
}

/** Context cues for a run nothing else typed. */
const classifyUnknown: Classify = (raw, ctx, titleCase, prior) => {
  const w = trimConnectors(raw);
  if (w.to <= w.from) return [];
  const only = w.to - w.from === 1 ? w.tokens[w.from] : undefined;
  if (only?.kind === 'acronym' && !/^[IVXLCDM]+$/.test(only.text)) return [make(w, 'ORG', 'strong', titleCase)];
  if (titleCase) return [make(w, null, 'none', titleCase)];
  const isWords = w.tokens.slice(w.from, w.to).every((t) => t.kind === 'word' || t.text === '.' || NAME_CONNECTORS.has(t.text));
  if (isWords && w.to - w.from <= MAX_NAME_WORDS && personCue(w)) return [make(w, 'PERSON', 'strong', titleCase)];
  const definite = definiteCue(w);
  if (definite) return [make(w, definite, 'weak', titleCase)];
  const place = placeCue(w, ctx.gazetteer.languages) ?? listedPlace(w, prior);
  if (place) return [make(w, place, 'weak', titleCase)];
  if (nameShape(w)) return [make(w, 'PERSON', 'weak', titleCase)];
  return [make(w, null, 'none', titleCase)];
};

/** "in X, Y" and "in X and Y": a name right after a place, joined by a comma or "and", is a place too. */
function listedPlace(w: Window, prior: readonly Recognised[]): EntityType | null {
  const joiner = w.tokens[w.from - 1]?.text;
  const before = w.tokens[w.from - 2];
  const last = prior[prior.length - 1];
  if (!before || !last || last.end !== before.end) return null;
  if (last.type !== 'GPE' && last.type !== 'LOC') return null;
  if (joiner === 'and' || joiner === 'or') return last.type;
  const after = w.tokens[w.to];
  if (joiner === ',' && (after === undefined || after.kind === 'punct') && w.to - w.from <= 2) return 'GPE';
  return null;
}

function trimConnectors(w: Window): Window {
  let { from, to } = w;
  while (from < to && NAME_CONNECTORS.has(w.tokens[from]?.text ?? '')) from++;
  while (to > from && (NAME_CONNECTORS.has(w.tokens[to - 1]?.text ?? '') || w.tokens[to - 1]?.text === '.')) to--;
  return { tokens: w.tokens, from, to };
}

function make(w: Window, type: EntityType | null, evidence: Evidence, titleCase: boolean, entry?: GazetteerEntry): Recognised {
  const first = w.tokens[w.from];
  const lastToken = w.tokens[w.to - 1];
  const words = w.tokens.slice(w.from, w.to).filter((t) => t.kind === 'word' || t.kind === 'acronym');
  return {
    start: first?.start ?? 0,
    end: lastToken?.end ?? 0,
    type,
    evidence,
    ...(entry ? { canonical: entry.canonical } : {}),
    text: '',
    words: words.length,
    last: words[words.length - 1]?.text ?? '',
    titleCase,
  };
}
