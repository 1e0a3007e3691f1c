/**
 * Settings, read once: command-line flags, then environment, then an optional
 * config file (`parallax.config.json` in the working folder or the nearest folder
 * above it, or `--config` / `PARALLAX_CONFIG`), then defaults. The file's format is
 * published as `schema/config.schema.json`; a `$schema` key pointing at it is allowed.
 *
 * @example
 * const config = loadConfig({ db: flags.db }, process.env, process.cwd());
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { ParallaxError } from './errors.js';
import { didYouMean } from './text/suggest.js';
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

/** The environment variable of each setting. */
export const SETTING_ENV: Record<keyof Config, string> = {
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

/** The command-line flag of each setting that has one, for messages that name where a value came from. */
export const SETTING_FLAGS: Partial<Record<keyof Config, string>> = {
  db: '--db',
  format: '--format',
  published: '--published',
  summarySentences: '--sentences',
};

const NUMERIC = new Set<keyof Config>(['maxBytes', 'summarySentences', 'articleSeconds', 'articleMemoryMb', 'workers', 'lockWait']);
/** Settings that are a number of seconds, where 0 is meaningful and fractions are allowed. */
const SECONDS = new Set<keyof Config>(['lockWait']);
export const CONFIG_FILE = 'parallax.config.json';

function coerce(key: keyof Config, value: unknown, origin: string): string | number {
  if (SECONDS.has(key)) {
    const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    if (!Number.isFinite(n) || n < 0) throw new ParallaxError('CONFIG_INVALID', `${origin} must be a number of seconds ≥ 0, got ${JSON.stringify(value)}`);
    return n;
  }
  if (NUMERIC.has(key)) {
    const n = typeof value === 'number' ? value : Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new ParallaxError('CONFIG_INVALID', `${origin} must be a positive integer, got ${JSON.stringify(value)}`);
    return n;
  }
  if (typeof value !== 'string' || value === '') throw new ParallaxError('CONFIG_INVALID', `${origin} must be a non-empty string`);
  return value;
}

/** Keys a config file may hold besides the settings: `$schema` lets an editor validate and complete it. */
const FILE_ONLY_KEYS = new Set(['$schema']);

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
    if (!(key in SETTING_ENV) && !FILE_ONLY_KEYS.has(key)) throw new ParallaxError('CONFIG_INVALID', `${path}: unknown setting "${key}"${didYouMean(key, Object.keys(SETTING_ENV))} (known: ${Object.keys(SETTING_ENV).join(', ')})`);
  }
  return parsed as Partial<Record<keyof Config, unknown>>;
}

/**
 * The config file that applies in `cwd`: `parallax.config.json` there or in the nearest folder
 * above it (as git, ESLint and Prettier look for theirs), so a command run in a subfolder of a
 * project uses the project's settings; null when there is none up to the root.
 */
export function findConfigFile(cwd: string): string | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = resolve(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/** Where each setting's value came from: a flag (`--format`), a variable (`PARALLAX_FORMAT`), `<file>: format`, or `default`. */
export type ConfigOrigins = Record<keyof Config, string>;

/**
 * {@link loadConfig} that also says where each value came from, so a bad value can be reported
 * against what the user actually wrote (the variable or the file, not a flag never typed).
 * A relative `db` in a config file is relative to that file's folder.
 *
 * @example
 * const { config, origins } = loadSettings({}, { PARALLAX_FORMAT: 'pdf' }, cwd);
 * origins.format // 'PARALLAX_FORMAT'
 */
export function loadSettings(
  flags: Partial<Record<keyof Config, string | undefined>> & { config?: string | undefined },
  env: Record<string, string | undefined>,
  cwd: string,
): { config: Config; origins: ConfigOrigins; file: string | null } {
  const explicit = flags.config ?? env.PARALLAX_CONFIG;
  const filePath = explicit ? resolve(cwd, explicit) : findConfigFile(cwd);
  if (explicit && !existsSync(resolve(cwd, explicit))) {
    throw new ParallaxError('CONFIG_INVALID', `${resolve(cwd, explicit)}: config file not found (${flags.config !== undefined ? '--config' : 'PARALLAX_CONFIG'})`);
  }
  const file = filePath ? readFile(filePath) : {};
  const config: Record<string, unknown> = { ...DEFAULT_CONFIG };
  const origins = Object.fromEntries(Object.keys(SETTING_ENV).map((k) => [k, 'default'])) as ConfigOrigins;
  for (const key of Object.keys(SETTING_ENV) as (keyof Config)[]) {
    const sources: [unknown, string][] = [[flags[key], SETTING_FLAGS[key] ?? `--${key}`], [env[SETTING_ENV[key]], SETTING_ENV[key]], [file[key], `${filePath}: ${key}`]];
    const found = sources.find(([v]) => v !== undefined);
    if (!found) continue;
    config[key] = coerce(key, found[0], found[1]);
    origins[key] = found[1];
  }
  if (filePath && origins.db === `${filePath}: db` && !isAbsolute(config.db as string)) config.db = resolve(dirname(filePath), config.db as string);
  return { config: config as unknown as Config, origins, file: filePath };
}

/** Merges flags > environment > config file > defaults into a typed Config. */
export function loadConfig(
  flags: Partial<Record<keyof Config, string | undefined>> & { config?: string | undefined },
  env: Record<string, string | undefined>,
  cwd: string,
): Config {
  return loadSettings(flags, env, cwd).config;
}
