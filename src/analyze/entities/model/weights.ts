/**
 * The weight file: a short JSON header, then the non-zero rows of each table
 * as 16-bit integers, deflated. Averaged-perceptron weights keep their order
 * under one positive scale per table, so integers tag exactly like floats up
 * to rounding, and most hashed rows are zero, so the file stays small.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { ParallaxError } from '../../../errors.js';
import { NameTable, type ModelGazetteer } from './gazetteer.js';
import { TAG_COUNT, TAG_NAMES } from './tags.js';

/** First bytes of a weight file. */
const MAGIC = 'PXNER1';
/** Largest 16-bit weight. */
const INT16_MAX = 32767;
/**
 * Version of the features the weights were trained with. Changing any
 * template, hash or slot makes old weights meaningless, so bump it then.
 */
export const FEATURE_VERSION = 8;

/** What the header records. */
export interface WeightHeader {
  featureVersion: number;
  bits: number;
  /** Entries of the frozen gazetteer (name-sequence hashes), and its longest name in tokens. */
  gazetteerEntries: number;
  gazetteerMaxTokens: number;
  tags: readonly string[];
  /** Weight-to-integer factor of each table. */
  scales: number[];
  /** How the weights were made (data, seed, epochs), for the record. */
  provenance: Record<string, string | number>;
}

/** What a weight file holds besides its header. */
export interface DecodedWeights {
  header: WeightHeader;
  tables: Int16Array[];
  /** The gazetteer the weights were trained with, frozen: runtime features then equal training features. */
  gazetteer: ModelGazetteer;
}

/**
 * Quantises float tables and encodes them with the gazetteer they were trained with.
 *
 * @example
 * writeFileSync('models/ner.bin', encodeWeights([first, second], 18, gazetteer, { data: 'train.jsonl' }));
 */
export function encodeWeights(tables: readonly Float32Array[], bits: number, gazetteer: ModelGazetteer, provenance: WeightHeader['provenance']): Buffer {
  const scales: number[] = [];
  const bodies: Buffer[] = [];
  for (const table of tables) {
    let max = 0;
    for (let i = 0; i < table.length; i++) max = Math.max(max, Math.abs(table[i] ?? 0));
    const scale = max === 0 ? 1 : INT16_MAX / max;
    scales.push(scale);
    const quantised = Int16Array.from(table, (v) => Math.round(v * scale));
    const rowIndex: number[] = [];
    for (let r = 0; r < table.length / TAG_COUNT; r++) {
      if (quantised.subarray(r * TAG_COUNT, (r + 1) * TAG_COUNT).some((v) => v !== 0)) rowIndex.push(r);
    }
    const values = new Int16Array(rowIndex.length * TAG_COUNT);
    rowIndex.forEach((r, k) => values.set(quantised.subarray(r * TAG_COUNT, (r + 1) * TAG_COUNT), k * TAG_COUNT));
    const head = Buffer.alloc(4);
    head.writeUInt32LE(rowIndex.length);
    const deltas = Int32Array.from(rowIndex, (r, k) => r - (k > 0 ? (rowIndex[k - 1] ?? 0) : 0));
    bodies.push(head, Buffer.from(deltas.buffer), Buffer.from(values.buffer));
  }
  const keys = gazetteer.names.sortedKeys;
  const cats = gazetteer.names.sortedValues;
  bodies.push(Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength), Buffer.from(cats.buffer, cats.byteOffset, cats.byteLength));
  const header: WeightHeader = {
    featureVersion: FEATURE_VERSION, bits, gazetteerEntries: keys.length, gazetteerMaxTokens: gazetteer.maxTokens, tags: TAG_NAMES, scales, provenance,
  };
  const json = Buffer.from(JSON.stringify(header));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  return Buffer.concat([Buffer.from(MAGIC), len, json, deflateRawSync(Buffer.concat(bodies), { level: 9 })]);
}

/**
 * Decodes a weight file into dense 16-bit tables and its gazetteer; `name` names the file in errors.
 *
 * @example
 * const { header, tables, gazetteer } = decodeWeights(readFileSync(path), path);
 */
export function decodeWeights(bytes: Uint8Array, name: string): DecodedWeights {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.subarray(0, MAGIC.length).toString() !== MAGIC) throw new ParallaxError('ANALYSIS_FAILED', `${name}: not a Parallax NER weight file`);
  const jsonLength = buf.readUInt32LE(MAGIC.length);
  const header = JSON.parse(buf.subarray(MAGIC.length + 4, MAGIC.length + 4 + jsonLength).toString()) as WeightHeader;
  if (header.featureVersion !== FEATURE_VERSION || header.tags.join() !== TAG_NAMES.join()) {
    throw new ParallaxError('ANALYSIS_FAILED', `${name}: weights of feature version ${header.featureVersion}, this code reads ${FEATURE_VERSION}; run "npm run train:ner"`);
  }
  const body = inflateRawSync(buf.subarray(MAGIC.length + 4 + jsonLength));
  const tables: Int16Array[] = [];
  let at = 0;
  for (let t = 0; t < header.scales.length; t++) {
    const rows = body.readUInt32LE(at);
    at += 4;
    const deltas = new Int32Array(body.buffer.slice(body.byteOffset + at, body.byteOffset + at + rows * 4));
    at += rows * 4;
    const values = new Int16Array(body.buffer.slice(body.byteOffset + at, body.byteOffset + at + rows * TAG_COUNT * 2));
    at += rows * TAG_COUNT * 2;
    const table = new Int16Array((1 << header.bits) * TAG_COUNT);
    let row = 0;
    for (let k = 0; k < rows; k++) {
      row += deltas[k] as number;
      const to = row * TAG_COUNT;
      const from = k * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) table[to + t] = values[from + t] as number;
    }
    tables.push(table);
  }
  const n = header.gazetteerEntries;
  const keys = new Uint32Array(body.buffer.slice(body.byteOffset + at, body.byteOffset + at + n * 4));
  const cats = new Uint32Array(body.buffer.slice(body.byteOffset + at + n * 4, body.byteOffset + at + n * 8));
  return { header, tables, gazetteer: { names: new NameTable(keys, cats), maxTokens: header.gazetteerMaxTokens } };
}
