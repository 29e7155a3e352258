/**
 * franc-min's language scores, computed the same way from the same data but faster:
 * trigrams are counted in a `Map` under small integer keys and each allowed language's model
 * is built once as a `Map` (franc-min rebuilds the filtered language table and counts trigrams
 * in a plain object on every call, which made it most of `untranslated`'s time). The results
 * are identical to `francAll(value, { only, minLength })`.
 * @packageDocumentation
 */
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** A language code and its score (1 = best). */
export type LanguageScore = [string, number];

/** franc-min's constants. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/**
 * The allowed languages of one script and, per trigram, the models that have it: pairs
 * (language number, rank) in one array; keyed by {@link gramKey}, or by the trigram itself when
 * it has no key. Most trigrams are in one or two of the models, so the distance sums visit
 * only those (a trigram a model lacks costs that model MAX_DIFFERENCE).
 */
interface ScriptIndex { names: string[]; ranks: Map<number, number[]>; slowRanks: Map<string, number[]> }

/**
 * Small ids for the UTF-16 code units seen (the models' letters first), so that a trigram is one
 * small integer: Map look-ups on small integers are several times faster than on substrings.
 * 0: no id yet; -1: none left (such a code unit's trigrams are keyed by their text).
 */
const CHAR_LIMIT = 1000;
const charIds = new Int16Array(65536);
let nextCharId = 1;
function charId(unit: number): number {
  let id = charIds[unit]!;
  if (id === 0) charIds[unit] = id = nextCharId < CHAR_LIMIT ? nextCharId++ : -1;
  return id;
}

/** The trigram at `i` of `s` as an integer below 2^30, or -1 when one of its code units has no id. */
function gramKey(s: string, i: number): number {
  const a = charId(s.charCodeAt(i));
  const b = charId(s.charCodeAt(i + 1));
  const c = charId(s.charCodeAt(i + 2));
  return a < 0 || b < 0 || c < 0 ? -1 : (a * CHAR_LIMIT + b) * CHAR_LIMIT + c;
}

/** Indexes by script and `only` list, built on first use. */
const indexes = new Map<string, ScriptIndex | undefined>();
/** The last `only` array seen per script and its index (callers pass the same array each time). */
const lastOnly = new Map<string, [readonly string[], ScriptIndex | undefined]>();
function scriptIndex(script: string, only: readonly string[]): ScriptIndex | undefined {
  const last = lastOnly.get(script);
  if (last && last[0] === only) return last[1];
  const key = `${script}:${only.join(',')}`;
  if (!indexes.has(key)) indexes.set(key, buildIndex(script, only));
  const index = indexes.get(key);
  lastOnly.set(script, [only, index]);
  return index;
}

function buildIndex(script: string, only: readonly string[]): ScriptIndex | undefined {
  const languages = Object.hasOwn(data, script) ? data[script]! : undefined;
  if (!languages) return undefined;
  const names = Object.keys(languages).filter((name) => only.length === 0 || only.includes(name));
  const ranks = new Map<number, number[]>();
  const slowRanks = new Map<string, number[]>();
  names.forEach((name, l) => {
    const model = languages[name]!.split('|');
    // A trigram repeated in a model keeps its lowest rank, as in franc-min; a model's pairs are
    // appended together, so a repeat shows as a last pair of the same language.
    for (let weight = 0; weight < model.length; weight++) {
      const gram = model[weight]!;
      if (gram.length !== 3) throw new Error(`franc-min model ${name}: trigram "${gram}" is not 3 code units`);
      const key = gramKey(gram, 0);
      let pairs = key < 0 ? slowRanks.get(gram) : ranks.get(key);
      if (!pairs) {
        pairs = [];
        if (key < 0) slowRanks.set(gram, pairs);
        else ranks.set(key, pairs);
      } else if (pairs[pairs.length - 2] === l) continue;
      pairs.push(l, weight);
    }
  });
  return { names, ranks, slowRanks };
}

/** Reused buffer for the trigram keys of one value (grown as needed). */
let keyBuffer = new Int32Array(256);

