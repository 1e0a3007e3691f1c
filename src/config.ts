/**
 * Settings, read once: command-line flags, then environment, then an optional
 * config file (`parallax.config.json` in the working folder, or `--config` /
 * `PARALLAX_CONFIG`), then defaults.
 *
 * @example
 * const config = loadConfig({ db: flags.db }, process.env, process.cwd());
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ParallaxError } from './errors.js';
import { DEFAULT_POOL_LIMITS } from './pool/index.js';
import { DEFAULT_LOCK_WAIT_MS } from './store/lock.js';

export interface Config {
  /** The embedded store folder. */
  db: string;
  /** Default output format of `brief` and `story`. */
  format: string;
  /** Publication date for articles that carry none (YYYY-MM-DD). */
  published?: string;
  /** Largest input file read, in bytes. */
  maxBytes: number;
  /** Summary length in sentences. */
  summarySentences: number;
  /** Seconds one article's extraction and analysis may take before it is given up as a failure. */
  articleSeconds: number;
  /** Heap ceiling, in MiB, of the worker thread that analyses one article. */
  articleMemoryMb: number;
  /** Worker threads analysing articles at once. */
  workers: number;
  /** Seconds a command waits for a store folder another process holds (0: fail at once). */
  lockWait: number;
}

/** 5 MiB: ten times the longest news article we have seen, small enough to never exhaust memory. */
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export const DEFAULT_CONFIG: Config = {
  db: '.parallax',
  format: 'md',
  maxBytes: DEFAULT_MAX_BYTES,
  summarySentences: 5,
  articleSeconds: DEFAULT_POOL_LIMITS.taskSeconds,
  articleMemoryMb: DEFAULT_POOL_LIMITS.taskMemoryMb,
  workers: DEFAULT_POOL_LIMITS.workers,
  lockWait: DEFAULT_LOCK_WAIT_MS / 1_000,
};

const ENV: Record<keyof Config, string> = {
  db: 'PARALLAX_DB',
  format: 'PARALLAX_FORMAT',
  published: 'PARALLAX_PUBLISHED',
  maxBytes: 'PARALLAX_MAX_BYTES',
  summarySentences: 'PARALLAX_SUMMARY_SENTENCES',
  articleSeconds: 'PARALLAX_ARTICLE_SECONDS',
  articleMemoryMb: 'PARALLAX_ARTICLE_MEMORY_MB',
  workers: 'PARALLAX_WORKERS',
  lockWait: 'PARALLAX_LOCK_WAIT',
};

const NUMERIC = new Set<keyof Config>(['maxBytes', 'summarySentences', 'articleSeconds', 'articleMemoryMb', 'workers', 'lockWait']);
/** Settings that are a number of seconds, where 0 is meaningful and fractions are allowed. */
const SECONDS = new Set<keyof Config>(['lockWait']);
export const CONFIG_FILE = 'parallax.config.json';

function coerce(key: keyof Config, value: unknown, origin: string): string | number {
  if (SECONDS.has(key)) {
    const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    if (!Number.isFinite(n) || n < 0) throw new ParallaxError('CONFIG_INVALID', `${origin}: ${key} must be a number of seconds ≥ 0, got ${JSON.stringify(value)}`);
    return n;
  }
  if (NUMERIC.has(key)) {
    const n = typeof value === 'number' ? value : Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new ParallaxError('CONFIG_INVALID', `${origin}: ${key} must be a positive integer, got ${JSON.stringify(value)}`);
    return n;
  }
  if (typeof value !== 'string' || value === '') throw new ParallaxError('CONFIG_INVALID', `${origin}: ${key} must be a non-empty string`);
  return value;
}

function readFile(path: string): Partial<Record<keyof Config, unknown>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ParallaxError('CONFIG_INVALID', `${path}: not valid JSON (${(err as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ParallaxError('CONFIG_INVALID', `${path}: must hold a JSON object`);
  }
  for (const key of Object.keys(parsed)) {
    if (!(key in ENV)) throw new ParallaxError('CONFIG_INVALID', `${path}: unknown setting "${key}" (known: ${Object.keys(ENV).join(', ')})`);
  }
  return parsed as Partial<Record<keyof Config, unknown>>;
}

/** Merges flags > environment > config file > defaults into a typed Config. */
export function loadConfig(
  flags: Partial<Record<keyof Config, string | undefined>> & { config?: string | undefined },
  env: Record<string, string | undefined>,
  cwd: string,
): Config {
  const explicit = flags.config ?? env.PARALLAX_CONFIG;
  const filePath = explicit ? resolve(cwd, explicit) : resolve(cwd, CONFIG_FILE);
  if (explicit && !existsSync(filePath)) throw new ParallaxError('CONFIG_INVALID', `${filePath}: config file not found`);
  const file = existsSync(filePath) ? readFile(filePath) : {};
  const config: Record<string, unknown> = { ...DEFAULT_CONFIG };
  for (const key of Object.keys(ENV) as (keyof Config)[]) {
    const sources: [unknown, string][] = [[flags[key], `--${key}`], [env[ENV[key]], ENV[key]], [file[key], filePath]];
    const found = sources.find(([v]) => v !== undefined);
    if (found) config[key] = coerce(key, found[0], found[1]);
  }
  return config as unknown as Config;
}
