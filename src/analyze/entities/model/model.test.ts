/** Units of the model: tags, hashing, lexemes, gazetteer, features, decoding, training, the weight file. */
import { describe, expect, it } from 'vitest';
import { prepare } from './01-prepare.js';
import { STATIC_SLOTS, UNFILLED, lazyStaticBlock, lineSignatures, staticFeatures } from './02-features.js';
import { decode } from './03-decode.js';
import { CONTEXT_SLOTS, contextWriter } from './context.js';
import { GAZ_CITY, GAZ_COMPANY, GAZ_COUNTRY, GAZ_DEMONYM, GAZ_FIRST_NAME, GAZ_PERSON_NAME, GAZ_TOWN, GAZ_WORD_COMMON, NameTable, gazetteerForm } from './gazetteer.js';
import { loadModelGazetteer } from './gazetteer-build.js';
import { hashString, mix } from './hash.js';
import { ALL_CAPS, CAPITALISED, NEVER_OPENS, lexemeOf } from './lexeme.js';
import { tagTokens } from './tag.js';
import { OUTSIDE, START, TAG_COUNT, TAG_NAMES, allowed, toBilou, toBio } from './tags.js';
import { trainModel } from './train.js';
import { decodeWeights, encodeWeights } from './weights.js';

const gaz = loadModelGazetteer();
const gazBits = (sentence: string[]) => Array.from(prepare([sentence], gaz).gazetteer);
const bit = (category: number, pos: number) => 1 << (category * 4 + pos);

describe('tags', () => {
  it.each([
    [['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC']],
    [['B-ORG', 'B-ORG', 'I-ORG'], ['U-ORG', 'B-ORG', 'L-ORG']],
    [['I-MISC', 'O'], ['U-MISC', 'O']],
  ])('reads BIO %j as BILOU', (bio, bilou) => {
    expect(Array.from(toBilou(bio), (t) => TAG_NAMES[t])).toEqual(bilou);
  });

  it('turns BILOU back into the same well-formed BIO', () => {
    const bio = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC', 'O', 'B-MISC'];
    expect(toBio(toBilou(bio))).toEqual(bio);
  });

  it('allows only well-formed sequences', () => {
    const tag = (name: string) => TAG_NAMES.indexOf(name);
    expect(allowed(START, tag('B-PER'), false)).toBe(true);
    expect(allowed(START, tag('I-PER'), false)).toBe(false);
    expect(allowed(tag('B-PER'), tag('L-PER'), false)).toBe(true);
    expect(allowed(tag('B-PER'), tag('L-ORG'), false)).toBe(false);
    expect(allowed(tag('B-PER'), OUTSIDE, false)).toBe(false);
    expect(allowed(tag('U-LOC'), tag('B-ORG'), false)).toBe(true);
    expect(allowed(OUTSIDE, tag('B-ORG'), true)).toBe(false); // nothing may stay open at the end
    expect(TAG_NAMES).toHaveLength(TAG_COUNT);
  });
});

describe('hashing and lexemes', () => {
  it('hashes deterministically and mixes by template', () => {
    expect(hashString('Oslo')).toBe(hashString('Oslo'));
    expect(hashString('Oslo')).not.toBe(hashString('oslo'));
    expect(mix(1, 7)).not.toBe(mix(2, 7));
    expect(mix(1, 7)).toBeGreaterThanOrEqual(0);
  });

  it.each([
    ['Oslo', CAPITALISED, 'oslo'],
    ['NATO-led', CAPITALISED, 'nato-led'],
    ['UNESCO', CAPITALISED | ALL_CAPS, 'unesco'],
    ['1996', 0, '0000'],
  ])('describes %s by its flags and lowercase form', (form, flags, lower) => {
    const l = lexemeOf(form);
    expect(l.flags & (CAPITALISED | ALL_CAPS)).toBe(flags);
    expect(l.lowerText).toBe(lower);
  });

  it.each([
    ['said', true], [',', true], ['--', true], ['post-Soviet', false], ['eBay', false], ['Oslo', false], ['1996', false], ['東京', false],
  ])('knows whether %j can begin a name', (form, never) => {
    expect((lexemeOf(form).flags & NEVER_OPENS) !== 0).toBe(never);
  });

  it('gives "1996" and "2001" the same word and shape', () => {
    expect(lexemeOf('1996').lower).toBe(lexemeOf('2001').lower);
    expect(lexemeOf('1996').shape).toBe(lexemeOf('2001').shape);
    expect(lexemeOf('U.S.').shape).not.toBe(lexemeOf('US').shape);
  });
});

