/**
 * Options shared by several commands, declared once with their help, and the checks of their
 * values. A bad value is reported against where it came from: the flag the user typed, the
 * environment variable, or the config file and key.
 */
import type { OptionDefs } from './command.js';
import { RENDER_FORMATS, parseRenderFormat, type RenderFormat } from '../brief/renderers/index.js';
import { isParallaxError, ParallaxError } from '../errors.js';

export const DB_OPTION: OptionDefs = {
  db: { type: 'string', value: 'PATH', description: 'the store folder (default .parallax; PARALLAX_DB, "db" in parallax.config.json)' },
};
export const PUBLISHED_OPTION: OptionDefs = {
  published: { type: 'string', value: 'YYYY-MM-DD', description: 'publication date of articles that carry none (PARALLAX_PUBLISHED)' },
};
export const JSON_OPTION: OptionDefs = {
  json: { type: 'boolean', description: 'print JSON instead of text' },
};

/** The options of everything that prints a dossier: `brief` and `story` take the same set. */
export const DOSSIER_OPTIONS: OptionDefs = {
  format: { type: 'string', short: 'f', value: RENDER_FORMATS.join('|'), description: 'output format, any case (default md; PARALLAX_FORMAT)' },
  sentences: { type: 'string', value: 'N', description: 'summary length, 3 to 8 sentences (default 5; PARALLAX_SUMMARY_SENTENCES)' },
  'as-of': { type: 'string', value: 'YYYY-MM-DD', description: 'judge "what\'s next" as of this date (default: the latest article\'s)' },
  export: { type: 'string', multiple: true, value: 'FILE', description: 'also write facts, quotes or actors as CSV or JSON Lines; the name says which (facts.csv, quotes.jsonl); repeatable' },
};

/**
 * The error for a bad value from `origin`: a usage error (exit 2) when the user typed the flag,
 * a configuration error (exit 1) when it came from a variable or the config file.
 */
export function originError(origin: string, message: string): ParallaxError {
  return new ParallaxError(origin.startsWith('-') ? 'USAGE' : 'CONFIG_INVALID', message);
}

/** Re-throws a coded error with a message that starts with where the value came from. */
function withOrigin<T>(origin: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (isParallaxError(err)) throw originError(origin, `${origin}: ${err.message}`);
    throw err;
  }
}

/** A format name (any case) from `origin` (`--format`, `PARALLAX_FORMAT`, `<file>: format`). */
export function renderFormat(value: string, origin = '--format'): RenderFormat {
  return withOrigin(origin, () => parseRenderFormat(value));
}

/** A calendar date YYYY-MM-DD from `origin`, or undefined when there is none. */
export function publishedDate(value: string | undefined, origin = '--published'): string | undefined {
  if (value === undefined) return undefined;
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!ok) throw originError(origin, `${origin} must be a date YYYY-MM-DD, got "${value}"`);
  return value;
}

/** Summary sentences from `origin`: an integer from 3 to 8. */
export function summarySentences(value: number, origin = '--sentences'): number {
  if (!Number.isInteger(value) || value < 3 || value > 8) throw originError(origin, `${origin} must be an integer from 3 to 8, got ${JSON.stringify(value)}`);
  return value;
}
