import { Readability } from '@mozilla/readability';
import type { BlockHint, RawBlock } from './01-blocks.js';
import { ELEMENT_NODE, TEXT_NODE, contentRoot, parseDocument, tagOf, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { readPageMeta, type PageMeta } from './metadata.js';

/** Readability's default (500) drops short articles; 200 characters is still more than any page chrome. */
export const READABILITY_CHAR_THRESHOLD = 200;
/**
 * Readability is skipped on pages with more elements than this: it spends
 * ~50-100 µs per element (20,000 flat paragraphs took 1.8 s here), and the
 * fallback — the body without its furniture — is linear. Real news pages have
 * 1,000-10,000 elements. (Readability's own `maxElemsToParse` would count them
 * again, on the copy.)
 */
export const READABILITY_MAX_ELEMENTS = 20_000;
/**
 * Readability is skipped when the sum over elements of their depth squared
 * exceeds this. Its conditional cleaning measures the text of every
 * descendant of every candidate container, so its work grows with that sum:
 * a chain of 254 nested divs (5.5 million) took 0.6 s on a loaded machine,
 * 100 chains of 64 (10 million) 2.8 s. The largest of 92 real news pages
 * measured 0.34 million; a 10,000-element page at their mean square depth
 * (about 230) would be 2.3 million.
 */
export const READABILITY_MAX_WORK = 4_000_000;
/**
 * Readability is skipped when the sum over text nodes of their length times
 * their depth exceeds this: it reads the text of each container again for
 * every ancestor that it scores or cleans. 130 million (half a megabyte of
 * text under 254 nested inline tags) took 9 s; the largest of the 92 real
 * pages measured 5.8 million.
 */
export const READABILITY_MAX_TEXT_WORK = 30_000_000;
/** Blocks of the extracted text are separated by a blank line, so each block is one visible paragraph. */
export const BLOCK_SEPARATOR = '\n\n';

/** Elements that never hold article text: scripts, page furniture, forms, media. */
const STRIPPED_SELECTOR = [
  'script', 'style', 'noscript', 'template', 'nav', 'aside', 'form', 'footer', 'iframe', 'svg', 'canvas',
  'button', 'select', 'textarea', 'input', 'figure', 'dialog', 'object', 'embed',
  '[hidden]', '[aria-hidden="true"]', '[role="navigation"]', '[role="complementary"]', '[role="contentinfo"]', '[role="dialog"]',
].join(', ');

// Class or id words that name page furniture rather than article content.
const FURNITURE =
  /(?:^|[\s_-])(?:share|sharing|social|newsletter|subscribe|subscription|promo|advert|advertisement|ads?|sponsored|cookies?|consent|related|recirc|comments?|popup|modal|banner|breadcrumbs?|sidebar|toolbar|paywall)(?:$|[\s_-])/i;
/** Containers never removed by their class name: they may hold the article itself. */
const KEPT_CONTAINERS = new Set(['html', 'body', 'main', 'article']);

const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'header', 'hgroup', 'li', 'main',
  'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'hr',
]);

/** A page turned into article text with known blocks and the page's own metadata. */
export interface HtmlExtraction {
  text: string;
  blocks: RawBlock[];
  page: PageMeta;
}

function removeFurniture(document: DomDocument): void {
  for (const element of Array.from(document.querySelectorAll(STRIPPED_SELECTOR))) element.remove();
  for (const element of Array.from(document.querySelectorAll('[class], [id]'))) {
    if (KEPT_CONTAINERS.has(tagOf(element))) continue;
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (FURNITURE.test(names)) element.remove();
  }
}

