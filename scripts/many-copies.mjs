#!/usr/bin/env node
/**
 * Many near-identical articles (one short paragraph, one word changed in each): writes them to a
 * temporary folder and briefs it with the CLI in every format, every export written beside the
 * Markdown run, each run timed and its peak memory read with /usr/bin/time. With --profile it also
 * runs the stages in this process and prints where the time goes (analysis, copies and stories,
 * corroboration and brief, each renderer).
 *
 * With --synthetic the profile skips corroboration and composing (their fact matching and summary
 * ranking compare claims and sentences pairwise: many minutes at this size) and renders a story
 * brief built here from the analysis and the real copies: one fact, one quote group and one
 * conflict citing every article, a note per copy link, one coverage entry per outlet — so copy
 * detection and rendering are measured at full size.
 *
 * Usage: node scripts/many-copies.mjs [--count 10000] [--formats md,json,html,claimreview,text] [--profile [--synthetic]] [--keep]
 * Needs a build (`npm run build`): the CLI and the profile run dist/.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'parallax.js');
const EXPORTS = ['facts.csv', 'quotes.csv', 'actors.csv', 'facts.jsonl', 'quotes.jsonl', 'actors.jsonl'];

const { values } = parseArgs({
  options: {
    count: { type: 'string' }, formats: { type: 'string' }, profile: { type: 'boolean' }, synthetic: { type: 'boolean' }, keep: { type: 'boolean' },
  },
});
const count = Number(values.count ?? 10_000);
const formats = (values.formats ?? 'md,json,html,claimreview,text').split(',').filter(Boolean);

/** A word that differs for every article: i written in base 26 with letters. */
function word(i) {
  let s = '';
  let n = i;
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return `west${s}`;
}

function paragraph(i) {
  return `The harbour council voted on Thursday to close the old ferry pier after engineers found deep cracks in its ` +
    `pilings near ${word(i)}, and council chair Imogen Tarrant said the repairs would cost more than the pier earns in ten years.\n`;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-many-copies-'));
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-many-copies-out-'));
for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `a${String(i).padStart(6, '0')}.txt`), paragraph(i));
console.log(`${count} articles in ${dir}`);

/** One CLI run under /usr/bin/time: seconds, peak RSS (MiB), exit status, bytes written. */
function run(args) {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, 'brief', dir, ...args], {
    encoding: 'utf8', maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const lines = (r.stderr ?? '').trim().split('\n');
  return { seconds, mib: Number(lines.at(-1)) / 1024, status: r.status ?? r.signal, bytes: Buffer.byteLength(r.stdout ?? ''), err: lines.slice(0, -1).join('\n') };
}

console.log('format'.padEnd(14), 'seconds'.padStart(8), 'MiB'.padStart(7), 'exit'.padStart(5), 'output bytes'.padStart(13));
for (const format of formats) {
  const exportArgs = format === 'md' ? EXPORTS.flatMap((e) => ['--export', path.join(out, e)]) : [];
  const r = run(['--format', format, ...exportArgs]);
  console.log(format.padEnd(14), r.seconds.toFixed(1).padStart(8), r.mib.toFixed(0).padStart(7), String(r.status).padStart(5), String(r.bytes).padStart(13));
  if (r.status !== 0 && r.err) console.log(`  ${r.err.split('\n').filter((l) => !/^\s+at /.test(l)).slice(0, 4).join('\n  ')}`);
  if (format === 'md') {
    for (const e of EXPORTS) {
      const file = path.join(out, e);
      console.log(`  export ${e.padEnd(13)} ${fs.existsSync(file) ? `${fs.statSync(file).size} bytes` : 'missing'}`);
    }
  }
}

