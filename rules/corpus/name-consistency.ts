/**
 * name-consistency's corpus phase, apart from the rule: the CLI's main thread runs it at the end of
 * a run, and loads this module (with the name keys it needs) instead of every rule's code (~0.1 s
 * with one core idle, at the end of every run with more than one file).
 * @packageDocumentation
 */
import type { CorpusContext } from '../../src/types.js';
import { nameKey, nearMiss } from '../../src/knowledge/names.js';
import { wordMemo } from '../../src/text/word-memo.js';

/** name-consistency's options. */
export interface NameConsistencyOptions {
  minFiles: number;
}

/** One surname spelling in one file (facts for the corpus phase). */
export interface Spelling {
  bucket: string;
  surname: string;
  /** Transliteration keys of the first given names seen with it. */
  given: string[];
  ranges: Array<[number, number]>;
  /** Already reported by the document phase. */
  reported: boolean;
  /**
   * Ids of the people the knowledge pack knows by this surname, when there are any: the corpus
   * phase decides from them, so the process that runs it need not load the pack's people.
   */
  people?: string[];
}

/** Given names are compatible when one side has none, or two first given names sound alike. */
export const compatible = (a: string[], b: string[]) =>
  a.includes('') || b.includes('') || a.some((x) => b.some((y) => x === y || (x && y && nearMiss(x, y))));

/**
 * Whether one spelling is the other with a plural ending: the singular and plural of a party or
 * group ("Liberal Democrat candidate", "the Liberal Democrats"), not two spellings of a name.
 */
export const pluralOf = (a: string, b: string) => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x === `${y}s` || y === `${x}s` || x === `${y}es` || y === `${x}es`;
};

/** Two spellings that the pack knows as surnames of different people are different names (Ryabkov / Rybakov). */
export const distinctPeople = (a: readonly string[], b: readonly string[]) => a.length > 0 && b.length > 0 && !a.some((id) => b.includes(id));

/**
 * A surname's {@link nameKey}, remembered: a corpus repeats a few hundred surnames tens of
 * thousands of times (the corpus phase's two passes over the 20 MB bench corpus's 29,668 uses took
 * 62–95 ms keying each use, 50–80 ms this way, at the end of a run, alone on one core). Like every
 * word memo it holds at most 10,000 keys, so a corpus of millions of names does not grow it.
 */
const surnameKey = wordMemo(nameKey);

/**
 * Across the files linted together: a spelling of a surname that fewer than half as many files use
 * as the majority spelling (itself in at least `minFiles` files), which sounds like it, for the
 * same person as far as the given names and the pack's people tell.
 */
export function nameConsistencyCorpus(files: Iterable<{ filePath: string; facts: Spelling[] }>, context: CorpusContext<NameConsistencyOptions>): void {
  // First pass: the buckets with two or more spellings. Only those can have a finding, so the
  // second pass keeps the uses of those alone (a corpus's facts can be far larger than memory;
  // `files` rebuilds them on each pass). A bucket keeps its first spelling; a name repeated as
  // written (most uses) needs no key.
  const first = new Map<string, { surname: string; key: string }>();
  const mixed = new Set<string>();
  for (const { facts } of files)
    for (const s of facts) {
      const seen = first.get(s.bucket);
      if (!seen) first.set(s.bucket, { surname: s.surname, key: surnameKey(s.surname) });
      else if (seen.surname !== s.surname && !mixed.has(s.bucket) && surnameKey(s.surname) !== seen.key) mixed.add(s.bucket);
    }
  // bucket → spelling key → files using it
  const index = new Map<string, Map<string, Array<{ filePath: string; s: Spelling }>>>();
  for (const { filePath, facts } of files)
    for (const s of facts) {
      if (!mixed.has(s.bucket)) continue;
      let b = index.get(s.bucket);
      if (!b) index.set(s.bucket, (b = new Map()));
      const k = surnameKey(s.surname);
      const uses = b.get(k);
      if (uses) uses.push({ filePath, s });
      else b.set(k, [{ filePath, s }]);
    }
  for (const group of index.values()) {
    const ranked = [...group.values()].sort((a, b) => b.length - a.length);
    const major = ranked[0]!;
    if (major.length < context.options.minFiles || major.length === ranked[1]!.length) continue;
    const majorName = major[0]!.s.surname;
    // The pack's people are the same for every use of a spelling (they are looked up by its key).
    const majorPeople = major[0]!.s.people ?? [];
    // Each given name once: a name in many files brings the same given names many times, and
    // every use of the other spelling is compared with each (a sound-alike test per pair).
    const majorGiven = [...new Set(major.flatMap((u) => u.s.given))];
    for (const uses of ranked.slice(1)) {
      const name = uses[0]!.s.surname;
      const people = uses[0]!.s.people ?? [];
      if (uses.length * 2 >= major.length || !nearMiss(name, majorName) || distinctPeople(people, majorPeople) || pluralOf(name, majorName)) continue;
      if (people.length && !majorPeople.length) continue;
      for (const { filePath, s } of uses) {
        if (s.reported || !compatible(s.given, majorGiven)) continue;
        for (const range of s.ranges)
          context.report(filePath, {
            messageId: 'inCorpus',
            data: { actual: s.surname, expected: majorName, count: major.length },
            range,
            fix: { range, text: majorName },
            actual: s.surname,
            expected: [majorName],
          });
      }
    }
  }
}
