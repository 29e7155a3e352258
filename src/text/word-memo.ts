/**
 * A pure word-level function remembered by argument, up to `max` arguments (then forgotten all
 * at once, so memory stays bounded over a long run): texts repeat their words and names, so
 * stems, phonetic and transliteration keys, syllable splits are computed once per word.
 * @packageDocumentation
 */
export function wordMemo<V>(fn: (word: string) => V, max = 10_000): (word: string) => V {
  const cache = new Map<string, V>();
  return (word) => {
    let value = cache.get(word);
    if (value === undefined && !cache.has(word)) {
      if (cache.size >= max) cache.clear();
      cache.set(word, (value = fn(word)));
    }
    return value as V;
  };
}
