import { describe, expect, it } from 'vitest';
import { readableText, segmentText } from './01-blocks.js';
import { boilerplateRule } from './02-boilerplate.js';
import { findCredits } from './03-provenance.js';
import { looksLikeHeading } from './04-headings.js';
import { DEFAULT_EXTRACT_OPTIONS } from './index.js';
import { guessLanguage } from './language.js';
import { normalizeDate } from './metadata.js';

describe('boilerplate rules', () => {
  const cases: { rule: string; positive: string; negative: string }[] = [
    { rule: 'form-notice', positive: '"*" indicates required fields', negative: 'The form indicates that several fields of the treaty remain unresolved.' },
    { rule: 'required-marker', positive: 'Email address*', negative: 'The minister was asked about the address.' },
    {
      rule: 'newsletter',
      positive: 'Sign up for our morning newsletter',
      negative: 'Residents were told to sign up for the evacuation scheme by Friday.',
    },
    { rule: 'newsletter', positive: 'Get the best stories delivered to your inbox', negative: 'The newsletter was founded in 1998 by two teachers.' },
    { rule: 'share', positive: 'Share this article', negative: 'Share prices fell sharply on Monday.' },
    { rule: 'share', positive: 'Share on Facebook', negative: 'Officials agreed to share intelligence with their allies.' },
    { rule: 'share', positive: 'Share | Tweet | Email', negative: 'Facebook and X removed the posts on Tuesday.' },
    { rule: 'read-more', positive: 'Read more: Harbour talks stall again', negative: 'Read more carefully, the letter reveals a change of tone.' },
    { rule: 'read-more', positive: 'Click here to subscribe.', negative: 'Negotiators said they would continue reading the draft overnight.' },
    { rule: 'read-more', positive: 'Continue reading', negative: 'The envoy will continue talks on Friday.' },
    {
      rule: 'cookies',
      positive: 'We use cookies to improve your experience. By continuing you accept our cookie policy.',
      negative: 'The bakery sold out of cookies before noon, its owner said.',
    },
    { rule: 'cookies', positive: 'Accept all cookies', negative: 'Investigators found the browser cookies had been deleted.' },
    { rule: 'copyright', positive: '© 2025 The Daily Example. All rights reserved.', negative: 'Copyright lawyers say the ruling changes little.' },
    { rule: 'copyright', positive: 'Copyright 2024 Example Media', negative: 'The band said it had reserved all its rights to the song.' },
    { rule: 'advertisement', positive: 'Advertisement', negative: 'The advertisement campaign cost the party two million euros.' },
    { rule: 'advertisement', positive: 'Story continues below advertisement', negative: 'The story continues to develop, officials said.' },
    { rule: 'follow-us', positive: 'Follow us on Instagram', negative: 'Follow the money, the auditor told lawmakers.' },
    { rule: 'follow-us', positive: 'Follow Jane Roe on X', negative: 'Protesters vowed to follow the convoy to the border.' },
    { rule: 'byline', positive: 'By Ines Marlow and Piet Horn', negative: 'By Tuesday, the talks had collapsed.' },
    { rule: 'timestamp', positive: 'Updated 2 December 2025, 14:05 GMT', negative: 'Published in 1990, the memoir sold a million copies.' },
    { rule: 'timestamp', positive: 'Tue 4 March 2025', negative: 'On 4 March 2025 the talks resumed.' },
    { rule: 'image-credit', positive: 'Photo: Jane Roe/Example Agency', negative: 'Photo evidence showed the convoy near the border.' },
  ];

  it.each(cases)('$rule: flags "$positive" and keeps "$negative"', ({ rule, positive, negative }) => {
    expect(boilerplateRule(positive)).toBe(rule);
    expect(boilerplateRule(negative)).toBeNull();
  });
});

describe('provenance rules', () => {
  const credits: [string, { kind: string; source: string }[]][] = [
    ['With information from Reuters.', [{ kind: 'wire', source: 'Reuters' }]],
    ['With reporting from Agence Nord and Sudpress.', [{ kind: 'wire', source: 'Agence Nord' }, { kind: 'wire', source: 'Sudpress' }]],
    [
      'This report is based on information originally published by BBC News, with additional analysis and context provided by FFR News.',
      [
        { kind: 'original', source: 'BBC News' },
        { kind: 'credit', source: 'FFR News' },
      ],
    ],
    ['This article first appeared in The Harbour Gazette.', [{ kind: 'original', source: 'The Harbour Gazette' }]],
    ['(Reporting by Jane Roe in Valdora; Editing by Piet Horn)', [{ kind: 'credit', source: 'Jane Roe in Valdora' }]],
    ['Additional reporting by Ines Marlow', [{ kind: 'credit', source: 'Ines Marlow' }]],
    ['Reporting by J. Doe; Editing by P. Horn', [{ kind: 'credit', source: 'J. Doe' }]],
    ['Source: Coastline Wire', [{ kind: 'credit', source: 'Coastline Wire' }]],
    ['— Associated Press', [{ kind: 'wire', source: 'Associated Press' }]],
    ['The Associated Press contributed to this report.', [{ kind: 'credit', source: 'The Associated Press' }]],
  ];
  it.each(credits)('reads "%s" as a credit', (line, expected) => {
    expect(findCredits(line)).toEqual(expected);
  });

  const sentences = [
    'A source close to the delegation told AFP that the talks were not easy.',
    'According to Reuters, the meeting lasted five hours.',
    'The memo, originally published by a local paper, caused outrage.',
    'Sources said the talks would resume on Friday.',
    '— and then the talks collapsed, according to several diplomats who attended the meeting.',
    'With information from Western intelligence, the army said the convoy had turned back.',
    'With information from Coastline Wire. The talks went on late into the night.',
  ];
  it.each(sentences)('does not take a source named in a normal sentence as provenance: "%s"', (line) => {
    expect(findCredits(line)).toEqual([]);
  });
});