describe('gazetteer features', () => {
  it('undots abbreviations for lookup', () => {
    expect(gazetteerForm('U.S.')).toBe('us');
    expect(gazetteerForm('St.')).toBe('st.');
  });

  it('marks a country, a demonym and a multi-word city with their positions', () => {
    const [norway, , norwegian] = gazBits(['Norway', 'and', 'Norwegian']);
    expect((norway ?? 0) & bit(GAZ_COUNTRY, 3)).toBeTruthy();
    expect((norwegian ?? 0) & bit(GAZ_DEMONYM, 3)).toBeTruthy();
    const [, first, second] = gazBits(['in', 'Buenos', 'Aires']);
    expect((first ?? 0) & bit(GAZ_CITY, 0)).toBeTruthy();
    expect((second ?? 0) & bit(GAZ_CITY, 2)).toBeTruthy();
  });

  it('marks towns, names of people, companies and English words in their own categories', () => {
    const more = (sentence: string[]) => Array.from(prepare([sentence], gaz).gazetteerMore);
    const high = (category: number, pos: number) => 1 << ((category - 8) * 4 + pos);
    const [, , , , gateshead] = more(['A', 'talk', 'was', 'in', 'Gateshead']);
    expect((gateshead ?? 0) & high(GAZ_TOWN, 3)).toBeTruthy();
    const [fiat, , , thompson] = more(['Fiat', 'hired', 'Mr', 'Thompson']);
    expect((fiat ?? 0) & high(GAZ_COMPANY, 3)).toBeTruthy();
    expect((thompson ?? 0) & high(GAZ_PERSON_NAME, 3)).toBeTruthy();
    // A capitalised common word, as at a sentence start, is marked as one; a rare one is not common.
    const [officials, , , , , ubiquitous] = more(['Officials', 'said', 'the', 'talk', 'was', 'Ubiquitous']);
    expect((officials ?? 0) & high(GAZ_WORD_COMMON, 3)).toBeTruthy();
    expect((ubiquitous ?? 0) & high(GAZ_WORD_COMMON, 3)).toBe(0);
  });

  it('finds every entry of a name table and nothing else', () => {
    const map = new Map<number, number>();
    for (let k = 0; k < 5000; k++) map.set(mix(k, 99), (k % 7) + 1);
    const table = NameTable.fromMap(map);
    expect(table.size).toBe(5000);
    for (const [key, value] of map) expect(table.get(key)).toBe(value);
    expect(table.get(mix(5000, 99))).toBeUndefined();
    expect(Array.from(table.sortedKeys)).toEqual([...map.keys()].sort((a, b) => a - b));
  });

  it('marks first names but not lowercase words', () => {
    const [maria, , turkey] = gazBits(['Maria', 'ate', 'turkey']);
    expect((maria ?? 0) & bit(GAZ_FIRST_NAME, 3)).toBeTruthy();
    expect(turkey).toBe(0);
  });
});

describe('document preparation and features', () => {
  it('finds all-caps headlines and how their words are written below', () => {
    const p = prepare([['RAIN', 'HITS', 'OSLO'], ['Heavy', 'rain', 'hits', 'Oslo', 'again']], gaz);
    expect(Array.from(p.capsLine)).toEqual([1, 0]);
    // "HITS" is written "hits" below: lowercase; "OSLO" is written "Oslo": capitalised.
    expect(p.docCase[1]).toBe(1);
    expect(p.docCase[2]).toBe(2);
    expect(p.docShape[2]).toBe(lexemeOf('Oslo').shape);
  });

  it('numbers each lowercase word once per document, whatever its case', () => {
    const p = prepare([['OSLO', 'talks'], ['Talks', 'in', 'Oslo', '.']], gaz);
    expect(Array.from(p.wordId)).toEqual([0, 1, 1, 2, 0, -1]);
    expect(p.words).toBe(3);
    expect(Array.from(prepare([['in', 'Oslo']], gaz).wordId)).toEqual([0, 1]);
  });

  it('gives every token the same number of feature slots, rows within the table', () => {
    const mask = (1 << 12) - 1;
    const p = prepare([['The', 'talks', 'in', 'Oslo', 'ended', '.']], gaz);
    const f = staticFeatures(p, mask);
    expect(f.length).toBe(6 * STATIC_SLOTS);
    expect(Array.from(f).every((r) => r === -1 || (r >= 0 && r <= mask))).toBe(true);
  });

  it('leaves per-form rows to the cache only outside headlines', () => {
    const mask = (1 << 12) - 1;
    const p = prepare([['OSLO', 'TALKS'], ['Talks', 'in', 'Oslo']], gaz);
    const full = staticFeatures(p, mask);
    const lean = staticFeatures(p, mask, false);
    const slice = (f: Int32Array, i: number) => Array.from(f.subarray(i * STATIC_SLOTS, (i + 1) * STATIC_SLOTS));
    expect(slice(lean, 0)).toEqual(slice(full, 0));
    expect(slice(lean, 4).filter((r) => r >= 0).length).toBeLessThan(slice(full, 4).filter((r) => r >= 0).length);
  });
});

