/**
 * Countries as the analysis needs them: which country a name, code, demonym or
 * capital stands for, and the country's common name. Everything comes from the
 * `world-countries` package; forms that two countries share ("Kingston") are
 * left out, because an ambiguous form proves nothing.
 *
 * @example
 * countryCodeOf('Ruritanian'); // null — only real countries are known
 * countryCodeOf('U.S.'); // 'USA'
 * capitalCountry('Paris'); // 'FRA'
 */
import type { Country } from 'world-countries';
import worldCountries from 'world-countries';
import { SEATS_OF_GOVERNMENT } from './seats-of-government.js';

/** The package's CommonJS typings describe the list as `default`; Node's ESM loader gives the list itself. */
const countries: readonly Country[] = Array.isArray(worldCountries)
  ? (worldCountries as Country[])
  : (worldCountries as unknown as { default: Country[] }).default;

interface Forms {
  /** Folded names, demonyms and plural demonyms → cca3. */
  names: Map<string, string>;
  /** Upper-case codes ("US", "USA") → cca3; matched only as written, so the pronoun "us" is no country. */
  codes: Map<string, string>;
  /** Folded capital names ("washington" of "Washington D.C.") → cca3. */
  capitals: Map<string, string>;
  /** Folded seats of government ("white house") → cca3. */
  seats: Map<string, string>;
  /** cca3 → common name. */
  common: Map<string, string>;
}

let cache: Forms | null = null;

/**
 * Folds a name for lookup: case, diacritics, dots of abbreviations, a leading
 * "the", a trailing possessive and punctuation go.
 *
 * @example
 * foldName('the Élysée'); // 'elysee'
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s$/u, '')
    .replace(/\b(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ''))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/u, '');
}

/** Adds a form unless another country claims it; a territory never takes a form a sovereign country has. */
function addUnique(map: Map<string, string>, ambiguous: Set<string>, key: string, cca3: string, territory: boolean): void {
  if (key === '' || ambiguous.has(key)) return;
  const seen = map.get(key);
  if (territory && seen !== undefined) return;
  if (seen !== undefined && seen !== cca3) {
    map.delete(key);
    ambiguous.add(key);
  } else {
    map.set(key, cca3);
  }
}

function build(): Forms {
  const forms: Forms = { names: new Map(), codes: new Map(), capitals: new Map(), seats: new Map(), common: new Map() };
  const ambiguous = { names: new Set<string>(), codes: new Set<string>(), capitals: new Set<string>() };
  // Sovereign countries first: "French" is France's before it is a territory's.
  const ordered = [...countries].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const c of ordered) {
    const territory = !c.independent;
    forms.common.set(c.cca3, c.name.common);
    for (const form of [c.name.common, c.name.official, c.cca2, c.cca3, ...c.altSpellings]) {
      if (form.includes(',')) continue;
      const bare = form.replace(/\./g, '');
      if (/^[A-Z]{2,4}$/.test(bare)) addUnique(forms.codes, ambiguous.codes, bare, c.cca3, territory);
      else addUnique(forms.names, ambiguous.names, foldName(form), c.cca3, territory);
    }
    const demonym = c.demonyms['eng'];
    for (const form of demonym ? new Set([demonym.m, demonym.f]) : []) {
      addUnique(forms.names, ambiguous.names, foldName(form), c.cca3, territory);
      if (!/(s|sh|ch|x|z)$/.test(form)) addUnique(forms.names, ambiguous.names, foldName(`${form}s`), c.cca3, territory);
    }
    for (const capital of c.capital) {
      addUnique(forms.capitals, ambiguous.capitals, foldName(capital), c.cca3, territory);
      // "Washington D.C." is mostly written "Washington".
      const head = capital.replace(/\s+(?:\p{Lu}\.)+$/u, '');
      if (head !== capital) addUnique(forms.capitals, ambiguous.capitals, foldName(head), c.cca3, territory);
    }
  }
  for (const [seat, cca3] of Object.entries(SEATS_OF_GOVERNMENT)) forms.seats.set(foldName(seat), cca3);
  return forms;
}

function forms(): Forms {
  cache ??= build();
  return cache;
}

/**
 * The cca3 code of the country a whole name, upper-case code or demonym names, else null.
 *
 * @example
 * countryCodeOf('Ukrainian'); // 'UKR'
 * countryCodeOf('United States'); // 'USA'
 * countryCodeOf('us'); // null
 */
export function countryCodeOf(name: string): string | null {
  const f = forms();
  const bare = name.trim().replace(/\./g, '').replace(/^the\s+/iu, '');
  if (/^[A-Z]{2,4}$/.test(bare)) return f.codes.get(bare) ?? null;
  return f.names.get(foldName(name)) ?? null;
}

/**
 * The cca3 code of the country whose capital or seat of government `name` is
 * ("Paris", "the Élysée"), else null. A name that is itself a country
 * ("Singapore") is the country, not its capital, and gives null.
 *
 * @example
 * capitalCountry('Washington'); // 'USA'
 * capitalCountry('the White House'); // 'USA'
 */
export function capitalCountry(name: string): string | null {
  if (countryCodeOf(name)) return null;
  const f = forms();
  const key = foldName(name);
  return f.capitals.get(key) ?? f.seats.get(key) ?? null;
}

/**
 * The common English name of a country by its cca3 code.
 *
 * @example
 * countryName('FRA'); // 'France'
 */
export function countryName(cca3: string): string | undefined {
  return forms().common.get(cca3);
}
