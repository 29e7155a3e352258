/**
 * Places mentioned in a text, recognised with the city and country names of the
 * maintained time-zone packages (city-timezones, @vvo/tzdb) plus a few English aliases.
 * @packageDocumentation
 */
import { createRequire } from 'node:module';
import aliases from '../../rules/data/place-aliases.json' with { type: 'json' };

/** A place known to the gazetteer. */
export interface Place {
  /** The name as found in the text. */
  name: string;
  kind: 'city' | 'region' | 'country';
  /** ISO 3166-1 alpha-2 country code (`EU` for the European Union). */
  country: string;
  /** IANA time zones of the place (all zones of a country). */
  zones: string[];
  /** Population (cities only; 0 when unknown). */
  pop: number;
}

/** A place mention with its offsets. */
export interface PlaceMention { place: Place; start: number; end: number }

interface Gazetteer {
  byName: Map<string, Place>;
  offsets: Map<string, number>;
}

let gazetteer: Gazetteer | undefined;

/** Cities smaller than this are not recognised (too many collide with common words). */
const MIN_POP = 50_000;

function build(): Gazetteer {
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
  const offsets = new Map<string, number>();
  const countryZones = new Map<string, Set<string>>();
  const addCountryZone = (cc: string, zone: string) => {
    if (!countryZones.has(cc)) countryZones.set(cc, new Set());
    countryZones.get(cc)!.add(zone);
  };
  for (const z of zones) {
    for (const g of z.group) offsets.set(g, z.rawOffsetInMinutes);
    addCountryZone(z.countryCode, z.name);
  }
  const byName = new Map<string, Place>();
  const addCity = (name: string, cc: string, zone: string, pop: number) => {
    const old = byName.get(name);
    if (old && (old.kind === 'country' || old.pop >= pop)) return;
    byName.set(name, { name, kind: 'city', country: cc, zones: [zone], pop });
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
    const r: Place = regions.get(c.province) ?? { name: c.province, kind: 'region', country: c.iso2, zones: [], pop: 0 };
    if (!r.zones.includes(c.timezone)) r.zones.push(c.timezone);
    regions.set(c.province, r);
  }
  for (const [name, r] of regions) if (!byName.has(name)) byName.set(name, r);
  const addCountry = (name: string, cc: string) => {
    byName.set(name, { name, kind: 'country', country: cc, zones: [...(countryZones.get(cc) ?? [])], pop: 0 });
  };
  for (const c of cityMapping) addCountry(c.country.replace(/\s*\(.*\)$/, ''), c.iso2);
  for (const z of zones) addCountry(z.countryName, z.countryCode);
  for (const [name, cc] of Object.entries(aliases.countries)) addCountry(name, cc);
  for (const [name, cc] of Object.entries(aliases.demonyms)) addCountry(name, cc);
  for (const [alias, canonical] of Object.entries(aliases.cities)) {
    const p = byName.get(canonical);
    if (p) byName.set(alias, { ...p, name: alias });
  }
  return { byName, offsets };
}

function get(): Gazetteer {
  return (gazetteer ??= build());
}

/** Look a place up by its exact (capitalised) name. */
export function lookupPlace(name: string): Place | undefined {
  return get().byName.get(name);
}

/** Standard UTC offset of an IANA zone in minutes, when known. */
export function zoneOffset(zone: string): number | undefined {
  return get().offsets.get(zone);
}

const CAP_RUN = /\b(?:[A-Z][\p{L}.'’-]*|U\.S\.(?:A\.)?)(?:[ \u00a0](?:(?:of|the|de|al|el)[ \u00a0])?[A-Z][\p{L}.'’-]*)*/gu;

/** Every place mention in `text` (longest match first within each run of capitalised words). */
export function findPlaces(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of text.matchAll(CAP_RUN)) {
    const words = [...m[0].matchAll(/\S+/g)];
    let i = 0;
    while (i < words.length) {
      let found = false;
      for (let j = Math.min(words.length, i + 5); j > i; j--) {
        const s = words[i]!.index!;
        const last = words[j - 1]!;
        let e = last.index! + last[0].length;
        let name = m[0].slice(s, e);
        let place = get().byName.get(name);
        if (!place && /[.’']s?$/.test(name)) {
          const bare = name.replace(/(?:[’']s?|\.)$/, '');
          place = get().byName.get(bare);
          if (place) e = s + bare.length, name = bare;
        }
        if (place) {
          out.push({ place, start: m.index! + s, end: m.index! + e });
          i = j;
          found = true;
          break;
        }
      }
      if (!found) i++;
    }
  }
  return out;
}
