/**
 * Set look-ups of words with an exact pre-test.
 * @packageDocumentation
 */
import { lowerCase } from './tokens.js';

/**
 * A set of words with a pre-test that needs no hash: a word longer than every member, or whose
 * first letter (a–z) starts no member of its length, is not in the set. Looking a word up in a
 * `Set` hashes it first, and the words of a parsed text are new strings, hashed on their first
 * look-up: for a short list tested against every word (the auxiliaries), most words never get there.
 */
export class WordFilter {
  /** Per length, a bit for each first letter a–z of a member of that length. */
  private readonly masks: Uint32Array;

  constructor(private readonly set: ReadonlySet<string>) {
    let longest = 0;
    for (const word of set) longest = Math.max(longest, word.length);
    this.masks = new Uint32Array(longest + 1);
    for (const word of set) {
      const letter = word.charCodeAt(0) - 97;
      if (letter >= 0 && letter < 26) this.masks[word.length]! |= 1 << letter;
    }
  }

  /** Whether the set has `word` (the same answer as the set's own `has`). */
  has(word: string): boolean {
    return this.mayHave(word.length, word.charCodeAt(0)) && this.set.has(word);
  }

  /**
   * Whether the set may have a word of `length` whose first character is `first` (a UTF-16 code
   * unit; one outside a–z, or `NaN` for an empty word, may always start a member).
   */
  mayHave(length: number, first: number): boolean {
    if (length >= this.masks.length) return false;
    const letter = first - 97;
    return !(letter >= 0 && letter < 26) || (this.masks[length]! & (1 << letter)) !== 0;
  }
}

const filters = new WeakMap<ReadonlySet<string>, WordFilter>();

/** The {@link WordFilter} of a set, made once per set. */
export function wordFilter(set: ReadonlySet<string>): WordFilter {
  let filter = filters.get(set);
  if (!filter) filters.set(set, (filter = new WordFilter(set)));
  return filter;
}

/** Whether the UTF-16 code unit `c` is an ASCII letter (A–Z, a–z). */
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** A run of letters from a given index (sticky: it matches there or not at all). */
const LETTER_RUN = /\p{L}+/uy;

/**
 * The number of runs of letters in `text` (the matches of `/\p{L}+/gu`) and how many of them
 * `set` has in lower case, without making a string of every run: a loop over ASCII letters, the
 * regex where a run meets a character beyond ASCII, and a string only for a run of ASCII letters
 * whose length and first letter pass the set's pre-test (or any run beyond ASCII, whose lower case
 * may change its length).
 */
export function letterRunCounts(text: string, set: ReadonlySet<string>): { runs: number; inSet: number } {
  const filter = wordFilter(set);
  const length = text.length;
  let runs = 0;
  let inSet = 0;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    let end = i + 1;
    let ascii = true;
    if (isAsciiLetter(c)) {
      while (end < length && isAsciiLetter(text.charCodeAt(end))) end++;
      if (end < length && text.charCodeAt(end) >= 128) {
        LETTER_RUN.lastIndex = i;
        LETTER_RUN.test(text);
        if (LETTER_RUN.lastIndex > end) [end, ascii] = [LETTER_RUN.lastIndex, false];
      }
    } else if (c < 128) {
      i++;
      continue;
    } else {
      LETTER_RUN.lastIndex = i;
      if (!LETTER_RUN.test(text)) {
        // On by a whole code point, as a global regex steps in `u` mode.
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
        continue;
      }
      [end, ascii] = [LETTER_RUN.lastIndex, false];
    }
    runs++;
    if ((!ascii || filter.mayHave(end - i, c | 32)) && set.has(lowerCase(text.slice(i, end)))) inSet++;
    i = end;
  }
  return { runs, inSet };
}
