/**
 * The package as a user gets it: `npm pack` (its prepack builds a clean dist/ and drops `prepare`
 * from the manifest), installed into an empty project, gives a working `npx parallax`, a library
 * that loads with `import` and `require`, LICENSE and NOTICE, and an install without warnings.
 * Slow (a TypeScript build and an npm install, npm's registry reachable for the dependencies or
 * its cache warm), so it is a file of its own; the pack runs in a copy of the sources, so the
 * clean build never removes the dist/ the other test files are using.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';
/** What `npm pack` needs from a clone: the files of the package and what its scripts use. */
const SOURCES = ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'LICENSE', 'NOTICE', 'README.md', 'bin', 'src', 'models', 'schema', 'scripts/pack-manifest.mjs'];

const repo = resolve('.');
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
let work = '';
let tarball = '';
let consumer = '';
let install: { status: number | null; stderr: string };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'parallax-pack-'));
  const clone = join(work, 'clone');
  for (const path of SOURCES) cpSync(join(repo, path), join(clone, path), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(clone, 'node_modules'), 'dir');
  const packed = JSON.parse(execFileSync(NPM, ['pack', '--json', '--pack-destination', work], { cwd: clone, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as { filename: string }[];
  tarball = join(work, packed[0]!.filename);
  expect(readFileSync(join(clone, 'package.json'), 'utf8')).toBe(readFileSync('package.json', 'utf8'));

  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  const run = spawnSync(NPM, ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline'], { cwd: consumer, encoding: 'utf8' });
  install = { status: run.status, stderr: run.stderr };
}, 300_000);

describe('npm pack, installed into an empty project', () => {
  it('installs without a warning', () => {
    expect(install.stderr).not.toMatch(/npm warn/i);
    expect(install.status).toBe(0);
  });

  it('ships LICENSE, NOTICE, the built code, the model and the schemas, and no source maps or sources', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n');
    for (const f of ['LICENSE', 'NOTICE', 'README.md', 'package.json', 'bin/parallax.js', 'dist/index.js', 'dist/index.d.ts', 'dist/pool/brief-worker.js',
      'models/ner-conll2003.bin', 'schema/brief.schema.json', 'schema/config.schema.json']) {
      expect(files).toContain(`package/${f}`);
    }
    expect(files.filter((f) => f.endsWith('.map') || f.startsWith('package/src/') || f.includes('.test.'))).toEqual([]);
  });

  it('publishes a manifest without prepare, under its own name, with the parallax command', () => {
    const packed = JSON.parse(readFileSync(join(consumer, 'node_modules', manifest.name, 'package.json'), 'utf8')) as {
      name: string; scripts: Record<string, string>; bin: Record<string, string>; exports: Record<string, Record<string, string>>;
    };
    expect(packed.name).toBe(manifest.name);
    expect(packed.scripts.prepare).toBeUndefined();
    expect(packed.bin).toEqual({ parallax: 'bin/parallax.js' });
    expect(Object.keys(packed.exports['.']!)).toEqual(['types', 'import', 'default']);
  });

  it('briefs a folder with npx parallax', () => {
    const out = execFileSync(NPX, ['--no-install', 'parallax', 'brief', join(repo, 'examples/ukraine-talks'), '--format', 'json'], { cwd: consumer, encoding: 'utf8' });
    const brief = JSON.parse(out) as { stories: { articles: unknown[] }[] };
    expect(brief.stories).toHaveLength(1);
    expect(brief.stories[0]!.articles).toHaveLength(5);
    expect(execFileSync(NPX, ['--no-install', 'parallax', '--version'], { cwd: consumer, encoding: 'utf8' })).toBe(`${manifest.version}\n`);
  }, 120_000);

  it.each([
    ['require', `const p = require('${manifest.name}'); console.log(typeof p.brief, typeof p.briefAsync, typeof p.renderExport)`, []],
    ['import', `import('${manifest.name}').then((p) => console.log(typeof p.brief, typeof p.briefAsync, typeof p.renderExport))`, []],
    ['import (ESM)', `import { brief, briefAsync, renderExport } from '${manifest.name}'; console.log(typeof brief, typeof briefAsync, typeof renderExport)`, ['--input-type=module']],
  ])('loads the library with %s, without a warning', (_how, code, flags) => {
    const run = spawnSync(process.execPath, [...flags, '-e', code], { cwd: consumer, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('function function function\n');
  });

  it('briefs articles in memory through the installed library', () => {
    const code = `const { brief } = require('${manifest.name}'); const r = brief([{ id: 'a', text: ${JSON.stringify(readFileSync('examples/ukraine-talks/002_21a5a6368e1c26a1.txt', 'utf8'))} }]); console.log(r.stories.length, r.failures.length)`;
    expect(execFileSync(process.execPath, ['-e', code], { cwd: consumer, encoding: 'utf8' })).toBe('1 0\n');
  }, 60_000);

  it('leaves no copy of the manifest behind in the clone', () => {
    expect(readdirSync(join(work, 'clone')).filter((f) => f.startsWith('package.json'))).toEqual(['package.json']);
  });
});
