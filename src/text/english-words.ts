/**
 * How English the words of a passage are: the share of its words found in a list of short
 * English words (rules/data/english-words.json, built by scripts/build-english-word-list.ts from
 * an-array-of-english-words). A passage in French, German or Indonesian has few of them even
 * where franc's trigrams are unsure; a short English headline has mostly them, even where its
 * trigrams look Portuguese. The list (0.6 MB) is read on first use only.
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs';
import { isCapitalised } from './tokens.js';
import { wordMemo } from './word-memo.js';

/** Longest word in the list; an unknown longer word counts neither way. */
const MAX_LENGTH = 8;

interface WordList { maxLength: number; words: Record<string, string> }
let groups: string[] | undefined;

/** The list's groups by length: `groups[n]` is the sorted words of n letters, joined. */
function wordGroups(): string[] {
  if (groups) return groups;
  const list = JSON.parse(readFileSync(new URL('../../rules/data/english-words.json', import.meta.url), 'utf8')) as WordList;
  if (list.maxLength !== MAX_LENGTH) throw new Error(`english-words.json: maxLength ${list.maxLength}, expected ${MAX_LENGTH}`);
  groups = [];
  for (let n = 1; n <= MAX_LENGTH; n++) groups[n] = list.words[n] ?? '';
  return groups;
}

/** Whether a lower-case a–z `word` is listed (binary search in its length's group, comparing in place). */
function listed(word: string): boolean {
  const n = word.length;
  if (n === 0 || n > MAX_LENGTH) return false;
  const group = wordGroups()[n]!;
  let lo = 0;
  let hi = group.length / n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = mid * n;
    let k = 0;
    while (k < n && group.charCodeAt(at + k) === word.charCodeAt(k)) k++;
    if (k === n) return true;
    if (group.charCodeAt(at + k) < word.charCodeAt(k)) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Whether a lower-case a–z `word` is an English word of the list, or its regular `-s` form
 * (the list leaves those out).
 */
export function isEnglishWord(word: string): boolean {
  return listed(word) || (word.length > 3 && word.endsWith('s') && listed(word.slice(0, -1)));
}

/** A word: letters (and marks), apostrophes and hyphens inside; not glued to digits (88th, 9000S). */
const WORD = /(?<![\p{L}\p{M}\p{N}])[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*(?![\p{L}\p{M}\p{N}])/gu;
/** An English contraction or possessive: its stem and ending. */
const CONTRACTION = /^([a-z]+)['’](s|t|re|ll|ve|d|m)$/;
/** The characters that join the pieces of a word. */
const JOINER = /['’-]/;

/** Whether `s` is one or more a–z letters (a loop: cheaper than a RegExp on many short words). */
function isAsciiLower(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}


/** 1 (English), 0 (not English) or undefined (tells nothing) for one piece of a word. */
function judge(piece: string): 0 | 1 | undefined {
  const lower = piece.toLowerCase();
  if (isAsciiLower(lower)) {
    if (isEnglishWord(lower)) return 1;
    // A long word the list cannot know, or a capitalised one (a name): no evidence either way.
    if (lower.length > MAX_LENGTH || isCapitalised(piece)) return undefined;
    return 0;
  }
  // Letters outside a–z (é, ü, ç, ı …): not English, unless it is a name (Grégory, São).
  return isCapitalised(piece) ? undefined : 0;
}

/**
 * The share (0–1) of the words of `text` that are English: each word (parts of hyphenated words
 * and French elisions such as l’économie counted apart; ’s, n’t, ’re … stripped) is English when the
 * list has it, not English when it is lower-case and the list would have it (8 letters or fewer)
 * or has letters outside a–z, and is not counted otherwise (names, long words). 1 when no word counts.
 */
export function englishWordShare(text: string): number {
  let english = 0;
  let counted = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const verdict = tokenVerdict(m[0]);
    counted += verdict[0];
    english += verdict[1];
  }
  WORD.lastIndex = 0;
  return counted === 0 ? 1 : english / counted;
}

/** {@link judgeToken} remembered by token (news repeats its words; the verdict is pure). */
const tokenVerdict = wordMemo((token) => judgeToken(token), 50_000);

/** How many pieces of a word `token` count, and how many of them are English. */
function judgeToken(token: string): readonly [counted: number, english: number] {
  let english = 0;
  let counted = 0;
  const count = (piece: string) => {
    const verdict = judge(piece);
    if (verdict === undefined) return;
    counted++;
    english += verdict;
  };
  const contraction = CONTRACTION.exec(token.toLowerCase());
  if (contraction) {
    const [, stem, ending] = contraction as unknown as [string, string, string];
    // doesn’t → does; can’t → can (ca + n).
    const word = ending === 't' && stem.endsWith('n') && !isEnglishWord(stem) ? stem.slice(0, -1) : stem;
    count(isCapitalised(token) ? word[0]!.toUpperCase() + word.slice(1) : word);
  } else for (const piece of token.split(JOINER)) count(piece);
  return [counted, english];
}
