import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Brief, StoryBrief } from '../../types.js';
import { EXPORT_TABLES, csvField, exportRows, exportTarget, renderExport } from './export.js';

const TEXT = 'Mayor Ana Ruiz said, "the bridge, at last, opens Friday." =1+1 counted 12 cracks.';

function fixture(): Brief {
  const story: StoryBrief = {
    id: 's-1', headline: 'Bridge', headlineCitation: null,
    articles: [
      { id: 'a', outlet: 'Town Post', title: 'Bridge', published: null, url: null, source: 'a.txt', provenance: [], text: TEXT },
      { id: 'b', outlet: 'City Times', title: '', published: null, url: null, source: 'b.txt', provenance: [], text: TEXT },
    ],
    summary: [],
    actors: [
      { id: 'p-ana-ruiz', name: 'Ana Ruiz', aliases: ['Ana Ruiz', 'Ruiz'], type: 'PERSON', articleCount: 2, outletCount: 2, mentionCount: 3,
        roles: [{ title: 'Mayor', citations: [{ articleId: 'a', start: 0, end: 5 }] }, { title: 'Mayor', status: 'former', citations: [] }] },
    ],
    quoteGroups: [{
      id: 'q-1', speaker: 'Ana Ruiz', speakerId: 'p-ana-ruiz', anonymous: false, diffs: [],
      variants: [
        { articleId: 'a', start: 22, end: 56, text: 'the bridge, at last, opens Friday.', kind: 'direct' },
        { articleId: 'b', start: 58, end: 63, text: '=1+1 "now"\nplease', kind: 'partial' },
      ],
    }],
    facts: [{
      id: 'f-1', text: '-12 cracks, "counted"', predicate: 'count', subject: 'p-ana-ruiz', sources: ['a', 'b'], outlets: ['City Times', 'Town Post'], independentSources: 1,
      independenceNotes: [], citations: [{ articleId: 'a', start: 58, end: 82 }, { articleId: 'b', start: 58, end: 82 }],
      figure: { text: '12 cracks', citations: [] },
    }],
    conflicts: [], compatible: [], singleSource: [], events: [], copies: [], coverage: [],
  };
  return { $schema: 'x', version: '1.0.0', stories: [story], failures: [] };
}

/** A small RFC 4180 reader, the oracle for the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += ch;
  }
  return rows;
}

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['\0=1+1', "'\0=1+1"],
    ['\u200b=1+1', "'\u200b=1+1"],
    ['\u200c\u200d+1', "'\u200c\u200d+1"],
    ['\ufeff@cmd', "'\ufeff@cmd"],
    ['\u2060-1', "'\u2060-1"],
    ['  \u00a0=1', "'  \u00a0=1"],
    ['\uff1d1+1', "'\uff1d1+1"],
    ['\uff0b1', "'\uff0b1"],
    ['\uff0d1', "'\uff0d1"],
    ['\uff20cmd', "'\uff20cmd"],
    ['\ufe66cmd', "'\ufe66cmd"],
    ['\r=1', '"\'\r=1"'],
    ['\n=1', '"\'\n=1"'],
    ['\u200bplain', '\u200bplain'],
    ['a=b', 'a=b'],
    ['x-ray', 'x-ray'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes numbers (negative ones too), booleans, null and lists', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
    expect(csvField(['a', 'b'])).toBe('a; b');
  });
});

/** Characters a spreadsheet may skip before the first visible one (the test's own list, not the module's). */
const INVISIBLE = [' ', '\t', '\r', '\n', '\0', '\u00a0', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u3000'];
const TRIGGERS = ['=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20'];

/** The oracle: a cell is dangerous when its first visible character is a trigger, or it starts with tab, CR or NUL. */
function dangerous(cell: string): boolean {
  if (/^[\t\r\0]/.test(cell)) return true;
  let i = 0;
  while (i < cell.length && INVISIBLE.includes(cell[i]!)) i++;
  return TRIGGERS.includes(cell[i] ?? '');
}

describe('CSV formula defusing', () => {
  const alphabet = fc.constantFrom(...INVISIBLE, ...TRIGGERS, 'a', '1', ' ', '"', ',', "'", 'x');

  it('prefixes every dangerous cell with an apostrophe and leaves every other cell as written', () => {
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 8 }).map((cs) => cs.join('')), (value) => {
      const [cell] = parseCsv(`${csvField(value)}\r\n`)[0] ?? [];
      expect(cell).toBe(dangerous(value) ? `'${value}` : value);
    }), { numRuns: 2000 });
  });

  it('defuses every cell of every table when article fields carry formulas', () => {
    const brief = fixture();
    const story = brief.stories[0]!;
    const payloads = ['=HYPERLINK("http://x")', '\u200b=1+1', '\uff1d1+1', '\0@SUM(A1)', '\t-2', '+1'];
    const pick = (i: number) => payloads[i % payloads.length]!;
    story.id = pick(0);
    story.articles = story.articles.map((a, i) => ({ ...a, outlet: pick(i + 1) }));
    story.actors = story.actors.map((a) => ({ ...a, id: pick(2), name: pick(3), aliases: [pick(4)], roles: [{ title: pick(5), citations: [] }] }));
    story.facts = story.facts.map((f) => ({ ...f, id: pick(1), text: pick(2), predicate: pick(3), figure: { text: pick(4), citations: [] } }));
    story.quoteGroups = story.quoteGroups.map((g) => ({ ...g, id: pick(5), speaker: pick(0), variants: g.variants.map((v, i) => ({ ...v, text: pick(i) })) }));
    let cells = 0;
    for (const table of EXPORT_TABLES) {
      for (const row of parseCsv(renderExport(brief, table, 'csv')).slice(1)) {
        for (const cell of row) {
          cells += 1;
          expect(dangerous(cell), `${table}: ${JSON.stringify(cell)}`).toBe(false);
        }
      }
    }
    expect(cells).toBeGreaterThan(20);
  });
});

