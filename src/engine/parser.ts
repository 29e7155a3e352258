/**
 * The English parser: parse-english (what retext-english runs), faster, building the same trees.
 *
 * - parse-latin's `tokenize` splits the text into runs of word, white-space, punctuation and
 *   symbol characters, testing every character against three large Unicode classes: about half of
 *   the parse on news text. This version classifies each UTF-16 code unit once, by asking
 *   parse-latin's own tokenizer (a table for ASCII, a map filled on first sight for the rest), and
 *   builds the same nodes with the same positions in the same order.
 * - Its costliest tree transforms run as plain loops, and two that act only on rare marks (elision
 *   apostrophes, initialisms) run only on sentences that hold such a mark (src/engine/parser-plugins.ts).
 *
 * tests/engine/parser.test.ts compares the trees node for node with parse-english's on the seed,
 * the fixtures, the docs, edge cases (CRLF, surrogate pairs, combining marks, NBSP, blank lines)
 * and every BMP code unit alone, doubled and between words.
 * @packageDocumentation
 */
import { ParseEnglish } from 'parse-english';
import type { Root, SentenceContent } from 'nlcst';
import {
  breakImplicitSentences, gateElision, gateInitialisms, mergeFinalWordSymbol, mergeInitialWordSymbol, mergeInnerWordSlash, mergeInnerWordSymbol, patchPosition,
} from './parser-plugins.js';

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

/**
 * parse-latin's `tokenize`, equivalent: a run continues while the kind stays the same and it is
 * a word or white space, or the same character again, or a surrogate (half of one astral character).
 * (No closure over the counters: V8 keeps captured variables that change in memory, not registers.)
 */
function tokenize(value: string | null | undefined): SentenceContent[] {
  const children: SentenceContent[] = [];
  if (!value) return children;
  let line = 1;
  let column = 1;
  let from = 0;
  let start: Point = { line, column, offset: 0 };
  let previousKind: Kind | undefined;
  let previous = -1;
  const length = value.length;
  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index);
    const kind = code < 128 ? ASCII[code]! : classify(value, index, code);
    if (from < index && previousKind !== undefined) {
      const continues = previousKind === kind && (kind === 'WordNode' || kind === 'WhiteSpaceNode' || code === previous || (code >= 0xd800 && code <= 0xdfff));
      if (!continues) {
        const end: Point = { line, column, offset: index };
        children.push(node(previousKind, value.slice(from, index), start, end));
        from = index;
        start = end;
      }
    }
    if (code === 13 || (code === 10 && previous !== 13)) {
      line++;
      column = 1;
    } else if (code !== 10) column++;
    previousKind = kind;
    previous = code;
  }
  if (previousKind !== undefined && from < length) children.push(node(previousKind, value.slice(from), start, { line, column, offset: length }));
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

/** parse-english with the faster tokenizer and transforms. */
class FastEnglish extends ParseEnglish {}
FastEnglish.prototype.tokenize = tokenize;
FastEnglish.prototype.tokenizeSentencePlugins = withReplacements(ParseEnglish.prototype.tokenizeSentencePlugins, 'visit modify modify modify modify modify visit', {
  0: gateElision,
  1: () => mergeInitialWordSymbol,
  2: () => mergeFinalWordSymbol,
  3: () => mergeInnerWordSymbol,
  4: () => mergeInnerWordSlash,
  5: gateInitialisms,
  6: () => patchPosition,
});
FastEnglish.prototype.tokenizeParagraphPlugins = withReplacements(
  ParseEnglish.prototype.tokenizeParagraphPlugins,
  'modify modify modify modify modify modify modify visit visit modify modify modify visit',
  { 10: () => breakImplicitSentences, 12: () => patchPosition },
);

/** Parse a text as parse-english (retext-english's parser) does. */
export function parseEnglish(text: string): Root {
  return new FastEnglish().parse(text);
}

/** parse-english itself, for the equivalence test. */
export function parseEnglishReference(text: string): Root {
  return new ParseEnglish().parse(text);
}