describe('context aggregation and line signatures', () => {
  const mask = (1 << 16) - 1;
  const rowsOf = (p: ReturnType<typeof prepare>, i: number) => {
    const out = new Int32Array(CONTEXT_SLOTS).fill(-1);
    contextWriter(p, mask)(i, out, 0);
    return Array.from(out);
  };

  it('gives a capitalised word the neighbours of its other occurrences', () => {
    const p = prepare([['Hamburg', '2', 'Rostock', '1'], ['Fans', 'in', 'Hamburg', 'cheered']], gaz);
    const first = rowsOf(p, 0);
    const second = rowsOf(p, 6);
    // Each sees one other occurrence: three rows, the rest empty.
    expect(first.filter((r) => r >= 0)).toHaveLength(3);
    expect(second.filter((r) => r >= 0)).toHaveLength(3);
    // Different neighbours elsewhere give different rows.
    expect(first).not.toEqual(second);
    // A word seen once, or a lowercase word, gets none.
    expect(rowsOf(p, 2).every((r) => r === -1)).toBe(true);
    expect(rowsOf(p, 7).every((r) => r === -1)).toBe(true);
  });

  it('depends on the neighbours only, not on where the other occurrence is', () => {
    const a = prepare([['Smith', 'said'], ['Later', 'Smith', 'left']], gaz);
    const b = prepare([['Smith', 'said'], ['Yesterday', 'the', 'Smith', 'left']], gaz);
    expect(rowsOf(a, 3)).toEqual(rowsOf(b, 4));
  });

  it('marks results lines by the same signature whatever the names and scores', () => {
    const p = prepare([['Hamburg', '2', 'Rostock', '1'], ['Bayern', '3', 'Borussia', 'Dortmund', '0'], ['Fans', 'in', 'Hamburg', 'cheered']], gaz);
    const { signature, run } = lineSignatures(p);
    expect(signature[0]).toBe(signature[1]);
    expect(signature[0]).not.toBe(signature[2]);
    expect(signature[0]).not.toBe(0);
    expect(Array.from(run.subarray(0, 9))).toEqual([1, 2, 3, 4, 1, 2, 3, 3, 4]);
    // A long sentence has too many runs for a signature.
    expect(lineSignatures(prepare([['A', 'b', 'C', 'd', 'E', 'f', 'G', 'h', 'I', 'j']], gaz)).signature[0]).toBe(0);
  });
});

