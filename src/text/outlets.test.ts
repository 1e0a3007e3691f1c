import { describe, expect, it } from 'vitest';
import { outletKey, siteOf } from './outlets.js';

describe('siteOf', () => {
  it.each([
    ['https://www.harbourpost.example/world/1', 'harbourpost.example'],
    ['edition.harbourpost.com', 'harbourpost.com'],
    ['news.ledger.co.uk', 'ledger.co.uk'],
    ['north.daily.com.au', 'daily.com.au'],
    ['https://ledger.org/', 'ledger.org'],
    ['Coastal Daily', undefined],
    ['not a url://', undefined],
  ])('%s → %s', (input, site) => {
    expect(siteOf(input)).toBe(site);
  });
});

describe('outletKey', () => {
  it('reads two hosts of one site as one outlet', () => {
    expect(outletKey({ id: 'a', outlet: 'www.harbourpost.com' })).toBe(outletKey({ id: 'b', outlet: 'edition.harbourpost.com' }));
  });

  it('takes the site of the URL when the outlet is only the file-stem fallback', () => {
    expect(outletKey({ id: 'a1', outlet: 'a1', url: 'https://www.ledger.co.uk/x' })).toBe('ledger.co.uk');
  });

  it('keeps a named outlet over its URL and folds case and spacing', () => {
    expect(outletKey({ id: 'a1', outlet: 'Coastal  Daily', url: 'https://cdn.example.net/x' })).toBe('coastal daily');
  });
});
