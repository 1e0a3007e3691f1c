import { describe, expect, it } from 'vitest';
import type { Article, ContentFormat } from '../types.js';
import { findFurniture, furnitureShape } from './06-furniture.js';
import { extract } from './index.js';

/** News lines of an invented story: every one ends like a sentence and must stay article text. */
const BEFORE = [
  'Floodwater cut the town of Valemont in two on Tuesday after the river Osk burst its banks overnight.',
  'Mayor Ilse Brandt said about 400 homes had been evacuated and two schools would stay closed until Friday.',
  '"We have never seen the water rise this fast," Brandt told reporters outside the town hall.',
];
const AFTER = [
  'Engineers from the regional water board began inspecting the damaged levee on Wednesday morning.',
  'The board said repairs would take at least two weeks once the water had receded.',
];

interface Case {
  pattern: string;
  /** The furniture lines, placed between the news lines. */
  furniture: string[];
  /** Where they go: after BEFORE (default) or at the end, after AFTER. */
  at?: 'middle' | 'end';
}

const CASES: Case[] = [
  { pattern: 'a photo caption with its credit on the next line', furniture: ['Residents wade through a flooded street near the market square', 'Jane Roe/Example Images'] },
  { pattern: 'a caption above a credit, the caption ending like a sentence', furniture: ['Volunteers filled sandbags by the old bridge.', 'Piet Horn/Agency Nord'] },
  { pattern: 'a credit in front of a caption', furniture: ['Jane Roe / Example Agency Rescue workers carry an elderly man from a flooded house, officials said.'] },
  { pattern: 'an agency credit glued to a caption', furniture: ['Example Images The levee gave way shortly after midnight'] },
  { pattern: 'a credit note', furniture: ['Additional reporting from agencies'] },
  { pattern: 'a gallery with "Hide Caption"', furniture: ['Photos: Flooding in Valemont Boats replace cars in the lower town. Hide Caption 2 of 12'] },
  { pattern: 'a closing "(file photo)" credit', furniture: ['The Osk has flooded the valley twice in the past decade (file photo)'] },
  { pattern: 'a photo description', furniture: ['This March 2 photo provided by the fire service shows the levee before the breach.'] },
  {
    pattern: 'a MOST READ sidebar',
    furniture: ['MOST READ IN NEWS STORM WARNING Residents flee coastal town as gales hit LOTTERY LUCK Pensioner wins the jackpot twice in a month'],
  },
  {
    pattern: 'a newsletter box with its form',
    furniture: [
      "Newsletter Sign Up Get the Morning Briefing by email. Please verify you're not a robot by clicking the box. Invalid email address. Thank you for subscribing.",
    ],
  },
  { pattern: 'a reader prompt', furniture: ['We pay for your stories! Do you have a story for our news team? Email us at tips@example.org'] },
  { pattern: 'an all-caps graphics label', furniture: ['NORTH BANK RIVER OSK OLD BRIDGE 300 FEET MARKET SQUARE Flooded area TOWN HALL'] },
  { pattern: 'an embedded tweet', furniture: ['The water is at the school gates now, stay away from the river. — Ana Ferro (@anaferro) March 3, 2025'] },
  { pattern: 'an embedded photo post', furniture: ['Sandbag brigade at dawn A post shared by Valemont Rowing Club (@valemontrowing) on Mar 3, 2025 at 6:12am'] },
  { pattern: 'a video title among sentences', furniture: ['Drone footage shows the scale of the flooding across the valley'] },
  { pattern: 'a correction note', furniture: ['Correction: An earlier version of this article misstated the number of homes evacuated as 300.'] },
  {
    pattern: 'an unrelated story appended to the page',
    at: 'end',
    furniture: [
      'In other news',
      'A celebrity chef opened a third restaurant in the capital, serving seasonal tasting menus to diners who book months ahead.',
      'Critics praised the dessert course, a smoked pear tart with hazelnut cream, and the wine list curated by his sister.',
      'Tables for the opening weekend sold out within an hour, according to the booking website.',
      'The chef trained in three countries and plans a cookery book on autumn baking next spring.',
    ],
  },
];

