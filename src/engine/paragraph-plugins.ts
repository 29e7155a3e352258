/**
 * Equivalents of parse-latin's and parse-english's paragraph transforms (and of the splits that
 * make paragraphs and sentences), for src/engine/parser.ts. parse-latin tokenizes a whole document
 * as one sentence, splits it into sentences of one paragraph, runs these transforms over that
 * paragraph, then splits it at line breaks: so each transform walks every sentence of the
 * document, through `unist-util-modify-children` and `array-iterate`, re-serialising nodes with
 * `nlcst-to-string` to read them. Here each is a plain loop that reads a mark's value directly.
 *
 * Where a transform tests a word or a mark against one of its packages' large generated
 * expressions (abbreviation lists, lower-case letters, closing marks), the answer comes from the
 * stock transform itself, run once on a two-sentence paragraph made for that text and remembered:
 * no list is copied, and the answer is the package's. The trees are the same node for node
 * (tests/engine/parser.test.ts).
 * @packageDocumentation
 */
import type { Paragraph, Root, Sentence, SentenceContent } from 'nlcst';
import { append, isMark, modifyChildren, prepend, probe, sentence, word, wordText } from './parser-plugins.js';

type Stock = (parent: Paragraph) => unknown;
type Parent = Paragraph | Root;
type ParentChild = Parent['children'][number];

const paragraph = (...children: Sentence[]): Paragraph => ({ type: 'ParagraphNode', children });

/** Whether a mark is a run of sentence-final marks (parse-latin's `terminalMarker`: `! . ? … ‽`). */
export function isTerminalMarker(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c !== 0x21 && c !== 0x2e && c !== 0x3f && c !== 0x2026 && c !== 0x203d) return false;
  }
  return true;
}

/** Whether white space holds a line break and nothing but spaces, tabs and line breaks (parse-latin's `newLine`). */
export function isNewLine(value: string): boolean {
  let breaks = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 10 || c === 13) breaks = true;
    else if (c !== 32 && c !== 9) return false;
  }
  return breaks;
}

/**
 * parse-latin's `splitNode`: `node`'s children cut after each child of `type` that `at` accepts,
 * and after the last, each run a new node of `node`'s type spanning its children.
 */
export function splitAfter<N extends Parent | Sentence>(node: N, type: string, at: (value: string) => boolean): N[] {
  const result: N[] = [];
  const children = node.children as Array<SentenceContent | ParentChild>;
  let start = 0;
  for (let index = 0; index < children.length; index++) {
    const token = children[index]!;
    if (index !== children.length - 1 && !(token.type === type && at((token as { value: string }).value))) continue;
    const parent = { type: node.type, children: children.slice(start, index + 1) } as N;
    const first = children[start]!;
    if (first.position && token.position) parent.position = { start: first.position.start, end: token.position.end };
    result.push(parent);
    start = index + 1;
  }
  return result;
}

/** `mergeEnglishPrefixExceptions` (parse-english) and `mergePrefixExceptions` (parse-latin): a sentence ending in an abbreviation and a full stop goes on into the next. */
export function mergeAbbreviationStops(stock: Stock): Stock {
  // Whether the stock transform merges the full stop after this word (its abbreviation lists).
  const abbreviation = probe((value) => {
    const s = sentence(word(value), { type: 'PunctuationNode', value: '.' });
    stock(paragraph(s));
    return s.children.length === 1;
  });
  return modifyChildren<Paragraph>((child, index, parent) => {
    if (child.type !== 'SentenceNode') return undefined;
    const children = child.children;
    const period = children[children.length - 1];
    const last = children[children.length - 2];
    if (!isMark(period) || period.value !== '.' || last?.type !== 'WordNode' || !abbreviation(wordText(last))) return undefined;
    last.children.push(period);
    children.pop();
    if (period.position && last.position) last.position.end = period.position.end;
    const next = parent.children[index + 1];
    if (next?.type !== 'SentenceNode') return undefined;
    append(children, next.children);
    parent.children.splice(index + 1, 1);
    if (next.position && child.position) child.position.end = next.position.end;
    return index - 1;
  });
}

/** `mergeNonWordSentences`: a sentence without a word joins the one before it, or else the one after. */
export const mergeNonWordSentences = modifyChildren<Paragraph>((child, index, parent) => {
  if (child.type !== 'SentenceNode') return undefined;
  for (const node of child.children) if (node.type === 'WordNode') return undefined;
  const previous = parent.children[index - 1];
  if (previous?.type === 'SentenceNode') {
    append(previous.children, child.children);
    parent.children.splice(index, 1);
    if (previous.position && child.position) previous.position.end = child.position.end;
    return index;
  }
  const next = parent.children[index + 1];
  if (next?.type === 'SentenceNode') {
    prepend(next.children, child.children);
    if (next.position && child.position) next.position.start = child.position.start;
    parent.children.splice(index, 1);
  }
  return undefined;
});

/** `mergeAffixSymbol`: a closing mark (quote, bracket, terminal run) that opens a sentence ends the one before. */
export function mergeAffixSymbol(stock: Stock): Stock {
  const closing = probe((value) => {
    const before = sentence(word('a'));
    stock(paragraph(before, sentence({ type: 'PunctuationNode', value }, word('b'))));
    return before.children.length === 2;
  });
  return modifyChildren<Paragraph>((child, index, parent) => {
    if (child.type !== 'SentenceNode' || child.children.length === 0 || index === 0) return undefined;
    const previous = parent.children[index - 1];
    const [first, second] = child.children;
    if (previous?.type !== 'SentenceNode' || !isMark(first) || !closing(first.value)) return undefined;
    child.children.shift();
    previous.children.push(first);
    if (first.position && previous.position) previous.position.end = first.position.end;
    if (second?.position && child.position) child.position.start = second.position.start;
    return index - 1;
  });
}

