/**
 * Splitting a word into Hanyu Pinyin syllables (toneless, ü written v).
 * @packageDocumentation
 */
import pinyin from '../../rules/data/pinyin-syllables.json' with { type: 'json' };
import { wordMemo } from './word-memo.js';

const SYLLABLES = new Set(pinyin.syllables);
/** Letters a syllable starts / ends with: a word that does not start and end with one cannot split. */
const FIRST = new Set(pinyin.syllables.map((x) => x[0]!));
const LAST = new Set(pinyin.syllables.map((x) => x[x.length - 1]!));

/**
 * Runs of four or more lower-case ASCII letters, not glued to another letter, digit or _ (`\b`),
 * that start and end with letters a syllable starts / ends with: the only such runs
 * {@link pinyinSyllables} can split. (`\b` rather than "no a–z letter around" lets the RegExp
 * skip the inside of words such as Japan; a word glued to such characters is not a word of its own.)
 */
export const PINYIN_SHAPED_RUN = new RegExp(`\\b[${[...FIRST].join('')}][a-z]{2,}[${[...LAST].join('')}]\\b`, 'g');

/** {@link splitSyllables} remembered by word (English words repeat; the split is pure). */
const syllables = wordMemo((word) => splitSyllables(word), 50_000);

/**
 * Pairs of a–z letters (`26 * first + second`, from 0 = a) that may follow each other in a word
 * that splits into syllables: inside a syllable, or a syllable's last letter and the next one's first.
 */
const PAIRS = new Uint8Array(26 * 26);
for (const x of pinyin.syllables) for (let i = 1; i < x.length; i++) PAIRS[26 * (x.charCodeAt(i - 1) - 97) + x.charCodeAt(i) - 97] = 1;
for (const a of LAST) for (const b of FIRST) PAIRS[26 * (a.charCodeAt(0) - 97) + b.charCodeAt(0) - 97] = 1;

/**
 * False when the a–z `word` has two letters in a row that no split into syllables has (“th”,
 * “st”): such a word is not pinyin, found without a look-up. True otherwise, and for other words.
 */
function mayBePinyin(word: string): boolean {
  let prev = word.charCodeAt(0) - 97;
  if (prev < 0 || prev > 25) return true;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    if (c < 0 || c > 25) return true;
    if (PAIRS[26 * prev + c] === 0) return false;
    prev = c;
  }
  return true;
}

/** Number of pinyin syllables `word` splits into (the fewest), or 0 when it is not pinyin. */
export function pinyinSyllables(word: string): number {
  if (!mayBePinyin(word)) return 0;
  return syllables(word);
}

function splitSyllables(word: string): number {
  const w = word.toLowerCase();
  if (!FIRST.has(w[0]!) || !LAST.has(w[w.length - 1]!)) return 0;
  const best: number[] = new Array(w.length + 1).fill(0);
  const ok: boolean[] = new Array(w.length + 1).fill(false);
  ok[0] = true;
  for (let i = 1; i <= w.length; i++) {
    for (let j = Math.max(0, i - 6); j < i; j++) {
      if (ok[j] && SYLLABLES.has(w.slice(j, i)) && (!ok[i] || best[j]! + 1 < best[i]!)) {
        ok[i] = true;
        best[i] = best[j]! + 1;
      }
    }
  }
  return ok[w.length] ? best[w.length]! : 0;
}


/**
 * Whether `word` (lower case) splits into two or more syllables as pinyin spells a single
 * word: no syllable after the first starts with a vowel (pinyin writes an apostrophe there:
 * xi’an), the first is not a bare a/e/o, and the word does not end in a consonant + e (the
 * silent e of English: “rebase”, “runtime”).
 */
export function isStrictPinyinWord(word: string): boolean {
  if (/[^iuv]e$/.test(word)) return false;
  const ok: boolean[] = new Array(word.length + 1).fill(false);
  const count: number[] = new Array(word.length + 1).fill(0);
  ok[0] = true;
  for (let i = 1; i <= word.length; i++) {
    for (let j = Math.max(0, i - 6); j < i && !ok[i]; j++) {
      if (!ok[j]) continue;
      const syllable = word.slice(j, i);
      if (!SYLLABLES.has(syllable)) continue;
      if (j === 0 ? /^[aeo]$/.test(syllable) : /^[aeo]/.test(syllable)) continue;
      ok[i] = true;
      count[i] = count[j]! + 1;
    }
  }
  return ok[word.length]! && count[word.length]! >= 2;
}
