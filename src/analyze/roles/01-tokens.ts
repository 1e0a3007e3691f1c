/**
 * Step 1: the tokens of a sentence, each tagged with the mention it lies in,
 * so role patterns can read "title words, then a person".
 */
import type { Mention, Span } from '../../types.js';

export interface RoleToken extends Span {
  text: string;
  /** Lowercased text. */
  lower: string;
  kind: 'word' | 'possessive' | 'punct';
  /** The mention this token lies in, if any. */
  mention?: Mention;
}

const TOKEN_RE = /((?:\p{L}\.){2,})|([\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*)|(\d+(?:[.,]\d+)*)|(\S)/gu;

/**
 * Tokens of `text[span]` tagged with `mentions` (sorted by start).
 *
 * @example
 * roleTokens('Jane’s aide', { start: 0, end: 11 }, []).map((t) => t.text); // ['Jane', '’s', 'aide']
 */
export function roleTokens(text: string, span: Span, mentions: readonly Mention[]): RoleToken[] {
  const out: RoleToken[] = [];
  for (const m of text.slice(span.start, span.end).matchAll(TOKEN_RE)) {
    const at = span.start + (m.index ?? 0);
    const raw = m[0];
    const possessive = m[2] !== undefined ? /['’]s$/u.exec(raw) : null;
    if (possessive) {
      out.push(token(at, raw.slice(0, possessive.index), 'word'));
      out.push(token(at + possessive.index, possessive[0], 'possessive'));
    } else {
      out.push(token(at, raw, m[4] !== undefined ? 'punct' : 'word'));
    }
  }
  // Tokens and mentions are both in text order: one pass with a pointer past the mentions that end
  // before the token, not a search of every mention per token.
  let first = 0;
  for (const t of out) {
    while (first < mentions.length && (mentions[first]?.end ?? 0) <= t.start) first++;
    for (let k = first; k < mentions.length; k++) {
      const x = mentions[k] as Mention;
      if (x.start > t.start) break;
      if (t.end <= x.end) {
        t.mention = x;
        break;
      }
    }
  }
  return out;
}

function token(start: number, text: string, kind: RoleToken['kind']): RoleToken {
  return { start, end: start + text.length, text, lower: text.toLowerCase(), kind };
}
