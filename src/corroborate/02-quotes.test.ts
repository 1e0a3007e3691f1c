import { describe, it, expect } from 'vitest';
import type { AnalyzedArticle } from '../types.js';
import { resolveActors } from './01-actors.js';
import { groupQuotes, normalizeQuote, wordingDiff } from './02-quotes.js';
import { DEFAULT_CORROBORATE_OPTIONS } from './options.js';
import { buildArticle } from './test-fixture.js';

function groupsOf(items: AnalyzedArticle[]) {
  return groupQuotes(items, resolveActors(items, DEFAULT_CORROBORATE_OPTIONS), DEFAULT_CORROBORATE_OPTIONS);
}

/** Two articles, each with one quote by the given speaker name (or none). */
function pair(a: { words: string; by?: string }, b: { words: string; by?: string }) {
  const article = (id: string, q: { words: string; by?: string }) =>
    buildArticle({ id, text: `${q.by ?? 'Someone'} said: “${q.words}”` }, (x) => {
      if (q.by) x.entity(`person:${q.by}`, 'PERSON', q.by);
      x.quote(q.words, q.by ? { speaker: `person:${q.by}` } : {});
    });
  return groupsOf([article('a', a), article('b', b)]);
}

describe('normalizeQuote', () => {
  it.each([
    ['The U.S. is hearing us; the U.S. is supporting us.', 'us is hearing us us is supporting us'],
    ['US is hearing us. US is supporting us.', 'us is hearing us us is supporting us'],
    ['We don’t just want to end the war;', "we don't just want to end the war"],
    ['“Long-term prosperity,” he said', 'long term prosperity he said'],
    ['The United States of America is with us', 'us is with us'],
  ])('%s → %s', (input, output) => {
    expect(normalizeQuote(input)).toBe(output);
  });
});

describe('groupQuotes', () => {
  it('keeps two different utterances on one theme apart', () => {
    const groups = pair(
      { words: 'We don’t just want to end the war; we also want to help Ukraine be safe forever.', by: 'Tomas Vidal' },
      { words: 'It’s not just about the terms that end fighting.', by: 'Tomas Vidal' },
    );
    expect(groups).toHaveLength(2);
  });

  it('groups one utterance reworded by one word and shows only that word', () => {
    const groups = pair(
      { words: 'The U.S. is hearing us; the U.S. is supporting us; the U.S. is walking beside us.', by: 'Rustem Umerov' },
      { words: 'US is hearing us. US is supporting us. US is working beside us.', by: 'Rustem Umerov' },
    );
    expect(groups).toHaveLength(1);
    const diff = groups[0]?.diffs[0];
    expect(diff?.articleId).toBe('b');
    expect(diff?.parts.filter((p) => p.op !== 'same')).toEqual([
      { op: 'removed', text: 'walking' },
      { op: 'added', text: 'working' },
    ]);
    expect(groups[0]?.speaker).toBe('Rustem Umerov');
  });

  it('groups a partial quote with the longer quote it comes from, without a diff', () => {
    const groups = pair(
      { words: 'It’s not just about the terms that end fighting. It’s about the terms that set up the country for prosperity.' },
      { words: 'It’s not just about the terms that end fighting,' },
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]?.diffs).toEqual([]);
  });

  it('shows a wording difference inside an overlapping stretch of two partial quotes', () => {
    const groups = pair(
      { words: 'the terms that end fighting. It’s about also the terms that set up the country for prosperity' },
      { words: 'It’s about the terms that set up the country for prosperity. We built on that today.' },
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]?.diffs[0]?.parts.filter((p) => p.op !== 'same')).toEqual([{ op: 'removed', text: 'also' }]);
  });

  it('does not group quotes whose known speakers differ', () => {
    const groups = pair(
      { words: 'This meeting was productive and successful.', by: 'Ana Sola' },
      { words: 'This meeting was productive and successful.', by: 'Boris Brandt' },
    );
    expect(groups).toHaveLength(2);
  });

  it('groups quotes when one speaker is unknown', () => {
    const groups = pair({ words: 'This meeting was productive and successful.', by: 'Ana Sola' }, { words: 'productive and successful' });
    expect(groups).toHaveLength(1);
    expect(groups[0]?.speaker).toBe('Ana Sola');
  });

  it('groups one-word quotes only when identical', () => {
    expect(pair({ words: 'difficult' }, { words: 'It has some difficult little problems.' })).toHaveLength(2);
    expect(pair({ words: 'not easy' }, { words: 'not easy' })).toHaveLength(1);
  });

  it('never groups indirect speech with a direct quote', () => {
    const items = [
      buildArticle({ id: 'a', text: 'Ana Sola said the talks were productive and successful overall.' }, (b) =>
        b.entity('person:ana', 'PERSON', 'Ana Sola').quote('the talks were productive and successful overall', { kind: 'indirect', speaker: 'person:ana' }),
      ),
      buildArticle({ id: 'b', text: 'Ana Sola said: “The talks were productive and successful overall.”' }, (b) =>
        b.entity('person:ana', 'PERSON', 'Ana Sola').quote('The talks were productive and successful overall.', { speaker: 'person:ana' }),
      ),
    ];
    expect(groupsOf(items)).toHaveLength(2);
  });

  it('names an anonymous speaker by its description', () => {
    const items = ['a', 'b'].map((id) =>
      buildArticle({ id, text: 'A source close to the delegation said the talks were “not easy.”' }, (b) =>
        b.quote('not easy', { anonymous: true, speakerMention: 'A source close to the delegation' }),
      ),
    );
    const [group] = groupsOf(items);
    expect(group).toMatchObject({ speaker: 'A source close to the delegation', anonymous: true });
    expect(group?.variants.map((v) => v.articleId)).toEqual(['a', 'b']);
  });

  it('numbers groups after a stable sort, most-quoted first', () => {
    const items = [
      buildArticle({ id: 'a', text: 'He said “alpha beta gamma delta” and “one two three four”.' }, (b) =>
        b.quote('alpha beta gamma delta').quote('one two three four'),
      ),
      buildArticle({ id: 'b', text: 'She said “one two three four”.' }, (b) => b.quote('one two three four')),
    ];
    expect(groupsOf(items).map((g) => [g.id, g.variants[0]?.text])).toEqual([
      ['q-1', 'one two three four'],
      ['q-2', 'alpha beta gamma delta'],
    ]);
  });
});

describe('wordingDiff', () => {
  it.each([
    { a: 'we will win', b: 'we will lose', changed: ['removed:win', 'added:lose'] },
    { a: 'a b c d e', b: 'c d e f g', changed: [] },
    { a: 'x y z', b: 'x y z', changed: [] },
  ])('$a vs $b', ({ a, b, changed }) => {
    const parts = wordingDiff(a.split(' '), b.split(' '));
    expect(parts.filter((p) => p.op !== 'same').map((p) => `${p.op}:${p.text}`)).toEqual(changed);
  });
});
