import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, loadConfig } from './config.js';

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