const TITLE = 'Floods cut Valemont in two';

function lines(c: Case): string[] {
  return c.at === 'end' ? [TITLE, ...BEFORE, ...AFTER, ...c.furniture] : [TITLE, ...BEFORE, ...c.furniture, ...AFTER];
}

function asDoc(c: Case, format: ContentFormat): Article {
  const all = lines(c);
  const content =
    format === 'html'
      ? `<html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>${all.slice(1).map((l) => (l === 'In other news' ? `<h2>${l}</h2>` : `<p>${l}</p>`)).join('')}</article></body></html>`
      : all.join('\n');
  return extract({ id: 'a', source: `a.${format === 'html' ? 'html' : 'txt'}`, format, content, meta: { title: TITLE } });
}

/** The kind of the block holding a line's text (found by its first 30 characters). */
function kindOf(article: Article, line: string): string | undefined {
  const at = article.text.indexOf(line.slice(0, 30));
  return article.blocks.find((b) => b.start <= at && at < b.end)?.kind;
}

describe.each(['text', 'html'] as const)('page furniture in %s input', (format) => {
  it.each(CASES)('marks $pattern and keeps the news around it', (c) => {
    const article = asDoc(c, format);
    for (const line of c.furniture) {
      if (line === 'In other news') continue; // a heading either way: never analysed
      expect(kindOf(article, line), line).toBe('boilerplate');
    }
    for (const line of [...BEFORE, ...AFTER]) expect(kindOf(article, line), line).toBe('paragraph');
  });

  it('keeps furniture in the text, located: every offset still slices the original words', () => {
    const article = asDoc(CASES[0]!, format);
    const credit = article.blocks.find((b) => article.text.slice(b.start, b.end) === 'Jane Roe/Example Images');
    expect(credit?.kind).toBe('boilerplate');
  });
});

describe('page furniture: what stays article text', () => {
  const keep = (line: string, around: string[] = BEFORE): (string | null)[] =>
    findFurniture([...around, line, ...AFTER].map((readable) => ({ readable, kind: 'paragraph' as const })), TITLE);

  it('keeps a line that opens with a quotation, even without a full stop', () => {
    expect(keep('“We just need the rain to stop” – a shopkeeper on the high street')[BEFORE.length]).toBeNull();
  });

  it('keeps a line broken mid-sentence (it continues on the next line)', () => {
    const marked = findFurniture(
      [...BEFORE, 'The mayor said the levee had been inspected by the', 'water board in March and found sound.', ...AFTER].map((readable) => ({
        readable,
        kind: 'paragraph' as const,
      })),
      TITLE,
    );
    expect(marked.every((m) => m === null)).toBe(true);
  });

  it('keeps lines without full stops in a text that seldom uses them', () => {
    const list = ['Sandbags at the town hall from noon', 'Shelter open in the sports centre tonight', 'Buses replace the trains to the coast'];
    const marked = findFurniture(list.map((readable) => ({ readable, kind: 'paragraph' as const })), 'Flood notices');
    expect(marked).toEqual([null, null, null]);
  });

  it('keeps standfirst lines above the first sentence', () => {
    const marked = findFurniture(
      ['Two schools closed until Friday', 'About 400 homes evacuated', ...BEFORE, ...AFTER].map((readable) => ({ readable, kind: 'paragraph' as const })),
      TITLE,
    );
    expect(marked.every((m) => m === null)).toBe(true);
  });

  it('keeps a closing paragraph on new actors of the same story (no break above it)', () => {
    const closing = [
      'Farmers upstream said the insurance scheme offered them nothing for flooded fields.',
      'A spokesman for the agriculture ministry promised a compensation package within a month.',
    ];
    const marked = findFurniture([...BEFORE, ...AFTER, ...closing].map((readable) => ({ readable, kind: 'paragraph' as const })), TITLE);
    expect(marked.every((m) => m === null)).toBe(true);
  });

  it.each([
    'A dateline in capitals: VALEMONT/OSK VALLEY, March 3 - The river rose again overnight.',
    'The photo agency said its staff had been evacuated from the lower town.',
    'Share prices of the water company fell 4 percent on Tuesday.',
    'The UN, the EU and NATO offered help to the region.',
    'Social media posts showed cars floating down the main street',
  ])('reads "%s" as article text by its shape', (line) => {
    expect(furnitureShape(line)).toBeNull();
  });
});

