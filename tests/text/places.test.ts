import { describe, expect, it } from 'vitest';
import gazetteer from '../../rules/data/gazetteer.json' with { type: 'json' };
import { packageGazetteer } from '../../scripts/gazetteer.js';
import { findPlaces, lookupPlace, zoneOffset } from '../../src/text/places.js';

describe('places', () => {
  it('ships the table the installed time-zone packages give (run scripts/build-gazetteer.ts after updating them)', () => {
    expect(gazetteer).toEqual(packageGazetteer());
  });

  it('looks up cities, regions, countries and the English aliases', () => {
    expect(lookupPlace('Tehran')).toMatchObject({ kind: 'city', country: 'IR', zones: ['Asia/Tehran'] });
    expect(lookupPlace('Florida')).toMatchObject({ kind: 'region', country: 'US' });
    expect(lookupPlace('Iranian')).toMatchObject({ name: 'Iranian', kind: 'country', country: 'IR' });
    expect(lookupPlace('Peking')).toMatchObject({ name: 'Peking', kind: 'city', country: 'CN' });
    expect(lookupPlace('Macao')).toMatchObject({ name: 'Macao', kind: 'country', country: 'MO' });
    expect(lookupPlace('Nowhere')).toBeUndefined();
    expect(lookupPlace('constructor')).toBeUndefined();
    expect(zoneOffset('Asia/Tehran')).toBe(210);
    expect(zoneOffset('toString')).toBeUndefined();
  });

  it('finds place mentions, longest first', () => {
    const text = 'Officials in New York and the U.S. capital met Iranian envoys.';
    expect(findPlaces(text).map((m) => text.slice(m.start, m.end))).toEqual(['New York', 'U.S.', 'Iranian']);
  });
});
