/**
 * Bounds the nesting of a page before it is parsed. The HTML parser under
 * linkedom keeps its open elements in an array it shifts and unshifts, so its
 * work grows with the number of tags times the nesting depth: 50,000 nested
 * `<div>`s take seconds, 250,000 take minutes. This pass follows the tags the
 * way that parser reads them (comments, raw-text elements, quoted attributes,
 * void elements, implied closes), in one linear scan, and drops the tags that
 * would open an element deeper than the bound — with their closing tags — so
 * the text stays and only the excess wrappers go.
 */

/** Elements that never have content or a closing tag (the parser's list). */
const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Elements whose content is raw text up to their closing tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'xmp', 'title']);

/** SVG and MathML, where `<x/>` closes itself, and the elements inside them that hold HTML again. */
const FOREIGN = new Set(['svg', 'math']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

const P_CLOSERS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul',
];

/**
 * Opening tag → the open elements it closes while they are the innermost one.
 * A subset of the parser's own table: closing less than the parser only ever
 * counts deeper than it, never shallower.
 */
const IMPLIED_CLOSE = new Map<string, ReadonlySet<string>>([
  ...P_CLOSERS.map((tag): [string, ReadonlySet<string>] => [tag, new Set(['p'])]),
  ['li', new Set(['li'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['tr', new Set(['tr', 'th', 'td'])],
  ['td', new Set(['th', 'td'])],
  ['th', new Set(['th'])],
  ['option', new Set(['option'])],
]);

/** Block elements whose dropped tags still separate paragraphs (as two line breaks). */
const BLOCK_BREAK = new Set([...P_CLOSERS, 'li', 'dd', 'dt', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'hgroup', 'summary']);

interface Open {
  name: string;
  kept: boolean;
}

/** A tag's span in the page and what replaces it when dropped. */
interface Drop {
  start: number;
  end: number;
  with: string;
}

const isNameStart = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 12 || code === 13;

/** End of a tag name: the first whitespace, `/` or `>`. */
function nameEnd(html: string, from: number): number {
  let i = from;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (isSpace(c) || c === 47 || c === 62) break;
    i += 1;
  }
  return i;
}

/**
 * Elements keep at most this many attributes. linkedom checks each new
 * attribute against those already set, so one element with 100,000 attributes
 * costs billions of steps; real elements carry a few dozen at most.
 */
export const MAX_ATTRIBUTES = 64;

/**
 * The index just past an opening tag's `>` (quotes count only in attribute
 * values, as in the parser), whether it ends with `/>`, and where its
 * attribute past MAX_ATTRIBUTES starts (-1 when it has no more).
 */
function openTagEnd(html: string, from: number): { end: number; selfClosing: boolean; excess: number } {
  let i = from;
  let afterEquals = false;
  let afterSpace = true;
  let attributes = 0;
  let excess = -1;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 62) return { end: i + 1, selfClosing: html.charCodeAt(i - 1) === 47, excess };
    if (isSpace(c)) afterSpace = true;
    else if (c === 61) afterEquals = true;
    else if (afterEquals) {
      afterEquals = false;
      afterSpace = false;
      if (c === 34 || c === 39) {
        const close = html.indexOf(c === 34 ? '"' : "'", i + 1);
        if (close === -1) break;
        i = close;
      }
    } else if (afterSpace && c !== 47) {
      afterSpace = false;
      attributes += 1;
      if (attributes === MAX_ATTRIBUTES + 1) excess = i;
    } else afterSpace = c === 47;
    i += 1;
  }
  return { end: html.length, selfClosing: false, excess: -1 };
}

