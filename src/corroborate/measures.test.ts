import { describe, expect, it } from 'vitest';
import type { Quantity } from '../types.js';
import { sameThing, thingOf, type MeasureContext } from './measures.js';

/** A quantity located in its sentence (value and interval do not matter for what it measures). */
function figure(text: string, phrase: string, unit: string): Quantity {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in "${text}"`);
  return { kind: 'quantity', span: { start, end: start + phrase.length }, value: 1, low: 1, high: 1, unit };
}

type Side = [text: string, phrase: string, unit: string, context?: MeasureContext];

describe('sameThing: what a figure measures, from the words around it', () => {
  const table: [name: string, a: Side, b: Side, same: boolean][] = [
    ['"years of conflict" / "the three-year war"',
      ['Talks follow nearly four years of conflict.', 'nearly four years', 'year'],
      ['Talks aim to end the three-year war with its neighbour.', 'three-year', 'year'], true],
    ['"the four-year-old war" / "a war that has lasted two years" (subject of a verb of duration)',
      ['Talks aim to end the nearly four-year-old Northland war.', 'nearly four-year-old', 'year'],
      ['The war has lasted two years.', 'two years', 'year', { subject: 'The war', predicate: 'last' }], true],
    ['"four hours" of a meeting / "four years" of a war',
      ['The meeting lasted four hours.', 'four hours', 'hour', { subject: 'The meeting', predicate: 'last' }],
      ['The war has lasted four years.', 'four years', 'year', { subject: 'The war', predicate: 'last' }], false],
    ['"displaced persons" / "residents have been displaced"',
      ['Approximately seven million displaced persons live abroad.', 'Approximately seven million displaced persons', 'displaced person'],
      ['More than seven million residents have been displaced.', 'More than seven million residents', 'resident'], true],
    ['"displaced persons" / "Northlanders have been displaced" (a demonym counts people)',
      ['Approximately seven million displaced persons live abroad.', 'Approximately seven million displaced persons', 'displaced person'],
      ['More than seven million Northlanders have been displaced.', 'More than seven million Northlanders', 'northlander'], true],
    ['"civilian deaths" / "civilians have been killed"',
      ['Thousands of civilian deaths were recorded.', 'Thousands of civilian deaths', 'civilian death'],
      ['Thousands of civilians have been killed.', 'Thousands of civilians', 'civilian'], true],
    ['"civilian deaths" / "soldiers have died"',
      ['Thousands of civilian deaths were recorded.', 'Thousands of civilian deaths', 'civilian death'],
      ['Thousands of soldiers have died.', 'Thousands of soldiers', 'soldier'], false],
    ['"military casualties" / "soldiers have died"',
      ['Tens of thousands of military casualties were counted.', 'Tens of thousands of military casualties', 'military casualty'],
      ['Tens of thousands of soldiers have died.', 'Tens of thousands of soldiers', 'soldier'], false],
    ['"a wage increase of 3 percent" / "a 3 percent pay rise offer" (a verb of saying says nothing)',
      ['Employers offered a wage increase of 3 percent.', '3 percent', 'percent', { predicate: 'offer' }],
      ['She said the 3 percent pay rise was final.', '3 percent pay rise', 'percent pay rise', { predicate: 'say' }], true],
    ['"3 percent" said of wages / "3 percent" said of inflation',
      ['She said wages rose by 3 percent.', '3 percent', 'percent', { predicate: 'say' }],
      ['She said inflation reached 3 percent.', '3 percent', 'percent', { predicate: 'say' }], false],
  ];
  it.each(table)('%s', (_name, [ta, pa, ua, ca], [tb, pb, ub, cb], same) => {
    expect(sameThing(thingOf(ta, figure(ta, pa, ua), ca), thingOf(tb, figure(tb, pb, ub), cb))).toBe(same);
  });

  it('lets one exact figure of a plan match under another head ("12-point plan" / "12-point proposal")', () => {
    const a = 'The 12-point plan was leaked.';
    const b = 'The leak of a 12-point Northland peace proposal angered allies.';
    const [qa, qb] = [figure(a, '12-point plan', 'point plan'), figure(b, '12-point', 'point')];
    expect(sameThing(thingOf(a, qa), thingOf(b, qb), true)).toBe(true);
    expect(sameThing(thingOf(a, qa), thingOf(b, qb), false)).toBe(false);
  });
});

describe('thingOf(…).key: exactly what a figure measures', () => {
  const table: [name: string, side: Side, key: string | undefined][] = [
    ['a toll by the verb before', ['A bomb killed at least four civilians.', 'at least four civilians', 'civilian'], 'dead'],
    ['a toll by the state after, past an aside', ['Some 30 people, many of them children, were killed.', 'Some 30 people', 'people'], 'dead'],
    ['the wounded as the unit', ['Doctors said 120 wounded had been brought in.', '120 wounded', 'wounded'], 'injured'],
    ['soldiers killed are not the total toll', ['The raid killed two American soldiers.', 'two American soldiers', 'american soldier'], 'dead: american soldier'],
    ['a counted noun with its modifier', ['It has two side boosters.', 'two side boosters', 'side booster'], 'side booster'],
    ['a count besides another', ['It has 850 soldiers there, with another 1,000 troops nearby.', '1,000 troops', 'troop'], 'soldier besides'],
    ['a measure by the noun before "of"', ['It reached an altitude of 770 kilometers.', '770 kilometers', 'kilometer'], 'kilometre: altitude'],
    ['a rate by "a day"', ['The strike was costing 20 million euros a day.', '20 million euros', 'euro'], 'euro/day: cost of strike'],
    ['a measure by the verb after "would", of the noun before it', ['She said the repairs would cost 20 million euros.', '20 million euros', 'euro', { predicate: 'say' }], 'euro: cost of repair'],
    ['what a thing can do is a capability, not a measure of the story', ['New missiles can travel as far as 497 miles.', 'as far as 497 miles', 'mile', { predicate: 'say' }], undefined],
    ['occurrences count nothing', ['The engine fired three times.', 'three times', 'time'], undefined],
    ['a bare measure says nothing', ['She said it was 40 kilometers.', '40 kilometers', 'kilometer', { predicate: 'say' }], undefined],
    ['generic people alone say nothing', ['She met 40 people.', '40 people', 'people'], undefined],
  ];
  it.each(table)('%s', (_name, [text, phrase, unit, context], key) => {
    expect(thingOf(text, figure(text, phrase, unit), context).key).toBe(key);
  });
});
