import { describe, it, expect } from 'vitest';
import worldCountries from 'world-countries';
import type { Country } from 'world-countries';
import { SEATS_OF_GOVERNMENT } from './seats-of-government.js';
import { capitalCountry, countryCodeOf, countryName } from './countries.js';

const countries: readonly Country[] = Array.isArray(worldCountries)
  ? (worldCountries as Country[])
  : (worldCountries as unknown as { default: Country[] }).default;

describe('seats of government', () => {
  const codes = new Set(Object.values(SEATS_OF_GOVERNMENT));

  it('covers the world: at least 30 countries', () => {
    expect(codes.size).toBeGreaterThanOrEqual(30);
  });

  it('names only real countries (ISO alpha-3 codes known to world-countries)', () => {
    const known = new Set(countries.map((c) => c.cca3));
    expect([...codes].filter((c) => !known.has(c))).toEqual([]);
  });

  it('spans every inhabited continent', () => {
    const regions = new Set(countries.filter((c) => codes.has(c.cca3)).map((c) => c.region));
    expect([...regions].sort()).toEqual(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']);
  });

  it.each(Object.entries(SEATS_OF_GOVERNMENT))('reads "%s" as the seat of %s', (seat, code) => {
    expect(capitalCountry(seat)).toBe(code);
    expect(capitalCountry(`the ${seat}`)).toBe(code);
  });
});

describe('countries', () => {
  it.each([
    ['U.S.', 'USA'], ['US', 'USA'], ['United States', 'USA'], ['the United States', 'USA'], ['American', 'USA'],
    ['Peruvian', 'PER'], ['Peruvians', 'PER'], ['Peru', 'PER'], ['French', 'FRA'], ['Côte d’Ivoire', 'CIV'],
  ])('reads "%s" as %s', (form, code) => {
    expect(countryCodeOf(form)).toBe(code);
  });
  it.each(['us', 'Ruritania', 'Harbour', 'Kingston'])('knows "%s" as no country', (form) => {
    expect(countryCodeOf(form)).toBeNull();
  });
  it.each([['Lima', 'PER'], ['Washington', 'USA'], ['Washington D.C.', 'USA'], ['Canberra', 'AUS']])('reads capital "%s" as %s', (city, code) => {
    expect(capitalCountry(city)).toBe(code);
  });
  it('prefers a sovereign country to a territory that shares its capital or demonym', () => {
    expect(capitalCountry('Kingston')).toBe('JAM');
    expect(countryCodeOf('French')).toBe('FRA');
  });
  it.each(['Singapore', 'Lyon'])('gives no country for "%s" (a country itself, or no capital)', (city) => {
    expect(capitalCountry(city)).toBeNull();
  });
  it('names a country by its code', () => {
    expect(countryName('PER')).toBe('Peru');
  });
});
