import { describe, expect, it } from 'vitest';
import { findQuantities, singular } from './01-quantities.js';

describe('findQuantities', () => {
  const table: [string, string, number, number, number, string | undefined, string][] = [
    // text, span, value, low, high, qualifier, unit
    ['lasted over four hours and', 'over four hours', 4, 4, 5, 'over', 'hour'],
    ['after nearly four years of conflict', 'nearly four years', 4, 3.5, 4, 'nearly', 'year'],
    ['almost 40 villages', 'almost 40 villages', 40, 36, 40, 'almost', 'village'],
    ['more than seven million displaced', 'more than seven million displaced', 7e6, 7e6, 7.7e6, 'more than', 'displaced'],
    ['the more than three-year war', 'more than three-year', 3, 3, 4, 'more than', 'year'],
    ['the nearly four-year-old war', 'nearly four-year-old', 4, 3.5, 4, 'nearly', 'year'],
    ['about 300 people', 'about 300 people', 300, 270, 330, 'about', 'people'],
    ['approximately seven million displaced persons since', 'approximately seven million displaced persons', 7e6, 6.5e6, 7.5e6, 'approximately', 'displaced person'],
    ['around 50 trucks', 'around 50 trucks', 50, 45, 55, 'around', 'truck'],
    ['roughly 1,000 homes', 'roughly 1,000 homes', 1000, 900, 1100, 'roughly', 'home'],
    ['at least 12 ships', 'at least 12 ships', 12, 12, 13.2, 'at least', 'ship'],
    ['up to 20 items', 'up to 20 items', 20, 0, 20, 'up to', 'item'],
    ['fewer than 300 troops', 'fewer than 300 troops', 300, 270, 300, 'fewer than', 'troop'],
    ['tens of thousands of soldiers have died', 'tens of thousands of soldiers', 20000, 20000, 99999, undefined, 'soldier'],
    ['thousands of civilian deaths', 'thousands of civilian deaths', 2000, 2000, 9999, undefined, 'civilian death'],
    ['the 28-point peace plan, which', '28-point peace plan', 28, 28, 28, undefined, 'point plan'],
    ['reduced to 20 items.', '20 items', 20, 20, 20, undefined, 'item'],
    ['two weeks of talks', 'two weeks', 2, 2, 2, undefined, 'week'],
    ['1.5 million people', '1.5 million people', 1.5e6, 1.5e6, 1.5e6, undefined, 'people'],
    ['twenty-five soldiers', 'twenty-five soldiers', 25, 25, 25, undefined, 'soldier'],
    ['up to 20% of land', 'up to 20%', 20, 0, 20, 'up to', 'percent'],
    // "about N": half the step N is rounded to, between 5% and 10% of N.
    ['about 850 soldiers', 'about 850 soldiers', 850, 807.5, 892.5, 'about', 'soldier'],
    ['some 30 civilians', 'some 30 civilians', 30, 27, 33, 'some', 'civilian'],
    // "at least N": the count as it stands, not a figure an outlet would have written instead.
    ['at least 50 people', 'at least 50 people', 50, 50, 55, 'at least', 'people'],
    ['at least two people', 'at least two people', 2, 2, 3, 'at least', 'people'],
    // The counted noun ends where a clause goes on, and a day or a capitalised name counts nothing.
    ['three brothers said they', 'three brothers', 3, 3, 3, undefined, 'brother'],
    ['the toll rose to at least six Friday', 'at least six', 6, 6, 7, 'at least', ''],
    ['1,500 Russians to be evacuated', '1,500 Russians', 1500, 1500, 1500, undefined, 'russian'],
    ['equal to 18 Boeing 747 aircraft', '18', 18, 18, 18, undefined, ''],
    ['the hotel stands 200 FEET from the stage', '200', 200, 200, 200, undefined, ''],
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

  it.each([
    ['a name: digits right after a capitalised word', 'They played the Route 91 festival and flew a Falcon 9 rocket.'],
    ['a time of day', 'It began at 10 p.m. and ended by 2100 GMT, or 10:20 local.'],
    ['a gallery counter', 'Photo 3/16 shows the crowd.'],
    ['a hyphenated name', 'The Delta 4-Heavy is smaller.'],
  ])('reads no figure in %s', (_name, text) => {
    expect(findQuantities(text, 0, text.length, [])).toEqual([]);
  });

  it('keeps a figure after a capitalised function word or qualifier at the start of a sentence', () => {
    const text = 'At 2,500 tons of thrust it flies. Some 30 civilians died.';
    expect(findQuantities(text, 0, text.length, []).map((q) => q.value)).toEqual([2500, 30]);
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
