/**
 * Loads the shipped model from `models/` at the package root, found relative
 * to this module, so it works from `dist/` in the repository and from an
 * installed package alike. Loaded once per process. The file carries the
 * gazetteer the model was trained with, so the gazetteer packages are needed
 * for training only.
 */
import { readFileSync } from 'node:fs';
import { ParallaxError } from '../../../errors.js';
import { BEAM_MARGIN, type NerModel } from './tag.js';
import { decodeWeights } from './weights.js';

/** The shipped weights: dist/analyze/entities/model/ → package root → models/. */
export const DEFAULT_MODEL_URL = new URL('../../../../models/ner-conll2003.bin', import.meta.url);

let shipped: NerModel | undefined;

/**
 * A model from a weight file (the shipped one by default).
 *
 * @example
 * const model = loadNerModel();
 */
export function loadNerModel(url: URL = DEFAULT_MODEL_URL): NerModel {
  const isDefault = url.href === DEFAULT_MODEL_URL.href;
  if (isDefault && shipped) return shipped;
  const { header, tables, gazetteer } = decodeWeights(readFileSync(url), url.pathname);
  const [first, second] = tables;
  if (!first || !second) throw new ParallaxError('ANALYSIS_FAILED', `${url.pathname}: expected two weight tables`);
  const margins = [0, 1].map((k) => (header.scales[k] ?? 1) * BEAM_MARGIN) as [number, number];
  const model: NerModel = { bits: header.bits, first, second, margins, gazetteer };
  if (isDefault) shipped = model;
  return model;
}
