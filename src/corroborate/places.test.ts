import { describe, expect, it } from 'vitest';
import { placeOf, relatePlaces } from './places.js';

describe('relatePlaces: containment and distance from the gazetteer', () => {
  const table: [string, string, string][] = [
    // compatible: a town inside its state, a town inside its country, two towns of one area
    ['Santa Monica', 'California', 'inside'],
    ['Lyon', 'France', 'inside'],
    ['Toronto', 'Ontario', 'inside'],
    ['Santa Monica', 'Los Angeles', 'near'],
    ['California', 'United States', 'inside'],
    // conflicting: distant cities, a town in another state, a town in another country
    ['Lyon', 'Marseille', 'apart'],
    ['Santa Monica', 'Texas', 'apart'],
    ['Munich', 'Austria', 'apart'],
  ];
  it.each(table)('%s / %s → %s', (a, b, relation) => {
    expect(relatePlaces(placeOf(a), placeOf(b)).relation).toBe(relation);
  });

  it('knows nothing of a name no gazetteer lists', () => {
    expect(relatePlaces(placeOf('Qwxyzzy'), placeOf('France')).relation).toBe('unknown');
  });
});
