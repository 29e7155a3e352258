/**
 * The place table of `src/text/places.ts`, built from the time-zone packages (city-timezones,
 * @vvo/tzdb). `scripts/build-gazetteer.ts` writes it to `rules/data/gazetteer.json`, which is
 * what seedlint loads at run time (parsing the packages' 2 MB of city data took ~200 ms per
 * process); a test checks the shipped file against this builder.
 * @packageDocumentation
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import aliases from '../rules/data/place-aliases.json' with { type: 'json' };

/** Cities smaller than this are not recognised (too many collide with common words). */
const MIN_POP = 50_000;

/** The table as stored in `rules/data/gazetteer.json` (place-aliases.json is applied at load time). */
export interface GazetteerData {
  $comment: string;
  sources: string[];
  /** Every zone name a place refers to; places give zones as indexes into this list. */
  zones: string[];
  /** Standard UTC offset in minutes of every zone name tzdb knows (group members included). */
  offsets: Record<string, number>;
  /** Zones of each country (ISO code), as "i,j,k" indexes into `zones`. */
  countryZones: Record<string, string>;
  /** name → "kind country zones pop": kind c(ity), r(egion) or n(ation); zones "i,j" indexes. */
  places: Record<string, string>;
  /**
   * English name of every country code (Intl.DisplayNames of the Node that built the file), so
   * that messages need not load ICU's display names (~45 ms) and do not change with the Node version.
   */
  countryNames: Record<string, string>;
}

interface Place { kind: 'city' | 'region' | 'country'; country: string; zones: string[]; pop: number }

const version = (name: string): string => (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;

/** Build the table from the installed packages (same steps and order as seedlint's former run-time build). */
export function packageGazetteer(): GazetteerData {
  const require = createRequire(import.meta.url);
  const { cityMapping } = require('city-timezones') as {
    cityMapping: Array<{ city: string; city_ascii: string; country: string; iso2: string; province: string; timezone: string; pop: number }>;
  };
  const tzdb = require('@vvo/tzdb') as {
    rawTimeZones: Array<{ name: string; group: string[]; countryName: string; countryCode: string; mainCities: string[]; rawOffsetInMinutes: number }>;
  };
  // The static table (standard offsets), not getTimeZones(), whose order follows today's DST
  // offsets: output must not change with the season.
  const zones = tzdb.rawTimeZones;
  const offsets: Record<string, number> = {};
  const countryZones = new Map<string, Set<string>>();
  const addCountryZone = (cc: string, zone: string) => {
    if (!countryZones.has(cc)) countryZones.set(cc, new Set());
    countryZones.get(cc)!.add(zone);
  };
  for (const z of zones) {
    for (const g of z.group) offsets[g] = z.rawOffsetInMinutes;
    addCountryZone(z.countryCode, z.name);
  }
  const byName = new Map<string, Place>();
  const addCity = (name: string, cc: string, zone: string, pop: number) => {
    const old = byName.get(name);
    if (old && (old.kind === 'country' || old.pop >= pop)) return;
    byName.set(name, { kind: 'city', country: cc, zones: [zone], pop });
  };
  for (const c of cityMapping) {
    if (c.pop < MIN_POP) continue;
    addCountryZone(c.iso2, c.timezone);
    for (const n of new Set([c.city, c.city_ascii])) addCity(n, c.iso2, c.timezone, c.pop);
  }
  for (const z of zones) for (const city of z.mainCities) addCity(city, z.countryCode, z.name, 1);
  // Provinces and states (Florida, Sichuan): every zone of their cities.
  const regions = new Map<string, Place>();
  for (const c of cityMapping) {
    if (!c.province || byName.has(c.province)) continue;
    const r: Place = regions.get(c.province) ?? { kind: 'region', country: c.iso2, zones: [], pop: 0 };
    if (!r.zones.includes(c.timezone)) r.zones.push(c.timezone);
    regions.set(c.province, r);
  }
  for (const [name, r] of regions) if (!byName.has(name)) byName.set(name, r);
  const addCountry = (name: string, cc: string) => {
    byName.set(name, { kind: 'country', country: cc, zones: [...(countryZones.get(cc) ?? [])], pop: 0 });
  };
  for (const c of cityMapping) addCountry(c.country.replace(/\s*\(.*\)$/, ''), c.iso2);
  for (const z of zones) addCountry(z.countryName, z.countryCode);

  const zoneNames: string[] = [];
  const zoneIndex = new Map<string, number>();
  const idx = (zs: Iterable<string>) =>
    [...zs]
      .map((z) => {
        if (!zoneIndex.has(z)) zoneIndex.set(z, zoneNames.push(z) - 1);
        return zoneIndex.get(z)!;
      })
      .join(',');
  const places: Record<string, string> = {};
  for (const [name, p] of byName) places[name] = `${p.kind === 'country' ? 'n' : p.kind[0]} ${p.country} ${idx(p.zones)} ${p.pop}`;
  const cz: Record<string, string> = {};
  for (const [cc, zs] of countryZones) cz[cc] = idx(zs);
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  const countryNames: Record<string, string> = {};
  for (const cc of [...new Set([...countryZones.keys(), ...Object.values(aliases.countries), ...Object.values(aliases.demonyms)].map(String))].sort()) {
    try {
      const name = display.of(cc);
      if (name && name !== cc) countryNames[cc] = name;
    } catch {
      // not a region code (-99 for Kosovo and Somaliland in city-timezones): messages show the code
    }
  }
  return {
    $comment:
      'Generated by `npx tsx scripts/build-gazetteer.ts` (do not edit): cities of 50,000 people or more, their provinces/states and countries, with IANA zones and standard offsets. Read by src/text/places.ts; English aliases come from place-aliases.json.',
    sources: [
      `city-timezones@${version('city-timezones')} (MIT License)`,
      `@vvo/tzdb@${version('@vvo/tzdb')} (MIT License; compiled from the IANA time zone database, city populations from GeoNames)`,
    ],
    zones: zoneNames,
    offsets,
    countryZones: cz,
    places,
    countryNames,
  };
}
