/**
 * The English parser: parse-english (what retext-english runs) with a faster first step.
 *
 * parse-latin's `tokenize` splits the text into runs of word, white-space, punctuation and symbol
 * characters, testing every character against three large Unicode classes. It is the costliest
 * step of the parse (about half of it on news text). This version classifies each UTF-16 code unit
 * once, by asking parse-latin's own tokenizer (a table for ASCII, a map filled on first sight for
 * the rest), and otherwise builds the same nodes with the same positions in the same order, so the
 * tree is the one parse-english builds: tests/engine/parser.test.ts compares them node for node on
 * the seed, the fixtures, the docs and edge cases (CRLF, surrogate pairs, combining marks, NBSP).
 * @packageDocumentation
 */
import { ParseEnglish } from 'parse-english';
import type { Root, SentenceContent } from 'nlcst';

type Point = { line: number; column: number; offset: number };
type Kind = SentenceContent['type'];

const original = ParseEnglish.prototype.tokenize;

/** The kind parse-latin gives a lone code unit (its tokenizer returns one node for it). */
const kindOf = (unit: string): Kind => original.call(new ParseEnglish(), unit)[0]!.type;

const ASCII: Kind[] = Array.from({ length: 128 }, (_, code) => kindOf(String.fromCharCode(code)));
const others = new Map<number, Kind>();

function classify(value: string, index: number, code: number): Kind {
  if (code < 128) return ASCII[code]!;
  let kind = others.get(code);
  if (kind === undefined) others.set(code, (kind = kindOf(value.charAt(index))));
  return kind;
}

/**
 * parse-latin's `tokenize`, equivalent: a run continues while the kind stays the same and it is
 * a word or white space, or the same character again, or a surrogate (half of one astral character).
 */
function tokenize(value: string | null | undefined): SentenceContent[] {
  const children: SentenceContent[] = [];
  if (!value) return children;
  let line = 1;
  let column = 1;
  let offset = 0;
  let from = 0;
  let start: Point = { line, column, offset };
  let previousKind: Kind | undefined;
  let previous = -1;
  const flush = (kind: Kind, text: string) => {
    children.push(
      kind === 'WordNode'
        ? { type: kind, children: [{ type: 'TextNode', value: text, position: { start, end: { line, column, offset } } }], position: { start, end: { line, column, offset } } }
        : ({ type: kind, value: text, position: { start, end: { line, column, offset } } } as SentenceContent),
    );
  };
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    const kind = classify(value, index, code);
    if (from < index && previousKind !== undefined) {
      const continues = previousKind === kind && (kind === 'WordNode' || kind === 'WhiteSpaceNode' || code === previous || (code >= 0xd800 && code <= 0xdfff));
      if (!continues) {
        flush(previousKind, value.slice(from, index));
        from = index;
        start = { line, column, offset };
      }
    }
    if (code === 13 || (code === 10 && previous !== 13)) {
      line++;
      column = 1;
    } else if (code !== 10) column++;
    offset++;
    previousKind = kind;
    previous = code;
  }
  if (previousKind !== undefined && from < value.length) flush(previousKind, value.slice(from));
  return children;
}

/** parse-english with the faster tokenizer. */
class FastEnglish extends ParseEnglish {}
FastEnglish.prototype.tokenize = tokenize;

/** Parse a text as parse-english (retext-english's parser) does. */
export function parseEnglish(text: string): Root {
  return new FastEnglish().parse(text);
}

/** parse-english itself, for the equivalence test. */
export function parseEnglishReference(text: string): Root {
  return new ParseEnglish().parse(text);
}
