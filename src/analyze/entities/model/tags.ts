/**
 * The label scheme. The model predicts BILOU tags internally (Begin, Inside,
 * Last, Unit, Outside: Ratinov & Roth 2009 found it better than BIO); input
 * and output are BIO, as in CoNLL files.
 */

/** The CoNLL-2003 entity types, in tag order. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type ConllType = (typeof ENTITY_TYPES)[number];

/** Positions of a token inside an entity. */
const POSITIONS = ['B', 'I', 'L', 'U'] as const;
const B = 0;
const I = 1;
const L = 2;
const U = 3;
const TYPES = ENTITY_TYPES.length;

/** Number of BILOU tags: O plus four positions per type. */
export const TAG_COUNT = 1 + TYPES * POSITIONS.length;
/** The tag index of O. */
export const OUTSIDE = 0;
/** A pseudo tag for "before the sentence start", used by history features. */
export const START = TAG_COUNT;
/**
 * Tags are ordered O, B-*, U-*, I-*, L-*: the tags that may follow O or a
 * closed entity are the first `OPENING_TAGS`, so the decoder scores one
 * contiguous block; after an open entity only its I- and L- tags can follow.
 */
export const OPENING_TAGS = 1 + 2 * TYPES;
/** Where each position's block of tags starts. */
const BLOCK = [1, 1 + 2 * TYPES, 1 + 3 * TYPES, 1 + TYPES];

/** Tag index of a type (0..3) and position (B/I/L/U = 0..3). */
export const tagOf = (type: number, pos: number): number => (BLOCK[pos] ?? 1) + type;
/** Type index (0..3) of a tag, or -1 for O and START. */
export const typeOfTag = (tag: number): number => (tag <= OUTSIDE || tag >= START ? -1 : (tag - 1) % TYPES);
/** Position (B/I/L/U = 0..3) of an entity tag. */
const posOfTag = (tag: number): number => (tag < 1 + TYPES ? B : tag < OPENING_TAGS ? U : tag < 1 + 3 * TYPES ? I : L);
/** True when the tag leaves an entity open (B- or I-), so only I- or L- of its type may follow. */
export const isOpen = (tag: number): boolean => tag > OUTSIDE && tag < START && (posOfTag(tag) === B || posOfTag(tag) === I);

/** Readable names of the BILOU tags, for weight files and debugging. */
export const TAG_NAMES: readonly string[] = Array.from({ length: TAG_COUNT }, (_, t) =>
  t === OUTSIDE ? 'O' : `${POSITIONS[posOfTag(t)]}-${ENTITY_TYPES[typeOfTag(t)]}`);

/**
 * Whether tag `next` may follow tag `prev` (`START` at the sentence start);
 * `last` is true at the sentence's last token, where no entity may stay open.
 *
 * @example
 * allowed(START, 1, false); // true: B-PER may open a sentence
 */
export function allowed(prev: number, next: number, last: boolean): boolean {
  const open = isOpen(prev);
  if (next === OUTSIDE) return !open;
  const pos = posOfTag(next);
  if (last && (pos === B || pos === I)) return false;
  if (open) return typeOfTag(next) === typeOfTag(prev) && (pos === I || pos === L);
  return pos === B || pos === U;
}

/**
 * BIO tags → BILOU tag indices. Ill-formed BIO (an I- after O) opens an entity, as conlleval reads it.
 *
 * @example
 * toBilou(['B-PER', 'I-PER', 'O', 'B-LOC']).map((t) => TAG_NAMES[t]); // ['B-PER', 'L-PER', 'O', 'U-LOC']
 */
export function toBilou(bio: readonly string[]): Int8Array {
  const out = new Int8Array(bio.length);
  for (let i = 0; i < bio.length; i++) {
    const type = typeIndex(bio[i] ?? 'O');
    if (type < 0) continue;
    const begins = bio[i]?.startsWith('B-') || typeIndex(bio[i - 1] ?? 'O') !== type;
    const next = bio[i + 1] ?? 'O';
    const continues = next.startsWith('I-') && typeIndex(next) === type;
    out[i] = tagOf(type, begins ? (continues ? B : U) : continues ? I : L);
  }
  return out;
}

/**
 * BILOU tag indices → BIO strings.
 *
 * @example
 * toBio(toBilou(['B-ORG', 'I-ORG'])); // ['B-ORG', 'I-ORG']
 */
export function toBio(tags: ArrayLike<number>): string[] {
  const out: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? OUTSIDE;
    const type = typeOfTag(tag);
    if (type < 0) {
      out.push('O');
      continue;
    }
    const pos = posOfTag(tag);
    out.push(`${pos === B || pos === U ? 'B' : 'I'}-${ENTITY_TYPES[type]}`);
  }
  return out;
}

function typeIndex(bio: string): number {
  if (bio === 'O' || bio.length < 3) return -1;
  return (ENTITY_TYPES as readonly string[]).indexOf(bio.slice(2));
}

export { B as BEGIN, I as INSIDE, L as LAST, U as UNIT };
