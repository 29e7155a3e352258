/**
 * The source outlet's first-person national voice left in an English text: "our country",
 * "my country" (a literal 我国), "our party and state", "our province", and "the country's"
 * with nothing in the text for "the country" to refer to.
 * @packageDocumentation
 */
import data from '../../rules/data/national-voice.json' with { type: 'json' };
import type { PlaceMention } from './places.js';

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
  return [...text.matchAll(OWN)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, phrase: m[0] }));
}

/** Every "the country's" / "the nation's" of `text` (the range excludes the ’s), in order. */
export function findReferents(text: string): VoiceMention[] {
  return [...text.matchAll(REFERENT)].map((m) => {
    const phrase = m[0].slice(0, -2);
    return { start: m.index!, end: m.index! + phrase.length, phrase };
  });
}

/**
 * Whether "the country" at `pos` has an antecedent: a place named before it (a country, a
 * demonym, or a city or region, which implies its country; a headline counts). `places` must
 * be sorted by offset.
 */
export function hasAntecedent(places: readonly PlaceMention[], pos: number): boolean {
  return places.length > 0 && places[0]!.start < pos;
}
