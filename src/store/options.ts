import type { StoreOptions } from './api.js';

/** A screenful of results: more is rarely read, and ranking past it is noise. */
const SEARCH_LIMIT = 20;
/**
 * Rows per statement: large enough that a batch costs a handful of round
 * trips, small enough that the array parameters stay a few megabytes.
 */
const BATCH_ROWS = 500;
/** About two lines of terminal text. */
const SNIPPET_MAX_WORDS = 30;
/** Enough context around a match to read it as a phrase. */
const SNIPPET_MIN_WORDS = 12;
/** Two matches from different places say more than one long excerpt. */
const SNIPPET_FRAGMENTS = 2;

/**
 * Defaults of {@link StoreOptions}.
 *
 * @example
 * const store = await openStore(dir, { ...STORE_DEFAULTS, searchLimit: 5 });
 */
export const STORE_DEFAULTS: Readonly<StoreOptions> = Object.freeze({
  searchLimit: SEARCH_LIMIT,
  batchRows: BATCH_ROWS,
  snippetMaxWords: SNIPPET_MAX_WORDS,
  snippetMinWords: SNIPPET_MIN_WORDS,
  snippetFragments: SNIPPET_FRAGMENTS,
  // Guillemets: plain text, readable in a terminal, and never HTML to escape.
  snippetStart: '«',
  snippetStop: '»',
});
