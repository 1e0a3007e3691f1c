/**
 * Countries, for every stage that needs them: which country a name, code,
 * demonym, capital or seat of government stands for, its common name, and a
 * text rewrite that makes "The U.S. is" and "US is" read the same. Everything
 * but the seats comes from the `world-countries` package; forms that two
 * countries share ("Kingston", "Korea") are left out, because an ambiguous form
 * proves nothing, and a dependent territory never takes a form a sovereign
 * country has ("French" is France's, not the French Southern Territories').
 *
 * @example
 * countryOf('U.S.'); // 'USA'
 * countryOfDemonym('Peruvians'); // 'PER'
 * capitalCountry('Paris'); // 'FRA'
 * replaceCountries('The U.S. is with us'); // 'us is with us'
 */
import type { Country } from 'world-countries';
import worldCountries from 'world-countries';
import { SEATS_OF_GOVERNMENT } from './seats-of-government.js';

/** The package's CommonJS typings describe the list as `default`; Node's ESM loader gives the list itself. */
const countries: readonly Country[] = Array.isArray(worldCountries)
  ? (worldCountries as Country[])
  : (worldCountries as unknown as { default: Country[] }).default;

interface Forms {
  /** Folded names ("united states", "united states of america", "america") → cca3. */
  names: Map<string, string>;
  /** Upper-case codes ("US", "USA") → cca3; matched only as written, so the pronoun "us" is no country. */
  codes: Map<string, string>;
  /** Folded demonyms and their plurals ("peruvian", "peruvians") → cca3. */
  demonyms: Map<string, string>;
  /** Folded capital names ("washington" of "Washington D.C.") → cca3. */
  capitals: Map<string, string>;
  /** Folded seats of government ("white house") → cca3. */
  seats: Map<string, string>;
  /** cca3 → common name. */
  common: Map<string, string>;
  /** cca3 → the one token a country is rewritten to ("us", "uk", "peru"). */
  tokens: Map<string, string>;
}

let cache: Forms | null = null;

/**
 * Folds a name for lookup: case, diacritics, dots of abbreviations, a leading
 * "the", a trailing possessive and punctuation go.
 *
 * @example
 * foldName('the Élysée'); // 'elysee'
 * foldName('U.S.'); // 'us'
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

function isCode(form: string): boolean {
  return /^[A-Z]{2,4}$/.test(form);
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

/**
 * English plural of a demonym or group adjective; none for those ending in a sibilant.
 *
 * @example
 * pluralOfGroup('Ukrainian'); // 'Ukrainians'
 * pluralOfGroup('French'); // null
 */
export function pluralOfGroup(word: string): string | null {
  return /(s|sh|ch|x|z)$/.test(word) ? null : `${word}s`;
}

/**
 * The ways a capital is written: its name, and without a trailing
 * abbreviation ("Washington D.C." is mostly written "Washington").
 *
 * @example
 * capitalForms('Washington D.C.'); // ['Washington D.C.', 'Washington']
 */
export function capitalForms(capital: string): string[] {
  const head = capital.replace(/\s+(?:\p{Lu}\.)+$/u, '');
  return head === capital ? [capital] : [capital, head];
}

