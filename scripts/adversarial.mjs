#!/usr/bin/env node
/**
 * Writes the adversarial inputs of the robustness issue into a folder, each at a target size,
 * plus one good article, so `parallax brief FOLDER` and `npm run test:adversarial` can check that
 * every pattern ends within the budget and the good article is still briefed.
 *
 * Usage: node scripts/adversarial.mjs OUT_DIR [--bytes N] [--only NAME,NAME]
 *   --bytes   target size of each file (default 1 MiB; the issue asks for 1 MiB and 5 MiB)
 *   --only    write only these patterns (names as listed by --list)
 *   --list    print the pattern names and exit
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

/** Repeats `unit` (a function of the repetition index, or a string) until `bytes` is reached. */
function fill(bytes, unit, { head = '', tail = '' } = {}) {
  const parts = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  // Stops before `bytes` is passed, so a file made at the size limit is still read.
  for (let i = 0; ; i++) {
    const piece = typeof unit === 'function' ? unit(i) : unit;
    if (size + Buffer.byteLength(piece) > bytes) break;
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  parts.push(tail);
  return parts.join('');
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SYLLABLES = ['ka', 'lo', 'mir', 'ten', 'va', 'dos', 'ri', 'an', 'bel', 'cor', 'un', 'es'];

/** A made-up capitalised word, different for each index (so no two names are the same token). */
function capitalised(i) {
  let word = '';
  let n = i + 1;
  while (n > 0) {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return word[0].toUpperCase() + word.slice(1);
}

/** Each pattern: [file name, content generator (bytes → text)]. */
export const PATTERNS = {
  'mr.txt': (b) => fill(b, 'Mr. '),
  'weekdays.txt': (b) => fill(b, (i) => `${WEEKDAYS[i % 7]} `),
  'capitalised.txt': (b) => fill(b, (i) => `${capitalised(i)} `),
  'dates.txt': (b) => fill(b, (i) => `on ${MONTHS[i % 12]} ${(i % 28) + 1}, ${1990 + (i % 40)} `),
  'figures.txt': (b) => fill(b, (i) => `${(i % 997) + 3} people and ${(i % 89) + 1}.5 km, `),
  'said-sentence.txt': (b) => fill(b, (i) => (i === 500 ? 'the minister said that ' : `word${i % 50} `)),
  'case-folding.txt': (b) => fill(b, (i) => (i % 3 === 0 ? 'ﬃ ẞ İ ' : 'Straße ŉ ǰ ')),
  'turkish.txt': (b) => fill(b, (i) => `İSTANBUL İZMİR Dİ${i % 10} `),
  'quote-marks.txt': (b) => fill(b, (i) => (i % 2 ? '" ' : 'word "')),
  'long-quote.txt': (b) => fill(b, (i) => `word${i % 100} `, { head: 'The minister said: "', tail: '"' }),
  'curly-open.txt': (b) => fill(b, (i) => `“said Kim ${i % 10} `),
  'nested-divs.html': (b) => {
    const depth = Math.max(1, Math.floor(b / 20));
    return `<html><body>${'<div>'.repeat(depth)}<p>Deep text.</p>${'</div>'.repeat(depth)}</body></html>`;
  },
  'nested-divs-1000.html': () => `<html><body>${'<div>'.repeat(1000)}<p>The council met on Monday.</p>${'</div>'.repeat(1000)}</body></html>`,
  'nested-divs-2000.html': () => `<html><body>${'<div>'.repeat(2000)}<p>The council met on Monday.</p>${'</div>'.repeat(2000)}</body></html>`,
  'nested-jsonld.html': (b) => {
    const depth = Math.max(1, Math.floor((b - 200) / 12));
    const json = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    return `<html><head><script type="application/ld+json">${json}</script></head><body><article><p>The council met on Monday in the city hall and voted on the budget.</p></article></body></html>`;
  },
};

/** One good article: it must be briefed whatever sits beside it. */
export const GOOD_ARTICLE = [
  'Harbour workers end strike after pay deal',
  '',
  'Dockworkers at the port of Tallin Bay ended a three-day strike on Monday after the union and the port authority agreed a 6 percent pay rise, union leader Maria Keller said.',
  '',
  '"We got what we came for," Keller told reporters outside the gates. The port authority said ships would be unloaded again from Tuesday.',
  '',
].join('\n');

function main() {
  const { values, positionals } = parseArgs({
    options: { bytes: { type: 'string' }, only: { type: 'string' }, list: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (values.list) {
    console.log(Object.keys(PATTERNS).join('\n'));
    return;
  }
  const out = positionals[0];
  if (!out) {
    console.error('usage: node scripts/adversarial.mjs OUT_DIR [--bytes N] [--only NAME,NAME]');
    process.exit(2);
  }
  const bytes = Number(values.bytes ?? 1024 * 1024);
  const only = values.only ? new Set(values.only.split(',')) : null;
  fs.mkdirSync(out, { recursive: true });
  for (const [name, make] of Object.entries(PATTERNS)) {
    if (only && !only.has(name)) continue;
    fs.writeFileSync(path.join(out, name), make(bytes));
  }
  if (!only || only.has('good.txt')) fs.writeFileSync(path.join(out, 'good.txt'), GOOD_ARTICLE);
  console.log(`wrote ${only ? only.size : Object.keys(PATTERNS).length + 1} files of about ${bytes} bytes to ${out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
