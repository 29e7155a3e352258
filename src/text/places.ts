/**
 * Places mentioned in a text, recognised with the city and country names of the
 * maintained time-zone packages (city-timezones, @vvo/tzdb, precomputed into
 * rules/data/gazetteer.json by scripts/build-gazetteer.ts) plus a few English aliases.
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs';
import aliases from '../../rules/data/place-aliases.json' with { type: 'json' };
import { allMatches } from './regex.js';

/** The table's shape (the file itself is read at first lookup; the build copies rules/data to dist). */
type Gazetteer = typeof import('../../rules/data/gazetteer.json');

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

const KINDS = { c: 'city', r: 'region', n: 'country' } as const;
interface Table {
  places: Record<string, string>;
  offsets: Record<string, number>;
  countryZones: Record<string, string>;
  countryNames: Record<string, string>;
  /** Zone names (null where city-timezones has no zone for a city). */
  zones: Gazetteer['zones'];
}
let table: Table | undefined;
/** The place table (rules/data/gazetteer.json), read at first use: most texts name no clock. */
function gazetteer(): Table {
  return (table ??= JSON.parse(readFileSync(new URL('../../rules/data/gazetteer.json', import.meta.url), 'utf8')) as Table);
}
const zoneList = (indexes: string | undefined) => (indexes ? (indexes.split(',').map((i) => gazetteer().zones[Number(i)]) as string[]) : []);

/** Places decoded so far (the table holds them as strings, decoded at first lookup). */
const decoded = new Map<string, Place | undefined>();
/** The English aliases (place-aliases.json), applied over the table in order: countries, demonyms, cities. */
let overlay: Map<string, Place> | undefined;

function tablePlace(name: string): Place | undefined {
  if (decoded.has(name)) return decoded.get(name);
  let place: Place | undefined;
  const { places } = gazetteer();
  if (Object.hasOwn(places, name)) {
    const [kind, country, zones, pop] = places[name]!.split(' ');
    place = { name, kind: KINDS[kind as keyof typeof KINDS], country: country!, zones: zoneList(zones), pop: Number(pop) };
  }
  decoded.set(name, place);
  return place;
}

function aliasOverlay(): Map<string, Place> {
  if (overlay) return overlay;
  const o = new Map<string, Place>();
  const addCountry = (name: string, cc: string) => {
    o.set(name, { name, kind: 'country', country: cc, zones: zoneList(gazetteer().countryZones[cc]), pop: 0 });
  };
  for (const [name, cc] of Object.entries(aliases.countries)) addCountry(name, cc);
  for (const [name, cc] of Object.entries(aliases.demonyms)) addCountry(name, cc);
  for (const [alias, canonical] of Object.entries(aliases.cities)) {
    const p = o.get(canonical) ?? tablePlace(canonical);
    if (p) o.set(alias, { ...p, name: alias });
  }
  return (overlay = o);
}

function resolve(name: string): Place | undefined {
  return aliasOverlay().get(name) ?? tablePlace(name);
}

/** Look a place up by its exact (capitalised) name. */
export function lookupPlace(name: string): Place | undefined {
  return resolve(name);
}

/** English name of a country code (“Iran” for `IR`), or the code itself when it names no region. */
export function countryName(code: string): string {
  const names = gazetteer().countryNames;
  return Object.hasOwn(names, code) ? names[code]! : code;
}

/** Standard UTC offset of an IANA zone in minutes, when known. */
export function zoneOffset(zone: string): number | undefined {
  const { offsets } = gazetteer();
  return Object.hasOwn(offsets, zone) ? offsets[zone] : undefined;
}

const CAP_RUN = /\b(?:[A-Z][\p{L}.'’-]*|U\.S\.(?:A\.)?)(?:[ \u00a0](?:(?:of|the|de|al|el)[ \u00a0])?[A-Z][\p{L}.'’-]*)*/gu;

/** Every place mention in `text` (longest match first within each run of capitalised words). */
export function findPlaces(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of allMatches(CAP_RUN, text)) {
    const words = allMatches(/\S+/g, m[0]);
    let i = 0;
    while (i < words.length) {
      let found = false;
      for (let j = Math.min(words.length, i + 5); j > i; j--) {
        const s = words[i]!.index!;
        const last = words[j - 1]!;
        let e = last.index! + last[0].length;
        let name = m[0].slice(s, e);
        let place = resolve(name);
        if (!place && /[.’']s?$/.test(name)) {
          const bare = name.replace(/(?:[’']s?|\.)$/, '');
          place = resolve(bare);
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