describe('renderExport', () => {
  it('writes CSV that an RFC 4180 reader reads back cell for cell, formulas defused', () => {
    const rows = parseCsv(renderExport(fixture(), 'quotes', 'csv'));
    expect(rows[0]).toEqual(['story_id', 'group_id', 'speaker', 'anonymous', 'article_id', 'outlet', 'kind', 'start', 'end', 'text', 'outlets_in_group']);
    expect(rows).toHaveLength(3);
    expect(rows[1]![9]).toBe('the bridge, at last, opens Friday.');
    expect(rows[2]![9]).toBe('\'=1+1 "now"\nplease');
    expect(rows[2]![10]).toBe('2');
  });

  it('ends every CSV record with CRLF and gives every row every column', () => {
    const csv = renderExport(fixture(), 'facts', 'csv');
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    expect(rows[1]).toEqual(['s-1', 'f-1', '\'-12 cracks, "counted"', '12 cracks', 'count', 'Ana Ruiz', '2', '1', 'false', 'a; b', 'a@58-82; b@58-82']);
  });

  it('writes JSON Lines with lists as arrays and values untouched', () => {
    const lines = renderExport(fixture(), 'actors', 'jsonl').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([{
      story_id: 's-1', actor_id: 'p-ana-ruiz', name: 'Ana Ruiz', type: 'PERSON', aliases: ['Ana Ruiz', 'Ruiz'],
      roles: ['Mayor', 'Mayor (former)'], articles: 2, outlets: 2, mentions: 3, country: null,
    }]);
    const quotes = renderExport(fixture(), 'quotes', 'jsonl').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(quotes[1].text).toBe('=1+1 "now"\nplease');
  });

  it('has one row per fact, per quote variant and per actor', () => {
    expect(exportRows(fixture(), 'facts')).toHaveLength(1);
    expect(exportRows(fixture(), 'quotes')).toHaveLength(2);
    expect(exportRows(fixture(), 'actors')).toHaveLength(1);
  });
});

describe('exportTarget', () => {
  it.each([
    ['facts.csv', { table: 'facts', format: 'csv' }],
    ['out/ukraine-quotes.jsonl', { table: 'quotes', format: 'jsonl' }],
    ['C:\\tmp\\Actors.CSV', { table: 'actors', format: 'csv' }],
    ['myfacts.csv', null],
    ['facts.json', null],
    ['claims.csv', null],
  ])('reads %j', (path, expected) => {
    expect(exportTarget(path)).toEqual(expected);
  });
});