/** The raw-text elements' closing tags: `</name` followed by whitespace or `>`, in any case. */
const RAW_TEXT_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}[ \\t\\n\\f\\r>]`, 'gi')]));

/** Where a raw-text element's content ends: the start of its closing tag, or the end of the page. */
function rawTextEnd(html: string, name: string, from: number): number {
  const end = RAW_TEXT_END.get(name);
  if (!end) return from;
  end.lastIndex = from;
  return end.exec(html)?.index ?? html.length;
}

/** The open elements, with a count per name so a closing tag finds its element without a scan. */
class OpenElements {
  private readonly stack: Open[] = [];
  private readonly counts = new Map<string, number>();
  /** Elements the parser will see open: the kept ones. */
  depth = 0;
  maxDepth = 0;

  top(): Open | undefined {
    return this.stack.at(-1);
  }

  push(name: string, kept: boolean): void {
    this.stack.push({ name, kept });
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    if (kept) this.depth += 1;
    this.maxDepth = Math.max(this.maxDepth, this.depth);
  }

  pop(): Open | undefined {
    const open = this.stack.pop();
    if (open) {
      this.counts.set(open.name, (this.counts.get(open.name) ?? 1) - 1);
      if (open.kept) this.depth -= 1;
    }
    return open;
  }

  has(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }

  /** Pops up to and including the innermost element of this name; whether that element was kept. */
  close(name: string): boolean {
    for (;;) {
      const open = this.pop();
      if (!open || open.name === name) return open?.kept ?? false;
    }
  }
}

/**
 * Rewrites a page so that no element opens deeper than `maxDepth`: opening
 * tags beyond it are dropped with their closing tags (a block element's tags
 * become two line breaks, so its paragraphs stay apart). A page within the
 * bound is returned unchanged. Linear in the page length.
 *
 * @example
 * boundNesting('<div><div><p>Deep</p></div></div>', 2); // '<div><div><br><br>Deep<br><br></div></div>'
 */
export function boundNesting(html: string, maxDepth: number): string {
  const drops = scanNesting(html, maxDepth).dropped;
  if (drops.length === 0) return html;
  const parts: string[] = [];
  let from = 0;
  for (const drop of drops) {
    parts.push(html.slice(from, drop.start), drop.with);
    from = drop.end;
  }
  parts.push(html.slice(from));
  return parts.join('');
}

/**
 * The deepest nesting a page asks for (before any bound) as the parser would build it.
 *
 * @example
 * nestingDepth('<ul><li>a<li>b</ul>'); // 2
 */
export function nestingDepth(html: string): number {
  return scanNesting(html, Number.POSITIVE_INFINITY).maxDepth;
}

/** Index just past the first `seq` at or after `from`, or the end of the page. */
function pastNext(html: string, seq: string, from: number): number {
  const at = html.indexOf(seq, from);
  return at === -1 ? html.length : at + seq.length;
}

function scanNesting(html: string, maxDepth: number): { maxDepth: number; dropped: Drop[] } {
  const open = new OpenElements();
  // The parser's foreign-content flags, innermost last: true inside SVG/MathML, false inside their HTML islands.
  const foreign: boolean[] = [false];
  const dropped: Drop[] = [];
  const cut = (start: number, end: number, replacement: string): void => {
    const last = dropped.at(-1);
    // A run of adjacent dropped tags is one cut, with one break at most.
    if (last?.end === start) {
      last.end = end;
      if (last.with === '') last.with = replacement;
    } else dropped.push({ start, end, with: replacement });
  };
  const drop = (start: number, end: number, name: string): void => cut(start, end, BLOCK_BREAK.has(name) ? '<br><br>' : '');
  let i = html.indexOf('<');
  while (i !== -1) {
    const next = html.charCodeAt(i + 1);
    let end: number;
    if (html.startsWith('<!--', i)) end = pastNext(html, '-->', i + 2);
    else if (html.startsWith('<![CDATA[', i)) end = pastNext(html, ']]>', i + 9);
    else if (next === 33 || next === 63) end = pastNext(html, '>', i);
    else if (next === 47) {
      let from = i + 2;
      while (isSpace(html.charCodeAt(from))) from += 1;
      end = pastNext(html, '>', from);
      if (isNameStart(html.charCodeAt(from))) {
        let to = from;
        while (to < html.length && !isSpace(html.charCodeAt(to)) && html.charCodeAt(to) !== 62) to += 1;
        const name = html.slice(from, to).toLowerCase();
        if (FOREIGN.has(name) || INTEGRATION.has(name)) foreign.pop();
        if (!VOID.has(name) && open.has(name) && !open.close(name)) drop(i, end, name);
      }
    } else if (isNameStart(next)) {
      const to = nameEnd(html, i + 1);
      const name = html.slice(i + 1, to).toLowerCase();
      const tag = openTagEnd(html, to);
      end = tag.end;
      let droppedTag = false;
      const implied = IMPLIED_CLOSE.get(name);
      while (implied?.has(open.top()?.name ?? '')) open.pop();
      if (!VOID.has(name)) {
        if (FOREIGN.has(name)) foreign.push(true);
        else if (INTEGRATION.has(name)) foreign.push(false);
        const kept = open.depth < maxDepth;
        if (!kept) drop(i, end, name);
        droppedTag = !kept;
        open.push(name, kept);
        // In SVG and MathML `<x/>` closes itself; in HTML the slash means nothing.
        if (tag.selfClosing && foreign.at(-1) === true) open.pop();
        // The content is text up to the closing tag, which the next round reads as a closing tag.
        else if (RAW_TEXT.has(name)) end = rawTextEnd(html, name, end);
      }
      if (tag.excess !== -1 && !droppedTag) {
        // Cut the excess attributes, and a `/` just before them, which would otherwise end up as `/>`.
        cut(html.charCodeAt(tag.excess - 1) === 47 ? tag.excess - 1 : tag.excess, tag.end - (tag.selfClosing ? 2 : 1), '');
      }
    } else end = i + 1;
    i = html.indexOf('<', end);
  }
  return { maxDepth: open.maxDepth, dropped };
}
