import { describe, expect, it } from 'vitest';
import gazetteer from '../../rules/data/gazetteer.json' with { type: 'json' };
import { packageGazetteer } from '../../scripts/gazetteer.js';
import { countryName, findPlaces, lookupPlace, zoneOffset } from '../../src/text/places.js';

describe('places', () => {
  it('ships the table the installed time-zone packages give (run scripts/build-gazetteer.ts after updating them)', () => {
    const { countryNames, ...table } = packageGazetteer();
    expect({ ...gazetteer, countryNames: undefined }).toEqual({ ...table, countryNames: undefined });
    // Display names come from the building Node's ICU: check that every code has one, not its wording.
    expect(Object.keys(gazetteer.countryNames).sort()).toEqual(Object.keys(countryNames).sort());
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
    expect([countryName('IR'), countryName('EU'), countryName('-99')]).toEqual(['Iran', 'European Union', '-99']);
  });

  it('finds place mentions, longest first', () => {
    const text = 'Officials in New York and the U.S. capital met Iranian envoys.';
    expect(findPlaces(text).map((m) => text.slice(m.start, m.end))).toEqual(['New York', 'U.S.', 'Iranian']);
  });
});
