/**
 * Who is who in the example corpus, read by hand from the five articles of
 * examples/ukraine-talks and written down here: every person named, every
 * spelling the outlets use, and every role each outlet gives them (the words
 * of the role and its time marker). The pipeline must find each person as
 * exactly one actor with all their spellings, each role with a span whose
 * text holds the role's words, and no role the text does not give.
 *
 * Not roles, on purpose: "American negotiators Steve Witkoff and Jared
 * Kushner" (000) is a group's title; "a delegation led by U.S. envoy Steve
 * Witkoff and Jared Kushner" (001) makes only Witkoff the envoy; "U.S.
 * envoys in Moscow" (001) names no one; "the resignation of Andriy Yermak"
 * (002) and "after Andriy Yermak resigned" (003) say he left, not which post.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { briefFiles } from '../src/index.js';
import type { Actor, StoryBrief } from '../src/types.js';

/** A role an outlet gives: article (file prefix), the role's words, its time marker, how many times that article states it. */
type ExpectedRole = [article: string, words: string, status: string | undefined, times: number];

interface Person {
  name: string;
  spellings: string[];
  roles: ExpectedRole[];
}

const PEOPLE: Person[] = [
  { name: 'Steve Witkoff', spellings: ['Steve Witkoff', 'Witkoff'], roles: [
    ['001', 'U.S. envoy', undefined, 1], // "U.S. envoy Steve Witkoff"
    ['002', 'special envoy', undefined, 1], // "President Donald Trump’s special envoy Steve Witkoff"
    ['003', 'envoy', undefined, 2], // "President Donald Trump’s envoy Steve Witkoff", "envoy Steve Witkoff — and possibly"
    ['004', 'envoy', undefined, 1], // "with envoy Steve Witkoff"
  ] },
  { name: 'Jared Kushner', spellings: ['Jared Kushner', 'Kushner'], roles: [
    ['001', 'son-in-law of former President Donald Trump', undefined, 1],
    ['002', 'senior advisor', undefined, 1],
    ['003', 'son-in-law', undefined, 1], // "Trump’s son-in-law Jared Kushner"
    ['004', 'adviser', undefined, 1], // "adviser Jared Kushner"
  ] },
  { name: 'Marco Rubio', spellings: ['Marco Rubio', 'Rubio'], roles: [
    ['000', 'Secretary of State', undefined, 1],
    ['001', 'U.S. Secretary of State', undefined, 1],
    ['002', 'U.S. Secretary of State', undefined, 1],
    ['002', 'Secretary', undefined, 1], // "Secretary Rubio emphasized"
    ['003', 'United States Secretary of State', undefined, 1],
    ['004', 'Secretary of State', undefined, 1],
  ] },
  { name: 'Rustem Umerov', spellings: ['Rustem Umerov', 'Umerov'], roles: [
    ['000', 'head of the Ukrainian delegation', undefined, 1],
    ['002', 'National Security Council Secretary', undefined, 1],
    ['002', 'chief negotiator', undefined, 1], // "who recently assumed the role of chief negotiator"
    ['003', 'newly appointed chief negotiator', 'new', 1],
    ['003', 'chief negotiator', undefined, 1], // "who stepped into the chief negotiator role"
    ['004', 'new chief negotiator', 'new', 1],
  ] },
  { name: 'Andriy Yermak', spellings: ['Andriy Yermak'], roles: [
    ['000', 'chief of staff', undefined, 1], // "Andriy Yermak, Zelenskyy’s chief of staff"
    ['004', 'previous lead', 'former', 1], // "the previous lead, Andriy Yermak, resigned"
  ] },
  { name: 'Donald Trump', spellings: ['Donald Trump', 'Trump'], roles: [
    ['000', 'President', undefined, 1],
    ['001', 'former President', 'former', 1], // as written: "the son-in-law of former President Donald Trump"
    ['002', 'President', undefined, 1],
    ['003', 'President', undefined, 3], // "President Donald Trump’s envoy", "President Donald Trump told", "President Trump for their efforts"
    ['004', 'President', undefined, 1], // "President Trump’s promise"
  ] },
  { name: 'Vladimir Putin', spellings: ['Vladimir Putin', 'Putin'], roles: [
    ['000', 'Russian President', undefined, 1],
    ['001', 'President', undefined, 1], // "a senior adviser to President Vladimir Putin"
    ['003', 'President', undefined, 1], // "direct talks with President Vladimir Putin"
  ] },
  { name: 'Volodymyr Zelensky', spellings: ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Zelenskiy', 'Zelensky', 'Zelenskyy'], roles: [
    ['001', 'President of Ukraine', undefined, 1], // "Volodymyr Zelenskyy, the President of Ukraine"
    ['002', 'Ukrainian President', undefined, 1],
    ['003', 'Ukrainian President', undefined, 2],
  ] },
  { name: 'Yuri Ushakov', spellings: ['Ushakov', 'Yuri Ushakov'], roles: [
    ['001', 'senior adviser to President Vladimir Putin', undefined, 1],
  ] },
  { name: 'Emmanuel Macron', spellings: ['Emmanuel Macron'], roles: [
    ['002', 'French President', undefined, 1],
    ['003', 'French President', undefined, 1],
  ] },
];

