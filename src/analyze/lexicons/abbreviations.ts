/**
 * Abbreviations that end in a period (lowercase, without the final period).
 *
 * `PREFIX_ABBREVIATIONS` stand before a name or number and never end a
 * sentence ("Dr. Smith", "Jan. 5"); `TERMINAL_ABBREVIATIONS` may end one
 * ("… and Sons Ltd. The firm …").
 *
 * @example
 * PREFIX_ABBREVIATIONS.has('gen'); // true
 */
export const PREFIX_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'cpt', 'sgt',
  'maj', 'adm', 'cmdr', 'prof', 'rev', 'hon', 'pres', 'supt', 'insp', 'fr', 'mt', 'ft', 'messrs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'fig', 'vs', 'v', 'approx', 'ca', 'cf', 'art', 'sec', 'ch', 'pp', 'p',
]);

/** Abbreviations that can also close a sentence. */
export const TERMINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'etc', 'inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'jr', 'sr', 'bros', 'al', 'e.g', 'i.e', 'a.m',
  'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c',
]);
