/**
 * Flat token view of an nlcst sentence: words, punctuation, symbols and white space
 * with their document offsets, for rules that reason about word order.
 * @packageDocumentation
 */
import type { Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';

/** One token of a sentence. */
export interface Token {
  /** `word` (may contain inner punctuation, e.g. `U.S.`), `punct`, `symbol` or `space`. */
  kind: 'word' | 'punct' | 'symbol' | 'space';
  text: string;
  /** Start offset in the document. */
  start: number;
  /** End offset (exclusive) in the document. */
  end: number;
}

/** The token kind of an nlcst node type a sentence holds; `undefined` for others (such as sources). */
export function tokenKind(type: string): Token['kind'] | undefined {
  // A switch, not a keyed look-up: this runs on every node of every sentence.
  switch (type) {
    case 'WordNode':
      return 'word';
    case 'WhiteSpaceNode':
      return 'space';
    case 'PunctuationNode':
      return 'punct';
    case 'SymbolNode':
      return 'symbol';
    default:
      return undefined;
  }
}

/** The tokens of a sentence node, in order (source nodes are skipped). */
export function sentenceTokens(sentence: Sentence): Token[] {
  const out: Token[] = [];
  for (const child of sentence.children) {
    const kind = tokenKind(child.type);
    if (!kind) continue;
    out.push({
      kind,
      text: toString(child),
      start: child.position?.start.offset ?? 0,
      end: child.position?.end.offset ?? 0,
    });
  }
  return out;
}

/** The word tokens of a sentence, with the index of each in the full token list. */
export function sentenceWords(tokens: readonly Token[]): Array<Token & { index: number }> {
  const out: Array<Token & { index: number }> = [];
  tokens.forEach((t, index) => {
    // Fields listed (not spread): spreading was the main cost of rules that call this per sentence.
    if (t.kind === 'word') out.push({ kind: t.kind, text: t.text, start: t.start, end: t.end, index });
  });
  return out;
}

/**
 * The number of words of a sentence and the text of its last token (as in
 * {@link sentenceTokens}), without building the token list: a cheap pre-check.
 */
export function sentenceSummary(sentence: Sentence): { words: number; last: string | undefined } {
  let words = 0;
  let last: Sentence['children'][number] | undefined;
  for (const child of sentence.children) {
    const kind = tokenKind(child.type);
    if (!kind) continue;
    if (kind === 'word') words++;
    last = child;
  }
  return { words, last: last ? toString(last) : undefined };
}

/** The number of words of a sentence, counted up to `cap` (a cheaper pre-check than {@link sentenceSummary}). */
export function sentenceWordCount(sentence: Sentence, cap = Infinity): number {
  let words = 0;
  for (const child of sentence.children) if (child.type === 'WordNode' && ++words >= cap) break;
  return words;
}

/** Whether a word starts with an upper-case letter. */
export const isCapitalised = (word: string): boolean => {
  // ASCII first: most words, and a Unicode property test per word is a hot spot of several rules.
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(word);
};

/**
 * `word.toLowerCase()`, without the call when the word has no ASCII capital and no character
 * beyond ASCII: the word itself then. (Most words of a text; the call costs several hundred
 * instructions even when nothing changes, and the per-word views of several rules make it.)
 */
export function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return word.toLowerCase();
  }
  return word;
}

/** Whether a word has no lower-case letter (an acronym such as `NATO`, or a number). */
export const isAllCaps = (word: string): boolean => !/\p{Ll}/u.test(word);

