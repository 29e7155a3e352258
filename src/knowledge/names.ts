/**
 * Name normalisation, phonetic keys and edit distance, shared by the knowledge index and the
 * name rules.
 * @packageDocumentation
 */
import { doubleMetaphone } from 'double-metaphone';
import { editDistance } from '../text/distance.js';
import { wordMemo } from '../text/word-memo.js';

/** Remove diacritics (NFD + strip combining marks) and map a few letters NFD keeps (ł, ø, ß …). */
export function fold(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .replace(/ß/g, 'ss')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));
}

/**
 * The lookup key of a name: folded, lower-case, apostrophes dropped, hyphens/dots/commas as
 * spaces, whitespace collapsed. `"Jean-Yves Le Drian"` → `"jean yves le drian"`.
 */
export function nameKey(name: string): string {
  // Most names are plain ASCII words with single spaces: nothing to fold, drop or collapse.
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(name)) return name.toLowerCase();
  return fold(name)
    .toLowerCase()
    .replace(/['’ʼ`]/g, '')
    .replace(/[-‐‑–.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The tokens of a name key. */
export function nameTokens(name: string): string[] {
  const key = nameKey(name);
  return key ? key.split(' ') : [];
}

/** Particles that do not count as a surname on their own. */
const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'der', 'den', 'di', 'du', 'la', 'le', 'van', 'von', 'bin', 'al', 'el', 'ibn', 'y', 'jr', 'sr', 'ii', 'iii']);

/** The surname key of a name: its last token that is not a particle or suffix. */
export function surnameKey(name: string): string | undefined {
  const tokens = nameTokens(name);
  for (let i = tokens.length - 1; i >= 0; i--) if (!PARTICLES.has(tokens[i]!) && tokens[i]!.length > 1) return tokens[i];
  return tokens[tokens.length - 1];
}


/** Double Metaphone keys (primary and, if different, alternate) of one word. */
export function phoneticKeys(word: string): string[] {
  return [...phonetic(word)];
}

/** Double Metaphone keys by word (it is slow, and the name rules compare the same names again and again). */
const phonetic = wordMemo((word): readonly string[] => {
  const folded = fold(word).replace(/[^A-Za-z]/g, '');
  if (!folded) return [];
  const [a, b] = doubleMetaphone(folded);
  return a === b || !b ? [a] : [a, b];
});

/** Whether two words share a Double Metaphone key. */
export function soundAlike(a: string, b: string): boolean {
  const keys = phoneticKeys(a);
  return phoneticKeys(b).some((k) => keys.includes(k));
}

export { editDistance };

/**
 * Whether `written` is plausibly a misspelling / variant transliteration of `known` (one word,
 * any case): same word after folding, or sharing a phonetic key within a small edit distance,
 * or within edit distance 1 for words of 5+ letters. Similarity alone is not evidence: callers
 * must have a prior (a role, the same text, the corpus majority).
 */
export function nearMiss(written: string, known: string): boolean {
  const a = nameKey(written);
  const b = nameKey(known);
  if (!a || !b) return false;
  if (a === b) return true;
  if (a[0] !== b[0] && !soundAlike(a, b)) return false;
  const d = editDistance(a, b);
  const longest = Math.max(a.length, b.length);
  if (soundAlike(a, b)) return d <= Math.max(1, Math.floor(longest / 3));
  return longest >= 5 && d <= 1;
}

/**
 * Whether two full names may denote the same person: surnames are near misses and the given
 * names (when both have them) agree on their first letter or sound alike
 * ("Dmitry Kulba" ~ "Dmytro Kuleba"; "Anthony Blinken" ~ "Antony Blinken").
 */
export function fullNameNearMiss(written: string, known: string): boolean {
  const w = nameTokens(written);
  const k = nameTokens(known);
  const ws = surnameKey(written);
  const ks = surnameKey(known);
  if (!ws || !ks || !nearMiss(ws, ks)) return false;
  if (w.length < 2 || k.length < 2) return true;
  const wf = w[0]!;
  const kf = k[0]!;
  return wf === kf || nearMiss(wf, kf) || (wf.length <= 2 && kf.startsWith(wf[0]!));
}

/**
 * A transliteration-insensitive key of one name token: Sergey/Sergei, Zelensky/Zelenskyy,
 * Dmitriy/Dmitri, Mikhail/Michail give the same key; Anthony/Antony and Dmitry/Dmytro do not.
 */
export function translitKey(token: string): string {
  return translitKeys(token);
}

/** Transliteration keys by token (names recur in every text and are compared again and again). */
const translitKeys = wordMemo((token) => translitKeyOf(token));

/** {@link translitKey}, computed. */
function translitKeyOf(token: string): string {
  const key = nameKey(token);
  // Nothing to replace: no h, y, j, double i, final ie/ei.
  if (!/[hyj]|ii|[ie]i$|ie$/.test(key)) return key;
  return key
    .replace(/kh/g, 'h')
    .replace(/ch/g, 'h')
    .replace(/[yj]/g, 'i')
    .replace(/ii+/g, 'i')
    .replace(/ie$/g, 'i')
    .replace(/ei$/g, 'i');
}
