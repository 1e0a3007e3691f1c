/**
 * Step 2: the gazetteer of names whose type is known in advance, all built
 * from the `world-countries` data (countries, their alternative names and
 * capitals → GPE; demonyms → NORP; world regions → LOC) plus a short generic
 * list of group adjectives. Languages are kept apart: "in English" is no place.
 */
import type { Country } from 'world-countries';
import worldCountries from 'world-countries';
import type { EntityType } from '../../types.js';
import { capitalForms, pluralOfGroup } from '../../text/countries.js';
import type { Token } from './01-tokenise.js';

/**
 * The package's CommonJS typings describe the list as a `default` property,
 * while Node's ESM loader hands over the list itself: accept both shapes.
 */
const countries: readonly Country[] = Array.isArray(worldCountries)
  ? (worldCountries as Country[])
  : (worldCountries as unknown as { default: Country[] }).default;

/** What the gazetteer knows about a name. */
export interface GazetteerEntry {
  type: EntityType;
  /** Canonical name: the country's common name, the demonym's masculine form. */
  canonical: string;
  /** Where it comes from; a capital (a city name) can also be a first name, so it only counts as a whole run. */
  source: 'country' | 'capital' | 'demonym' | 'region' | 'group';
}

export interface Gazetteer {
  /** Keys are token sequences joined by spaces, dotted abbreviations undotted ("U.S." → "US"). */
  entries: ReadonlyMap<string, GazetteerEntry>;
  /** The most tokens any entry has. */
  maxTokens: number;
  /** Language names ("English"), which look like places after "in". */
  languages: ReadonlySet<string>;
}

/** Supranational and cultural group adjectives, not tied to one country. */
const GROUP_ADJECTIVES = [
  'European', 'Western', 'Eastern', 'Arab', 'African', 'Asian', 'Latin', 'Nordic', 'Scandinavian',
  'Baltic', 'Balkan', 'Slavic', 'Caucasian', 'Mediterranean', 'Atlantic', 'Pacific', 'Muslim',
  'Christian', 'Jewish', 'Catholic', 'Sunni', 'Shia', 'Shiite', 'Kurdish', 'Hispanic', 'Transatlantic',
];

/** Connector words skipped when testing whether a code abbreviates a name. */
const NAME_CONNECTORS = new Set(['of', 'the', 'and']);

const LATIN_NAME = /^[\p{Script=Latin}\p{M}][\p{Script=Latin}\p{M}\s.'’-]*$/u;

/**
 * Normalises one token for lookup: dotted abbreviations lose their dots.
 *
 * @example
 * normaliseToken('U.S.'); // 'US'
 */
export function normaliseToken(text: string): string {
  return /^(?:\p{L}\.){2,}$/u.test(text) ? text.replace(/\./g, '') : text;
}

/** Lookup key of a token sequence. */
export function keyOf(tokens: readonly Pick<Token, 'text'>[]): string {
  return tokens.map((t) => normaliseToken(t.text)).join(' ');
}

/**
 * True when an all-caps `code` is the initials of `name` ("US" of "United States").
 *
 * @example
 * isInitialsOf('USA', 'United States of America'); // true
 */
export function isInitialsOf(code: string, name: string): boolean {
  const words = name.split(/\s+/).filter((w) => !NAME_CONNECTORS.has(w.toLowerCase()));
  return words.length >= 2 && words.map((w) => w.charAt(0).toUpperCase()).join('') === code;
}

/** Country codes are ambiguous ("IT", "AI"); keep only those that abbreviate the name. */
function acceptName(name: string, country: Country): boolean {
  if (!LATIN_NAME.test(name) || /[(),]/.test(name)) return false;
  const code = name.replace(/\./g, '');
  if (!/^\p{Lu}+$/u.test(code)) return true;
  return isInitialsOf(code, country.name.common) || isInitialsOf(code, country.name.official);
}

/**
 * Builds the gazetteer once from `world-countries`.
 *
 * @example
 * buildGazetteer().entries.get('US'); // { type: 'GPE', canonical: 'United States' }
 */
export function buildGazetteer(): Gazetteer {
  const entries = new Map<string, GazetteerEntry>();
  const add = (name: string, entry: GazetteerEntry, overwrite = false) => {
    const key = keyOf(name.split(/\s+/).map((text) => ({ text })));
    // A source name that is blank (the data has a few empty demonyms) must not match an empty window.
    if (key === '') return;
    if (overwrite || !entries.has(key)) entries.set(key, entry);
  };
  const languages = new Set<string>();
  for (const c of countries) {
    const gpe: GazetteerEntry = { type: 'GPE', canonical: c.name.common, source: 'country' };
    for (const name of [c.name.common, c.name.official, ...c.altSpellings, c.cca3]) {
      if (acceptName(name, c)) add(name, gpe, true);
    }
    for (const capital of c.capital) {
      for (const form of capitalForms(capital)) add(form, { type: 'GPE', canonical: form, source: 'capital' });
    }
    const demonym = c.demonyms?.['eng'];
    for (const form of demonym ? [demonym.m, demonym.f] : []) {
      add(form, { type: 'NORP', canonical: demonym?.m ?? form, source: 'demonym' });
      const plural = pluralOfGroup(form);
      if (plural) add(plural, { type: 'NORP', canonical: demonym?.m ?? form, source: 'demonym' });
    }
    for (const region of [c.region, c.subregion]) if (region) add(region, { type: 'LOC', canonical: region, source: 'region' });
    for (const lang of Object.values(c.languages ?? {})) languages.add(lang);
  }
  for (const adjective of GROUP_ADJECTIVES) {
    add(adjective, { type: 'NORP', canonical: adjective, source: 'group' });
    const plural = pluralOfGroup(adjective);
    if (plural) add(plural, { type: 'NORP', canonical: adjective, source: 'group' });
  }
  const maxTokens = Math.max(...[...entries.keys()].map((k) => k.split(' ').length));
  return { entries, maxTokens, languages };
}