/** `mergeInitialLowerCaseLetterSentences`: a sentence whose first word (before any mark) starts in lower case goes on the one before. */
export function mergeInitialLowerCaseLetterSentences(stock: Stock): Stock {
  // Keyed by the word's first character: the stock expression reads only that.
  const lowerInitial = probe((initial) => {
    const p = paragraph(sentence(word('a')), sentence(word(initial)));
    stock(p);
    return p.children.length === 1;
  });
  return modifyChildren<Paragraph>((child, index, parent) => {
    if (child.type !== 'SentenceNode' || index === 0) return undefined;
    const previous = parent.children[index - 1]!;
    if (child.children.length === 0 || previous.type !== 'SentenceNode') return undefined;
    for (const node of child.children) {
      if (node.type === 'WordNode') {
        const text = wordText(node);
        if (text === '' || !lowerInitial(String.fromCodePoint(text.codePointAt(0)!))) return undefined;
        append(previous.children, child.children);
        parent.children.splice(index, 1);
        if (previous.position && child.position) previous.position.end = child.position.end;
        return index;
      }
      if (isMark(node)) return undefined;
    }
    return undefined;
  });
}

/** `mergeInitialDigitSentences`: a sentence that opens with a word starting in an ASCII digit goes on the one before. */
export const mergeInitialDigitSentences = modifyChildren<Paragraph>((child, index, parent) => {
  const previous = parent.children[index - 1];
  if (previous?.type !== 'SentenceNode' || child.type !== 'SentenceNode') return undefined;
  const head = child.children[0];
  if (head?.type !== 'WordNode') return undefined;
  const c = wordText(head).charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return undefined;
  append(previous.children, child.children);
  parent.children.splice(index, 1);
  if (previous.position && child.position) previous.position.end = child.position.end;
  return index;
});

/** `mergeAffixExceptions`: a sentence whose first mark, before any word, is a comma or semicolon goes on the one before. */
export const mergeAffixExceptions = modifyChildren<Paragraph>((child, index, parent) => {
  const previous = parent.children[index - 1];
  if (!previous || !('children' in previous) || child.type !== 'SentenceNode' || child.children.length === 0) return undefined;
  for (const node of child.children) {
    if (node.type === 'WordNode') return undefined;
    if (!isMark(node)) continue;
    if (node.value !== ',' && node.value !== ';') return undefined;
    append(previous.children, child.children);
    if (previous.position && child.position) previous.position.end = child.position.end;
    parent.children.splice(index, 1);
    return index;
  }
  return undefined;
});

/**
 * `mergeRemainingFullStops`: from each sentence's end, past its last terminal mark (or its last
 * word), a lone full stop that is not before a space and another full stop joins the word before
 * it, or else the word after it.
 */
export function mergeRemainingFullStops(parent: Paragraph): undefined {
  for (const child of parent.children) {
    if (child.type !== 'SentenceNode') continue;
    const children = child.children;
    let found = false;
    for (let position = children.length - 1; position >= 0; position--) {
      const node = children[position]!;
      if (!isMark(node)) {
        if (node.type === 'WordNode') found = true;
        continue;
      }
      if (!isTerminalMarker(node.value)) continue;
      if (!found) {
        found = true;
        continue;
      }
      if (node.value !== '.') continue;
      const previous = children[position - 1];
      const next = children[position + 1];
      if (previous?.type === 'WordNode') {
        const nextNext = children[position + 2];
        if (next?.type === 'WhiteSpaceNode' && nextNext && textOf(nextNext) === '.') continue;
        children.splice(position, 1);
        previous.children.push(node);
        if (node.position && previous.position) previous.position.end = node.position.end;
        position--;
      } else if (next?.type === 'WordNode') {
        children.splice(position, 1);
        next.children.unshift(node);
        if (node.position && next.position) next.position.start = node.position.start;
      }
    }
  }
  return undefined;
}

/** A sentence child's text (`nlcst-to-string`). */
const textOf = (node: SentenceContent): string => (node.type === 'WordNode' ? wordText(node) : node.value);

/** `makeInitialWhiteSpaceSiblings`: white space opening a sentence (paragraph) moves out before it. */
export function makeInitialWhiteSpaceSiblings(parent: Parent): undefined {
  const siblings = parent.children as ParentChild[];
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]!;
    if (!('children' in child)) continue;
    const head = child.children[0];
    if (head?.type !== 'WhiteSpaceNode') continue;
    child.children.shift();
    siblings.splice(index, 0, head);
    const next = child.children[0];
    if (next?.position && child.position) child.position.start = next.position.start;
  }
  return undefined;
}

/** `makeFinalWhiteSpaceSiblings`: white space closing a sentence (paragraph) moves out after it. */
export const makeFinalWhiteSpaceSiblings = modifyChildren<Parent>((child: ParentChild, index, parent) => {
  if (!('children' in child)) return undefined;
  const tail = child.children[child.children.length - 1];
  if (tail?.type !== 'WhiteSpaceNode') return undefined;
  child.children.pop();
  (parent.children as ParentChild[]).splice(index + 1, 0, tail);
  const previous = child.children[child.children.length - 1];
  if (previous?.position && child.position) child.position.end = previous.position.end;
  return index;
});

/** `removeEmptyNodes`: sentences (paragraphs) left without children go. */
export const removeEmptyNodes = modifyChildren<Parent>((child: ParentChild, index, parent) => {
  if (!('children' in child) || child.children.length !== 0) return undefined;
  parent.children.splice(index, 1);
  return index;
});
