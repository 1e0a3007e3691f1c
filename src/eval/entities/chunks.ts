/**
 * Entity chunks of a BIO tag sequence, read as conlleval reads them: a chunk
 * starts at a B- tag, or at an I- tag whose type differs from the previous
 * tag's (an I- after O opens a chunk too), and ends before the next tag that
 * does not continue it.
 */

/** A chunk: tokens `[start, end)` of one type. */
export interface Chunk {
  start: number;
  end: number;
  type: string;
}

function split(tag: string): [string, string] {
  if (tag === 'O' || tag.length < 2 || tag[1] !== '-') return ['O', ''];
  return [tag[0] ?? 'O', tag.slice(2)];
}

/**
 * The chunks of a tag sequence.
 *
 * @example
 * chunksOf(['B-PER', 'I-PER', 'O', 'I-LOC']); // [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }]
 */
export function chunksOf(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let open: Chunk | null = null;
  tags.forEach((tag, i) => {
    const [prefix, type] = split(tag);
    const continues = open !== null && prefix === 'I' && type === open.type;
    if (continues && open) {
      open.end = i + 1;
      return;
    }
    if (open) out.push(open);
    open = prefix === 'O' ? null : { start: i, end: i + 1, type };
  });
  if (open) out.push(open);
  return out;
}
