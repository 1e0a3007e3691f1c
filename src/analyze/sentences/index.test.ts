import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Article } from '../../types.js';
import { articleFromText } from '../test-helpers.js';
import { splitSentences } from './index.js';

const sentencesOf = (text: string): string[] => {
  const article = articleFromText(text);
  return splitSentences(article).map((s) => article.text.slice(s.start, s.end));
};

describe('splitSentences', () => {
  const table: [string, string, string[]][] = [
    ['splits plain sentences', 'The vote passed. Critics objected.', ['The vote passed.', 'Critics objected.']],
    ['keeps "U.S." before a capitalised title', 'U.S. Secretary of State Ana Ruiz spoke. She left.', ['U.S. Secretary of State Ana Ruiz spoke.', 'She left.']],
    ['ends after "U.S." when a pronoun follows', 'Aid came from the U.S. This helped.', ['Aid came from the U.S.', 'This helped.']],
    ['keeps U.K. and lowercase continuations', 'The U.K. and the U.S. agreed.', ['The U.K. and the U.S. agreed.']],
    ['keeps title abbreviations', 'Mr. Olsen met Dr. Pratt and Gen. Maru at St. Anne’s.', ['Mr. Olsen met Dr. Pratt and Gen. Maru at St. Anne’s.']],
    ['keeps month abbreviations before numbers', 'It began on Jan. 5 and ended Feb. 9.', ['It began on Jan. 5 and ended Feb. 9.']],
    ['keeps e.g. and i.e.', 'Some states, e.g. Ohio, i.e. one, voted.', ['Some states, e.g. Ohio, i.e. one, voted.']],
    ['keeps a.m. before a lowercase word', 'They met at 9 a.m. on Monday.', ['They met at 9 a.m. on Monday.']],
    ['keeps initials', 'J. R. Okafor said so.', ['J. R. Okafor said so.']],
    ['keeps decimals', 'Growth was 3.5 percent. It slowed.', ['Growth was 3.5 percent.', 'It slowed.']],
    ['keeps Inc. before lowercase', 'Acme Inc. said it would. Others did not.', ['Acme Inc. said it would.', 'Others did not.']],
    ['splits after an ellipsis and a capital', 'He paused… Then he spoke.', ['He paused…', 'Then he spoke.']],
    ['splits after a closing quote', 'He said, “We will stay forever.” The crowd cheered.', ['He said, “We will stay forever.”', 'The crowd cheered.']],
    ['keeps a quote closed by a comma and its speech verb', '“It’s not just about the terms that end fighting,” Rubio said.', ['“It’s not just about the terms that end fighting,” Rubio said.']],
    ['keeps a quote ending the sentence', 'He stated, “They don’t have a peace agenda; they’re on the side of the war.”', ['He stated, “They don’t have a peace agenda; they’re on the side of the war.”']],
    ['keeps a question followed by a lowercase speech verb', '“Really?” she asked.', ['“Really?” she asked.']],
    ['splits questions and exclamations', 'Why now? Because! Fine.', ['Why now?', 'Because!', 'Fine.']],
    ['splits at a blank line inside a block', 'one line\n\nanother line', ['one line', 'another line']],
    ['ends an unterminated last sentence at the block end', 'No final stop here', ['No final stop here']],
  ];
  it.each(table)('%s', (_name, text, expected) => {
    const article: Article = { ...articleFromText(text), blocks: [{ start: 0, end: text.length, kind: 'paragraph' }] };
    expect(splitSentences(article).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  it('never crosses a block and skips headings', () => {
    const text = 'Short Heading Here\nFirst block ends here\nSecond block. Two.';
    const article: Article = {
      ...articleFromText(text),
      blocks: [
        { start: 0, end: 18, kind: 'heading' },
        { start: 19, end: 40, kind: 'paragraph' },
        { start: 41, end: text.length, kind: 'paragraph' },
      ],
    };
    expect(splitSentences(article).map((s) => [text.slice(s.start, s.end), s.block])).toEqual([
      ['First block ends here', 1],
      ['Second block.', 2],
      ['Two.', 2],
    ]);
  });

  it('reads headings as heading blocks in the test helper', () => {
    expect(sentencesOf('Why It Matters\nIt matters a great deal to everyone involved.')).toEqual([
      'It matters a great deal to everyone involved.',
    ]);
  });

  it('drops the list marker of a bullet block', () => {
    const article = articleFromText('Items:\n- No future invasion\n- Support for allies');
    expect(splitSentences(article).map((s) => article.text.slice(s.start, s.end))).toEqual([
      'Items:',
      'No future invasion',
      'Support for allies',
    ]);
  });

  const textArb = fc
    .array(
      fc.constantFrom('Mr.', 'U.S.', 'the', 'Ann', 'said', '3.5', '“Yes.”', 'No!', 'why?', '…', ',', 'e.g.', 'J.', '\n', ' ', 'Then', 'end.', 'a.m.'),
      { maxLength: 60 },
    )
    .map((words) => words.join(' '));

  it('returns trimmed, ordered, non-overlapping spans inside their blocks that re-join to the block', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const article = articleFromText(text);
        const sentences = splitSentences(article);
        sentences.forEach((s, i) => {
          const block = article.blocks[s.block];
          expect(block).toBeDefined();
          expect(s.start).toBeGreaterThanOrEqual(block?.start ?? Infinity);
          expect(s.end).toBeLessThanOrEqual(block?.end ?? -Infinity);
          expect(s.end).toBeGreaterThan(s.start);
          const slice = text.slice(s.start, s.end);
          expect(slice).toBe(slice.trim());
          const next = sentences[i + 1];
          if (next) {
            expect(next.start).toBeGreaterThanOrEqual(s.end);
            if (next.block === s.block) expect(text.slice(s.end, next.start).trim()).toBe('');
          }
        });
        for (const [index, block] of article.blocks.entries()) {
          const own = sentences.filter((s) => s.block === index);
          if (block.kind !== 'paragraph' || own.length === 0) continue;
          expect(text.slice(own[0]?.start, own[own.length - 1]?.end)).toBe(text.slice(block.start, block.end).trim());
        }
      }),
    );
  });
});
