/**
 * The English parser: parse-english (what retext-english runs), faster, building the same trees.
 *
 * - parse-latin's `tokenize` splits the text into runs of word, white-space, punctuation and
 *   symbol characters, testing every character against three large Unicode classes: about half of
 *   the parse on news text. This version classifies each UTF-16 code unit once, by asking
 *   parse-latin's own tokenizer (a table for ASCII, a map filled on first sight for the rest), and
 *   builds the same nodes with the same positions in the same order.
 * - parse-latin tokenizes the whole text as one sentence and runs each transform over all of it.
 *   Here the transforms are plain loops (src/engine/parser-plugins.ts for sentences,
 *   src/engine/paragraph-plugins.ts for paragraphs and the root), and a sentence transform whose
 *   trigger marks are not in the text ("&", "/", apostrophes, a hyphen ending a word) is not run.
 *
 * tests/engine/parser.test.ts compares the trees node for node with parse-english's on the seed,
 * the fixtures, the docs, edge cases (CRLF, surrogate pairs, combining marks, NBSP, blank lines)
 * and every BMP code unit alone, doubled and between words.
 * @packageDocumentation
 */
import { ParseEnglish } from 'parse-english';
import type { Paragraph, Root, Sentence, SentenceContent } from 'nlcst';
import {
  breakImplicitSentences, mergeElision, mergeFinalWordSymbol, mergeInitialisms, mergeInitialWordSymbol, mergeInnerWordSlash, mergeInnerWordSymbol, patchPosition,
} from './parser-plugins.js';
import {
  isNewLine, isTerminalMarker, makeFinalWhiteSpaceSiblings, makeInitialWhiteSpaceSiblings, mergeAbbreviationStops, mergeAffixExceptions, mergeAffixSymbol,
  mergeInitialDigitSentences, mergeInitialLowerCaseLetterSentences, mergeNonWordSentences, mergeRemainingFullStops, removeEmptyNodes, splitAfter,
} from './paragraph-plugins.js';

type Point = { line: number; column: number; offset: number };
type Kind = SentenceContent['type'];

const original = ParseEnglish.prototype.tokenize;

/** The kind parse-latin gives a lone code unit (its tokenizer returns one node for it). */
const kindOf = (unit: string): Kind => original.call(new ParseEnglish(), unit)[0]!.type;

const ASCII: Kind[] = Array.from({ length: 128 }, (_, code) => kindOf(String.fromCharCode(code)));
const others = new Map<number, Kind>();

/** The kind of a code unit outside ASCII. */
function classify(value: string, index: number, code: number): Kind {
  let kind = others.get(code);
  if (kind === undefined) others.set(code, (kind = kindOf(value.charAt(index))));
  return kind;
}

/**
 * A node of `kind` for `text`, from point `start` to point `end`. Nodes share point objects (a
 * token's end is the next token's start; a word and its text node share both), as parse-latin's
 * own merges do: no transform changes a point, they only assign points to positions.
 */
function node(kind: Kind, text: string, start: Point, end: Point): SentenceContent {
  return kind === 'WordNode'
    ? { type: kind, children: [{ type: 'TextNode', value: text, position: { start, end } }], position: { start, end } }
    : ({ type: kind, value: text, position: { start, end } } as SentenceContent);
}

/** The kind of the code unit `code` at `index` of `value`. */
const kindAt = (value: string, index: number, code: number): Kind => (code < 128 ? ASCII[code]! : classify(value, index, code));

/**
 * parse-latin's `tokenize`, equivalent: a run continues while the kind stays the same and it is
 * a word or white space, or the same character again, or a surrogate (half of one astral character).
 * Each run is scanned in a loop of its own; only white space can hold a line break, so the others
 * just advance the column. (No closure over the counters: V8 keeps captured variables that change
 * in memory, not registers.)
 */
function tokenize(value: string | null | undefined): SentenceContent[] {
  const children: SentenceContent[] = [];
  if (!value) return children;
  const length = value.length;
  let line = 1;
  let column = 1;
  let start: Point = { line, column, offset: 0 };
  let index = 0;
  while (index < length) {
    const from = index;
    let previous = value.charCodeAt(index);
    const kind = kindAt(value, index, previous);
    index++;
    if (kind === 'WhiteSpaceNode') {
      if (previous === 13 || previous === 10) {
        line++;
        column = 1;
      } else column++;
      for (; index < length; index++) {
        const code = value.charCodeAt(index);
        if (kindAt(value, index, code) !== kind) break;
        if (code === 13 || (code === 10 && previous !== 13)) {
          line++;
          column = 1;
        } else if (code !== 10) column++;
        previous = code;
      }
    } else if (kind === 'WordNode') {
      while (index < length && kindAt(value, index, value.charCodeAt(index)) === kind) index++;
      column += index - from;
    } else {
      for (; index < length; index++) {
        const code = value.charCodeAt(index);
        if ((code !== previous && (code < 0xd800 || code > 0xdfff)) || kindAt(value, index, code) !== kind) break;
        previous = code;
      }
      column += index - from;
    }
    const end: Point = { line, column, offset: index };
    // (An index store, not push: V8 calls the Array.prototype.push builtin from this loop.)
    children[children.length] = node(kind, value.slice(from, index), start, end);
    start = end;
  }
  return children;
}