/** True when Readability's cost on this document stays within the budget (one walk with its own stack). */
function readabilityAffordable(document: DomDocument): boolean {
  const root = document.documentElement;
  if (!root) return false;
  let elements = 0;
  let work = 0;
  let textWork = 0;
  const stack: { node: DomNode; depth: number }[] = [{ node: root, depth: 1 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { node, depth } = next;
    if (node.nodeType === TEXT_NODE) textWork += (node.textContent ?? '').length * depth;
    if (node.nodeType !== ELEMENT_NODE) continue;
    elements += 1;
    work += depth * depth;
    if (elements > READABILITY_MAX_ELEMENTS || work > READABILITY_MAX_WORK || textWork > READABILITY_MAX_TEXT_WORK) return false;
    for (const child of Array.from(node.childNodes)) stack.push({ node: child, depth: depth + 1 });
  }
  return textWork <= READABILITY_MAX_TEXT_WORK;
}

/**
 * Readability's article from a copy of the document, or null. Readability
 * empties the document it reads, even when it fails half-way, so it never
 * gets the one the fallback reads.
 */
function readabilityContent(document: DomDocument): DomElement | null {
  if (!readabilityAffordable(document)) return null;
  let content: string | null | undefined;
  try {
    content = new Readability(document.cloneNode(true) as never, { charThreshold: READABILITY_CHAR_THRESHOLD }).parse()?.content;
  } catch {
    return null; // Readability is a heuristic; when it fails, the cleaned body is the content
  }
  if (!content || content.trim() === '') return null;
  const root = contentRoot(parseDocument(content));
  return root && (root.textContent ?? '').trim() !== '' ? root : null;
}

/** The main content element: Readability's article, else the page body. */
function mainContent(document: DomDocument): DomElement | null {
  return readabilityContent(document) ?? contentRoot(document);
}

interface Piece {
  hint: BlockHint;
  text: string;
}

/** A step of the content walk: visit a node, or close a block and flush its text. */
type Step = { node: DomNode; hint: BlockHint } | { flush: BlockHint };

/**
 * Walks the content in document order, cutting it into block texts at block
 * elements and double line breaks. The walk keeps its own stack, so a deep
 * page costs memory in proportion to its size, never call-stack depth.
 */
function collectPieces(root: DomElement): Piece[] {
  const pieces: Piece[] = [];
  let pending = '';
  const flush = (hint: BlockHint): void => {
    for (const part of pending.split(/\n[^\S\n]*\n/)) {
      const text = part.replace(/\s+/g, ' ').trim();
      if (text !== '') pieces.push({ hint, text });
    }
    pending = '';
  };
  const steps: Step[] = [{ node: root, hint: 'plain' }];
  const pushChildren = (node: DomNode, hint: BlockHint): void => {
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child) steps.push({ node: child, hint });
    }
  };
  for (let step = steps.pop(); step !== undefined; step = steps.pop()) {
    if ('flush' in step) {
      flush(step.flush);
      continue;
    }
    const { node, hint } = step;
    if (node.nodeType === TEXT_NODE) {
      pending += (node.textContent ?? '').replace(/\n/g, ' ');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as DomElement;
    const tag = tagOf(element);
    if (tag === 'br') pending += '\n';
    else if (!BLOCK_TAGS.has(tag)) pushChildren(node, hint);
    else if (tag === 'pre') {
      flush(hint);
      const text = (element.textContent ?? '').trim();
      if (text !== '') pieces.push({ hint: 'plain', text });
    } else {
      flush(hint);
      const inner: BlockHint = /^h[1-6]$/.test(tag) ? 'heading' : tag === 'li' ? 'bullet' : hint;
      steps.push({ flush: inner });
      pushChildren(node, inner);
    }
  }
  flush('plain');
  return pieces;
}

/** The page's metadata; a failure there costs the metadata, never the article. */
function pageMetaOf(document: DomDocument): PageMeta {
  try {
    return readPageMeta(document);
  } catch {
    return {};
  }
}

/**
 * Extracts an article from a web page: reads the page metadata, strips
 * scripts, navigation, forms, footers and furniture, takes the main content
 * (Readability, else the body) and builds the text from its block elements,
 * joined by blank lines, so every block's span is known.
 *
 * @example
 * htmlToText('<article><h2>Why</h2><p>They met.</p></article>').text; // 'Why\n\nThey met.'
 */
export function htmlToText(html: string): HtmlExtraction {
  const document = parseDocument(html);
  const page = pageMetaOf(document);
  removeFurniture(document);
  const root = mainContent(document);
  const pieces = root ? collectPieces(root) : [];
  const blocks: RawBlock[] = [];
  let text = '';
  for (const piece of pieces) {
    if (text !== '') text += BLOCK_SEPARATOR;
    blocks.push({ start: text.length, end: text.length + piece.text.length, hint: piece.hint });
    text += piece.text;
  }
  return { text, blocks, page };
}
