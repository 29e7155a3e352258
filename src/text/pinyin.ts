/**
 * Pinyin left untranslated: lower-case words that split entirely into pinyin syllables and
 * are not English words, found in one pass over the text, either as runs of two or more such
 * words ("gongtong fuyu") or as single words ("the hukou system").
 * @packageDocumentation
 */
import english from '../../rules/data/english-pinyin-shaped.json' with { type: 'json' };
import type { Doc } from '../types.js';
import { docQuotedSpans } from './narration.js';
import { insideSpansOf } from './quotes.js';
import { isStrictPinyinWord, PINYIN_SHAPED_RUN, pinyinSyllables } from './pinyin-syllables.js';

export { pinyinSyllables };

/** English words that split into pinyin syllables (built by scripts/build-pinyin-shaped-words.ts). */
let englishShaped: Set<string> | undefined;

/**
 * Whether `word` (lower case) is an English word that splits into two or more pinyin
 * syllables ("change", "banana", "women"): such words are never pinyin left untranslated.
 */
export function isEnglishPinyinShaped(word: string): boolean {
  englishShaped ??= new Set(english.words);
  return englishShaped.has(word);
}

/** Whether `word` (lower case) could be pinyin left as it is: two or more syllables, not English. */
export function isPinyinWord(word: string): boolean {
  return pinyinSyllables(word) >= 2 && !isEnglishPinyinShaped(word);
}

/** A pinyin run (`words` ≥ 2) or a single pinyin word (`words` = 1); offsets into the text. */
export interface PinyinSpan { start: number; end: number; words: number }

/** Maximal runs of four or more lower-case ASCII letters that may be pinyin: the words {@link WORD} may accept. */
const LOWER_RUN = PINYIN_SHAPED_RUN;
/**
 * A lower-case word of four or more letters at the sticky position: not part of a longer word,
 * a contraction, a URL, an e-mail address or a hashtag (a possessive ’s may follow).
 */
const WORD = /(?<![\p{L}\p{M}\p{N}'’/@#._])[a-z]{4,}(?![\p{L}\p{M}\p{N}@_]|['’](?!s(?![\p{L}\p{M}]))\p{L}|\.\p{L})/uy;

/** Whether the UTF-16 code unit `c` is a–z. */
const isLowerAscii = (c: number) => c >= 97 && c <= 122;

/**
 * Pinyin words and runs of `text`, in order: consecutive pinyin words joined by one space or
 * hyphen form one run; English words (even pinyin-shaped ones) break runs.
 */
export function findPinyin(text: string): PinyinSpan[] {
  const out: PinyinSpan[] = [];
  let open: PinyinSpan | undefined;
  // The cheap test first: most words are not pinyin, and the cached answer is a Map look-up.
  // test() and lastIndex rather than exec(): no match array per candidate. A match is a whole
  // run of a–z letters (LOWER_RUN starts at \b), so its start is found by stepping back over them.
  LOWER_RUN.lastIndex = 0;
  while (LOWER_RUN.test(text)) {
    const end = LOWER_RUN.lastIndex;
    let start = end - 4;
    while (start > 0 && isLowerAscii(text.charCodeAt(start - 1))) start--;
    if (!isPinyinWord(text.slice(start, end))) continue;
    WORD.lastIndex = start;
    if (!WORD.test(text) || WORD.lastIndex !== end) continue;
    if (open && start - open.end === 1 && (text[open.end] === ' ' || text[open.end] === '-')) {
      open.end = end;
      open.words++;
    } else out.push((open = { start, end, words: 1 }));
  }
  return out;
}

