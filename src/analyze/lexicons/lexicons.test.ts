import { describe, it, expect } from 'vitest';
import { SPEECH_VERBS } from './speech-verbs.js';
import { isPluralTitle, isTitleHead, isTitleWord, statusOf } from './titles.js';
import { FUNCTION_WORDS } from './function-words.js';

describe('lexicons', () => {
  it.each(['said', 'says', 'told', 'stated', 'emphasized', 'acknowledged', 'echoed', 'replies', 'noting'])('knows the speech verb form "%s"', (w) => {
    expect(SPEECH_VERBS.has(w)).toBe(true);
  });
  it.each([['Negotiators', true], ['son-in-law', true], ['ex-President', true], ['delegation', false]] as const)(
    'tells whether "%s" is a title head',
    (w, expected) => expect(isTitleHead(w)).toBe(expected),
  );
  it.each([['Former', 'former'], ['newly', 'new'], ['acting', 'acting'], ['outgoing', 'outgoing'], ['senior', undefined]] as const)(
    'reads the status of "%s"',
    (w, expected) => expect(statusOf(w)).toBe(expected),
  );
  it('counts modifiers as title words but not ordinary words', () => {
    expect(isTitleWord('senior')).toBe(true);
    expect(isTitleWord('talks')).toBe(false);
  });
  it('lists sentence-opening function words', () => {
    expect(['according', 'while', 'the', 'despite'].every((w) => FUNCTION_WORDS.has(w))).toBe(true);
  });
});

describe('title words', () => {
  it.each([['negotiators', true], ['Officials', true], ['envoy', false], ['boss', false]] as const)('tells whether "%s" is a plural title', (w, expected) => {
    expect(isPluralTitle(w)).toBe(expected);
  });
  it.each([['ousted', 'former'], ['departing', 'outgoing'], ['resigned', 'resigned'], ['interim', 'acting']] as const)('reads the status of "%s"', (w, s) => {
    expect(statusOf(w)).toBe(s);
  });
});
