import { parseHTML } from 'linkedom';
import { boundNesting } from './markup.js';

/*
 * The few DOM members extraction uses. The project compiles without the DOM
 * lib (it is a Node engine), so linkedom's types are loose; these interfaces
 * keep the HTML code type-checked.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  cloneNode(deep: boolean): DomNode;
}

export interface DomElement extends DomNode {
  tagName: string;
  children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  title: string;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
  cloneNode(deep: boolean): DomDocument;
}

/**
 * Pages are cut to this many levels of nested elements before parsing. The
 * parser's work grows with the number of tags times the depth, and so does
 * Readability's; news pages nest 10 to 40 levels deep (at most 31 in a
 * benchmark of 92 real pages), so 256 never touches a real article.
 */
export const MAX_NESTING_DEPTH = 256;

/**
 * Parses HTML with linkedom, nested at most MAX_NESTING_DEPTH levels deep
 * (deeper wrappers are dropped, their text kept). A fragment is wrapped in a
 * page first: linkedom would otherwise make its first element the document root.
 *
 * @example
 * parseDocument('<p>Hello</p>').body?.textContent; // 'Hello'
 */
export function parseDocument(markup: string): DomDocument {
  // Two levels for the html and body elements the wrapper may add.
  const html = boundNesting(markup, MAX_NESTING_DEPTH - 2);
  const wrapped = `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const first = parse(/<html[\s>]/i.test(html) ? html : wrapped);
  // `<html` inside a comment, a script or foreign content can leave linkedom without an html root.
  return hasHtmlRoot(first) ? first : parse(wrapped);
}

function hasHtmlRoot(document: DomDocument): boolean {
  try {
    return document.documentElement?.tagName.toLowerCase() === 'html' && document.body !== undefined && typeof document.title === 'string';
  } catch {
    return false;
  }
}

function parse(page: string): DomDocument {
  return (parseHTML(page) as unknown as { document: DomDocument }).document;
}

/** The element whose content is the page: the body, or the root when the markup had no body. */
export function contentRoot(document: DomDocument): DomElement | null {
  const body = document.body;
  if (body && (body.textContent ?? '').trim() !== '') return body;
  return document.documentElement;
}

/** The element's lowercase tag name. */
export function tagOf(element: DomElement): string {
  return element.tagName.toLowerCase();
}
