import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Quote } from '../../types.js';
import { findQuotes } from './index.js';
import type { MentionSpec } from './fixture.js';
import { entitiesOf, makeArticle, mentionsOf, simpleSentences } from './fixture.js';

const PEOPLE: MentionSpec[] = [
  ['Jane Doe', 'PERSON', 'person:jane-doe'],
  ['Doe', 'PERSON', 'person:jane-doe'],
  ['Karl Brandt', 'PERSON', 'person:karl-brandt'],
  ['Brandt', 'PERSON', 'person:karl-brandt'],
  ['Lena Vogt', 'PERSON', 'person:lena-vogt'],
  ['Anna Berg', 'PERSON', 'person:anna-berg'],
  ['Norway', 'GPE', 'gpe:norway'],
  ['Bergen', 'GPE', 'gpe:bergen'],
  ['Oslo', 'GPE', 'gpe:oslo'],
  ['Umerov', 'PERSON', 'person:rustem-umerov'],
  ['Rustem Umerov', 'PERSON', 'person:rustem-umerov'],
  ['Marco Rubio', 'PERSON', 'person:marco-rubio'],
  ['Rubio', 'PERSON', 'person:marco-rubio'],
  ['Putin', 'PERSON', 'person:vladimir-putin'],
  ['Ukraine', 'GPE', 'gpe:ukraine'],
  ['AFP', 'ORG', 'org:afp'],
];

interface Seen {
  kind: Quote['kind'];
  content: string;
  speaker?: string;
  mention?: string;
  cue?: string;
  anonymous?: boolean;
}

function quotesOf(text: string): Seen[] {
  const article = makeArticle(text);
  const mentions = mentionsOf(text, PEOPLE);
  const quotes = findQuotes(article, simpleSentences(article), mentions, entitiesOf(text, mentions));
  const cut = (s: { start: number; end: number } | undefined): string | undefined =>
    s ? text.slice(s.start, s.end) : undefined;
  return quotes.map((q) => {
    const seen: Seen = { kind: q.kind, content: text.slice(q.content.start, q.content.end) };
    if (q.speaker) seen.speaker = q.speaker;
    if (q.speakerMention) seen.mention = cut(q.speakerMention);
    if (q.cue) seen.cue = cut(q.cue);
    if (q.anonymous) seen.anonymous = true;
    return seen;
  });
}

