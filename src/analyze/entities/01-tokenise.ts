/**
 * Step 1: tokens with offsets. Possessives and contractions become their own
 * tokens ("Kovalenko’s" → "Kovalenko" + "’s"); dotted acronyms stay whole
 * ("U.S."); hyphen compounds stay whole unless a part is a known place or
 * group ("Russia-Ukraine" → "Russia" "-" "Ukraine"), see {@link splitCompounds}.
 */

export type TokenKind = 'word' | 'acronym' | 'number' | 'possessive' | 'clitic' | 'punct';

/** A token: `[start, end)` into the article text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
}

const TOKEN_RE = /((?:\p{L}\.){2,})|([\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*)|(\d+(?:[.,]\d+)*)|(\S)/gu;

/**
 * Tokens of `text[start, end)`, offsets into `text`.
 *
 * @example
 * tokenise('Kyiv’s U.S. ties', 0, 16).map((t) => t.text); // ['Kyiv', '’s', 'U.S.', 'ties']
 */
export function tokenise(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN_RE)) {
    const at = start + (m.index ?? 0);
    if (m[1] !== undefined) out.push({ start: at, end: at + m[1].length, text: m[1], kind: 'acronym' });
    else if (m[2] !== undefined) out.push(...splitClitics(m[2], at));
    else if (m[3] !== undefined) out.push({ start: at, end: at + m[3].length, text: m[3], kind: 'number' });
    else out.push({ start: at, end: at + m[0].length, text: m[0], kind: 'punct' });
  }
  return out;
}

/** "Kovalenko’s" → word + possessive; "don’t" → word + clitic; "O’Brien" stays whole. */
function splitClitics(word: string, at: number): Token[] {
  const cut = word.search(/['’]\p{Ll}/u);
  if (cut <= 0) return [{ start: at, end: at + word.length, text: word, kind: wordKind(word) }];
  const head = word.slice(0, cut);
  const tail = word.slice(cut);
  const tailKind: TokenKind = /^['’]s$/u.test(tail) ? 'possessive' : 'clitic';
  return [
    { start: at, end: at + cut, text: head, kind: wordKind(head) },
    { start: at + cut, end: at + word.length, text: tail, kind: tailKind },
  ];
}

function wordKind(word: string): TokenKind {
  return /^\p{Lu}{2,6}$/u.test(word) ? 'acronym' : 'word';
}

/**
 * Splits hyphen compounds whose parts include a known name, so each part can
 * be a mention ("Russia-Ukraine", "pro-Western", "Moscow-friendly").
 *
 * @example
 * splitCompounds(tokenise('Russia-Ukraine', 0, 14), (p) => p === 'Russia').map((t) => t.text); // ['Russia', '-', 'Ukraine']
 */
export function splitCompounds(tokens: Token[], isKnown: (part: string) => boolean): Token[] {
  return tokens.flatMap((t) => {
    if (t.kind !== 'word' || !t.text.includes('-')) return [t];
    const parts = t.text.split('-');
    if (!parts.some(isKnown)) return [t];
    const out: Token[] = [];
    let at = t.start;
    parts.forEach((part, i) => {
      if (i > 0) out.push({ start: at, end: at + 1, text: '-', kind: 'punct' });
      at += i > 0 ? 1 : 0;
      out.push({ start: at, end: at + part.length, text: part, kind: wordKind(part) });
      at += part.length;
    });
    return out;
  });
}