/** Places that stand for a government, and the country actor each must link to. */
const GOVERNMENT_PLACES: [place: string, country: string][] = [
  ['Kyiv', 'Ukraine'],
  ['Moscow', 'Russia'],
  ['Washington', 'United States'],
  ['Kremlin', 'Russia'],
  ['White House', 'United States'],
];

/** One role citation of an actor, with the text it cites. */
interface Found {
  article: string;
  slice: string;
  status: string | undefined;
}

function citationsOf(story: StoryBrief, actor: Actor): Found[] {
  const texts = new Map(story.articles.map((a) => [a.id, a.text]));
  return actor.roles.flatMap((r) =>
    r.citations.map((c) => ({ article: c.articleId.slice(0, 3), slice: texts.get(c.articleId)?.slice(c.start, c.end) ?? '', status: r.status })),
  );
}

/**
 * Pairs expected roles with found citations, most specific words first, each
 * citation used once: what is left on either side is missing or invented.
 */
function pair(expected: ExpectedRole[], found: Found[]): { missing: string[]; invented: string[] } {
  const left = [...found];
  const missing: string[] = [];
  for (const [article, words, status, times] of [...expected].sort((a, b) => b[1].length - a[1].length)) {
    for (let n = 0; n < times; n++) {
      const i = left.findIndex((f) => f.article === article && f.slice.includes(words) && f.status === status);
      if (i < 0) missing.push(`${article} “${words}” ${status ?? ''}`);
      else left.splice(i, 1);
    }
  }
  return { missing, invented: left.map((f) => `${f.article} “${f.slice}” ${f.status ?? ''}`) };
}

describe('entities and roles on examples/ukraine-talks', () => {
  let story: StoryBrief;
  beforeAll(async () => {
    const brief = await briefFiles(['examples/ukraine-talks']);
    expect(brief.stories).toHaveLength(1);
    const [only] = brief.stories;
    if (!only) throw new Error('no story');
    story = only;
  });

  const actorOf = (person: Person): Actor[] =>
    story.actors.filter((a) => a.type === 'PERSON' && a.aliases.some((x) => person.spellings.includes(x)));

  it('finds no person outside the table', () => {
    const named = new Set(PEOPLE.flatMap((p) => p.spellings));
    expect(story.actors.filter((a) => a.type === 'PERSON' && !a.aliases.some((x) => named.has(x))).map((a) => a.name)).toEqual([]);
  });

  it.each(PEOPLE.map((p) => [p.name, p] as const))('%s is exactly one actor with all their spellings', (_name, person) => {
    const actors = actorOf(person);
    expect(actors.map((a) => a.name)).toEqual([person.name]);
    expect([...(actors[0]?.aliases ?? [])].sort()).toEqual([...person.spellings].sort());
  });

  it.each(PEOPLE.map((p) => [p.name, p] as const))('%s has every role the outlets give, and no other', (_name, person) => {
    const [actor] = actorOf(person);
    expect(actor).toBeDefined();
    if (!actor) return;
    expect(pair(person.roles, citationsOf(story, actor))).toEqual({ missing: [], invented: [] });
  });

  it('counts the roles: found equals expected for every person', () => {
    const counts = PEOPLE.map((p) => {
      const [actor] = actorOf(p);
      return [p.name, actor ? citationsOf(story, actor).length : 0];
    });
    expect(counts).toEqual(PEOPLE.map((p) => [p.name, p.roles.reduce((n, r) => n + r[3], 0)]));
  });

  it('merges the country under every abbreviation the outlets use', () => {
    const us = story.actors.filter((a) => a.aliases.includes('U.S.') || a.aliases.includes('United States'));
    expect(us.map((a) => [a.name, [...a.aliases].sort()])).toEqual([['United States', ['U.S.', 'US', 'United States']]]);
  });

  it.each(GOVERNMENT_PLACES)('%s keeps its own actor and type and links to %s', (place, country) => {
    const actor = story.actors.find((a) => a.name === place);
    const target = story.actors.find((a) => a.name === country);
    expect(actor?.type).not.toBe('PERSON');
    expect(actor?.id).not.toBe(target?.id);
    expect(target).toBeDefined();
    expect(actor?.country).toBe(target?.id);
  });

  it('links no other actor to a country', () => {
    const linked = story.actors.filter((a) => a.country).map((a) => a.name).sort();
    expect(linked).toEqual([...GOVERNMENT_PLACES.map(([p]) => p), 'Paris'].sort());
  });
});
