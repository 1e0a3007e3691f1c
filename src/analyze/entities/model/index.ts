/**
 * The trained named-entity model: an averaged perceptron over hashed
 * features, Viterbi BILOU decoding in two passes (the second reads how the
 * first tagged the same words elsewhere in the document). Trained on
 * CoNLL-2003 train by `npm run train:ner`; the weights ship in `models/`.
 *
 * @example
 * const model = loadNerModel();
 * tagSentences(model, [['Angela', 'Merkel', 'visited', 'Paris', '.']]); // [['B-PER', 'I-PER', 'O', 'B-LOC', 'O']]
 */
import { tagTokens, type NerModel } from './tag.js';
import { toBio } from './tags.js';

export { loadNerModel, DEFAULT_MODEL_URL } from './load.js';
export { tagTokens, type NerModel } from './tag.js';
export { ENTITY_TYPES, TAG_NAMES, toBio, toBilou, type ConllType } from './tags.js';

/**
 * BIO tags of each sentence of one document.
 *
 * @example
 * tagSentences(model, [['Talks', 'in', 'Paris']]); // [['O', 'O', 'B-LOC']]
 */
export function tagSentences(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  const flat = toBio(tagTokens(model, sentences));
  const out: string[][] = [];
  let k = 0;
  for (const s of sentences) out.push(flat.slice(k, (k += s.length)));
  return out;
}
