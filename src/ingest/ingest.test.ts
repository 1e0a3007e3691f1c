import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isParallaxError } from '../errors.js';
import { decodeInput, ingest } from './index.js';

let root: string;
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const write = (rel: string, content: string | Uint8Array): string => {
  const path = join(root, rel);
  writeFileSync(path, content);
  return path;
};
const dir = (rel: string): string => {
  const path = join(root, rel);
  mkdirSync(path, { recursive: true });
  return path;
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'parallax-ingest-'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('ingest: bad inputs', () => {
  const cases: { name: string; make: () => string; code: string; source?: (p: string) => string }[] = [
    { name: 'a missing path', make: () => join(root, 'nope.txt'), code: 'INPUT_NOT_FOUND' },
    { name: 'an empty file', make: () => write('empty.txt', ''), code: 'INPUT_EMPTY' },
    { name: 'a whitespace-only file', make: () => write('blank.md', ' \n\t\r\n '), code: 'INPUT_EMPTY' },
    { name: 'a file with NUL bytes', make: () => write('nul.txt', new Uint8Array([72, 105, 0, 33])), code: 'INPUT_BINARY' },
    {
      name: 'a file full of control characters',
      make: () => write('ctl.txt', new Uint8Array([1, 2, 3, 4, 5, 6, 72, 105, 7, 8])),
      code: 'INPUT_BINARY',
    },
    { name: 'invalid UTF-8', make: () => write('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])), code: 'INPUT_INVALID_UTF8' },
    { name: 'a file over maxBytes', make: () => write('big.txt', 'x'.repeat(2000)), code: 'INPUT_TOO_LARGE' },
    { name: 'an unknown extension named explicitly', make: () => write('paper.pdf', 'text'), code: 'INPUT_UNSUPPORTED' },
    { name: 'malformed JSON', make: () => write('bad.json', '{"text": "unterminated'), code: 'INPUT_BAD_JSON' },
    { name: 'a JSON article without text or html', make: () => write('notext.json', '{"title": "T"}'), code: 'INPUT_BAD_JSON' },
    { name: 'a JSON array instead of one article', make: () => write('array.json', '[{"text": "a"}]'), code: 'INPUT_BAD_JSON' },
    {
      name: 'a published date that is not ISO 8601',
      make: () => write('date.json', '{"text": "Talks resumed.", "published": "2 December 2025"}'),
      code: 'INPUT_BAD_DATE',
    },
    {
      name: 'a calendar date that does not exist',
      make: () => write('feb30.json', '{"text": "Talks resumed.", "published": "2025-02-30"}'),
      code: 'INPUT_BAD_DATE',
    },
    {
      name: 'a folder symlink pointing back up its own chain',
      make: () => {
        const top = dir('loop/inner');
        write('loop/inner/ok.txt', 'Fine text.');
        symlinkSync(join(root, 'loop'), join(top, 'back'));
        return join(root, 'loop');
      },
      code: 'INPUT_SYMLINK_LOOP',
      source: (p) => join(p, 'inner', 'back'),
    },
    {
      name: 'a file symlink pointing to itself',
      make: () => {
        const path = join(root, 'self.txt');
        symlinkSync(path, path);
        return path;
      },
      code: 'INPUT_SYMLINK_LOOP',
    },
  ];

  it.each(cases)('reports $name as $code and still reads the good file', async ({ make, code, source }) => {
    const good = write('good.txt', 'A good article.');
    const bad = make();
    const result = await ingest([bad, good], { maxBytes: 1000 });
    expect(result.failures).toHaveLength(1);
    const failure = result.failures[0]!;
    expect(failure.code).toBe(code);
    expect(failure.source).toBe(source ? source(bad) : bad);
    expect(failure.message).toContain(failure.source);
    expect(result.documents.map((d) => d.source)).toContain(good);
  });

  it('checks the size before reading, so a huge file never decodes', async () => {
    const big = write('huge.txt', new Uint8Array(3000).fill(0));
    const { failures } = await ingest([big], { maxBytes: 100 });
    expect(failures.map((f) => f.code)).toEqual(['INPUT_TOO_LARGE']);
  });

  it('reads a JSONL file with one bad line and keeps the other lines', async () => {
    const path = write(
      'batch.jsonl',
      ['{"text": "First."}', '{"text": ', '', '{"id": "custom", "html": "<p>Third.</p>"}'].join('\n'),
    );
    const { documents, failures } = await ingest([path]);
    expect(documents.map((d) => [d.id, d.source, d.format])).toEqual([
      ['batch-1', `${path}:1`, 'text'],
      ['custom', `${path}:4`, 'html'],
    ]);
    expect(failures).toEqual([expect.objectContaining({ source: `${path}:2`, code: 'INPUT_BAD_JSON' })]);
  });
});

describe('ingest: folders and metadata', () => {
  it('applies the sidecar and never reads it as an article', async () => {
    const folder = dir('sidecar');
    write('sidecar/a.txt', 'Alpha text.');
    write('sidecar/b.json', '{"text": "Beta.", "title": "Own title"}');
    write(
      'sidecar/parallax.meta.json',
      JSON.stringify({ 'a.txt': { outlet: 'Alpha Daily', published: '2025-12-01' }, 'b.json': { outlet: 'Beta', title: 'Sidecar title' } }),
    );
    const { documents, failures } = await ingest([folder]);
    expect(failures).toEqual([]);
    expect(documents.map((d) => [d.id, d.meta])).toEqual([
      ['a', { outlet: 'Alpha Daily', published: '2025-12-01' }],
      ['b', { outlet: 'Beta', title: 'Own title' }],
    ]);
  });

  it('reports a malformed sidecar once and reads the folder without it', async () => {
    const folder = dir('badmeta');
    write('badmeta/a.txt', 'Alpha text.');
    write('badmeta/parallax.meta.json', '{"a.txt": {"outlet": 7}}');
    const { documents, failures } = await ingest([folder]);
    expect(failures).toEqual([expect.objectContaining({ code: 'INPUT_BAD_META', source: join(folder, 'parallax.meta.json') })]);
    expect(documents.map((d) => [d.id, d.meta])).toEqual([['a', {}]]);
  });

  it('walks folders recursively and skips dotfiles, node_modules and unknown extensions', async () => {
    const folder = dir('tree');
    dir('tree/sub/deeper');
    dir('tree/node_modules');
    dir('tree/.hidden');
    write('tree/z.md', '# Zed\n\nText.');
    write('tree/sub/deeper/page.htm', '<p>Page.</p>');
    write('tree/sub/notes.pdf', 'ignored');
    write('tree/.secret.txt', 'ignored');
    write('tree/.hidden/x.txt', 'ignored');
    write('tree/node_modules/pkg.txt', 'ignored');
    const { documents, failures } = await ingest([folder]);
    expect(failures).toEqual([]);
    expect(documents.map((d) => [d.id, d.format])).toEqual([
      ['page', 'html'],
      ['z', 'markdown'],
    ]);
  });

  it('strips a UTF-8 BOM and normalises CRLF and CR line ends', () => {
    const [doc] = decodeInput('x.txt', enc('\uFEFFOne.\r\nTwo.\rThree.'));
    expect(doc?.content).toBe('One.\nTwo.\nThree.');
  });

  it('reads standard input as plain text named by its content hash', async () => {
    const { documents } = await ingest(['-'], { readStdin: () => Promise.resolve(enc('Piped article.')) });
    const hash = createHash('sha256').update('Piped article.').digest('hex');
    expect(documents).toEqual([{ id: `stdin-${hash.slice(0, 12)}`, source: `stdin:sha256:${hash}`, format: 'text', content: 'Piped article.', meta: {} }]);
  });

  it('gives two different piped articles two ids and two sources, and the same article the same', async () => {
    const read = async (text: string) => (await ingest(['-'], { readStdin: () => Promise.resolve(enc(text)) })).documents[0]!;
    const [a, b, again] = [await read('First piped article.'), await read('Second piped article.'), await read('First piped article.')];
    expect(a.id).not.toBe(b.id);
    expect(a.source).not.toBe(b.source);
    expect(again).toEqual(a);
  });

  it('reads the example folder into five documents', async () => {
    const { documents, failures } = await ingest(['examples/ukraine-talks']);
    expect(failures).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual([
      '000_4efbf8bebd05baf7',
      '001_d5eb266293ee8bd7',
      '002_21a5a6368e1c26a1',
      '003_64691585101b9aff',
      '004_b669c7a48baeb094',
    ]);
  });
});

describe('ingest: ids', () => {
  it('suffixes a repeated id deterministically in source order', async () => {
    dir('dupes/one');
    dir('dupes/two');
    const a = write('dupes/one/story.txt', 'First.');
    const b = write('dupes/two/story.md', 'Second.');
    const c = write('dupes/story-2.txt', 'Third.');
    const { documents } = await ingest([b, a, c]);
    expect(documents.map((d) => [d.source, d.id])).toEqual([
      [a, 'story'],
      [c, 'story-2'],
      [b, 'story-3'],
    ]);
  });

  it('reads the same file once when it is named twice', async () => {
    const folder = dir('twice');
    const file = write('twice/t.txt', 'Once.');
    const { documents } = await ingest([file, folder, file]);
    expect(documents).toHaveLength(1);
  });

  it('gives the same ids and order whatever the order of the inputs', async () => {
    const folder = dir('shuffle');
    const inputs = [
      write('shuffle/a.txt', 'A.'),
      write('shuffle/b.json', '{"id": "a", "text": "B."}'),
      write('shuffle/c.jsonl', '{"text": "C1."}\n{"id": "a", "text": "C2."}'),
      write('shuffle/d.md', 'D.'),
      join(folder, 'missing.txt'),
      write('shuffle/e.txt', ''),
    ];
    const reference = await ingest(inputs);
    expect(new Set(reference.documents.map((d) => d.id)).size).toBe(reference.documents.length);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(inputs, { minLength: inputs.length }), async (shuffled) => {
        expect(await ingest(shuffled)).toEqual(reference);
      }),
      { numRuns: 20 },
    );
  });
});

describe('decodeInput', () => {
  it('throws a coded error naming the source', () => {
    expect(() => decodeInput('x.json', enc('{'))).toThrow(/x\.json/);
    try {
      decodeInput('x.json', enc('{'));
    } catch (err) {
      expect(isParallaxError(err, 'INPUT_BAD_JSON')).toBe(true);
    }
  });

  it('lets JSON fields override the sidecar metadata', () => {
    const [doc] = decodeInput('a.json', enc('{"text": "T.", "outlet": "Own", "url": "https://example.org/a"}'), {
      outlet: 'Sidecar',
      byline: 'Ann Lee',
    });
    expect(doc?.meta).toEqual({ outlet: 'Own', url: 'https://example.org/a', byline: 'Ann Lee' });
  });
});
