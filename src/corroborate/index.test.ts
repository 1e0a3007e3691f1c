import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { AnalyzedArticle, CopyLink, Dossier, Story } from '../types.js';
import { corroborate } from './index.js';
import { buildArticle } from './test-fixture.js';

// Excerpts of the example corpus (examples/ukraine-talks), analysed by hand.
const e0 = buildArticle(
  {
    id: '000',
    publishedAt: '2025-12-01',
    text:
      'Rustem Umerov, head of the Ukrainian delegation, expressed cautious optimism. Umerov stated, “This meeting was productive and successful,” highlighting the significance of ongoing discourse.\n' +
      'President Donald Trump remarked on recent corruption inquiries that have impacted key figures like Andriy Yermak, Zelenskyy’s chief of staff.\n' +
      'Rubio acknowledged this tough reality, stating, “We don’t just want to end the war; we also want to help Ukraine be safe forever.”\n' +
      'He noted, “The U.S. is hearing us; the U.S. is supporting us; the U.S. is walking beside us.”',
  },
  (b) =>
    b
      .entity('person:rustem-umerov', 'PERSON', 'Rustem Umerov', ['Rustem Umerov', 'Umerov'])
      .entity('person:donald-trump', 'PERSON', 'Donald Trump')
      .entity('person:andriy-yermak', 'PERSON', 'Andriy Yermak')
      .entity('person:zelenskyy', 'PERSON', 'Zelenskyy')
      .entity('person:rubio', 'PERSON', 'Rubio')
      .entity('gpe:ukraine', 'GPE', 'Ukraine')
      .entity('gpe:u-s', 'GPE', 'U.S.')
      .pronoun('person:rustem-umerov', 'He', 'He noted')
      .role('person:rustem-umerov', 'head of the Ukrainian delegation')
      .role('person:donald-trump', 'President')
      .role('person:andriy-yermak', 'chief of staff', { phrase: 'Zelenskyy’s chief of staff' })
      .quote('This meeting was productive and successful,', { speaker: 'person:rustem-umerov', speakerMention: 'Umerov stated' })
      .quote('We don’t just want to end the war; we also want to help Ukraine be safe forever.', { speaker: 'person:rubio' })
      .quote('The U.S. is hearing us; the U.S. is supporting us; the U.S. is walking beside us.', { speaker: 'person:rustem-umerov' }),
);

const e1 = buildArticle(
  {
    id: '001',
    publishedAt: '2025-12-03',
    text:
      'The talks involved a delegation led by U.S. envoy Steve Witkoff and Jared Kushner, the son-in-law of former President Donald Trump.\n' +
      'As negotiations continue, Volodymyr Zelenskyy, the President of Ukraine, is under immense pressure.',
  },
  (b) =>
    b
      .entity('person:steve-witkoff', 'PERSON', 'Steve Witkoff')
      .entity('person:jared-kushner', 'PERSON', 'Jared Kushner')
      .entity('person:donald-trump', 'PERSON', 'Donald Trump')
      .entity('person:volodymyr-zelenskyy', 'PERSON', 'Volodymyr Zelenskyy')
      .entity('gpe:u-s', 'GPE', 'U.S.')
      .entity('gpe:ukraine', 'GPE', 'Ukraine')
      .role('person:steve-witkoff', 'envoy', { phrase: 'U.S. envoy' })
      .role('person:jared-kushner', 'son-in-law of former President Donald Trump')
      .role('person:donald-trump', 'President', { phrase: 'former President', status: 'former' })
      .role('person:volodymyr-zelenskyy', 'President of Ukraine', { phrase: 'the President of Ukraine' }),
);