describe('headings', () => {
  const next = 'The talks resumed on Tuesday.';
  const table: [string, boolean][] = [
    ['Why It Matters', true],
    ['Peace Plan Concerns and European Involvement', true],
    ['Rubio: Deal Must Ensure Ukraine’s Long-Term Strength', true],
    ['What happens next', true],
    ['Beyond territorial questions, Ukraine is seeking guarantees that ensure:', false],
    ['The envoys met in the capital on Sunday.', false],
    ['United States: Led by the Secretary of State, with two envoys and an adviser involved in the talks.', false],
    ['officials in the port city remained quiet', false],
  ];
  it.each(table)('"%s" is a heading: %s', (line, expected) => {
    expect(looksLikeHeading(line, { next, previous: 'Earlier text ended here.' }, DEFAULT_EXTRACT_OPTIONS)).toBe(expected);
  });

  it('never makes the last line a heading', () => {
    expect(looksLikeHeading('What Happens Next', {}, DEFAULT_EXTRACT_OPTIONS)).toBe(false);
  });
});

describe('text blocks', () => {
  it('keeps list and heading markers outside the spans', () => {
    const text = '# Harbour Talks\n\n- First point\n* Second point\n• Third\n1. Fourth';
    const blocks = segmentText(text, 'markdown', 100);
    expect(blocks.map((b) => [b.hint, text.slice(b.start, b.end)])).toEqual([
      ['heading', 'Harbour Talks'],
      ['bullet', 'First point'],
      ['bullet', 'Second point'],
      ['bullet', 'Third'],
      ['bullet', 'Fourth'],
    ]);
  });

  it('joins hard-wrapped lines into one paragraph when paragraphs are separated by blank lines', () => {
    const text = 'The envoys met on Sunday and\ntalked for five hours about the\nharbour.\n\nA second paragraph\nwraps too.';
    const blocks = segmentText(text, 'text', 100);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual([
      'The envoys met on Sunday and\ntalked for five hours about the\nharbour.',
      'A second paragraph\nwraps too.',
    ]);
  });

  it('keeps lines that each end a sentence apart even when blank lines separate paragraphs', () => {
    const text = 'First sentence here.\nSecond sentence here.\n\nThird one.';
    expect(segmentText(text, 'text', 100)).toHaveLength(3);
  });

  it('keeps one block per line when there are no blank lines', () => {
    const text = 'Line one is a paragraph.\nLine two is another.';
    expect(segmentText(text, 'text', 100)).toHaveLength(2);
  });

  it('reads Markdown links and emphasis as their text', () => {
    expect(readableText('Read [the **full** story](https://x.example) _now_', 'markdown')).toBe('Read the full story now');
  });

  it('unwraps a line that is all bold', () => {
    const text = '**Why It Matters**\n\nBody text here.';
    const [first] = segmentText(text, 'markdown', 100);
    expect(first && text.slice(first.start, first.end)).toBe('Why It Matters');
  });
});

describe('metadata helpers', () => {
  it.each([
    ['2025-03-04', '2025-03-04'],
    ['2025-03-04 09:30:00', '2025-03-04T09:30:00'],
    ['Tue, 04 Mar 2025 09:30:00 GMT', '2025-03-04T09:30:00.000Z'],
    ['not a date', undefined],
  ])('normalises the page date %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each([
    ['en', 'The minister said that the talks with the other side were going well and that they would continue.'],
    ['fr', 'Le ministre a dit que les discussions avec la partie adverse sont difficiles et qu’elles vont continuer.'],
    ['de', 'Der Minister sagte, dass die Gespräche mit der anderen Seite nicht einfach sind und auch weitergehen.'],
    ['es', 'El ministro dijo que las conversaciones con la otra parte son difíciles y que van a continuar para el acuerdo.'],
    ['nl', 'De minister zei dat het overleg met de andere partij niet eenvoudig is en dat het ook door zal gaan.'],
  ])('guesses %s', (language, text) => {
    expect(guessLanguage(text)).toBe(language);
  });
});
