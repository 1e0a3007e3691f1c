/**
 * Step 4, the default: the trained model's names, checked against the rules
 * where news text trips the model (it was trained on 1996 wire text, where a
 * title is rarely glued to a name). The model decides wherever no rule
 * speaks; a rule speaks when
 * - a name would cross a clause boundary (a comma, a dash, "who"), end in a
 *   lowercase word ("France might") or join two names with "and" ("France
 *   and President Doe"): the span is cut there (see {@link cleanWindows});
 * - a title stands inside the model's span before a personal name ("State
 *   Jane Doe", "Council Secretary Jane Doe"): the rules' split is taken;
 * - the gazetteer knows the whole name (a country is GPE, a demonym NORP),
 *   a seat of government is an organisation as the rules type it, a place
 *   noun says which kind of place ("the X region"), or a role cue says
 *   person ("X’s chief of staff", "X, who");
 * - the rules refine the model's coarse type (its LOC is our GPE or LOC);
 * - every word of a span is part of a person's full name in the article.
 * Names only the rules find are kept when the gazetteer or a strong cue gives
 * them; a weak guess is kept untyped, for linking.
 */
import type { EntityType } from '../../types.js';
import { foldName } from '../../text/countries.js';
import { SEATS_OF_GOVERNMENT } from '../../text/seats-of-government.js';
import { CALENDAR_WORDS } from '../lexicons/calendar.js';
import { FUNCTION_WORDS } from '../lexicons/function-words.js';
import { isTitleWord } from '../lexicons/titles.js';
import type { Token } from './01-tokenise.js';
import { keyOf } from './02-gazetteer.js';
import { recogniseByRules, type Recognised, type RecogniseContext, type Recogniser, type SentenceTokens } from './04-recognise.js';
import { placeNounCue, personCueKind } from './cues.js';
import { NAME_CONNECTORS, ORG_HEADS } from './lexicon.js';
import { loadNerModel } from './model/load.js';
import { modelWindows, typeWindow, type ModelWindow } from './model/recognise.js';

/** Lowercase words a name may hold inside ("Bank of England", "Committee on Ethics", "Bosnia and Herzegovina"). */
const INNER_LOWERCASE: ReadonlySet<string> = new Set([...NAME_CONNECTORS, 'and', 'the', 'for', 'on', 'upon']);
/** Punctuation a name may hold inside: initials and abbreviations ("J. Smith"), "AT&T", "Rolls-Royce". */
const INNER_PUNCT: ReadonlySet<string> = new Set(['.', '&', '-', '/']);
/** Role cues that read grammar, not a verb that also follows institutions ("Acme Corp said"). */
const ROLE_CUES: ReadonlySet<string> = new Set(['title', 'possessive', 'relative', 'appositive']);

let seats: ReadonlySet<string> | undefined;

/** A recognised name with its sentence token window. */
interface Piece {
  from: number;
  to: number;
  item: Recognised;
}

/** One sentence's candidates from both sources. */
interface Candidates {
  sentence: SentenceTokens;
  model: Piece[];
  rules: Piece[];
}

/**
 * The model and the rules together: the default recogniser of the entity stage.
 *
 * @example
 * findEntities(article, sentences, { recogniser: recogniseByModelAndRules });
 */
export const recogniseByModelAndRules: Recogniser = (sentences, ctx) => {
  const model = loadNerModel();
  const windows = modelWindows(model, sentences);
  const all: Candidates[] = sentences.map((sentence, i) => ({
    sentence,
    model: cleanWindows(sentence.tokens, windows[i] ?? [], ctx).map((w) => ({ ...w, item: typeWindow(sentence, w.from, w.to, w.conll, ctx, model.gazetteer) })),
    rules: rulePieces(sentence, ctx),
  }));
  const personWords = personWordsOf(all);
  const chosen = all.flatMap((c) => groups(c).flatMap((g) => decide(g, c.sentence, ctx, personWords)));
  // A language ("in English") is no actor, though the model types it MISC as CoNLL-2003 does.
  const named = chosen.filter((p) => !(p.item.type === 'MISC' && ctx.gazetteer.languages.has(p.item.text)));
  return named.map((p) => asSeat(asPersonByWords(p.item, personWords)));
};

/**
 * Model windows cut at clause boundaries and trimmed to capitalised ends, and
 * split at an "and" that joins a known name to another name.
 *
 * @example
 * cleanWindows(tokenise('Secretary Jane Doe, who', 0, 23), [{ from: 0, to: 5, conll: 'ORG' }], ctx); // [{ from: 0, to: 3, conll: 'ORG' }]
 */
