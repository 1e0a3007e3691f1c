#!/usr/bin/env node
/**
 * Races processes on one store folder and checks the folder lock: each trial starts N processes
 * at the same instant, each opens the store, adds one tiny article and closes it. Every holder
 * appends "enter PID" after its open and "exit PID" before its close to a log, and the check
 * fails when two holders overlap. After the trials the store is reopened and every acknowledged
 * article must be there once. Variants: `two` and `eight` processes on an existing store,
 * `stale2` and `stale8` with a dead process's lock planted before each trial, `fresh2` with two
 * processes creating a new store together. Exits 1 on any overlap, corruption or lost article.
 *
 * Usage: node scripts/store-race.mjs [--trials 100] [--fresh-trials 10] [--only two,stale8] [--dist DIR] [--json]
 *        (--dist: the compiled store to test, default dist/; the child mode is internal)
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const self = fileURLToPath(import.meta.url);

const VARIANTS = {
  two: { processes: 2, stale: false, fresh: false },
  eight: { processes: 8, stale: false, fresh: false },
  stale2: { processes: 2, stale: true, fresh: false },
  stale8: { processes: 8, stale: true, fresh: false },
  fresh2: { processes: 2, stale: false, fresh: true },
};

/** A minimal analysed article, the shape `Store.addArticles` takes. */
function tinyItem(id) {
  const text = `Article ${id} was written by the race test.`;
  const article = {
    id, source: `race/${id}.txt`, outlet: 'Race Test', title: '', language: 'en', text,
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }], provenance: [],
    contentHash: createHash('sha256').update(text).digest('hex'),
  };
  return { article, analysis: { articleId: id, sentences: [], mentions: [], entities: [], roles: [], quotes: [], claims: [] } };
}

/** Child: open, log enter, add, log exit, close; prints "acknowledged ID" or "refused CODE". */
async function child([dir, log, id, dist]) {
  const { openStore } = await import(pathToFileURL(path.join(dist, 'store', 'index.js')).href);
  let store;
  try {
    // Eight processes each starting PGlite can take minutes on a busy machine: wait for all of them.
    store = await openStore(dir, { lockWaitMs: 600_000 });
  } catch (err) {
    process.stdout.write(`refused ${err.code ?? err.message}\n`);
    process.exitCode = 3;
    return;
  }
  fs.appendFileSync(log, `enter ${process.pid}\n`);
  await store.addArticles([tinyItem(id)]);
  fs.appendFileSync(log, `exit ${process.pid}\n`);
  await store.close();
  process.stdout.write(`acknowledged ${id}\n`);
}

/** The pid of a process that has already exited. */
function deadPid() {
  return spawnSync(process.execPath, ['-e', '']).pid;
}

function plantStaleLock(dir) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'parallax.lock'), JSON.stringify({ pid: deadPid(), hostname: os.hostname(), startedAt: '2020-01-01T00:00:00Z' }));
}

function runChild(dir, log, id, dist) {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [self, '--child', dir, log, id, dist], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (d) => { out += d; });
    proc.stderr.on('data', (d) => { err += d; });
    proc.on('close', (code) => resolve({ id, code, out, err }));
  });
}

/** Two holders overlap when an "enter" comes before the previous holder's "exit". */
function overlaps(log) {
  let holder = null;
  let count = 0;
  for (const line of fs.readFileSync(log, 'utf8').split('\n').filter(Boolean)) {
    const [what, pid] = line.split(' ');
    if (what === 'enter') {
      if (holder !== null) count++;
      holder = pid;
    } else if (holder === pid) {
      holder = null;
    }
  }
  return count;
}

/** Reopens the store and returns the stored article ids, or the error that stopped it. */
async function storedIds(dir, dist) {
  const { openStore } = await import(pathToFileURL(path.join(dist, 'store', 'index.js')).href);
  try {
    const store = await openStore(dir);
    try {
      return { ids: (await store.listArticles()).map((i) => i.article.id) };
    } finally {
      await store.close();
    }
  } catch (err) {
    return { error: `${err.code ?? 'internal'}: ${String(err.message).slice(0, 200)}` };
  }
}

