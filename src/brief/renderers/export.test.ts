import { describe, expect, it } from 'vitest';
import type { Brief, StoryBrief } from '../../types.js';
import { csvField, exportRows, exportTarget, renderExport } from './export.js';

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
      { id: 'p-ana-ruiz', name: 'Ana Ruiz', aliases: ['Ana Ruiz', 'Ruiz'], type: 'PERSON', articleCount: 2, mentionCount: 3,
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
      id: 'f-1', text: '-12 cracks, "counted"', predicate: 'count', subject: 'p-ana-ruiz', sources: ['a', 'b'], independentSources: 1,
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
      roles: ['Mayor', 'Mayor (former)'], articles: 2, mentions: 3, country: null,
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
