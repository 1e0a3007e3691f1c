/** Options shared by several commands, declared once. */
import type { OptionSpec } from './command.js';
import { RENDER_FORMATS, type RenderFormat } from '../brief/index.js';
import { ParallaxError } from '../errors.js';

export const FORMAT_OPTION: OptionSpec = { format: { type: 'string', short: 'f' } };
export const DB_OPTION: OptionSpec = { db: { type: 'string' } };
export const PUBLISHED_OPTION: OptionSpec = { published: { type: 'string' } };

/** Validates a --format value against the renderers. */
export function renderFormat(value: string): RenderFormat {
  if ((RENDER_FORMATS as readonly string[]).includes(value)) return value as RenderFormat;
  throw new ParallaxError('USAGE', `unknown format "${value}" (use one of: ${RENDER_FORMATS.join(', ')})`);
}

/** Validates a --published (or other `option`) value: a calendar date YYYY-MM-DD. */
export function publishedDate(value: string | undefined, option = '--published'): string | undefined {
  if (value === undefined) return undefined;
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!ok) throw new ParallaxError('USAGE', `${option} must be a date YYYY-MM-DD, got "${value}"`);
  return value;
}