/**
 * The trigrams of `value` after franc's cleaning (no ASCII punctuation or digits, collapsed
 * white space, lower case): their {@link gramKey}s, sorted, so equal trigrams are neighbours
 * (a view of a shared buffer, valid until the next call), and counts by text of the trigrams
 * without a key.
 */
function trigramKeys(value: string): [Int32Array, Map<string, number>] {
  const cleaned = ' ' + value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() + ' ';
  if (keyBuffer.length < cleaned.length) keyBuffer = new Int32Array(cleaned.length * 2);
  const slow = new Map<string, number>();
  let n = 0;
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const key = gramKey(cleaned, i);
    if (key >= 0) keyBuffer[n++] = key;
    else {
      const gram = cleaned.slice(i, i + 3);
      slow.set(gram, (slow.get(gram) ?? 0) + 1);
    }
  }
  return [keyBuffer.subarray(0, n).sort(), slow];
}

/**
 * Characters no franc-min script expression matches except Latin's A–Z/a–z (ASCII, no-break
 * space, general punctuation such as ’ “ — …); checked against franc-min's expressions.
 */
const ONLY_LATIN_OR_NONE = /^[\u0000-\u007f\u00a0\u2000-\u206f]*$/;

/** The script whose characters occur most in `value` (the first one on a tie), as franc-min picks it. */
function topScript(value: string): [string | undefined, number] {
  if (ONLY_LATIN_OR_NONE.test(value)) {
    // Every other script counts 0 here: Latin wins when it has a letter, else the first script (with 0).
    // In this range franc-min's Latin expression matches exactly A–Z and a–z: count them without a match array.
    let letters = 0;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i) | 32;
      if (c >= 97 && c <= 122) letters++;
    }
    const latin = letters / value.length || 0;
    return latin > 0 ? ['Latin', latin] : [Object.keys(expressions)[0], 0];
  }
  let topCount = -1;
  let top: string | undefined;
  for (const [script, re] of Object.entries(expressions)) {
    const count = (value.match(re)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/**
 * Languages of `value` ranked as `francAll(value, { only, minLength })` ranks them (same
 * codes, same scores, same order); `[['und', 1]]` when undecided.
 */
export function languageScores(value: string, only: readonly string[], minLength: number): LanguageScore[] {
  if (!value || value.length < minLength) return [['und', 1]];
  value = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  const index = script === undefined ? undefined : scriptIndex(script, only);
  if (!index) {
    if (!script || share === 0 || (only.length > 0 && !only.includes(script))) return [['und', 1]];
    return [[script, 1]];
  }
  const { names, ranks, slowRanks } = index;
  // A model's distance: per trigram of the value, |count - rank - 1| when the model has it, else
  // MAX_DIFFERENCE. Summed as MAX_DIFFERENCE per trigram less the savings of the models that have
  // it: integers, so the same sums in any order.
  const savings = new Float64Array(names.length);
  let trigrams = 0;
  const add = (pairs: number[] | undefined, count: number) => {
    trigrams++;
    if (!pairs) return;
    for (let j = 0; j < pairs.length; j += 2) {
      const l = pairs[j]!;
      savings[l] = savings[l]! + MAX_DIFFERENCE - Math.abs(count - pairs[j + 1]! - 1);
    }
  };
  const [keys, slow] = trigramKeys(value);
  for (let i = 0; i < keys.length; ) {
    const key = keys[i]!;
    let j = i + 1;
    while (j < keys.length && keys[j] === key) j++;
    add(ranks.get(key), j - i);
    i = j;
  }
  for (const [gram, count] of slow) add(slowRanks.get(gram), count);
  const distances: LanguageScore[] = names.map((name, l) => [name, trigrams * MAX_DIFFERENCE - savings[l]!]);
  if (distances.length === 0) return [['und', 1]];
  distances.sort((a, b) => a[1] - b[1]);
  const min = distances[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const d of distances) d[1] = 1 - (d[1] - min) / max || 0;
  return distances;
}
