#!/usr/bin/env node
/**
 * Kills `parallax add` with SIGKILL at chosen points and checks that the store survives: after
 * each kill a normal `add` of another article must succeed (the store reopens), and at the end
 * every acknowledged article (its `add` printed "added 1" after the commit) is stored once and in
 * exactly one story, and no stored article is in none.
 *
 * Points, 20 trials each by default:
 *   store-create   inside the creation of a new store (PARALLAX_TEST_PAUSE_AT, see src/store/pause.ts)
 *   add-stored     inside add's transaction, articles written, stories not yet
 *   stories-write  inside the story and index write, old assignments deleted
 *   create-timed   a store being created, killed at a uniformly random moment between its data folder
 *                  appearing and the end of a creation timed first (no hook: also runs against an
 *                  older build with --dist)
 *   create-targeted  a store being created, killed up to 250 ms after the first file appears in its
 *                  data folder, when PGlite writes the initialised database out (no hook either)
 *
 * Usage: node scripts/store-crash.mjs [--trials 20] [--only store-create,add-stored] [--dist DIR] [--json]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const POINTS = ['store-create', 'add-stored', 'stories-write', 'create-timed', 'create-targeted'];
/** create-targeted: longest random delay after the first database file is written. */
const TARGETED_KILL_MS = 250;

const { values } = parseArgs({
  options: { trials: { type: 'string' }, only: { type: 'string' }, dist: { type: 'string' }, json: { type: 'boolean' }, keep: { type: 'boolean' } },
});
const trials = Number(values.trials ?? 20);
const dist = path.resolve(values.dist ?? path.join(root, 'dist'));
const points = values.only ? values.only.split(',') : POINTS;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-crash-'));
const articles = path.join(work, 'articles');
fs.mkdirSync(articles);
let serial = 0;

/** A new one-paragraph article file; its stored id is its name. */
function newArticle() {
  const id = `crash-${++serial}`;
  const file = path.join(articles, `${id}.txt`);
  fs.writeFileSync(file, `Harbour workers in town ${serial} met officials on Monday, a union spokesperson said. Talks resume next week.\n`);
  return { id, file };
}

/** Runs a process; `killWhen(stderrSoFar, child)` may kill it. Resolves with code, signal and output. */
function run(args, env, killWhen) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => {
      stderr += d;
      killWhen?.(stderr, child);
    });
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

function add(file, db, env = {}, killWhen) {
  return run([path.join(root, 'bin', 'parallax.js'), 'add', file, '--db', db], { PARALLAX_LOCK_WAIT: '600', ...env }, killWhen);
}

const pausedAt = (point) => (stderr, child) => {
  if (stderr.includes(`paused at ${point}`)) child.kill('SIGKILL');
};

/**
 * Opens a store through the build under test and kills it `killAfterMs` after its data folder
 * appears (never, when undefined); returns how it ended and how long it ran after the folder appeared.
 */
