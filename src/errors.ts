/**
 * Every error Parallax raises on misuse or corrupt input, in one table.
 * "Nothing found" is never an error: stages return `null` or `[]` for that.
 *
 * @example
 * throw new ParallaxError('INPUT_BINARY', 'notes.pdf: looks like a binary file, not text');
 */
export const ERROR_CODES = {
  INPUT_NOT_FOUND: 'the path does not exist',
  INPUT_EMPTY: 'the input is empty (no text after extraction)',
  INPUT_BINARY: 'the input looks like binary data, not text',
  INPUT_INVALID_UTF8: 'the input is not valid UTF-8',
  INPUT_TOO_LARGE: 'the input is larger than the size limit',
  INPUT_UNSUPPORTED: 'the file type is not supported',
  INPUT_SYMLINK_LOOP: 'a symbolic link points back into its own folder chain',
  INPUT_UNREADABLE: 'the input could not be read',
  INPUT_BAD_JSON: 'the JSON is malformed or lacks a text or html field',
  INPUT_BAD_META: 'the sidecar parallax.meta.json is malformed',
  INPUT_BAD_DATE: 'a publication date is not an ISO 8601 date',
  ARTICLE_TIME_LIMIT: 'an article took longer than the per-article time limit (articleSeconds)',
  ARTICLE_MEMORY_LIMIT: 'an article needed more memory than the per-article limit (articleMemoryMb)',
  ANALYSIS_FAILED: 'an article could not be analysed (a bug: please report it with the input)',
  UNKNOWN_FORMAT: 'the output or export format is not one Parallax writes',
  USAGE: 'the command line is wrong',
  CONFIG_INVALID: 'the configuration file or an environment setting is invalid',
  STORE_LOCKED: 'another process holds the store folder',
  STORE_CORRUPT: 'the store folder cannot be opened',
  STORE_NOT_FOUND: 'no such story or article in the store',
  STORE_MISSING: 'there is no store at the path (only add creates one)',
  STORE_UNAVAILABLE: 'the store folder cannot be created, read or written (permissions, disk space, not a folder)',
  STORE_FAILED: 'a store operation failed; the command saved nothing',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** A coded error: misuse or corrupt input. `message` names the input and the reason. */
export class ParallaxError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string = ERROR_CODES[code], options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ParallaxError';
    this.code = code;
  }
}

/** True when `err` is a ParallaxError (optionally of one code). */
export function isParallaxError(err: unknown, code?: ErrorCode): err is ParallaxError {
  return err instanceof ParallaxError && (code === undefined || err.code === code);
}
