/**
 * Reads a token-tagged gold file: JSON lines `{id, doc_id, tokens, tags}`
 * (the CoNLL-2003 layout), grouped into documents by `doc_id` in order of
 * first appearance. A malformed line is an error naming the file and line.
 */
import { ParallaxError } from '../../errors.js';
import { jsonLines } from '../read-gold.js';

export interface GoldSentence {
  id: string;
  tokens: string[];
  tags: string[];
}

export interface GoldDocument {
  id: string;
  sentences: GoldSentence[];
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Parses the text of a gold file; `file` names it in errors.
 *
 * @example
 * parseGold('{"id":"a","doc_id":"d","tokens":["Paris"],"tags":["B-LOC"]}\n', 'gold.jsonl')[0].sentences.length; // 1
 */
export function parseGold(text: string, file: string): GoldDocument[] {
  const docs = new Map<string, GoldDocument>();
  for (const { value: row, where } of jsonLines(text, file)) {
    const r = row as Record<string, unknown>;
    if (typeof row !== 'object' || row === null || !isStrings(r.tokens) || !isStrings(r.tags)) {
      throw new ParallaxError('INPUT_BAD_JSON', `${where}: needs "tokens" and "tags" arrays of strings`);
    }
    if (r.tokens.length !== r.tags.length) {
      throw new ParallaxError('INPUT_BAD_JSON', `${where}: ${r.tokens.length} tokens but ${r.tags.length} tags`);
    }
    const bad = r.tags.find((t) => t !== 'O' && !/^[BI]-\S+$/.test(t));
    if (bad !== undefined) throw new ParallaxError('INPUT_BAD_JSON', `${where}: "${bad}" is not a BIO tag`);
    const docId = typeof r.doc_id === 'string' ? r.doc_id : typeof r.id === 'string' ? r.id : where;
    let doc = docs.get(docId);
    if (!doc) docs.set(docId, (doc = { id: docId, sentences: [] }));
    doc.sentences.push({ id: typeof r.id === 'string' ? r.id : where, tokens: r.tokens, tags: r.tags });
  }
  return [...docs.values()];
}