async function timedCreate(db, killAfterMs, whenFilesAppear = false) {
  const script = `const { openStore } = await import(${JSON.stringify(pathToFileURL(path.join(dist, 'store', 'index.js')).href)});
    const s = await openStore(${JSON.stringify(db)}); await s.close();`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
  const closed = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  let done = false;
  void closed.then(() => { done = true; });
  const entries = (dir) => { try { return fs.readdirSync(dir); } catch { return []; } };
  const started = () => entries(db).some((n) => n.startsWith('pgdata') && (!whenFilesAppear || entries(path.join(db, n)).length > 0));
  while (!done && !started()) await sleep(2);
  const appeared = Date.now();
  if (killAfterMs !== undefined) {
    await sleep(killAfterMs);
    child.kill('SIGKILL');
  }
  return { ...(await closed), ranMs: Date.now() - appeared };
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Every stored article id and the stories each is in, read through the build under test. */
async function census(db) {
  const { openStore } = await import(pathToFileURL(path.join(dist, 'store', 'index.js')).href);
  let store;
  try {
    store = await openStore(db);
  } catch (err) {
    return { error: `${err.code ?? 'internal'}: ${String(err.message).slice(0, 160)}` };
  }
  try {
    const ids = (await store.listArticles()).map((i) => i.article.id);
    const storiesOf = new Map(ids.map((id) => [id, 0]));
    for (const s of await store.listStories()) {
      for (const id of (await store.getStory(s.id)).articleIds) storiesOf.set(id, (storiesOf.get(id) ?? 0) + 1);
    }
    return { ids, storiesOf };
  } finally {
    await store.close();
  }
}

async function runPoint(point) {
  const tally = { point, trials, killed: 0, reopenFailed: 0, acknowledged: 0, missing: 0, duplicated: 0, inNoStory: 0, inSeveralStories: 0, corrupt: 0, errors: [] };
  const shared = path.join(work, `${point}-store`);
  const acked = [];
  const verify = async (db, ids) => {
    const c = await census(db);
    if (c.error) {
      tally.corrupt++;
      if (tally.errors.length < 5) tally.errors.push(c.error);
      return;
    }
    tally.missing += ids.filter((id) => !c.ids.includes(id)).length;
    tally.duplicated += c.ids.length - new Set(c.ids).size;
    for (const [, n] of c.storiesOf) {
      if (n === 0) tally.inNoStory++;
      if (n > 1) tally.inSeveralStories++;
    }
  };
  const acknowledge = async (db) => {
    const a = newArticle();
    const r = await add(a.file, db);
    if (r.code === 0 && r.stdout.includes('added 1')) {
      tally.acknowledged++;
      acked.push(a.id);
      return [a.id];
    }
    tally.reopenFailed++;
    if (tally.errors.length < 5) tally.errors.push(`after kill: exit ${r.code}: ${r.stderr.trim().split('\n')[0]}`);
    return [];
  };
  if (point === 'add-stored' || point === 'stories-write') await acknowledge(shared);
  // create-timed: one creation left alone measures the window the kills are spread over.
  const window = point === 'create-timed' ? (await timedCreate(path.join(work, 'calibration'))).ranMs : 0;
  if (point === 'create-timed') tally.windowMs = window;
  for (let t = 0; t < trials; t++) {
    process.stderr.write(`\r${point}: trial ${t + 1}/${trials}`);
    if (point === 'create-timed' || point === 'create-targeted') {
      const db = path.join(work, `${point}-${t}`);
      const targeted = point === 'create-targeted';
      const r = await timedCreate(db, Math.random() * (targeted ? TARGETED_KILL_MS : window), targeted);
      if (r.signal === 'SIGKILL') tally.killed++;
      await verify(db, []);
      continue;
    }
    const db = point === 'store-create' ? path.join(work, `${point}-${t}`) : shared;
    const r = await add(newArticle().file, db, { PARALLAX_TEST_PAUSE_AT: point }, pausedAt(point));
    if (r.signal === 'SIGKILL') tally.killed++;
    else if (tally.errors.length < 5) tally.errors.push(`not killed: exit ${r.code}: ${r.stderr.trim().split('\n')[0]}`);
    const ids = await acknowledge(db);
    if (point === 'store-create') await verify(db, ids);
  }
  if (point === 'add-stored' || point === 'stories-write') await verify(shared, acked);
  process.stderr.write('\n');
  return tally;
}

const results = [];
try {
  for (const point of points) {
    if (!POINTS.includes(point)) throw new Error(`unknown point ${point} (one of ${POINTS.join(', ')})`);
    results.push(await runPoint(point));
  }
} finally {
  if (!values.keep) fs.rmSync(work, { recursive: true, force: true });
}
if (values.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
else {
  for (const r of results) {
    process.stdout.write(`${r.point}: ${r.trials} trials${r.windowMs ? ` over ${r.windowMs} ms` : ''}, killed ${r.killed}: corrupt ${r.corrupt}, add after kill failed ${r.reopenFailed}, ` +
      `acknowledged ${r.acknowledged}, missing ${r.missing}, duplicated ${r.duplicated}, in no story ${r.inNoStory}, in several ${r.inSeveralStories}\n`);
    for (const e of r.errors) process.stdout.write(`  ${e}\n`);
  }
}
const bad = results.some((r) => r.corrupt + r.reopenFailed + r.missing + r.duplicated + r.inNoStory + r.inSeveralStories > 0 || r.killed < r.trials);
process.exitCode = bad ? 1 : 0;
