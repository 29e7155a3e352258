/**
 * Clock mentions ("Sunday evening, Tehran time", "8 p.m. Beijing time", "local time in
 * Moscow") and whether the place whose clock is given belongs to the story.
 * @packageDocumentation
 */
import { findPlaces, lookupPlace, zoneOffset, type Place, type PlaceMention } from './places.js';
import { allMatches } from './regex.js';

/** A clock mention: the whole phrase and the place named. */
export interface ClockMention { start: number; end: number; place: Place; name: string }

const CAP = "[A-Z][\\p{L}.'’-]*";
const NAMED = new RegExp(`(${CAP}(?:\\s${CAP}){0,2})\\s+(?:[Ss]tandard\\s+|[Ll]ocal\\s+)?[Tt]ime\\b`, 'gu');
/** The word “time”, which every {@link NAMED} match holds; searched first, as it is cheap to find. */
const TIME_WORD = /[Tt]ime\b/g;
/** The characters a {@link NAMED} match is made of. */
const NAMED_CHAR = /[\p{L}.'’\-\s]/u;
/** Runs of them after the word “time”. */
const NAMED_RUN = /[\p{L}.'’\-\s]*/uy;
/** Whether the character at `i` can be part of a {@link NAMED} match (ASCII decided without a regex). */
function namedChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 32 || c === 46 || c === 39 || c === 45 || (c >= 9 && c <= 13);
  return NAMED_CHAR.test(text[i]!);
}
const LOCAL_IN = new RegExp(`\\blocal\\s+time\\s+in\\s+(${CAP}(?:\\s${CAP}){0,2})`, 'gu');
/** What stands before "<City> time" when it gives a clock: a comma or bracket, or a time of day. */
const CLOCK_CONTEXT = /(?:[,(]\s*|(?:\d|[ap]\.?m\.?|noon|midnight|morning|afternoon|evening|night|day|today|tonight|o['’]clock|hours?)\s+)$/i;

/** Minimum population of a city whose name is read as a clock. */
const MIN_CLOCK_POP = 100_000;

function clockPlace(name: string): { place: Place; offset: number } | undefined {
  const words = name.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const tail = words.slice(i).join(' ');
    const place = lookupPlace(tail);
    if (place && (place.kind === 'country' || place.pop >= MIN_CLOCK_POP || place.pop === 1)) {
      return { place, offset: name.length - tail.length };
    }
  }
  return undefined;
}

/**
 * The matches of {@link NAMED} in `text`, each with the offset its index is relative to. A match
 * lies inside one run of letters, dots, apostrophes, hyphens and spaces that holds the word
 * “time”, so only those runs (and the character after each, for the final `\b`) are searched:
 * the same matches as searching the whole text, found without trying every capital letter.
 */
function namedMatches(text: string): Array<[RegExpMatchArray, number]> {
  const out: Array<[RegExpMatchArray, number]> = [];
  let floor = 0;
  TIME_WORD.lastIndex = 0;
  for (let t = TIME_WORD.exec(text); t; t = TIME_WORD.exec(text)) {
    let start = t.index;
    while (start > floor && namedChar(text, start - 1)) start--;
    NAMED_RUN.lastIndex = t.index + t[0].length;
    const end = NAMED_RUN.lastIndex + NAMED_RUN.exec(text)![0].length;
    for (const m of allMatches(NAMED, text.slice(start, end + 1))) out.push([m, start]);
    floor = end;
    TIME_WORD.lastIndex = end;
  }
  return out;
}

/** Every clock mention in `text`. */
export function findClocks(text: string): ClockMention[] {
  const out: ClockMention[] = [];
  for (const [m, base] of namedMatches(text)) {
    const found = clockPlace(m[1]!);
    if (!found) continue;
    const start = base + m.index! + found.offset;
    if (!CLOCK_CONTEXT.test(text.slice(Math.max(0, start - 30), start))) continue;
    out.push({ start, end: base + m.index! + m[0].length, place: found.place, name: found.place.name });
  }
  for (const m of allMatches(LOCAL_IN, text)) {
    const name = m[1]!.replace(/[.'’]+$/, '');
    const found = clockPlace(name);
    if (found) out.push({ start: m.index!, end: m.index! + m[0].length - (m[1]!.length - name.length), place: found.place, name: found.place.name });
  }
  return out.sort((a, b) => a.start - b.start);
}

function offsets(place: Place): Set<number> {
  return new Set(place.zones.map(zoneOffset).filter((o): o is number => o !== undefined));
}

/**
 * Whether the clock's place belongs to the story: the story names it elsewhere, names its
 * country, or names a place that keeps the same standard time.
 */
export function clockBelongs(clock: ClockMention, mentions: readonly PlaceMention[]): boolean {
  const own = offsets(clock.place);
  return mentions.some((m) => {
    if (m.start >= clock.start && m.end <= clock.end) return false;
    if (m.place.country === clock.place.country) return true;
    for (const o of offsets(m.place)) if (own.has(o)) return true;
    return false;
  });
}

/** UTC offset of a place's main zone, written “UTC+03:30”. */
export function utcLabel(place: Place): string {
  const o = zoneOffset(place.zones[0]!) ?? 0;
  const h = Math.floor(Math.abs(o) / 60);
  return `UTC${o < 0 ? '−' : '+'}${String(h).padStart(2, '0')}:${String(Math.abs(o) % 60).padStart(2, '0')}`;
}

export { findPlaces };