const e3 = buildArticle(
  {
    id: '003',
    publishedAt: '2025-11-30',
    provenance: [{ kind: 'original', source: 'BBC News' }],
    text:
      'The Ukrainian delegation was led by Rustem Umerov, who stepped into the chief negotiator role after Andriy Yermak resigned following an anti-corruption raid.\n' +
      '“US is hearing us. US is supporting us. US is working beside us.”\n' +
      'Ukrainian President Volodymyr Zelensky appeared cautiously supportive.\n' +
      'Speaking aboard Air Force One, President Donald Trump told reporters that the peace discussions were “going along well”.\n' +
      'This report is based on information originally published by BBC News.',
  },
  (b) =>
    b
      .entity('person:rustem-umerov', 'PERSON', 'Rustem Umerov')
      .entity('person:andriy-yermak', 'PERSON', 'Andriy Yermak')
      .entity('person:volodymyr-zelensky', 'PERSON', 'Volodymyr Zelensky')
      .entity('person:donald-trump', 'PERSON', 'Donald Trump')
      .entity('gpe:us', 'GPE', 'US')
      .role('person:rustem-umerov', 'chief negotiator')
      .role('person:volodymyr-zelensky', 'Ukrainian President')
      .role('person:donald-trump', 'President', { after: 'Air Force One' })
      .quote('US is hearing us. US is supporting us. US is working beside us.', { speaker: 'person:rustem-umerov' })
      .quote('going along well', { kind: 'partial', speaker: 'person:donald-trump' })
      .claim('Andriy Yermak resigned', {
        subject: 'person:andriy-yermak',
        predicate: 'resign',
        predicateText: 'resigned',
        objects: ['person:rustem-umerov'],
      }),
);

const e4 = buildArticle(
  {
    id: '004',
    publishedAt: '2025-12-01',
    provenance: [{ kind: 'wire', source: 'Reuters' }],
    text:
      'Kyiv brought a new chief negotiator, Rustem Umerov, after the previous lead, Andriy Yermak, resigned amid a corruption scandal.\n' +
      'Zelenskiy’s Government: Under strain from corruption probes and military setbacks.\n' +
      'With information from Reuters.',
  },
  (b) =>
    b
      .entity('gpe:kyiv', 'GPE', 'Kyiv')
      .entity('person:rustem-umerov', 'PERSON', 'Rustem Umerov')
      .entity('person:andriy-yermak', 'PERSON', 'Andriy Yermak')
      .entity('person:zelenskiy', 'PERSON', 'Zelenskiy')
      .role('person:rustem-umerov', 'chief negotiator', { phrase: 'new chief negotiator', status: 'new' })
      .claim('Andriy Yermak, resigned', {
        subject: 'person:andriy-yermak',
        predicate: 'resign',
        predicateText: 'resigned',
        objects: ['person:rustem-umerov', 'gpe:kyiv'],
      }),
);

// A syndicated copy of 004 (not in the corpus) to exercise independence.
const e5 = buildArticle(
  { id: '005', publishedAt: '2025-12-01', text: 'Kyiv brought a new chief negotiator, Rustem Umerov, after the previous lead, Andriy Yermak, resigned amid a corruption scandal.' },
  (b) =>
    b
      .entity('gpe:kyiv', 'GPE', 'Kyiv')
      .entity('person:rustem-umerov', 'PERSON', 'Rustem Umerov')
      .entity('person:andriy-yermak', 'PERSON', 'Andriy Yermak')
      .claim('Andriy Yermak, resigned', {
        subject: 'person:andriy-yermak',
        predicate: 'resign',
        predicateText: 'resigned',
        objects: ['person:rustem-umerov', 'gpe:kyiv'],
      }),
);

const items: AnalyzedArticle[] = [e0, e1, e3, e4, e5];
const story: Story = { id: 's-1', articleIds: items.map((i) => i.article.id), events: [] };
const copies: CopyLink[] = [{ from: '004', to: '005', similarity: 0.97, kind: 'syndicated' }];
const dossier = corroborate(story, items, copies);