export function cleanWindows(tokens: readonly Token[], windows: readonly ModelWindow[], ctx: RecogniseContext): ModelWindow[] {
  const out: ModelWindow[] = [];
  const initial = tokens.findIndex((t) => t.kind !== 'punct');
  for (const w of windows) {
    let start = w.from === initial && !startsName(tokens[initial], ctx) ? w.from + 1 : w.from;
    for (let i = start; i <= w.to; i++) {
      if (i < w.to && !isBoundary(tokens[i])) continue;
      const piece = trim(tokens, start, i);
      const pieces = piece ? splitAtAnd(tokens, piece, ctx) : [];
      for (const [from, to] of pieces) if (!isOnlyTitle(tokens, from, to, ctx)) out.push({ from, to, conll: w.conll });
      start = i + 1;
    }
  }
  return out;
}

/**
 * Whether the first word of a sentence may start a name: not a function or
 * calendar word ("Later Doe said"), nor a word the article writes in
 * lowercase, as the rules' runs read it; "The" may ("The Hague").
 */
function startsName(t: Token | undefined, ctx: RecogniseContext): boolean {
  if (t === undefined || t.kind !== 'word') return true;
  const lower = t.text.toLowerCase();
  if (lower === 'the' || ctx.gazetteer.entries.has(keyOf([t]))) return true;
  if (FUNCTION_WORDS.has(lower) || CALENDAR_WORDS.has(lower)) return false;
  return isTitleWord(lower) || !ctx.lowercaseWords.has(lower);
}

/** A title alone ("State" of "the Secretary of State") names nobody. */
function isOnlyTitle(tokens: readonly Token[], from: number, to: number, ctx: RecogniseContext): boolean {
  if (ctx.gazetteer.entries.has(keyOf(tokens.slice(from, to)))) return false;
  return tokens.slice(from, to).every((t) => t.kind === 'punct' || NAME_CONNECTORS.has(t.text) || isTitleWord(t.text));
}

function isBoundary(t: Token | undefined): boolean {
  if (t === undefined) return true;
  if (t.kind === 'punct') return !INNER_PUNCT.has(t.text);
  return t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !INNER_LOWERCASE.has(t.text);
}

/** `[from, to)` without leading and trailing tokens that cannot end a name; null when nothing is left. */
function trim(tokens: readonly Token[], from: number, to: number): [number, number] | null {
  const edge = (t: Token | undefined) => t !== undefined && (t.kind === 'acronym' || t.kind === 'number' || (t.kind === 'word' && /^\p{Lu}/u.test(t.text)));
  while (from < to && !edge(tokens[from])) from++;
  while (to > from && !edge(tokens[to - 1]) && !(tokens[to - 1]?.text === '.' && to - 1 > from && /^\p{Lu}\p{Ll}?$/u.test(tokens[to - 2]?.text ?? ''))) to--;
  return to > from ? [from, to] : null;
}

/** "US and President Doe" → two names; "Bosnia and Herzegovina" stays one (the gazetteer knows it). */
function splitAtAnd(tokens: readonly Token[], [from, to]: [number, number], ctx: RecogniseContext): [number, number][] {
  const known = (a: number, b: number) => ctx.gazetteer.entries.has(keyOf(tokens.slice(a, b)));
  if (known(from, to)) return [[from, to]];
  for (let k = from + 1; k < to - 1; k++) {
    if (tokens[k]?.text !== 'and') continue;
    const titled = (at: number) => isTitleWord(tokens[at]?.text ?? '');
    if (known(from, k) || known(k + 1, to) || titled(from) || titled(k + 1)) return [[from, k], ...splitAtAnd(tokens, [k + 1, to], ctx)];
  }
  return [[from, to]];
}

/** The rules' names of one sentence with their token windows. */
function rulePieces(sentence: SentenceTokens, ctx: RecogniseContext): Piece[] {
  const startAt = new Map(sentence.tokens.map((t, i) => [t.start, i]));
  const endAt = new Map(sentence.tokens.map((t, i) => [t.end, i + 1]));
  return recogniseByRules([sentence], ctx).flatMap((item) => {
    const from = startAt.get(item.start);
    const to = endAt.get(item.end);
    return from === undefined || to === undefined ? [] : [{ from, to, item }];
  });
}

/** Words of the article's full personal names, as the model or a rule cue types them (case kept). */
function personWordsOf(all: readonly Candidates[]): Set<string> {
  const out = new Set<string>();
  for (const c of all) {
    for (const p of [...c.model, ...c.rules.filter((r) => r.item.evidence === 'strong')]) {
      if (p.item.type !== 'PERSON' || p.item.words < 2 || p.item.titleCase || isSeat(p.item.text)) continue;
      for (const t of c.sentence.tokens.slice(p.from, p.to)) if (isCapitalised(t) && !isTitleWord(t.text)) out.add(t.text);
    }
  }
  return out;
}

/** Overlapping model and rule pieces of a sentence, in text order. */
function groups(c: Candidates): { model: Piece[]; rules: Piece[] }[] {
  const tagged = [...c.model.map((p) => ({ p, model: true })), ...c.rules.map((p) => ({ p, model: false }))].sort((a, b) => a.p.from - b.p.from);
  const out: { model: Piece[]; rules: Piece[]; to: number }[] = [];
  for (const { p, model } of tagged) {
    let g = out[out.length - 1];
    if (!g || p.from >= g.to) out.push((g = { model: [], rules: [], to: p.to }));
    (model ? g.model : g.rules).push(p);
    g.to = Math.max(g.to, p.to);
  }
  return out;
}

