#!/usr/bin/env node
/**
 * Briefs every adversarial pattern on its own, at each size, and then the whole folder with the
 * good article beside them, timing each run and reading its peak memory. Exits 1 when a run goes
 * past its bound (10 s and 1 GiB per file, 60 s for the folder) or the good article is missing.
 *
 * Usage: node scripts/adversarial-check.mjs [--sizes 1048576,5242880] [--only NAME,NAME] [--timeout S]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'parallax.js');
const FILE_SECONDS = 10;
const FILE_RSS_KB = 1024 * 1024;
const FOLDER_SECONDS = 60;

const { values } = parseArgs({ options: { sizes: { type: 'string' }, only: { type: 'string' }, timeout: { type: 'string' } } });
const sizes = (values.sizes ?? `${1024 * 1024},${5 * 1024 * 1024}`).split(',').map(Number);
const killAfter = Number(values.timeout ?? 120);

/** Runs `parallax brief …` under /usr/bin/time; returns seconds, peak RSS (KiB), status and stderr. */
function brief(args) {
  const started = process.hrtime.bigint();
  // `timeout` kills parallax itself (killing /usr/bin/time would leave it running); time still reports.
  const run = spawnSync('/usr/bin/time', ['-f', '%M', 'timeout', '-s', 'KILL', String(killAfter), process.execPath, bin, 'brief', ...args, '--format', 'json'], {
    encoding: 'utf8', maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const lines = (run.stderr ?? '').trim().split('\n');
  const rssKb = Number(lines.at(-1)) || NaN;
  return { seconds, rssKb, status: run.status === 137 ? `killed after ${killAfter} s` : run.status ?? `killed (${run.signal})`, stdout: run.stdout ?? '', stderr: lines.slice(0, -1).join('\n') };
}

let failed = false;
for (const bytes of sizes) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-adversarial-'));
  const gen = spawnSync(process.execPath, [path.join(root, 'scripts', 'adversarial.mjs'), dir, '--bytes', String(bytes), ...(values.only ? ['--only', `${values.only},good.txt`] : [])], { encoding: 'utf8' });
  if (gen.status !== 0) throw new Error(gen.stderr);
  console.log(`\n## ${bytes} bytes per file`);
  console.log('file'.padEnd(24), 'seconds'.padStart(8), 'MiB'.padStart(7), ' status  outcome');
  for (const name of fs.readdirSync(dir).sort()) {
    if (name === 'good.txt') continue;
    const r = brief([path.join(dir, name)]);
    const ok = r.seconds <= FILE_SECONDS && r.rssKb <= FILE_RSS_KB && (r.status === 0 || r.status === 1);
    failed ||= !ok;
    const outcome = r.status === 0 ? 'briefed' : (r.stderr.split('\n').find((l) => l.includes(name)) ?? r.stderr.split('\n')[0] ?? '').slice(0, 110);
    console.log(name.padEnd(24), r.seconds.toFixed(1).padStart(8), (r.rssKb / 1024).toFixed(0).padStart(7), String(r.status).padStart(7), ok ? ' ' : '!', outcome);
  }
  const all = brief([dir]);
  let good = false;
  try {
    good = JSON.parse(all.stdout).stories.some((s) => s.articles.some((a) => a.id === 'good'));
  } catch {
    good = false;
  }
  const ok = all.seconds <= FOLDER_SECONDS && (all.status === 0 || all.status === 1) && good;
  failed ||= !ok;
  console.log('(folder)'.padEnd(24), all.seconds.toFixed(1).padStart(8), (all.rssKb / 1024).toFixed(0).padStart(7), String(all.status).padStart(7), ok ? ' ' : '!', good ? 'good article briefed' : 'good article MISSING');
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
