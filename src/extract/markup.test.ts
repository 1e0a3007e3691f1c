import { describe, expect, it } from 'vitest';
import { MAX_ATTRIBUTES, boundNesting, nestingDepth } from './markup.js';

const nested = (depth: number, inner = '<p>Deep text.</p>'): string => `${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}`;

describe('nestingDepth: follows the tags as the parser nests them', () => {
  it.each([
    ['<div><div><p>x</p></div></div>', 3],
    ['<ul><li>a<li>b<li>c</ul>', 2],
    ['<p>a<p>b<p>c<div>d</div>', 1],
    ['<table><tr><td>a<td>b<tr><td>c</table>', 3],
    ['<div><!-- <div><div><div> --></div>', 1],
    ['<div><![CDATA[<div><div>]]></div>', 1],
    ['<script>"<div><div><div>"</script>', 1],
    ['<style>a<b{}</style><title><b><b></title>', 1],
    ['<svg><path/><path/><g><path/></g></svg>', 3],
    ['<div/><div/><div/>', 3],
    ['<a title="x > <div><div>">z</a>', 1],
    ['<br><img src=x><hr><input>', 0],
    ['<div></span></div><div></div>', 1],
  ])('%s is %i deep', (html, depth) => {
    expect(nestingDepth(html)).toBe(depth);
  });

  it('sees a closing tag hidden in a comment as no closing tag', () => {
    expect(nestingDepth('<div><!--</div>-->'.repeat(50))).toBe(50);
  });
});

describe('boundNesting', () => {
  it('returns a page within the bound unchanged', () => {
    const page = '<html><body><article><h1>T</h1><p>One <b>two</b></p><!-- c --></article></body></html>';
    expect(boundNesting(page, 10)).toBe(page);
  });

  it('drops the tags beyond the bound with their closing tags, keeping the text and block breaks', () => {
    expect(boundNesting('<div><div><p>Deep</p></div></div>', 2)).toBe('<div><div><br><br>Deep<br><br></div></div>');
    expect(boundNesting('<b><i><u>x</u></i></b>', 1)).toBe('<b>x</b>');
  });

  it('bounds 200,000 nested elements to the limit, in time linear in the page', () => {
    const out = boundNesting(nested(200_000), 256);
    expect(nestingDepth(out)).toBe(256);
    expect(out).toContain('Deep text.');
  });

  it('takes about four times as long for four times the nesting', () => {
    const time = (depth: number): number => {
      const html = nested(depth);
      const start = performance.now();
      for (let i = 0; i < 3; i += 1) boundNesting(html, 256);
      return performance.now() - start;
    };
    time(20_000); // warm up the JIT
    const ratio = time(160_000) / Math.max(time(40_000), 1);
    // Linear is ~4; quadratic would be ~16. The bound is generous for a noisy machine.
    expect(ratio).toBeLessThan(10);
  });

  it('keeps the first MAX_ATTRIBUTES attributes of an element and its content', () => {
    const attributes = Array.from({ length: 100_000 }, (_, i) => ` a${i}="v>${i}"`).join('');
    const out = boundNesting(`<div${attributes}>Text</div><img${attributes}/>`, 10);
    const kept = Array.from({ length: MAX_ATTRIBUTES }, (_, i) => ` a${i}="v>${i}"`).join('');
    expect(out).toBe(`<div${kept} >Text</div><img${kept} />`);
    expect(boundNesting(`<div a/b/c>x</div>`, 10)).toBe('<div a/b/c>x</div>');
  });
});