describe('findQuotes: direct quotes and their speaker', () => {
  const table: [string, string, Seen[]][] = [
    ['cue then quote', 'Jane Doe said, “We will win.”', [
      { kind: 'direct', content: 'We will win.', speaker: 'person:jane-doe', mention: 'Jane Doe', cue: 'said' },
    ]],
    ['quote then name and cue', '“We will win,” Doe said.', [
      { kind: 'direct', content: 'We will win', speaker: 'person:jane-doe', mention: 'Doe', cue: 'said' },
    ]],
    ['inverted cue', '“We will win,” said Doe.', [
      { kind: 'direct', content: 'We will win', speaker: 'person:jane-doe', mention: 'Doe', cue: 'said' },
    ]],
    ['apposition between name and cue', 'Karl Brandt, a senior adviser to President Lena Vogt, said, “The talks went well.”', [
      { kind: 'direct', content: 'The talks went well.', speaker: 'person:karl-brandt', mention: 'Karl Brandt', cue: 'said' },
    ]],
    ['participle cue takes the main subject', 'Doe acknowledged this hard fact, stating, “We cannot stop now.”', [
      { kind: 'direct', content: 'We cannot stop now.', speaker: 'person:jane-doe', mention: 'Doe', cue: 'stating' },
    ]],
    ['two-word cue', 'Brandt pointed out, “The road is long.”', [
      { kind: 'direct', content: 'The road is long.', speaker: 'person:karl-brandt', mention: 'Brandt', cue: 'pointed out' },
    ]],
    ['cue with a place phrase', '“It is important,” Jane Doe said on social media.', [
      { kind: 'direct', content: 'It is important', speaker: 'person:jane-doe', mention: 'Jane Doe', cue: 'said on social media' },
    ]],
    ['straight quotation marks', 'Doe said, "We will see."', [
      { kind: 'direct', content: 'We will see.', speaker: 'person:jane-doe', mention: 'Doe', cue: 'said' },
    ]],
    ['adverbs between subject and cue', 'Rubio further noted, “There are a lot of moving parts.”', [
      { kind: 'direct', content: 'There are a lot of moving parts.', speaker: 'person:marco-rubio', mention: 'Rubio', cue: 'noted' },
    ]],
    ['introductory phrase before a pronoun', 'Putin spoke on state television. Last week, he stated, “The fighting will stop.”', [
      { kind: 'direct', content: 'The fighting will stop.', speaker: 'person:vladimir-putin', mention: 'he', cue: 'stated' },
    ]],    ['nested attribution: the outer source', '“We will win,” Doe said, according to AFP.', [
      { kind: 'direct', content: 'We will win', speaker: 'org:afp', mention: 'AFP', cue: 'according to' },
    ]],
    ['an auxiliary makes an -ing form finite', 'Doe spoke. She’s predicting a “very good” result.', [
      { kind: 'partial', content: 'very good', speaker: 'person:jane-doe', mention: 'She', cue: 'predicting' },
    ]],
    ['elided subject after "but"', 'Brandt backed the plan but now says it is “too late.”', [
      { kind: 'partial', content: 'too late.', speaker: 'person:karl-brandt', mention: 'Brandt', cue: 'says' },
    ]],
    ['quote after a reporting sentence of its paragraph', 'Doe praised the deal and noted its cost. “It was worth it.”', [
      { kind: 'direct', content: 'It was worth it.', speaker: 'person:jane-doe', mention: 'Doe', cue: 'noted' },
    ]],
    ['possessive before a speech noun', 'Doe spoke. Critics seized on her remark that “nothing works.”', [
      { kind: 'partial', content: 'nothing works.', speaker: 'person:jane-doe', mention: 'her' },
    ]],
    ['subject of the clause after a subordinator', 'Brandt backed the deal, although Doe had “serious doubts.”', [
      { kind: 'partial', content: 'serious doubts.', speaker: 'person:jane-doe', mention: 'Doe' },
    ]],
    ['inverted -s cue after a quotation', '“It is late,” agrees Anna Berg.', [
      { kind: 'direct', content: 'It is late', speaker: 'person:anna-berg', mention: 'Anna Berg', cue: 'agrees' },
    ]],
    ['a mistyped opening mark that closes', '“It is unusual,“ said Doe. “Very.”', [
      { kind: 'direct', content: 'It is unusual', speaker: 'person:jane-doe', mention: 'Doe', cue: 'said' },
      { kind: 'direct', content: 'Very.', speaker: 'person:jane-doe', mention: 'Doe', cue: 'said' },
    ]],
  ];
  it.each(table)('%s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe('findQuotes: multi-sentence, broken and continued quotes', () => {
  it('keeps a multi-sentence quotation as one quote', () => {
    expect(quotesOf('Doe said: “One thing. Another thing. A third.”')).toEqual([
      { kind: 'direct', content: 'One thing. Another thing. A third.', speaker: 'person:jane-doe', mention: 'Doe', cue: 'said' },
    ]);
  });

  it('gives both halves of a quote broken by its attribution the same speaker', () => {
    const quotes = quotesOf('“The first part,” Brandt said. “The second part. And a third sentence.”');
    expect(quotes.map((q) => [q.content, q.speaker, q.cue])).toEqual([
      ['The first part', 'person:karl-brandt', 'said'],
      ['The second part. And a third sentence.', 'person:karl-brandt', 'said'],
    ]);
  });

  it('gives a quote-only paragraph the speaker of the previous paragraph’s last quote', () => {
    const quotes = quotesOf('Jane Doe spoke at length. “We came here to work,” she said.\n“We will not stop.”');
    expect(quotes.map((q) => [q.content, q.speaker])).toEqual([
      ['We came here to work', 'person:jane-doe'],
      ['We will not stop.', 'person:jane-doe'],
    ]);
  });

  it('does not carry a speaker across a heading', () => {
    const quotes = quotesOf('“We came here to work,” Doe said.\nA Heading Here\n“We will not stop.”');
    expect(quotes[1]?.speaker).toBeUndefined();
  });

  it('ends an unclosed quotation at the end of its paragraph', () => {
    const text = 'Both officials later described the talks as “useful and frank.\nBrandt said the next round starts soon.';
    const quotes = quotesOf(text);
    expect(quotes[0]).toEqual({
      kind: 'partial', content: 'useful and frank.', mention: 'Both officials', cue: 'described', anonymous: true,
    });
    expect(quotes[1]).toMatchObject({ kind: 'indirect', content: 'the next round starts soon', speaker: 'person:karl-brandt' });
  });

  it('never takes a heading as a quote', () => {
    expect(quotesOf('“Peace” Plan Concerns\nDoe said, “Fine.”').map((q) => q.content)).toEqual(['Fine.']);
  });
});

describe('findQuotes: pronouns, titles, anonymous and passive speakers', () => {
  it('resolves "he" to the subject of the previous sentence', () => {
    const quotes = quotesOf('Karl Brandt elaborated on the plan with Jane Doe. “This is delicate,” he remarked.');
    expect(quotes).toEqual([
      { kind: 'direct', content: 'This is delicate', speaker: 'person:karl-brandt', mention: 'he', cue: 'remarked' },
    ]);
  });

  it('resolves "she" across a paragraph boundary', () => {
    const quotes = quotesOf('Jane Doe met the press.\nShe stated, “The deal is close.”');
    expect(quotes[0]).toMatchObject({ speaker: 'person:jane-doe', mention: 'She' });
  });

  it('resolves a title to the last person given that title', () => {
    const quotes = quotesOf('Foreign Minister Anna Berg arrived on Friday with Karl Brandt. The minister said, “We are ready.”');
    expect(quotes[0]).toMatchObject({ speaker: 'person:anna-berg', mention: 'The minister' });
  });

  it('keeps an unnamed source anonymous, with its description', () => {
    const text = 'A source close to the northern delegation told AFP that the talks were “not easy,” but stressed that both sides were “trying hard.”';
    const quotes = quotesOf(text);
    expect(quotes).toEqual([
      { kind: 'partial', content: 'not easy', mention: 'A source close to the northern delegation', cue: 'told', anonymous: true },
      { kind: 'partial', content: 'trying hard.', mention: 'A source close to the northern delegation', cue: 'stressed', anonymous: true },
    ]);
  });

  it('keeps plural unnamed sources and a named speaker apart in one sentence', () => {
    const quotes = quotesOf('While regional officials described the meeting as “useful”, Doe warned that problems remain.');
    expect(quotes).toEqual([
      { kind: 'partial', content: 'useful', mention: 'regional officials', cue: 'described', anonymous: true },
      { kind: 'indirect', content: 'problems remain', speaker: 'person:jane-doe', mention: 'Doe', cue: 'warned' },
    ]);
  });

  it('never guesses a speaker for a passive cue', () => {
    const quotes = quotesOf('Doe arrived. The talks were described as “difficult” and “intense.”');
    expect(quotes.map((q) => [q.kind, q.content, q.speaker, q.mention])).toEqual([
      ['partial', 'difficult', undefined, undefined],
      ['partial', 'intense.', undefined, undefined],
    ]);
  });

  it('keeps a passive cue speakerless even under "according to"', () => {
    const quotes = quotesOf('Doe arrived. According to reports, the talks were described as “difficult.”');
    expect(quotes.map((q) => [q.kind, q.content, q.speaker, q.mention])).toEqual([['partial', 'difficult.', undefined, undefined]]);
  });

  it('takes a place as the speaker when it is the subject of the cue', () => {
    expect(quotesOf('Norway insists it will not accept a “bad deal.”')).toEqual([
      { kind: 'partial', content: 'bad deal.', speaker: 'gpe:norway', mention: 'Norway', cue: 'insists' },
    ]);
  });

  it('leaves a partial quote with no cue without a speaker', () => {
    expect(quotesOf('Officials hope to deliver on a promise to “end the war.”')).toEqual([
      { kind: 'partial', content: 'end the war.' },
    ]);
  });

  it('reads a real example sentence: participle with "that" and a partial quote', () => {
    const text =
      'Umerov echoed this sentiment, noting in English that discussions focused on “the future of Ukraine, about the security of Ukraine.” Both officials subsequently described the dialogue as “productive and successful.';
    expect(quotesOf(text)).toEqual([
      { kind: 'partial', content: 'the future of Ukraine, about the security of Ukraine.', speaker: 'person:rustem-umerov', mention: 'Umerov', cue: 'noting' },
      { kind: 'partial', content: 'productive and successful.', mention: 'Both officials', cue: 'described', anonymous: true },
    ]);
  });
});

describe('findQuotes: attribution patterns of news copy', () => {
  const table: [string, string, Seen[]][] = [
    ['inverted cue before an unnamed institution', '“The rules are clear,” said the agency, which runs the program.', [
      { kind: 'direct', content: 'The rules are clear', mention: 'the agency', cue: 'said' },
    ]],
    ['inverted cue before an abbreviated title and a party tag', '“We will vote,” said Sen. Jane Doe (D-Ore.).', [
      { kind: 'direct', content: 'We will vote', speaker: 'person:jane-doe', mention: 'Jane Doe', cue: 'said' },
    ]],
    ['inverted cue before a lowercase description and a name', '“It works,” said union organiser Karl Brandt.', [
      { kind: 'direct', content: 'It works', speaker: 'person:karl-brandt', mention: 'Karl Brandt', cue: 'said' },
    ]],
    ['a question mark inside the quote does not end the attribution', '“Why now?” Doe asked.', [
      { kind: 'direct', content: 'Why now?', speaker: 'person:jane-doe', mention: 'Doe', cue: 'asked' },
    ]],
    ['a verb of saying beyond the usual few', '“That is enough,” Brandt exclaimed.', [
      { kind: 'direct', content: 'That is enough', speaker: 'person:karl-brandt', mention: 'Brandt', cue: 'exclaimed' },
    ]],
    ['a paragraph ending "X continued:" introduces the next one', 'Brandt continued:\n“We are not finished.”', [
      { kind: 'direct', content: 'We are not finished.', speaker: 'person:karl-brandt', mention: 'Brandt', cue: 'continued' },
    ]],
    ['a colon introduces a quote without a speech verb', 'Doe had one message: “Stay home.”', [
      { kind: 'direct', content: 'Stay home.', speaker: 'person:jane-doe', mention: 'Doe' },
    ]],
    ['a sentence ending with its cue introduces the next quote', '“We agree,” Doe said, and Brandt cut in. “Not yet.”', [
      { kind: 'direct', content: 'We agree', speaker: 'person:jane-doe', mention: 'Doe', cue: 'said' },
      { kind: 'direct', content: 'Not yet.', speaker: 'person:karl-brandt', mention: 'Brandt', cue: 'cut in' },
    ]],
    ['a relative clause between the name and its cue', 'Doe, who leads the union, said, “We strike at dawn.”', [
      { kind: 'direct', content: 'We strike at dawn.', speaker: 'person:jane-doe', mention: 'Doe', cue: 'said' },
    ]],
    ['an aside between the name and its cue', 'Brandt, meanwhile, said, “No comment.”', [
      { kind: 'direct', content: 'No comment.', speaker: 'person:karl-brandt', mention: 'Brandt', cue: 'said' },
    ]],
    ['a cue joined to an earlier verb by "and"', 'Doe called on them to resign and said, “Enough.”', [
      { kind: 'direct', content: 'Enough.', speaker: 'person:jane-doe', mention: 'Doe', cue: 'said' },
    ]],
    ['the possessor of the quoted words', 'They deliver on Doe’s promise to “end the war.”', [
      { kind: 'partial', content: 'end the war.', speaker: 'person:jane-doe', mention: 'Doe' },
    ]],
    ['the subject of a clause holding a quoted phrase', 'Doe has long favoured a “managed exit.”', [
      { kind: 'partial', content: 'managed exit.', speaker: 'person:jane-doe', mention: 'Doe' },
    ]],
    ['a first-person narrator stays a pronoun', '“I was wrong,” I said.', [
      { kind: 'direct', content: 'I was wrong', mention: 'I', cue: 'said' },
    ]],
    ['a capitalised -s word inside a name is no cue', 'Doe said the United States has become a “dumping ground.”', [
      { kind: 'partial', content: 'dumping ground.', speaker: 'person:jane-doe', mention: 'Doe', cue: 'said' },
    ]],
    ['a relative pronoun right before the cue is the speaker as written', 'They met Brandt, who has long described the plan as “a trap.”', [
      { kind: 'partial', content: 'a trap.', speaker: 'person:karl-brandt', mention: 'who', cue: 'described' },
    ]],
    ['a party tag between the name and its cue', 'Jane Doe (D-Ore.) said the vote was “a disgrace.”', [
      { kind: 'partial', content: 'a disgrace.', speaker: 'person:jane-doe', mention: 'Jane Doe', cue: 'said' },
    ]],
    ['a verb of answering', 'Brandt was asked to pick a winner. “Denver,” he answered.', [
      { kind: 'direct', content: 'Denver', speaker: 'person:karl-brandt', mention: 'he', cue: 'answered' },
    ]],
    ['a closing single quote before the double one', '“He asked me, ‘Why?’” Doe said.', [
      { kind: 'direct', content: 'He asked me, ‘Why?’', speaker: 'person:jane-doe', mention: 'Doe', cue: 'said' },
    ]],
    ['a quoted phrase reported inside another report', 'Doe said that Brandt had described the plan as “a trap.”', [
      { kind: 'partial', content: 'a trap.', speaker: 'person:jane-doe', mention: 'Doe', cue: 'said' },
    ]],
    ['a participle right after its own subject', 'Both sides spoke, with Brandt calling the plan “a trap.”', [
      { kind: 'partial', content: 'a trap.', speaker: 'person:karl-brandt', mention: 'Brandt', cue: 'calling' },
    ]],
    ['"and he" opens the clause a participle follows', 'Doe met Karl Brandt on Monday, and he left early, saying it was “a waste.”', [
      { kind: 'partial', content: 'a waste.', speaker: 'person:karl-brandt', mention: 'he', cue: 'saying' },
    ]],
    ['a sentence-opening description before an aside', 'The complaint, which was filed on Monday, alleged that the firm “failed to act.”', [
      { kind: 'partial', content: 'failed to act.', mention: 'The complaint', cue: 'alleged' },
    ]],
    ['a participle after a comma takes the name in subject position, not an object of a preposition', 'Asked about AFP coverage, Brandt brushed it aside, calling it “a rumour.”', [
      { kind: 'partial', content: 'a rumour.', speaker: 'person:karl-brandt', mention: 'Brandt', cue: 'calling' },
    ]],
    ['an infinitive cue takes the subject of the verb it depends on', 'Brandt joked about the weather but went on to say, “We are ready.”', [
      { kind: 'direct', content: 'We are ready.', speaker: 'person:karl-brandt', mention: 'Brandt', cue: 'say' },
    ]],
    ['an auxiliary before a quoted phrase does not make the cue after it passive', 'The old rule was “far too strict,” said Doe.', [
      { kind: 'partial', content: 'far too strict', speaker: 'person:jane-doe', mention: 'Doe', cue: 'said' },
    ]],
    ['a long inverted description is cut before its relative clause', '“We lost everything,” said one farmer who asked that his name not be printed in the paper.', [
      { kind: 'direct', content: 'We lost everything', mention: 'one farmer', cue: 'said' },
    ]],
    ['a long subject description is cut before its prepositional phrase', 'The acting head of the regional water board for the northern valley said the dam was “safe.”', [
      { kind: 'partial', content: 'safe.', mention: 'The acting head', cue: 'said' },
    ]],
    ['a participle takes the description opening its clause, not a later name', 'The retired judge addressed the crowd after Brandt, saying the verdict was “final.”', [
      { kind: 'partial', content: 'final.', mention: 'The retired judge', cue: 'saying' },
    ]],
    ['a time phrase opening the clause is no subject', 'A week later, she toured the plant and explained why the staff were “heroes.”', [
      { kind: 'partial', content: 'heroes.', mention: 'she', cue: 'explained' },
    ]],
    ['a participle right after an inverted cue shares its speaker', 'The mayor will lose the “youth vote,” Doe said, adding that the way to win it “is to listen.”', [
      { kind: 'partial', content: 'youth vote', speaker: 'person:jane-doe', mention: 'Doe', cue: 'said' },
      { kind: 'partial', content: 'is to listen.', speaker: 'person:jane-doe', mention: 'Doe', cue: 'adding' },
    ]],
    ['an unlisted verb after a quote that leaves its sentence open', '“People are tired,” Brandt mused. “They want quiet.”', [
      { kind: 'direct', content: 'People are tired', speaker: 'person:karl-brandt', mention: 'Brandt', cue: 'mused' },
      { kind: 'direct', content: 'They want quiet.', speaker: 'person:karl-brandt', mention: 'Brandt', cue: 'mused' },
    ]],
    ['an unlisted verb before the speaker after a quote', '“Never again,” thundered Anna Berg.', [
      { kind: 'direct', content: 'Never again', speaker: 'person:anna-berg', mention: 'Anna Berg', cue: 'thundered' },
    ]],
    ['a description and an unlisted verb with a preposition after a quote', '“The law is clear,” the two lawyers write in their letter.', [
      { kind: 'direct', content: 'The law is clear', mention: 'the two lawyers', cue: 'write' },
    ]],
    ['no attribution from a clause that opens with a relative pronoun after a quote', '“It is over,” which Brandt doubts.', [
      { kind: 'direct', content: 'It is over' },
    ]],
    ['a description opening a clause without a cue owns the quoted phrase in its predicate', 'The new flyer targets a “broken tax system.”', [
      { kind: 'partial', content: 'broken tax system.', mention: 'The new flyer' },
    ]],
    ['a description with a place as modifier, its verb right before the quote', 'The Oslo mayor prefers “slow streets.”', [
      { kind: 'partial', content: 'slow streets.', mention: 'The Oslo mayor' },
    ]],
    ['a description before a progressive verb owns the quoted phrase', 'The charity is seeking “bold ideas” for housing.', [
      { kind: 'partial', content: 'bold ideas', mention: 'The charity' },
    ]],
    ['a description before a copula does not own the quoted phrase', 'The answer was not as “catchy” as the question.', [
      { kind: 'partial', content: 'catchy' },
    ]],
    ['a description set off by a comma from the quote does not own it', 'The film, titled “Long Night,” opens in May.', [
      { kind: 'partial', content: 'Long Night' },
    ]],
    ['"states" after a preposition is a noun, not a cue', 'Doe wants to send money to states that are “ready to build.”', [
      { kind: 'partial', content: 'ready to build.', speaker: 'person:jane-doe', mention: 'Doe' },
    ]],
    ['"states" after a noun is a cue', '“Nobody was hurt,” the report states.', [
      { kind: 'direct', content: 'Nobody was hurt', mention: 'the report', cue: 'states' },
    ]],
    ['a prepositional phrase after the quote is no subject', '“We are thrilled” about the ruling, said Anna Berg.', [
      { kind: 'direct', content: 'We are thrilled', speaker: 'person:anna-berg', mention: 'Anna Berg', cue: 'said' },
    ]],
    ['an age and a two-part address between the name and its cue', '“It is too late,” Anna Berg, 30, of Bergen, Norway, said.', [
      { kind: 'direct', content: 'It is too late', speaker: 'person:anna-berg', mention: 'Anna Berg', cue: 'said' },
    ]],
    ['the subject of an absolute "with" phrase speaks through its participle', 'The rally went on, with hundreds of farmers chanting “No deal.”', [
      { kind: 'direct', content: 'No deal.', mention: 'hundreds of farmers', cue: 'chanting' },
    ]],
    ['a named subject of an absolute "with" phrase, past an adverb', 'Protesters were pushed out, with Doe reportedly shouting: “Get out!”', [
      { kind: 'direct', content: 'Get out!', speaker: 'person:jane-doe', mention: 'Doe', cue: 'shouting' },
    ]],
    ['a sentence opening with a quote passes its speaker to the next quote, not the later cue', '“You are right,” Doe told Brandt, after Brandt assured her of his support. “We will see.”', [
      { kind: 'direct', content: 'You are right', speaker: 'person:jane-doe', mention: 'Doe', cue: 'told' },
      { kind: 'direct', content: 'We will see.', speaker: 'person:jane-doe', mention: 'Doe', cue: 'told' },
    ]],
    ['an editor’s bracket before the first word still makes a whole-sentence quote', '“We have time,” said Doe. “[Brandt] does not.”', [
      { kind: 'direct', content: 'We have time', speaker: 'person:jane-doe', mention: 'Doe', cue: 'said' },
      { kind: 'direct', content: '[Brandt] does not.', speaker: 'person:jane-doe', mention: 'Doe', cue: 'said' },
    ]],
    ['an opening participial phrase with a quotation takes the main clause’s description', 'Citing “family reasons,” the party’s treasurer resigned on Monday.', [
      { kind: 'partial', content: 'family reasons', mention: 'the party’s treasurer', cue: 'Citing' },
    ]],
    ['an opening participial phrase with a quotation takes the main clause’s pronoun', 'In rejecting the “rushed” appeal, she sided with the board.', [
      { kind: 'partial', content: 'rushed', mention: 'she', cue: 'rejecting' },
    ]],
    ['a cue after an opening participial phrase introduces the quote', 'Asked if he expected that vote to pass, Brandt replied: “Not this year.”', [
      { kind: 'direct', content: 'Not this year.', speaker: 'person:karl-brandt', mention: 'Brandt', cue: 'replied' },
    ]],
    ['an inverted cue after a quotation is no opening phrase', '“We will see,” added the party’s treasurer, smiling.', [
      { kind: 'direct', content: 'We will see', mention: 'the party’s treasurer', cue: 'added' },
    ]],
    ['a colon after a dash takes the name after the dash, not the heading', 'RURAL TURNOUT MAY SURPRISE - Anna Berg: “The numbers are moving.”', [
      { kind: 'direct', content: 'The numbers are moving.', speaker: 'person:anna-berg', mention: 'Anna Berg' },
    ]],
    ['a colon after "From …" takes the source named after "from"', 'From the audit report: “No funds were missing.”', [
      { kind: 'direct', content: 'No funds were missing.', mention: 'the audit report' },
    ]],
    ['a quotation signed after a dash on the same line', '“We will not back down.” – Anna Berg, at a rally.', [
      { kind: 'direct', content: 'We will not back down.', speaker: 'person:anna-berg', mention: 'Anna Berg', cue: '–' },
    ]],
    ['a quotation signed on a line of its own by a name the recogniser missed', 'The claim went unchecked.\n“Taxes fell for everyone.”\n- Mara Quist.', [
      { kind: 'direct', content: 'Taxes fell for everyone.', mention: 'Mara Quist', cue: '-' },
    ]],
    ['a markup attribute value is no quotation', 'Doe posted <tweet id="42" author="@doe">a photo</tweet> and said, “It is done.”', [
      { kind: 'direct', content: 'It is done.', speaker: 'person:jane-doe', mention: 'Doe', cue: 'said' },
    ]],
    ['a quote-only paragraph after a paragraph that reports the speaker', 'Doe said that critics had predicted a collapse.\n“That will not happen.”', [
      { kind: 'indirect', content: 'critics had predicted a collapse', speaker: 'person:jane-doe', mention: 'Doe', cue: 'said' },
      { kind: 'direct', content: 'That will not happen.', speaker: 'person:jane-doe', mention: 'Doe', cue: 'said' },
    ]],
  ];
  it.each(table)('%s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });

  it('gives a partial quote inside reported speech its whole reported clause', () => {
    const text = 'Doe said the talks were “difficult but useful” and would go on.';
    const article = makeArticle(text);
    const mentions = mentionsOf(text, PEOPLE);
    const [quote] = findQuotes(article, simpleSentences(article), mentions, entitiesOf(text, mentions));
    expect(quote?.kind).toBe('partial');
    expect(text.slice(quote?.clause?.start, quote?.clause?.end)).toBe('the talks were “difficult but useful” and would go on');
    expect(text.slice(quote?.content.start, quote?.content.end)).toBe('difficult but useful');
  });
});

describe('findQuotes: reported speech', () => {
  it('takes a description after "according to" as the source', () => {
    expect(quotesOf('The talks will resume, according to a statement from the ministry.')).toEqual([
      { kind: 'indirect', content: 'The talks will resume', mention: 'a statement from the ministry', cue: 'according to' },
    ]);
  });

  const table: [string, Seen[]][] = [
    ['Doe said the talks were focused on trade.', [
      { kind: 'indirect', content: 'the talks were focused on trade', speaker: 'person:jane-doe', mention: 'Doe', cue: 'said' },
    ]],
    ['The talks were productive, according to Karl Brandt, a senior adviser.', [
      { kind: 'indirect', content: 'The talks were productive', speaker: 'person:karl-brandt', mention: 'Karl Brandt', cue: 'according to' },
    ]],
    ['According to diplomats, the hardest question is the border.', [
      { kind: 'indirect', content: 'the hardest question is the border', mention: 'diplomats', cue: 'According to', anonymous: true },
    ]],
    ['Doe told reporters that the deal was close.', [
      { kind: 'indirect', content: 'the deal was close', speaker: 'person:jane-doe', mention: 'Doe', cue: 'told reporters' },
    ]],
    ['Rubio repeatedly stressed that any deal must last for decades.', [
      { kind: 'indirect', content: 'any deal must last for decades', speaker: 'person:marco-rubio', mention: 'Rubio', cue: 'stressed' },
    ]],
    ['Despite the praise, Brandt acknowledged that big gaps remain.', [
      { kind: 'indirect', content: 'big gaps remain', speaker: 'person:karl-brandt', mention: 'Brandt', cue: 'acknowledged' },
    ]],
    ['Doe said on Friday.', []],
    ['Brandt said, “We agree.” He said the deal was close.', [
      { kind: 'direct', content: 'We agree.', speaker: 'person:karl-brandt', mention: 'Brandt', cue: 'said' },
      { kind: 'indirect', content: 'the deal was close', speaker: 'person:karl-brandt', mention: 'He', cue: 'said' },
    ]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe('findQuotes: properties', () => {
  const pieces = [
    'Doe', 'Jane Doe', 'said', 'she', 'told', 'according to', 'the talks', 'were', 'good', '“', '”', '"', ',', '.', '\n',
    'that', 'Officials', 'A source close to', 'Norway', ':', '?', 'and', 'who', 'asked', 'Doe’s', 'I', 'cut in', '(', ')',
  ];
  const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(' '));

  it('returns spans inside the text that never overlap each other', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const article = makeArticle(text);
        const mentions = mentionsOf(text, PEOPLE);
        const quotes = findQuotes(article, simpleSentences(article), mentions, entitiesOf(text, mentions));
        quotes.forEach((q, i) => {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(q.content.start).toBeGreaterThanOrEqual(q.start);
          expect(q.content.end).toBeLessThanOrEqual(q.end);
          expect(q.content.end).toBeGreaterThan(q.content.start);
          // A reported clause lies in the text and holds the quoted words.
          if (q.clause) expect([q.clause.start <= q.content.start, q.content.end <= q.clause.end, q.clause.end <= text.length]).toEqual([true, true, true]);
          for (const s of [q.cue, q.speakerMention]) if (s) expect(s.start >= 0 && s.end <= text.length && s.start < s.end).toBe(true);
          const next = quotes[i + 1];
          if (next) expect(q.end).toBeLessThanOrEqual(next.start);
        });
      }),
      { numRuns: 300 },
    );
  });
});