if (values.profile) {
  const lib = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);
  const { renderExport } = await import(pathToFileURL(path.join(root, 'dist', 'brief', 'renderers', 'export.js')).href);
  const time = (label, f) => {
    const started = process.hrtime.bigint();
    const value = f();
    console.log(`${label.padEnd(28)} ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(2).padStart(7)} s`);
    return value;
  };
  console.log('\nin-process profile');
  const { documents } = await lib.ingest([dir]);
  const { items } = time('extract + analyse', () => lib.analyzeDocuments(documents));
  const clustering = time('cluster (copies, stories)', () => lib.cluster(items));
  console.log(`  ${clustering.stories.length} stories, ${clustering.copies.length} copy links`);
  const byId = new Map(items.map((i) => [i.article.id, i]));
  const stories = clustering.stories.map((story) => ({ story, storyItems: story.articleIds.map((id) => byId.get(id)) }));
  const composed = values.synthetic
    ? stories.map(({ story, storyItems }) => syntheticBrief(story, storyItems, clustering.copies))
    : (() => {
      const dossiers = time('corroborate', () => stories.map(({ story, storyItems }) => lib.corroborate(story, storyItems, clustering.copies)));
      return time('compose brief', () => stories.map(({ story, storyItems }, i) => lib.composeBrief(story, storyItems, dossiers[i], clustering.copies)));
    })();
  const brief = { $schema: lib.BRIEF_SCHEMA_ID, version: lib.BRIEF_SCHEMA_VERSION, stories: composed, failures: [] };
  for (const f of ['md', 'json', 'html', 'claimreview', 'text']) time(`render ${f}`, () => lib.renderBrief(brief, f));
  for (const e of EXPORTS) {
    const [table, format] = e.split('.');
    time(`export ${e}`, () => renderExport(brief, table, format));
  }
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}

/** A story brief as corroboration and composing would give for near-copies: everything cited by every article. */
function syntheticBrief(story, items, copies) {
  const d = syntheticDossier(story, items, copies);
  const inStory = new Set(story.articleIds);
  return {
    id: story.id, headline: items[0].article.text.trim(), headlineCitation: null,
    articles: items.map(({ article: a }) => ({ id: a.id, outlet: a.outlet, title: a.title, published: a.publishedAt ?? null, url: a.url ?? null, source: a.source, provenance: [], text: a.text })),
    summary: [{ text: d.facts[0].text, citations: d.facts[0].citations, singleSource: false }],
    actors: d.actors, quoteGroups: d.quoteGroups, facts: d.facts, conflicts: d.conflicts, compatible: [], singleSource: [], events: story.events,
    copies: copies.filter((c) => inStory.has(c.from) && inStory.has(c.to)),
    coverage: items.map(({ article: a }) => ({ outlet: a.outlet, articleIds: [a.id], published: [null], facts: 1, quotes: 1, exclusiveFacts: 0, factIds: ['f-1'], exclusiveFactIds: [], quoteGroupIds: ['q-1'], exclusiveQuoteGroupIds: [] })),
  };
}

/** A dossier as corroboration would give for near-copies: everything cited by every article, one note per copy link. */
function syntheticDossier(story, items, copies) {
  const cite = (i) => ({ articleId: i.article.id, start: 0, end: i.article.text.trimEnd().length });
  const sources = items.map((i) => i.article.id);
  const notes = copies.map((c) => `${c.to} copies ${c.from} (${c.kind}, ${c.similarity.toFixed(2)})`);
  const half = Math.ceil(items.length / 2);
  return {
    storyId: story.id,
    actors: [{ id: 'p-imogen-tarrant', name: 'Imogen Tarrant', aliases: ['Imogen Tarrant'], type: 'PERSON', roles: [{ title: 'chair', citations: items.map(cite) }], articleCount: items.length, mentionCount: items.length }],
    quoteGroups: [{ id: 'q-1', speaker: 'Imogen Tarrant', anonymous: false, diffs: [], variants: items.map((i) => ({ ...cite(i), text: i.article.text.trim(), kind: 'reported' })) }],
    facts: [{ id: 'f-1', text: items[0].article.text.trim(), predicate: 'vote', sources, independentSources: 1, independenceNotes: notes, citations: items.map(cite) }],
    conflicts: [{ id: 'c-1', kind: 'number', subject: 'cost', status: 'conflict', reason: 'differs', sides: [
      { value: 'ten years', citations: items.slice(0, half).map(cite) }, { value: 'a decade', citations: items.slice(half).map(cite) },
    ] }],
    compatible: [],
    singleSource: [],
  };
}

if (!values.keep) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(out, { recursive: true, force: true });
}