/**
 * parse-english's plugins with parse-latin's costliest transforms replaced by equivalents
 * (src/engine/parser-plugins.ts), found by their place in the list: each replacement is made
 * from the stock transform at that place (some run it only where it can act). The stock list is
 * kept if it is not laid out as in the version they were written for (parse-english 7 on
 * parse-latin 7).
 */
function withReplacements<F extends { name: string }>(stock: F[], layout: string, replace: Record<number, (original: F) => unknown>): F[] {
  if (stock.map((f) => f.name).join(' ') !== layout) return stock;
  return stock.map((f, i) => (replace[i]?.(f) as F | undefined) ?? f);
}

/** parse-english with the faster tokenizer, splits and transforms. */
class FastEnglish extends ParseEnglish {
  /**
   * parse-latin's `tokenizeSentence`: the tokens, then the sentence transforms, except those
   * whose only trigger marks do not occur in the text (they could not change anything).
   */
  override tokenizeSentence(value: string | null | undefined): Sentence {
    const result: Sentence = { type: 'SentenceNode', children: this.tokenize(value) };
    const plugins = this.tokenizeSentencePlugins;
    for (let i = 0; i < plugins.length; i++) {
      const acts = SENTENCE_TRIGGERS[i];
      if (acts === undefined || (value && acts(value))) plugins[i]!(result);
    }
    return result;
  }

  /** parse-latin's `tokenizeParagraph`: the text as one sentence, cut after terminal marks, then the paragraph transforms. */
  override tokenizeParagraph(value: string | null | undefined): Paragraph {
    const result: Paragraph = { type: 'ParagraphNode', children: splitAfter(this.tokenizeSentence(value), 'PunctuationNode', isTerminalMarker) };
    for (const plugin of this.tokenizeParagraphPlugins) plugin(result);
    return result;
  }

  /** parse-latin's `tokenizeRoot`: that paragraph cut after line breaks, then the root transforms. */
  override tokenizeRoot(value: string | null | undefined): Root {
    const result: Root = { type: 'RootNode', children: splitAfter(this.tokenizeParagraph(value), 'WhiteSpaceNode', isNewLine) };
    for (const plugin of this.tokenizeRootPlugins) plugin(result);
    return result;
  }
}
FastEnglish.prototype.tokenize = tokenize;
const SENTENCE_LAYOUT = 'visit modify modify modify modify modify visit';
FastEnglish.prototype.tokenizeSentencePlugins = withReplacements(ParseEnglish.prototype.tokenizeSentencePlugins, SENTENCE_LAYOUT, {
  0: mergeElision,
  1: () => mergeInitialWordSymbol,
  2: () => mergeFinalWordSymbol,
  3: () => mergeInnerWordSymbol,
  4: () => mergeInnerWordSlash,
  5: mergeInitialisms,
  6: () => patchPosition,
});
/**
 * Whether each sentence transform, by its place in the list, can act on a text (none: it always
 * runs): elision needs a slash or an apostrophe, the initial word symbol "&", the inner slash "/",
 * and the final word symbol a hyphen before something other than an ASCII letter or digit (a
 * hyphen before one is followed by a word, which it does not end). Used only with the list laid out
 * as expected.
 */
const SENTENCE_TRIGGERS: ReadonlyArray<((text: string) => boolean) | undefined> =
  FastEnglish.prototype.tokenizeSentencePlugins === ParseEnglish.prototype.tokenizeSentencePlugins
    ? []
    : [(t) => t.includes('/') || t.includes("'") || t.includes('’'), (t) => t.includes('&'), hyphenBeforeNonWord, undefined, (t) => t.includes('/')];

/** Whether a hyphen in `text` is last or before a character other than an ASCII letter or digit. */
function hyphenBeforeNonWord(text: string): boolean {
  for (let i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1)) {
    const c = text.charCodeAt(i + 1);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return true;
  }
  return false;
}

FastEnglish.prototype.tokenizeParagraphPlugins = withReplacements(
  ParseEnglish.prototype.tokenizeParagraphPlugins,
  'modify modify modify modify modify modify modify visit visit modify modify modify visit',
  {
    0: mergeAbbreviationStops,
    1: () => mergeNonWordSentences,
    2: mergeAffixSymbol,
    3: mergeInitialLowerCaseLetterSentences,
    4: () => mergeInitialDigitSentences,
    5: mergeAbbreviationStops,
    6: () => mergeAffixExceptions,
    7: () => mergeRemainingFullStops,
    8: () => makeInitialWhiteSpaceSiblings,
    9: () => makeFinalWhiteSpaceSiblings,
    10: () => breakImplicitSentences,
    11: () => removeEmptyNodes,
    12: () => patchPosition,
  },
);
FastEnglish.prototype.tokenizeRootPlugins = withReplacements(ParseEnglish.prototype.tokenizeRootPlugins, 'visit modify modify visit', {
  0: () => makeInitialWhiteSpaceSiblings,
  1: () => makeFinalWhiteSpaceSiblings,
  2: () => removeEmptyNodes,
  3: () => patchPosition,
});

/** Parse a text as parse-english (retext-english's parser) does. */
export function parseEnglish(text: string): Root {
  return new FastEnglish().parse(text);
}

/** parse-english itself, for the equivalence test. */
export function parseEnglishReference(text: string): Root {
  return new ParseEnglish().parse(text);
}
