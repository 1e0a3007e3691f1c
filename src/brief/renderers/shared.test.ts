import { describe, expect, it } from 'vitest';
import type { Fact } from '../../types.js';
import { factLines, safeUrl, scriptSafeJson, terminalText } from './shared.js';

const fact = (id: string, text: string, sources: string[], figure?: string): Fact => ({
  id, text, predicate: 'be', sources, outlets: sources, independentSources: sources.length, independenceNotes: [], citations: [],
  ...(figure ? { figure: { text: figure, citations: [] } } : {}),
});

describe('factLines', () => {
  it('lists a sentence once with every figure it is stated for, when the outlets are the same', () => {
    const text = 'The storm left 12 dead and 300 homes without power.';
    const lines = factLines([fact('f1', text, ['a', 'b'], '12 dead'), fact('f2', text, ['b', 'a'], '300 homes'), fact('f3', text, ['a', 'b'])]);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.figures).toEqual(['12 dead', '300 homes']);
    expect(lines[0]?.fact.id).toBe('f1');
  });

  it('keeps a figure that other outlets state as a line of its own', () => {
    const text = 'The storm left 12 dead and 300 homes without power.';
    const lines = factLines([fact('f1', text, ['a', 'b'], '12 dead'), fact('f2', text, ['a', 'c'], '300 homes')]);
    expect(lines.map((l) => l.figures)).toEqual([['12 dead'], ['300 homes']]);
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://example.org/a', 'https://example.org/a'],
    ['HTTP://Example.org', 'http://example.org/'],
    ['  https://example.org/a b  ', 'https://example.org/a%20b'],
    ['https://example.org/"><script>', 'https://example.org/%22%3E%3Cscript%3E'],
    ['javascript:alert(1)', null],
    ['JAVASCRIPT:alert(1)', null],
    ['\u0000javascript:alert(1)', null],
    ['java\nscript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
    ['file:///etc/passwd', null],
    ['mailto:a@example.org', null],
    ['/relative', null],
    ['//example.org/x', null],
    ['', null],
    [null, null],
  ])('reads %j as %j', (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });
});

describe('scriptSafeJson', () => {
  it('escapes what could end or confuse a script element, and parses back to the same value', () => {
    const value = { a: '</script><!-- & \u2028\u2029 >', b: ['<', 1] };
    const json = scriptSafeJson(value, 2);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 \\u003e"');
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('terminalText', () => {
  it('replaces control characters but keeps tabs, line feeds and other text', () => {
    expect(terminalText('a\u001b]0;title\u0007b\u009bc\u0000\td\ne é')).toBe('a\ufffd]0;title\ufffdb\ufffdc\ufffd\td\ne é');
  });
});
