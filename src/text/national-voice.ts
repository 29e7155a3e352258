/**
 * The source outlet's first-person national voice left in an English text: "our country",
 * "my country" (a literal 我国), "our party and state", "our province", and "the country's"
 * with nothing in the text for "the country" to refer to.
 * @packageDocumentation
 */
import data from '../../rules/data/national-voice.json' with { type: 'json' };
import { lookupPlace, type PlaceMention } from './places.js';
import { allMatches } from './regex.js';

/** A phrase in the national voice, with its offsets (a trailing possessive ’s excluded). */
export interface VoiceMention { start: number; end: number; phrase: string }

const alt = (xs: readonly string[]) => xs.map((x) => x.replace(/ /g, '\\s+')).join('|');
const cap = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
/** "our"/"Our" + modifiers + a noun of the list, as a whole word ("our countryside", "our city-state" are not). */
const OWN = new RegExp(
  `(?<![\\p{L}’'-])(?:${data.possessives.map(cap).join('|')})\\s+(?:(?:${alt(data.modifiers)})\\s+)*(?:${alt(data.nouns)})(?![\\p{L}\\d-])`,
  'gu',
);
const REFERENT = new RegExp(`\\b[Tt]he\\s+(?:${alt(data.referents)})['’]s(?![\\p{L}])`, 'gu');

/** Every "our country"-type phrase of `text`, in order. */
export function findOwnNation(text: string): VoiceMention[] {
  return allMatches(OWN, text).map((m) => ({ start: m.index!, end: m.index! + m[0].length, phrase: m[0] }));
}

/** Every "the country's" / "the nation's" of `text` (the range excludes the ’s), in order. */
export function findReferents(text: string): VoiceMention[] {
  return allMatches(REFERENT, text).map((m) => {
    const phrase = m[0].slice(0, -2);
    return { start: m.index!, end: m.index! + phrase.length, phrase };
  });
}

/** A dateline in capitals opening a paragraph: “LAGOS (Reuters) -”, “KYIV, Ukraine —”, “BEIJING, March 3”. */
const DATELINE = /^[ \t]*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?=,|\s*\(|\s+[-–—])/gm;

/** Places named in capital datelines (which the capitalised-name search does not read), sorted. */
export function datelinePlaces(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of allMatches(DATELINE, text)) {
    const name = m[1]!.toLowerCase().replace(/(^|[ .'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
    const place = lookupPlace(name);
    const start = m.index! + m[0].length - m[1]!.length;
    if (place) out.push({ place, start, end: start + name.length });
  }
  return out;
}

/**
 * Whether "the country" at `pos` has an antecedent: a place named before it (a country, a
 * demonym, or a city or region, which implies its country; a headline or a dateline counts).
 */
export function hasAntecedent(places: readonly PlaceMention[], pos: number): boolean {
  return places.some((p) => p.start < pos);
}
