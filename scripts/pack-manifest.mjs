#!/usr/bin/env node
// The published manifest without the `prepare` script. In a clone, `prepare` builds dist/ on
// `npm install` / `npm ci` (the README's commands rely on it); in an installed package it has no
// use and npm warns about it. npm reads package.json again after `prepack`, so:
//   node scripts/pack-manifest.mjs strip     (prepack: keeps the original in package.json.orig, writes one without `prepare`)
//   node scripts/pack-manifest.mjs restore   (postpack: puts the original back, byte for byte)
import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const MANIFEST = 'package.json';
const ORIGINAL = 'package.json.orig';

const [action] = process.argv.slice(2);
if (action === 'strip') {
  // A leftover copy means an interrupted pack: the copy is the original, keep it.
  if (!existsSync(ORIGINAL)) copyFileSync(MANIFEST, ORIGINAL);
  const manifest = JSON.parse(readFileSync(ORIGINAL, 'utf8'));
  delete manifest.scripts.prepare;
  // Written beside and renamed over, so a concurrent reader never sees half a file.
  writeFileSync(`${MANIFEST}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(`${MANIFEST}.tmp`, MANIFEST);
} else if (action === 'restore') {
  if (existsSync(ORIGINAL)) renameSync(ORIGINAL, MANIFEST);
} else {
  console.error('usage: node scripts/pack-manifest.mjs strip|restore');
  process.exit(2);
}
