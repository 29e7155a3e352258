/**
 * franc-min's language scores, computed the same way from the same data but faster:
 * trigrams are counted in a `Map` and each allowed language's model is built once as a
 * `Map` (franc-min rebuilds the filtered language table and counts trigrams in a plain
 * object on every call, which made it most of `untranslated`'s time). The results are
 * identical to `francAll(value, { only, minLength })`.
 * @packageDocumentation
 */
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** A language code and its score (1 = best). */
export type LanguageScore = [string, number];

/** franc-min's constants. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/** The allowed languages of one script and, per trigram, its rank in each of their models (-1: absent). */
interface ScriptIndex { names: string[]; ranks: Map<string, Int32Array> }

/** Indexes by script and `only` list, built on first use. */
const indexes = new Map<string, ScriptIndex | undefined>();
function scriptIndex(script: string, only: readonly string[]): ScriptIndex | undefined {
  const key = `${script}:${only.join(',')}`;
  if (indexes.has(key)) return indexes.get(key);
  const languages = Object.hasOwn(data, script) ? data[script]! : undefined;
  let index: ScriptIndex | undefined;
  if (languages) {
    const names = Object.keys(languages).filter((name) => only.length === 0 || only.includes(name));
    const ranks = new Map<string, Int32Array>();
    names.forEach((name, l) => {
      const model = languages[name]!.split('|');
      // Same order as franc-min (from the last trigram down), so a repeated trigram keeps its lowest rank.
      for (let weight = model.length - 1; weight >= 0; weight--) {
        let row = ranks.get(model[weight]!);
        if (!row) ranks.set(model[weight]!, (row = new Int32Array(names.length).fill(-1)));
        row[l] = weight;
      }
    });
    index = { names, ranks };
  }
  indexes.set(key, index);
  return index;
}

/** Trigram counts of `value` after franc's cleaning (no ASCII punctuation or digits, collapsed white space, lower case). */
function trigramCounts(value: string): Map<string, number> {
  const cleaned = ' ' + value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() + ' ';
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const gram = cleaned.slice(i, i + 3);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
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
    const latin = (value.match(expressions.Latin!)?.length ?? 0) / value.length || 0;
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
  const { names, ranks } = index;
  const sums = new Float64Array(names.length);
  let unknown = 0; // trigrams no model has cost MAX_DIFFERENCE in every language
  for (const [gram, count] of trigramCounts(value)) {
    const row = ranks.get(gram);
    if (!row) {
      unknown++;
      continue;
    }
    for (let l = 0; l < names.length; l++) {
      const rank = row[l]!;
      sums[l] = sums[l]! + (rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1));
    }
  }
  const distances: LanguageScore[] = names.map((name, l) => [name, sums[l]! + unknown * MAX_DIFFERENCE]);
  if (distances.length === 0) return [['und', 1]];
  distances.sort((a, b) => a[1] - b[1]);
  const min = distances[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const d of distances) d[1] = 1 - (d[1] - min) / max || 0;
  return distances;
}
