import { describe, expect, it, vi } from 'vitest';
import { extract } from './index.js';

interface Emptiable {
  body: { childNodes: ArrayLike<{ remove(): void }> } | null;
}

// Readability as it fails on hostile pages: it empties the document it was given, then throws.
vi.mock('@mozilla/readability', () => ({
  Readability: class {
    constructor(private readonly document: Emptiable) {}

    parse(): never {
      for (const node of Array.from(this.document.body?.childNodes ?? [])) node.remove();
      throw new RangeError('Maximum call stack size exceeded');
    }
  },
}));

describe('extract: when Readability fails', () => {
  it('still reads the article from the body, which Readability never saw', () => {
    const article = extract({
      id: 'page',
      source: 'page.html',
      format: 'html',
      content: '<html><body><nav>Home</nav><article><h2>Budget Vote</h2><p>The council met on Monday and voted on the budget.</p></article></body></html>',
      meta: {},
    });
    expect(article.blocks.map((b) => [b.kind, article.text.slice(b.start, b.end)])).toEqual([
      ['title', 'Budget Vote'],
      ['paragraph', 'The council met on Monday and voted on the budget.'],
    ]);
  });
});