describe('Viterbi decoding', () => {
  it('follows the weights and never breaks BILOU rules', () => {
    const bits = 10;
    const mask = (1 << bits) - 1;
    const p = prepare([['Ab', 'Bc', 'Cd', 'De']], gaz);
    const feats = staticFeatures(p, mask);
    // The bias row alone decides: it prefers B-PER everywhere, which BILOU rules turn into B I I L.
    const w = new Float32Array((1 << bits) * TAG_COUNT);
    const bias = feats[0] ?? 0;
    for (const name of ['B-PER', 'I-PER']) w[bias * TAG_COUNT + TAG_NAMES.indexOf(name)] = 5;
    const out = new Int8Array(4);
    decode(w, mask, [{ rows: feats, stride: STATIC_SLOTS }], p, out);
    expect(Array.from(out, (t) => TAG_NAMES[t])).toEqual(['B-PER', 'I-PER', 'I-PER', 'L-PER']);
  });

  it('opens no name on a lowercase word or punctuation, but lets a name run through them', () => {
    const bits = 10;
    const mask = (1 << bits) - 1;
    const tag = (sentence: string[], prefer: string[]) => {
      const p = prepare([sentence], gaz);
      const feats = staticFeatures(p, mask);
      const w = new Float32Array((1 << bits) * TAG_COUNT);
      const bias = feats[0] ?? 0;
      for (const name of prefer) w[bias * TAG_COUNT + TAG_NAMES.indexOf(name)] = 5;
      const out = new Int8Array(sentence.length);
      decode(w, mask, [{ rows: feats, stride: STATIC_SLOTS }], p, out);
      return Array.from(out, (t) => TAG_NAMES[t]);
    };
    expect(tag(['talks', ',', 'Oslo'], ['U-LOC'])).toEqual(['O', 'O', 'U-LOC']);
    expect(tag(['Bank', 'of', 'the', 'North'], ['B-ORG', 'I-ORG'])).toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'L-ORG']);
  });

  it('looks ahead: gives up the best first tag when only another one reaches a much better second', () => {
    const bits = 12;
    const mask = (1 << bits) - 1;
    const p = prepare([['Abc', 'Xyz']], gaz);
    const feats = staticFeatures(p, mask);
    const rowsOf = (i: number) => Array.from(feats.subarray(i * STATIC_SLOTS, (i + 1) * STATIC_SLOTS)).filter((r) => r >= 0);
    const own = (i: number) => rowsOf(i).find((r) => !rowsOf(1 - i).includes(r)) ?? -1;
    const w = new Float32Array((1 << bits) * TAG_COUNT);
    const set = (row: number, tag: string, v: number) => (w[row * TAG_COUNT + TAG_NAMES.indexOf(tag)] = v);
    // A greedy tagger takes U-PER for "Abc" (5 > 4), then cannot reach L-PER (10) for "Xyz".
    set(own(0), 'U-PER', 5);
    set(own(0), 'B-PER', 4);
    set(own(1), 'L-PER', 10);
    const out = new Int8Array(2);
    decode(w, mask, [{ rows: feats, stride: STATIC_SLOTS }], p, out);
    expect(Array.from(out, (t) => TAG_NAMES[t])).toEqual(['B-PER', 'L-PER']);
  });

  it('fills lazy blocks with the same rows as the eager ones, on demand', () => {
    const mask = (1 << 12) - 1;
    const p = prepare([['Talks', 'in', 'Oslo', 'ended', '.']], gaz);
    const eager = staticFeatures(p, mask, false);
    const lazy = lazyStaticBlock(p, mask);
    const slice = (f: Int32Array, i: number) => Array.from(f.subarray(i * STATIC_SLOTS, (i + 1) * STATIC_SLOTS));
    expect(slice(lazy.rows, 2)).toEqual(slice(eager, 2));
    expect(lazy.rows[1 * STATIC_SLOTS]).toBe(UNFILLED);
    lazy.fill?.(1);
    expect(slice(lazy.rows, 1)).toEqual(slice(eager, 1));
  });
});

describe('training and the weight file', () => {
  // Invented sentences: a person, a place and an organisation in fixed frames.
  const docs = [
    { sentences: [['Lena', 'Hartmann', 'visited', 'Oslo', '.'], ['Hartmann', 'met', 'Acme', 'Corp', 'officials', '.']],
      tags: [['B-PER', 'I-PER', 'O', 'B-LOC', 'O'], ['B-PER', 'O', 'B-ORG', 'I-ORG', 'O', 'O']] },
    { sentences: [['Tomas', 'Brandt', 'visited', 'Lima', '.'], ['Brandt', 'met', 'Volta', 'Corp', 'officials', '.']],
      tags: [['B-PER', 'I-PER', 'O', 'B-LOC', 'O'], ['B-PER', 'O', 'B-ORG', 'I-ORG', 'O', 'O']] },
  ];
  const options = { bits: 12, epochs: 6, folds: 2, seed: 7 };

  it('learns its training sentences and is deterministic for a seed', () => {
    const a = trainModel(docs, gaz, options);
    const b = trainModel(docs, gaz, options);
    expect(Array.from(a.second)).toEqual(Array.from(b.second));
    const bytes = encodeWeights([a.first, a.second], options.bits, gaz, { data: 'test' });
    const { header, tables, gazetteer } = decodeWeights(bytes, 'test.bin');
    expect(gazetteer.names).toEqual(gaz.names);
    expect(header.bits).toBe(12);
    const model = { bits: 12, first: tables[0] as Int16Array, second: tables[1] as Int16Array, gazetteer };
    for (const d of docs) expect(toBio(tagTokens(model, d.sentences))).toEqual(d.tags.flat());
  });

  it('keeps the sign and order of weights through quantisation', () => {
    const table = new Float32Array(4 * TAG_COUNT);
    table[TAG_COUNT + 2] = 2.5;
    table[3 * TAG_COUNT] = -1.25;
    const { tables } = decodeWeights(encodeWeights([table], 2, { names: NameTable.fromMap(new Map()), maxTokens: 1 }, {}), 'x');
    const t = tables[0] as Int16Array;
    expect(t[TAG_COUNT + 2]).toBe(32767);
    expect(t[3 * TAG_COUNT]).toBe(Math.round((-1.25 * 32767) / 2.5)); // -16383: half the largest, rounded
    expect(Array.from(t).filter((v) => v !== 0)).toHaveLength(2);
  });

  it('rejects a file that is not a weight file', () => {
    expect(() => decodeWeights(new TextEncoder().encode('hello world'), 'bad.bin')).toThrow('bad.bin: not a Parallax NER weight file');
  });
});
