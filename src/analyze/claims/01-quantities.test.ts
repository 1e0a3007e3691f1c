import { describe, expect, it } from 'vitest';
import { findQuantities, singular } from './01-quantities.js';

describe('findQuantities', () => {
  const table: [string, string, number, number, number, string | undefined, string][] = [
    // text, span, value, low, high, qualifier, unit
    ['lasted over four hours and', 'over four hours', 4, 4, 5, 'over', 'hour'],
    ['after nearly four years of conflict', 'nearly four years', 4, 3.4, 4, 'nearly', 'year'],
    ['almost 40 villages', 'almost 40 villages', 40, 34, 40, 'almost', 'village'],
    ['more than seven million displaced', 'more than seven million displaced', 7e6, 7e6, 8.75e6, 'more than', 'displaced'],
    ['the more than three-year war', 'more than three-year', 3, 3, 3.75, 'more than', 'year'],
    ['the nearly four-year-old war', 'nearly four-year-old', 4, 3.4, 4, 'nearly', 'year'],
    ['about 300 people', 'about 300 people', 300, 270, 330, 'about', 'people'],
    ['approximately seven million displaced persons since', 'approximately seven million displaced persons', 7e6, 6.3e6, 7.7e6, 'approximately', 'displaced person'],
    ['around 50 trucks', 'around 50 trucks', 50, 45, 55, 'around', 'truck'],
    ['roughly 1,000 homes', 'roughly 1,000 homes', 1000, 900, 1100, 'roughly', 'home'],
    ['at least 12 ships', 'at least 12 ships', 12, 12, 15, 'at least', 'ship'],
    ['up to 20 items', 'up to 20 items', 20, 0, 20, 'up to', 'item'],
    ['fewer than 300 troops', 'fewer than 300 troops', 300, 240, 300, 'fewer than', 'troop'],
    ['tens of thousands of soldiers have died', 'tens of thousands of soldiers', 20000, 20000, 99999, undefined, 'soldier'],
    ['thousands of civilian deaths', 'thousands of civilian deaths', 2000, 2000, 9999, undefined, 'civilian death'],
    ['the 28-point peace plan, which', '28-point peace plan', 28, 28, 28, undefined, 'point plan'],
    ['reduced to 20 items.', '20 items', 20, 20, 20, undefined, 'item'],
    ['two weeks of talks', 'two weeks', 2, 2, 2, undefined, 'week'],
    ['1.5 million people', '1.5 million people', 1.5e6, 1.5e6, 1.5e6, undefined, 'people'],
    ['twenty-five soldiers', 'twenty-five soldiers', 25, 25, 25, undefined, 'soldier'],
    ['up to 20% of land', 'up to 20%', 20, 0, 20, 'up to', 'percent'],
  ];
  it.each(table)('%s', (text, span, value, low, high, qualifier, unit) => {
    const [q] = findQuantities(text, 0, text.length, []);
    expect(q && text.slice(q.span.start, q.span.end)).toBe(span);
    expect(q).toMatchObject({ kind: 'quantity', value, low, high, unit });
    expect(q?.qualifier).toBe(qualifier);
  });

  it('ignores a bare "one" and numbers inside excluded spans', () => {
    expect(findQuantities('one of the hardest issues', 0, 25, [])).toEqual([]);
    expect(findQuantities('in 2022 they met', 0, 16, [{ start: 3, end: 7 }])).toEqual([]);
  });

  it('reads every quantity of a list in order', () => {
    const text = 'tens of thousands of casualties, thousands of deaths, and about seven million displaced persons';
    expect(findQuantities(text, 0, text.length, []).map((q) => q.unit)).toEqual(['casualty', 'death', 'displaced person']);
  });
});

describe('singular', () => {
  it.each([
    ['casualties', 'casualty'],
    ['persons', 'person'],
    ['hours', 'hour'],
    ['crises', 'crisis'],
    ['boxes', 'box'],
    ['status', 'status'],
  ])('%s → %s', (plural, expected) => {
    expect(singular(plural)).toBe(expected);
  });
});