/** Which names a group of overlapping candidates gives. */
function decide(g: { model: Piece[]; rules: Piece[] }, s: SentenceTokens, ctx: RecogniseContext, personWords: ReadonlySet<string>): Piece[] {
  // Headline casing misleads the model more than the rules, which keep only known names there.
  if (g.model.length === 0 || s.titleCase) return g.rules;
  if (g.rules.length === 0) return g.model.map((m) => ({ ...m, item: withCues(m, s, undefined) }));
  if (g.model.some((m) => titledName(m, g.rules, s, personWords))) return g.rules;
  return g.model.map((m) => {
    const same = g.rules.find((r) => r.from === m.from && r.to === m.to);
    return { ...m, item: same ? resolve(m, same, s, ctx) : withCues(m, s, undefined) };
  });
}

/**
 * True when a capitalised title word stands inside the model's name before a
 * name the rules type as a person: a full name, or a word the article uses
 * in a person's full name ("State Jane Doe", "President Doe").
 */
function titledName(m: Piece, rules: readonly Piece[], s: SentenceTokens, personWords: ReadonlySet<string>): boolean {
  const titleAt = s.tokens.slice(m.from, m.to).findIndex((t) => isCapitalised(t) && isTitleWord(t.text));
  if (titleAt < 0) return false;
  return rules.some((r) => {
    if (r.item.type !== 'PERSON' || r.from <= m.from + titleAt) return false;
    const words = s.tokens.slice(r.from, r.to).filter(isCapitalised);
    return words.length >= 2 || words.every((t) => personWords.has(t.text));
  });
}

/** The model's piece with the type the rules give the same words, where they may overrule it. */
function resolve(m: Piece, r: Piece, s: SentenceTokens, ctx: RecogniseContext): Recognised {
  const model = m.item;
  const rule = r.item;
  if (rule.evidence === 'gazetteer') {
    const source = ctx.gazetteer.entries.get(keyOf(s.tokens.slice(r.from, r.to)))?.source;
    // A capital's name is also a surname ("Jordan", "Lima"): the model reads which.
    return source === 'capital' && model.type === 'PERSON' ? model : rule;
  }
  // The model's LOC is ours GPE or LOC; its MISC may be a group (NORP).
  if ((model.type === 'LOC' || model.type === 'GPE') && (rule.type === 'GPE' || rule.type === 'LOC')) return { ...model, type: rule.type };
  if (model.type === 'MISC' && rule.type === 'NORP') return { ...model, type: 'NORP' };
  return withCues(m, s, rule);
}

/** Cues a rule reads straight off the sentence: a role cue makes a person, a place noun a place. */
function withCues(m: Piece, s: SentenceTokens, rule: Recognised | undefined): Recognised {
  const model = m.item;
  if (model.evidence === 'gazetteer' || s.titleCase) return model;
  const w = { tokens: s.tokens, from: m.from, to: m.to };
  const cue = personCueKind(w);
  if (model.type !== 'PERSON' && rule?.type === 'PERSON' && cue !== null && ROLE_CUES.has(cue)) return { ...model, type: 'PERSON' };
  if (model.type === 'PERSON') return model;
  if (hasOrgHead(s.tokens.slice(m.from, m.to))) return { ...model, type: 'ORG' };
  const place = placeNounCue(w);
  return place && model.type !== 'ORG' ? { ...model, type: place } : model;
}

/** "High Court", "Ministry of Health": an organisation head word last, or before "of". */
function hasOrgHead(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word' || t.kind === 'acronym');
  if (words.length < 2) return false;
  return tokens.some((t, i) => ORG_HEADS.has(t.text.toLowerCase()) && (i === tokens.length - 1 || tokens[i + 1]?.text === 'of'));
}

/** A seat of government ("the Élysée") is the organisation it houses, as the rules type it. */
function asSeat(item: Recognised): Recognised {
  return item.type !== null && item.type !== 'ORG' && item.evidence !== 'gazetteer' && isSeat(item.text) ? { ...item, type: 'ORG' } : item;
}

function isSeat(text: string): boolean {
  seats ??= new Set(Object.keys(SEATS_OF_GOVERNMENT).map(foldName));
  return seats.has(foldName(text));
}

/** A span of two or more words, each a word of a person's full name in the article, is a person. */
function asPersonByWords(item: Recognised, personWords: ReadonlySet<string>): Recognised {
  if (item.type === 'PERSON' || item.evidence === 'gazetteer' || item.words < 2 || item.titleCase) return item;
  const words = item.text.split(/\s+/u);
  return words.every((w) => personWords.has(w)) ? { ...item, type: 'PERSON' as EntityType } : item;
}

function isCapitalised(t: Token): boolean {
  return t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}