async function runVariant(name, spec, trials, dist, work) {
  const tally = { variant: name, trials, processes: spec.processes, acknowledged: 0, refused: 0, crashed: 0, overlaps: 0, corrupt: 0, lost: 0, duplicated: 0, errors: [] };
  let dir = path.join(work, `${name}-store`);
  let acked = [];
  const check = async () => {
    const stored = await storedIds(dir, dist);
    if (stored.error) {
      tally.corrupt++;
      tally.errors.push(stored.error);
    } else {
      const seen = new Map();
      for (const id of stored.ids) seen.set(id, (seen.get(id) ?? 0) + 1);
      tally.lost += acked.filter((id) => !seen.has(id)).length;
      tally.duplicated += [...seen.values()].filter((n) => n > 1).length;
    }
    return !stored.error;
  };
  for (let t = 0; t < trials; t++) {
    if (spec.fresh) dir = path.join(work, `${name}-store-${t}`);
    if (spec.stale) plantStaleLock(dir);
    const log = path.join(work, `${name}-${t}.log`);
    fs.writeFileSync(log, '');
    const runs = await Promise.all(
      Array.from({ length: spec.processes }, (_, p) => runChild(dir, log, `${name}-${t}-${p}`, dist)),
    );
    for (const r of runs) {
      if (r.code === 0 && r.out.startsWith('acknowledged')) {
        tally.acknowledged++;
        acked.push(r.id);
      } else if (r.code === 3) {
        tally.refused++;
      } else {
        tally.crashed++;
        if (tally.errors.length < 5) tally.errors.push(`exit ${r.code}: ${r.err.split('\n').slice(0, 2).join(' | ')}`);
      }
    }
    tally.overlaps += overlaps(log);
    // A fresh store is checked each trial; a shared one every ten trials and at the end.
    const last = t === trials - 1;
    if (spec.fresh || last || t % 10 === 9) {
      if (!(await check()) && !spec.fresh) {
        // A corrupt shared store would fail every later trial: start a new one.
        dir = path.join(work, `${name}-store-after-${t}`);
        acked = [];
      }
      if (spec.fresh) acked = [];
    }
    process.stderr.write(`\r${name}: trial ${t + 1}/${trials}`);
  }
  process.stderr.write('\n');
  return tally;
}

async function main() {
  const { values } = parseArgs({
    options: { trials: { type: 'string' }, 'fresh-trials': { type: 'string' }, only: { type: 'string' }, dist: { type: 'string' }, json: { type: 'boolean' }, keep: { type: 'boolean' } },
  });
  const trials = Number(values.trials ?? 100);
  const freshTrials = Number(values['fresh-trials'] ?? 10);
  const dist = path.resolve(values.dist ?? path.join(root, 'dist'));
  const names = values.only ? values.only.split(',') : Object.keys(VARIANTS);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-race-'));
  const results = [];
  try {
    for (const name of names) {
      const spec = VARIANTS[name];
      if (!spec) throw new Error(`unknown variant ${name} (one of ${Object.keys(VARIANTS).join(', ')})`);
      const tally = await runVariant(name, spec, spec.fresh ? freshTrials : trials, dist, work);
      // Each variant's counts as soon as it ends: a long run stopped part-way keeps what it measured.
      process.stderr.write(`${JSON.stringify(tally)}\n`);
      results.push(tally);
    }
  } finally {
    if (!values.keep) fs.rmSync(work, { recursive: true, force: true });
  }
  if (values.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else {
    for (const r of results) {
      process.stdout.write(`${r.variant}: ${r.trials} trials × ${r.processes} processes: acknowledged ${r.acknowledged}, refused ${r.refused}, ` +
        `crashed ${r.crashed}, overlapping holders ${r.overlaps}, corrupt ${r.corrupt}, lost ${r.lost}, duplicated ${r.duplicated}\n`);
      for (const e of r.errors) process.stdout.write(`  ${e}\n`);
    }
  }
  const bad = results.some((r) => r.overlaps + r.corrupt + r.lost + r.duplicated + r.crashed > 0);
  process.exitCode = bad ? 1 : 0;
}

if (process.argv[2] === '--child') await child(process.argv.slice(3));
else await main();
