/**
 * Country names, official names, alternative spellings and codes from the
 * `world-countries` package, so that "U.S.", "US", "USA", "the United States"
 * and "United States of America" are recognised as one country without any
 * hand-written list.
 */
import type { Country } from 'world-countries';
import worldCountries from 'world-countries';
import { fold, undot } from './text.js';

interface CountryForms {
  /** Folded multi-letter names ("united states", "united states of america") → cca3. */
  names: Map<string, string>;
  /** Upper-case codes and abbreviations ("US", "USA") → cca3; only ever matched in upper case. */
  codes: Map<string, string>;
  /** cca3 → the short token a quote is normalised to ("us", "uk", "peru"). */
  tokens: Map<string, string>;
  /** Folded demonyms ("peruvian") → cca3. */
  demonyms: Map<string, string>;
}

/**
 * The package's CommonJS typings describe the list as a `default` property,
 * while Node's ESM loader hands over the list itself: accept both shapes.
 */
const countries: readonly Country[] = Array.isArray(worldCountries)
  ? (worldCountries as Country[])
  : (worldCountries as unknown as { default: Country[] }).default;

let cache: CountryForms | null = null;

function isCode(form: string): boolean {
  return /^[A-Z]{2,4}$/.test(form);
}

/**
 * Adds a form unless another country claims it too: ambiguous forms prove
 * nothing. A dependent territory never takes a form a sovereign country has
 * ("French" is France's, not the French Southern Territories').
 */
function addUnique(map: Map<string, string>, ambiguous: Set<string>, key: string, cca3: string, territory = false): void {
  if (ambiguous.has(key)) return;
  const seen = map.get(key);
  if (territory && seen !== undefined) return;
  if (seen !== undefined && seen !== cca3) {
    map.delete(key);
    ambiguous.add(key);
    return;
  }
  map.set(key, cca3);
}

function build(): CountryForms {
  const forms: CountryForms = { names: new Map(), codes: new Map(), tokens: new Map(), demonyms: new Map() };
  const ambiguousNames = new Set<string>();
  const ambiguousCodes = new Set<string>();
  const ambiguousDemonyms = new Set<string>();
  // Sovereign countries first, so that their forms are taken before any territory's.
  for (const c of [...countries].sort((a, b) => Number(b.independent) - Number(a.independent))) {
    const territory = !c.independent;
    const all = [c.name.common, c.name.official, c.cca2, c.cca3, ...c.altSpellings].filter((f) => !f.includes(','));
    for (const form of all) {
      if (isCode(form)) addUnique(forms.codes, ambiguousCodes, form, c.cca3, territory);
      else addUnique(forms.names, ambiguousNames, nameKey(form), c.cca3, territory);
    }
    const demonym = c.demonyms['eng']?.m;
    if (demonym) addUnique(forms.demonyms, ambiguousDemonyms, fold(demonym), c.cca3, territory);
    forms.tokens.set(c.cca3, quoteToken(c.name.common, c.cca2, c.altSpellings));
  }
  addShortNames(forms.names);
  return forms;
}

/**
 * A polity's name built as "<kind of state> of <name>": "United States of
 * America", "Republic of Cabo Verde", "Kingdom of Spain" (not "Isle of Man").
 */
const POLITY_OF_NAME =
  /^(?:the )?(?:[\p{L}']+ )*?(?:States|State|Republic|Kingdom|Commonwealth|Federation|Principality|Duchy|Sultanate|Emirate|Union|Confederation) of (?:the )?(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)*)$/u;

/**
 * "America" of "United States of America", "Turkey" of "Republic of Turkey":
 * the name after "<kind of state> of" in an official or alternative name,
 * added only when no real form already means something else and no other
 * country shortens to the same words ("Korea" is two countries, so neither).
 */
function addShortNames(names: Map<string, string>): void {
  const short = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const c of countries) {
    for (const form of [c.name.official, ...c.altSpellings]) {
      const tail = form.includes(',') ? undefined : POLITY_OF_NAME.exec(form)?.[1];
      if (tail) addUnique(short, ambiguous, nameKey(tail), c.cca3);
    }
  }
  for (const [key, cca3] of short) if (!names.has(key)) names.set(key, cca3);
}

/** One-word names stay words; longer names become their shortest common abbreviation ("US", "UK"). */
function quoteToken(common: string, cca2: string, alt: string[]): string {
  if (!/\s/.test(common)) return fold(common);
  const codes = alt.filter((a) => /^[A-Z]{2,3}$/.test(a));
  codes.sort((a, b) => a.length - b.length || Number(a === cca2) - Number(b === cca2) || (a < b ? -1 : 1));
  return fold(codes[0] ?? cca2);
}

function forms(): CountryForms {
  cache ??= build();
  return cache;
}

/** Folded, undotted, without a leading "the": the key names are compared by. */
function nameKey(name: string): string {
  return fold(undot(name))
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/^\s*the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The cca3 code of a country named by a whole name or abbreviation, else null.
 *
 * @example
 * countryOf('U.S.') // "USA"
 * countryOf('the United States') // "USA"
 * countryOf('America') // "USA"
 * countryOf('us') // null (a pronoun, not an abbreviation)
 */
export function countryOf(name: string): string | null {
  const f = forms();
  const bare = undot(name).trim().replace(/^the\s+/i, '');
  if (isCode(bare)) return f.codes.get(bare) ?? null;
  return f.names.get(nameKey(name)) ?? null;
}

/**
 * The cca3 code of a country demonym ("Peruvian"), else null.
 *
 * @example
 * countryOfDemonym('French') // "FRA"
 */
export function countryOfDemonym(word: string): string | null {
  return forms().demonyms.get(fold(word)) ?? null;
}

/** Longest country name, in words, that {@link replaceCountries} tries to match. */
const MAX_NAME_WORDS = 6;

/**
 * Rewrites every country reference in a text (optionally preceded by "the") to
 * one token per country, so that "The U.S. is" and "US is" read the same.
 * Codes match only when written in upper case, so the pronoun "us" is left alone.
 *
 * @example
 * replaceCountries('The U.S. is with us') // "us is with us"
 */
export function replaceCountries(text: string): string {
  const f = forms();
  const words = undot(text).split(/(\s+)/);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const match = matchAt(words, i, f);
    if (match) {
      if (/^the$/i.test(out[out.length - 2] ?? '')) out.splice(out.length - 2, 2);
      out.push(`${f.tokens.get(match.cca3) ?? match.cca3}${match.trail}`);
      i = match.next;
    } else {
      out.push(words[i] ?? '');
      i++;
    }
  }
  return out.join('');
}

function matchAt(words: string[], i: number, f: CountryForms): { cca3: string; next: number; trail: string } | null {
  for (let n = MAX_NAME_WORDS; n >= 1; n--) {
    const end = i + 2 * n - 1;
    if (end > words.length) continue;
    const phrase = words.slice(i, end).join('');
    const core = phrase.replace(/[^\p{L}\p{N}]+$/u, '');
    const trail = phrase.slice(core.length);
    if (!core || !/^[\p{L}]/u.test(core)) continue;
    const cca3 = isCode(core) ? f.codes.get(core) : n > 1 || /^\p{Lu}/u.test(core) ? f.names.get(nameKey(core)) : undefined;
    if (cca3) return { cca3, next: end, trail };
  }
  return null;
}