function build(): Forms {
  const forms: Forms = { names: new Map(), codes: new Map(), demonyms: new Map(), capitals: new Map(), seats: new Map(), common: new Map(), tokens: new Map() };
  const ambiguous = { names: new Set<string>(), codes: new Set<string>(), demonyms: new Set<string>(), capitals: new Set<string>() };
  // Sovereign countries first: their forms are taken before any territory's.
  const ordered = [...countries].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const c of ordered) {
    const territory = !c.independent;
    forms.common.set(c.cca3, c.name.common);
    forms.tokens.set(c.cca3, rewriteToken(c.name.common, c.cca2, c.altSpellings));
    for (const form of [c.name.common, c.name.official, c.cca2, c.cca3, ...c.altSpellings]) {
      if (form.includes(',')) continue;
      const bare = form.replace(/\./g, '');
      if (isCode(bare)) addUnique(forms.codes, ambiguous.codes, bare, c.cca3, territory);
      else addUnique(forms.names, ambiguous.names, foldName(form), c.cca3, territory);
    }
    const demonym = c.demonyms['eng'];
    for (const form of demonym ? new Set([demonym.m, demonym.f]) : []) {
      addUnique(forms.demonyms, ambiguous.demonyms, foldName(form), c.cca3, territory);
      const plural = pluralOfGroup(form);
      if (plural) addUnique(forms.demonyms, ambiguous.demonyms, foldName(plural), c.cca3, territory);
    }
    for (const capital of c.capital) {
      for (const form of capitalForms(capital)) addUnique(forms.capitals, ambiguous.capitals, foldName(form), c.cca3, territory);
    }
  }
  addShortNames(forms.names);
  for (const [seat, cca3] of Object.entries(SEATS_OF_GOVERNMENT)) forms.seats.set(foldName(seat), cca3);
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
      if (tail) addUnique(short, ambiguous, foldName(tail), c.cca3, false);
    }
  }
  for (const [key, cca3] of short) if (!names.has(key)) names.set(key, cca3);
}

/** One-word names stay words; longer names become their shortest common abbreviation ("US", "UK"). */
function rewriteToken(common: string, cca2: string, alt: string[]): string {
  if (!/\s/.test(common)) return foldName(common);
  const codes = alt.filter((a) => /^[A-Z]{2,3}$/.test(a));
  codes.sort((a, b) => a.length - b.length || Number(a === cca2) - Number(b === cca2) || (a < b ? -1 : 1));
  return foldName(codes[0] ?? cca2);
}

function forms(): Forms {
  cache ??= build();
  return cache;
}

/**
 * The cca3 code of a country named by a whole name or upper-case code, else null.
 *
 * @example
 * countryOf('the United States'); // 'USA'
 * countryOf('America'); // 'USA'
 * countryOf('us'); // null (a pronoun, not an abbreviation)
 */
export function countryOf(name: string): string | null {
  const f = forms();
  const bare = name.trim().replace(/\./g, '').replace(/^the\s+/iu, '');
  if (isCode(bare)) return f.codes.get(bare) ?? null;
  return f.names.get(foldName(name)) ?? null;
}

/**
 * The cca3 code of the country a demonym or its plural names ("Peruvian", "Peruvians"), else null.
 *
 * @example
 * countryOfDemonym('French'); // 'FRA'
 */
export function countryOfDemonym(word: string): string | null {
  return forms().demonyms.get(foldName(word)) ?? null;
}

/**
 * The cca3 code of the country a name, code or demonym stands for, else null.
 *
 * @example
 * countryCodeOf('Ukrainian'); // 'UKR'
 * countryCodeOf('U.S.'); // 'USA'
 */
export function countryCodeOf(name: string): string | null {
  return countryOf(name) ?? countryOfDemonym(name);
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

/** Longest country name, in words, that {@link replaceCountries} tries to match. */
const MAX_NAME_WORDS = 6;

/**
 * Rewrites every country reference in a text (optionally preceded by "the") to
 * one token per country, so that "The U.S. is" and "US is" read the same.
 * Codes match only when written in upper case, so the pronoun "us" is left alone.
 *
 * @example
 * replaceCountries('The U.S. is with us'); // 'us is with us'
 */
export function replaceCountries(text: string): string {
  const f = forms();
  const words = text.replace(/\b(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, '')).split(/(\s+)/);
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

function matchAt(words: string[], i: number, f: Forms): { cca3: string; next: number; trail: string } | null {
  // Country names and codes are written with a capital: most words are rejected before any folding.
  if (!/^\p{Lu}/u.test(words[i] ?? '')) return null;
  for (let n = MAX_NAME_WORDS; n >= 1; n--) {
    const end = i + 2 * n - 1;
    if (end > words.length) continue;
    const phrase = words.slice(i, end).join('');
    const core = phrase.replace(/[^\p{L}\p{N}]+$/u, '');
    const trail = phrase.slice(core.length);
    if (!core || !/^[\p{L}]/u.test(core)) continue;
    const cca3 = isCode(core) ? f.codes.get(core) : f.names.get(foldName(core));
    if (cca3) return { cca3, next: end, trail };
  }
  return null;
}
