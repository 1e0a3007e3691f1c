/**
 * The model as a recogniser of the entity stage. Our tokens are handed to the
 * model in the form CoNLL-2003 writes them (straight apostrophes and quotes,
 * "'s" apart, "U.S." whole), and its four types are mapped to ours:
 * PER → PERSON, ORG → ORG, LOC → GPE for a known country, capital, city or
 * state (else LOC), MISC → NORP for a known demonym or group (else MISC).
 * Countries keep the gazetteer's canonical name, so "U.S." and "United
 * States" link to one entity.
 */
import type { EntityType } from '../../../types.js';
import type { Token } from '../01-tokenise.js';
import { keyOf } from '../02-gazetteer.js';
import type { Recogniser, Recognised, RecogniseContext, SentenceTokens } from '../04-recognise.js';
import { GAZ_CAPITAL, GAZ_CITY, GAZ_COUNTRY, GAZ_STATE, extendName, startName, type ModelGazetteer } from './gazetteer.js';
import { lexemeOf } from './lexeme.js';
import { loadNerModel } from './load.js';
import { tagTokens, type NerModel } from './tag.js';
import { ENTITY_TYPES, isOpen, typeOfTag } from './tags.js';

/** Gazetteer categories that make a LOC a GPE: places with a government. */
const GOVERNED = (1 << GAZ_COUNTRY) | (1 << GAZ_CAPITAL) | (1 << GAZ_CITY) | (1 << GAZ_STATE);

/** Typographic characters CoNLL-2003 writes in ASCII. */
const ASCII_FORMS: Readonly<Record<string, string>> = { '’': "'", '‘': "'", '“': '"', '”': '"', '—': '--', '–': '-' };

/**
 * A token's text as the model was trained to see it.
 *
 * @example
 * conllForm('’s'); // "'s"
 */
export function conllForm(text: string): string {
  return text.replace(/[’‘“”—–]/g, (c) => ASCII_FORMS[c] ?? c);
}

/**
 * Recognises names with the trained model (the shipped weights unless `model` is given).
 *
 * @example
 * findEntities(article, sentences, { recogniser: recogniseByModel });
 */
export const recogniseByModel: Recogniser = (sentences, ctx) => recogniseWith(loadNerModel(), sentences, ctx);

/**
 * The same with an explicit model.
 *
 * @example
 * recogniseWith(loadNerModel(), sentences, ctx);
 */
export function recogniseWith(model: NerModel, sentences: readonly SentenceTokens[], ctx: RecogniseContext): Recognised[] {
  const windows = modelWindows(model, sentences);
  return sentences.flatMap((s, i) => (windows[i] ?? []).map((w) => typeWindow(s, w.from, w.to, w.conll, ctx, model.gazetteer)));
}

/** A name the model found: sentence tokens `[from, to)` and its CoNLL type (PER, ORG, LOC, MISC). */
export interface ModelWindow {
  from: number;
  to: number;
  conll: string;
}

/**
 * The names the model tags in each sentence, as token windows, before any
 * mapping to our types: what a recogniser that combines the model with rules reads.
 *
 * @example
 * modelWindows(loadNerModel(), sentences)[0]; // [{ from: 0, to: 2, conll: 'PER' }]
 */
export function modelWindows(model: NerModel, sentences: readonly SentenceTokens[]): ModelWindow[][] {
  const tags = tagTokens(model, sentences.map((s) => s.tokens.map((t) => conllForm(t.text))));
  let k = 0;
  return sentences.map((s) => {
    const out: ModelWindow[] = [];
    let from = -1;
    for (let i = 0; i < s.tokens.length; i++, k++) {
      const tag = tags[k] ?? 0;
      if (typeOfTag(tag) < 0) continue;
      if (from < 0) from = i;
      if (!isOpen(tag)) {
        out.push({ from, to: i + 1, conll: ENTITY_TYPES[typeOfTag(tag)] ?? 'MISC' });
        from = -1;
      }
    }
    return out;
  });
}

/**
 * Tokens `[from, to)` of a sentence as a recognised name, the model's CoNLL
 * type mapped to ours (with the gazetteer's canonical name when it agrees).
 *
 * @example
 * typeWindow(sentence, 0, 2, 'PER', ctx, model.gazetteer).type; // 'PERSON'
 */
export function typeWindow(s: SentenceTokens, from: number, to: number, conll: string, ctx: RecogniseContext, gaz: ModelGazetteer): Recognised {
  const tokens = s.tokens.slice(from, to);
  const entry = ctx.gazetteer.entries.get(keyOf(tokens));
  const type = mapType(conll, entry?.type, categoriesOf(tokens, gaz));
  const words = tokens.filter((t) => t.kind === 'word' || t.kind === 'acronym');
  const start = tokens[0]?.start ?? 0;
  const end = tokens[tokens.length - 1]?.end ?? start;
  const known = entry !== undefined && entry.type === type;
  return {
    start,
    end,
    type,
    evidence: known ? 'gazetteer' : 'strong',
    ...(known ? { canonical: entry.canonical } : {}),
    text: ctx.text.slice(start, end),
    words: words.length,
    last: words[words.length - 1]?.text ?? '',
    titleCase: s.titleCase,
  };
}

function mapType(conll: string, known: EntityType | undefined, categories: number): EntityType {
  if (conll === 'PER') return 'PERSON';
  if (conll === 'ORG') return 'ORG';
  if (conll === 'LOC') return known === 'GPE' || categories & GOVERNED ? 'GPE' : 'LOC';
  return known === 'NORP' ? 'NORP' : 'MISC';
}

/** The model gazetteer's categories of the whole name (cities and states beyond the country list). */
function categoriesOf(tokens: readonly Token[], gaz: ModelGazetteer): number {
  let h = startName();
  for (const t of tokens) h = extendName(h, lexemeOf(conllForm(t.text)).gaz);
  return gaz.names.get(h) ?? 0;
}