describe('embedded posts in HTML', () => {
  it('marks the text of an embedded post and its sign-off, and keeps the news around it', () => {
    const post = '<div><p>The water is at the school gates now, stay away from the river.</p><p>— Ana Ferro (@anaferro) March 3, 2025</p></div>';
    const html = `<article><h1>${TITLE}</h1>${BEFORE.map((l) => `<p>${l}</p>`).join('')}${post}${AFTER.map((l) => `<p>${l}</p>`).join('')}</article>`;
    const article = extract({ id: 'p', source: 'p.html', format: 'html', content: html, meta: { title: TITLE } });
    expect(kindOf(article, 'The water is at the school gates now')).toBe('boilerplate');
    expect(kindOf(article, '— Ana Ferro (@anaferro)')).toBe('boilerplate');
    for (const line of [...BEFORE, ...AFTER]) expect(kindOf(article, line), line).toBe('paragraph');
  });
});

describe('teasers in HTML', () => {
  it('marks the headlines listed under a "Most read" header and keeps the news after them', () => {
    const box = '<p>Most read</p><ul><li>Storm warning as gales reach the coast</li><li>Pensioner wins the jackpot twice in a month</li></ul>';
    const html = `<article><h1>${TITLE}</h1>${BEFORE.map((l) => `<p>${l}</p>`).join('')}${box}${AFTER.map((l) => `<p>${l}</p>`).join('')}</article>`;
    const article = extract({ id: 't', source: 't.html', format: 'html', content: html, meta: { title: TITLE } });
    expect(kindOf(article, 'Storm warning as gales reach the coast')).toBe('boilerplate');
    expect(kindOf(article, 'Pensioner wins the jackpot twice in a month')).toBe('boilerplate');
    for (const line of [...BEFORE, ...AFTER]) expect(kindOf(article, line), line).toBe('paragraph');
  });
});

describe('photo galleries', () => {
  const gallery = [
    'Photos: Floods in the valley Boats replace cars in the lower town. Hide Caption 1 of 3',
    'Photos: Floods in the valley Volunteers stack sandbags by the bridge. Hide Caption 2 of 3',
    'Photos: Floods in the valley The market square under a metre of water. Hide Caption 3 of 3',
  ];

  it.each(['text', 'html'] as const)('on a page that is only a gallery (%s), keeps the captions and marks the repeated title and counters', (format) => {
    const content = format === 'html' ? `<article>${gallery.map((l) => `<p>${l}</p>`).join('')}</article>` : gallery.join('\n');
    const article = extract({ id: 'g', source: `g.${format === 'html' ? 'html' : 'txt'}`, format, content, meta: { title: 'Floods in the valley' } });
    const pieces = article.blocks.map((b) => [b.kind, article.text.slice(b.start, b.end)]);
    expect(pieces.slice(0, 4)).toEqual([
      ['boilerplate', 'Photos: Floods in the valley'],
      ['paragraph', 'Boats replace cars in the lower town.'],
      ['boilerplate', 'Hide Caption 1 of 3'],
      ['boilerplate', 'Photos: Floods in the valley'],
    ]);
    expect(pieces.filter(([kind]) => kind === 'paragraph')).toHaveLength(3);
  });

  it('marks the captions of a gallery inside an article as furniture', () => {
    const article = extract({ id: 'g', source: 'g.txt', format: 'text', content: [TITLE, ...BEFORE, ...gallery, ...AFTER].join('\n'), meta: { title: TITLE } });
    expect(kindOf(article, 'Volunteers stack sandbags by the bridge.')).toBe('boilerplate');
    for (const line of [...BEFORE, ...AFTER]) expect(kindOf(article, line), line).toBe('paragraph');
  });
});
