import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { DEFAULT_CONFIG, SETTING_ENV, findConfigFile, loadConfig, loadSettings } from './config.js';

function dirWithConfig(content: object | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-config-'));
  writeFileSync(join(dir, 'parallax.config.json'), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

describe('loadConfig', () => {
  it('uses the defaults when nothing is set', () => {
    expect(loadConfig({}, {}, mkdtempSync(join(tmpdir(), 'parallax-config-')))).toEqual(DEFAULT_CONFIG);
  });

  it('takes flags over environment over the config file over defaults', () => {
    const dir = dirWithConfig({ db: 'from-file', format: 'html', maxBytes: 10 });
    const config = loadConfig({ db: 'from-flag' }, { PARALLAX_DB: 'from-env', PARALLAX_FORMAT: 'json' }, dir);
    expect(config.db).toBe('from-flag');
    expect(config.format).toBe('json');
    expect(config.maxBytes).toBe(10);
    expect(config.summarySentences).toBe(DEFAULT_CONFIG.summarySentences);
  });

  it.each([
    [{ maxBytes: -1 }, 'positive integer'],
    [{ colour: 'red' }, 'unknown setting'],
    ['{not json', 'not valid JSON'],
  ])('rejects the bad config file %j', (content, message) => {
    expect(() => loadConfig({}, {}, dirWithConfig(content))).toThrow(message);
  });

  it('reads the store wait in seconds, 0 and fractions included, and rejects a negative one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'p-'));
    expect(loadConfig({}, { PARALLAX_LOCK_WAIT: '0' }, dir).lockWait).toBe(0);
    expect(loadConfig({}, { PARALLAX_LOCK_WAIT: '0.2' }, dir).lockWait).toBe(0.2);
    expect(loadConfig({}, {}, dirWithConfig({ lockWait: 5 })).lockWait).toBe(5);
    expect(() => loadConfig({}, { PARALLAX_LOCK_WAIT: '-1' }, dir)).toThrow('PARALLAX_LOCK_WAIT');
    expect(() => loadConfig({}, { PARALLAX_LOCK_WAIT: 'soon' }, dir)).toThrow('PARALLAX_LOCK_WAIT');
  });

  it('rejects a bad environment value naming the variable', () => {
    expect(() => loadConfig({}, { PARALLAX_MAX_BYTES: 'lots' }, mkdtempSync(join(tmpdir(), 'p-')))).toThrow('PARALLAX_MAX_BYTES');
  });
});

describe('loadSettings: where each value came from, and where the file is', () => {
  it('names the flag, the variable or the file a value came from', () => {
    const dir = dirWithConfig({ format: 'html', maxBytes: 10 });
    const { origins, file } = loadSettings({ summarySentences: '4' }, { PARALLAX_DB: 'x' }, dir);
    expect(file).toBe(join(dir, 'parallax.config.json'));
    expect(origins.summarySentences).toBe('--sentences');
    expect(origins.db).toBe('PARALLAX_DB');
    expect(origins.format).toBe(`${file}: format`);
    expect(origins.workers).toBe('default');
  });

  it('reports a bad value against the file and key, not a flag never typed', () => {
    expect(() => loadConfig({}, {}, dirWithConfig({ summarySentences: 'five' }))).toThrow(/parallax\.config\.json: summarySentences must be a positive integer/);
    expect(() => loadConfig({}, { PARALLAX_SUMMARY_SENTENCES: 'x' }, mkdtempSync(join(tmpdir(), 'p-')))).toThrow(/^PARALLAX_SUMMARY_SENTENCES must be/);
  });

  it('accepts a $schema key, and suggests the setting a misspelt key meant', () => {
    expect(loadConfig({}, {}, dirWithConfig({ $schema: './node_modules/parallax-dossier/schema/config.schema.json', workers: 2 })).workers).toBe(2);
    expect(() => loadConfig({}, {}, dirWithConfig({ workes: 2 }))).toThrow('unknown setting "workes" (did you mean workers?)');
  });

  it('finds the config file from a subfolder, and reads its db relative to the file', () => {
    const dir = dirWithConfig({ db: 'store', format: 'json' });
    const sub = join(dir, 'a', 'b');
    mkdirSync(sub, { recursive: true });
    const { config, file } = loadSettings({}, {}, sub);
    expect(file).toBe(join(dir, 'parallax.config.json'));
    expect(config.format).toBe('json');
    expect(config.db).toBe(join(dir, 'store'));
    expect(findConfigFile(sub)).toBe(file);
  });

  it('says which of --config and PARALLAX_CONFIG named a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'p-'));
    expect(() => loadConfig({ config: 'nope.json' }, {}, dir)).toThrow('config file not found (--config)');
    expect(() => loadConfig({}, { PARALLAX_CONFIG: 'nope.json' }, dir)).toThrow('config file not found (PARALLAX_CONFIG)');
  });

  it('publishes a JSON schema that knows exactly the settings and accepts the defaults', () => {
    const schema = JSON.parse(readFileSync('schema/config.schema.json', 'utf8')) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties).sort()).toEqual(['$schema', ...Object.keys(SETTING_ENV)].sort());
    const validate = new Ajv({ strict: true }).compile(schema);
    expect(validate({ ...DEFAULT_CONFIG, $schema: 'x' })).toBe(true);
    expect(validate({ colour: 'red' })).toBe(false);
  });
});