/** Text before a foreign term that marks it as a term or gloss: a bracket, “called”, “the term”, “, or” … */
export const GLOSS_BEFORE = /(?:[(（\[]\s*|\b(?:called|known as|term|word|phrase|dubbed|means?)\s+["“‘']?)$/i;
/** Text after a foreign term that glosses it: a bracket. */
export const GLOSS_AFTER = /^["”’']?\s*[(（\[]/;
/** More ways to gloss a single word: “, or household registration,”, “— …”, “: …”, “, meaning …”. */
const WORD_GLOSS_BEFORE = /(?:,\s*or|\bso-called|\bknown locally as|\bthe concept of|\bthe practice of)\s+["“‘']?$/i;
const WORD_GLOSS_AFTER = /^["”’']?(?:\s*[—–:]|\s*,?\s*(?:or|meaning|which means|literally|i\.e\.|that is)\b)/i;

/** Whether the term at `[start, end)` of `text` is glossed or marked as a term by the text around it. */
export function isGlossed(text: string, start: number, end: number, single: boolean): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  if (GLOSS_BEFORE.test(before) || GLOSS_AFTER.test(text.slice(end, end + 4))) return true;
  return single && (WORD_GLOSS_BEFORE.test(before) || WORD_GLOSS_AFTER.test(text.slice(end, end + 16)));
}

/** Whether some word of the run `span` passes {@link isStrictPinyinWord}. */
function strictWordIn(text: string, span: PinyinSpan): boolean {
  return text.slice(span.start, span.end).split(/[ -]/).some(isStrictPinyinWord);
}

/**
 * Words that show a text is about China (or translated from Chinese): a lone pinyin-like word
 * elsewhere is more likely a typo, a brand or a word of another language.
 */
const CHINESE_CONTEXT = /\b(?:China|Chinese|Beijing|Mandarin|Cantonese|Taiwan(?:ese)?|Hong Kong|Maca[ou]|renminbi|yuan|RMB|CPC|PRC)\b/;

/**
 * The pinyin to report in a document: every run of two or more different pinyin words that is
 * neither glossed nor quoted; and, in a text about China, the first use of each single word spelled as pinyin
 * spells one word ({@link isStrictPinyinWord}) unless some use of it is glossed or quoted, it
 * is written capitalised inside a sentence elsewhere (a name), or `isName` knows it. Single
 * words are left out when `singleWords` is false.
 */
export function untranslatedPinyin(doc: Doc, isName: (word: string) => boolean, singleWords = true): PinyinSpan[] {
  const text = doc.text;
  const out: PinyinSpan[] = [];
  const singles = new Map<string, PinyinSpan[]>();
  let quoted: ((pos: number) => boolean) | undefined;
  for (const span of findPinyin(text)) {
    if (span.words > 1) {
      // At least one word spelled as pinyin spells a word: “deno runtime” is not pinyin. A word
      // doubled (“boda boda”) is a reduplicated loanword: pinyin writes reduplication as one word.
      // A quotation is the speaker's own words (“Mtoto wangu alikuwa na homa kali,” in Swahili).
      const words = text.slice(span.start, span.end).toLowerCase().split(/[ -]+/);
      if (!strictWordIn(text, span) || isGlossed(text, span.start, span.end, false) || new Set(words).size < 2) continue;
      if (!(quoted ??= insideSpansOf(docQuotedSpans(doc)))(span.start)) out.push(span);
      continue;
    }
    if (!singleWords) continue;
    const word = text.slice(span.start, span.end);
    // A hyphenated compound (“ansi-colors”, “--yolo”) is code or English word-building, rarely pinyin.
    if (text[span.start - 1] === '-' || text[span.end] === '-' || !isStrictPinyinWord(word)) continue;
    const uses = singles.get(word);
    if (uses) uses.push(span);
    else singles.set(word, [span]);
  }
  if (singles.size === 0 || !CHINESE_CONTEXT.test(text)) return out;
  const inQuote = (quoted ??= insideSpansOf(docQuotedSpans(doc)));
  for (const [word, uses] of singles) {
    if (uses.some((u) => inQuote(u.start) || isGlossed(text, u.start, u.end, true))) continue;
    const capitalised = new RegExp(`(?<=[a-z,;] )${word[0]!.toUpperCase()}${word.slice(1)}(?![\\p{L}\\p{M}])`, 'u');
    if (capitalised.test(text) || isName(word)) continue;
    out.push(uses[0]!);
  }
  return out.sort((a, b) => a.start - b.start);
}
