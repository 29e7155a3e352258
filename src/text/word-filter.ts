/**
 * Set look-ups of words with an exact pre-test.
 * @packageDocumentation
 */

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
    const length = word.length;
    if (length >= this.masks.length) return false;
    const letter = word.charCodeAt(0) - 97;
    // (A first character outside a–z, or an empty word, goes to the set.)
    if (letter >= 0 && letter < 26 && (this.masks[length]! & (1 << letter)) === 0) return false;
    return this.set.has(word);
  }
}

const filters = new WeakMap<ReadonlySet<string>, WordFilter>();

/** The {@link WordFilter} of a set, made once per set. */
export function wordFilter(set: ReadonlySet<string>): WordFilter {
  let filter = filters.get(set);
  if (!filter) filters.set(set, (filter = new WordFilter(set)));
  return filter;
}