function allCitations(d: Dossier) {
  return [
    ...d.actors.flatMap((a) => a.roles.flatMap((r) => r.citations)),
    ...d.quoteGroups.flatMap((g) => g.variants),
    ...d.facts.flatMap((f) => f.citations),
    ...d.conflicts.flatMap((c) => c.sides.flatMap((s) => s.citations)),
  ];
}

describe('corroborate on excerpts of the example corpus', () => {
  it('merges Zelensky / Zelenskyy / Zelenskiy and U.S. / US into one actor each', () => {
    const zelensky = dossier.actors.filter((a) => a.aliases.some((x) => x.startsWith('Zelensk')));
    expect(zelensky).toHaveLength(1);
    expect(zelensky[0]?.articleCount).toBe(4);
    const us = dossier.actors.filter((a) => a.aliases.includes('US') || a.aliases.includes('U.S.'));
    expect(us.map((a) => a.aliases)).toEqual([['U.S.', 'US']]);
  });

  it('gives the most-cited actors first', () => {
    expect(dossier.actors.slice(0, 3).map((a) => a.name)).toEqual(['Rustem Umerov', 'Andriy Yermak', 'Volodymyr Zelenskyy']);
  });

  it('groups the reworded quote and keeps different utterances apart', () => {
    const umerov = dossier.quoteGroups.filter((g) => g.speaker === 'Rustem Umerov');
    expect(umerov.map((g) => g.variants.map((v) => v.articleId))).toEqual([['000', '003'], ['000']]);
    expect(dossier.quoteGroups).toHaveLength(4);
  });

  it('matches the resignation across outlets and counts the syndicated copy once', () => {
    const resign = dossier.facts.find((f) => f.predicate === 'resign');
    expect(resign).toMatchObject({
      sources: ['003', '004', '005'],
      independentSources: 2,
      independenceNotes: ['005 copies 004 (syndicated, 0.97)'],
      subject: 'a-andriy-yermak',
    });
    // Every claim of the excerpts is matched; only titles given by one outlet stay single-source.
    const single = dossier.facts.filter((f) => dossier.singleSource.includes(f.id));
    expect(single.every((f) => f.predicate === 'be')).toBe(true);
  });

  it('finds exactly the three real conflicts', () => {
    expect(dossier.conflicts.map((c) => [c.id, c.kind, c.status, c.subject])).toEqual([
      ['c-1', 'title', 'changed', 'Title of Andriy Yermak'],
      ['c-2', 'title', 'conflict', 'Title of Donald Trump'],
      ['c-3', 'quote', 'conflict', 'Wording of a quote by Rustem Umerov'],
    ]);
  });

  it('cites only spans inside the article texts', () => {
    const lengths = new Map(items.map((i) => [i.article.id, i.article.text.length]));
    for (const c of allCitations(dossier)) {
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(c.end).toBeLessThanOrEqual(lengths.get(c.articleId) ?? -1);
      expect(c.start).toBeLessThan(c.end);
    }
  });

  it('only uses the story’s articles', () => {
    const other = buildArticle({ id: '999', text: 'Mia Lund spoke.' }, (b) => b.entity('person:mia-lund', 'PERSON', 'Mia Lund'));
    expect(corroborate(story, [...items, other], copies)).toEqual(dossier);
  });
});

describe('corroborate is deterministic', () => {
  it('gives the same dossier for any order of the articles and of their findings', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(items, { minLength: items.length }), fc.boolean(), (shuffled, reverseInner) => {
        const input = reverseInner
          ? shuffled.map((i) => ({
              article: i.article,
              analysis: {
                ...i.analysis,
                entities: [...i.analysis.entities].reverse(),
                roles: [...i.analysis.roles].reverse(),
                quotes: [...i.analysis.quotes].reverse(),
                claims: [...i.analysis.claims].reverse(),
              },
            }))
          : shuffled;
        expect(corroborate(story, input, [...copies].reverse())).toEqual(dossier);
      }),
      { numRuns: 30 },
    );
  });
});
