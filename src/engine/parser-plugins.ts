/**
 * Equivalents of parse-latin's and parse-english's sentence transforms, for src/engine/parser.ts.
 * Each does what the plugin of the same name does, in a plain loop: the packages run each
 * transform through `unist-util-modify-children` and `array-iterate`, a few generic calls per
 * node of the document per transform, and re-serialise nodes (`nlcst-to-string`) to read a
 * punctuation mark's value. Where a transform tests a word against its package's generated
 * expressions, a probe asks the stock transform. The trees are the same node for node
 * (tests/engine/parser.test.ts).
 * @packageDocumentation
 */
import type { Paragraph, Punctuation, Root, Sentence, SentenceContent, Symbol as SymbolNode, WhiteSpace, Word } from 'nlcst';
import { wordMemo } from '../text/word-memo.js';

type Modifier<P> = (child: P extends { children: Array<infer C> } ? C : never, index: number, parent: P) => number | undefined;

/**
 * `unist-util-modify-children`: call `modifier` on each child in turn; a number it returns is the
 * index to go on from (the list may have changed under it); a negative one skips to 0.
 */
export function modifyChildren<P extends { children: unknown[] }>(modifier: Modifier<P>): (parent: P) => undefined {
  return (parent) => {
    const children = parent.children;
    for (let index = 0; index < children.length; index++) {
      if (index < 0) continue;
      const next = modifier(children[index] as never, index, parent);
      if (typeof next === 'number') index = next - 1;
    }
    return undefined;
  };
}

/**
 * `target.push(...items)` for lists of any length: a spread passes each item as an argument, and a
 * sentence or word of a long text without breaks (200,000 words after an "e.g.") overflowed the stack.
 */
export function append<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]!);
}

/** `target.unshift(...items)` for lists of any length (see {@link append}). */
export function prepend<T>(target: T[], items: readonly T[]): void {
  const n = items.length;
  target.length += n;
  for (let i = target.length - 1; i >= n; i--) target[i] = target[i - n]!;
  for (let i = 0; i < n; i++) target[i] = items[i]!;
}

/** Make `target` hold `items` (a parent's list stays the same array). */
export function replaceChildren<T>(target: T[], items: readonly T[]): void {
  target.length = items.length;
  for (let i = 0; i < items.length; i++) target[i] = items[i]!;
}

export const isMark = (node: SentenceContent | undefined): node is Punctuation | SymbolNode =>
  !!node && (node.type === 'PunctuationNode' || node.type === 'SymbolNode');

/** A word's text (what `nlcst-to-string` gives). */
export function wordText(word: Word): string {
  let text = '';
  for (const part of word.children) text += part.value;
  return text;
}

/**
 * `mergeInitialWordSymbol`: an ampersand before a word, not after one, opens it ("&c"). Compacted
 * in one pass, as mergeInnerWordSymbol is (a splice per "&amp;" made a long text quadratic). The
 * stock loop looks again at the node before a merged ampersand, which cannot be another one (a run
 * of ampersands is one mark).
 */
export function mergeInitialWordSymbol(parent: Sentence): undefined {
  const children = parent.children;
  let kept = 0;
  for (let read = 0; read < children.length; read++) {
    const child = children[read]!;
    const next = children[read + 1];
    if (isMark(child) && child.value === '&' && !(kept > 0 && children[kept - 1]!.type === 'WordNode') && next?.type === 'WordNode') {
      next.children.unshift(child);
      if (next.position && child.position) next.position.start = child.position.start;
    } else children[kept++] = child;
  }
  if (kept < children.length) children.length = kept;
  return undefined;
}

/**
 * `mergeFinalWordSymbol`: a hyphen after a word and not before another ends it ("pre- and post-war").
 * (This and `mergeInnerWordSymbol` run over every token of most texts: each is its own loop, not a
 * `modifyChildren` modifier, so that V8 inlines its test instead of calling through a shared site.)
 */
export function mergeFinalWordSymbol(parent: Sentence): undefined {
  // Compacted in one pass, as mergeInnerWordSymbol is (a splice per "pre-" made a long text quadratic).
  const children = parent.children;
  let kept = 1;
  for (let read = 1; read < children.length; read++) {
    const child = children[read]!;
    const previous = children[kept - 1];
    if (isMark(child) && child.value === '-' && previous?.type === 'WordNode' && children[read + 1]?.type !== 'WordNode') {
      previous.children.push(child);
      if (previous.position && child.position) previous.position.end = child.position.end;
    } else children[kept++] = child;
  }
  if (kept < children.length) children.length = kept;
  return undefined;
}

/** Marks that join two words into one ("e-mail", "AT&T", "rock'n'roll", "snake_case"). */
const WORD_SYMBOL_INNER = /^(?:[&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/;
/** Whether a mark is one of {@link WORD_SYMBOL_INNER} (its first character looked at before the expression runs). */
function isInnerSymbol(value: string): boolean {
  switch (value.charCodeAt(0)) {
    case 0x26: case 0x27: case 0x2d: case 0x2e: case 0x3a: case 0x3d: case 0x3f: case 0x40: case 0x5f:
    case 0xad: case 0xb7: case 0x2010: case 0x2011: case 0x2019: case 0x2027:
      return WORD_SYMBOL_INNER.test(value);
    default:
      return false;
  }
}

/**
 * `mergeInnerWordSymbol`: words joined by such marks are one word. The list is compacted in one
 * pass (nodes kept are moved down over those merged), not spliced at each merge: the sentence
 * transforms run over the whole text as one sentence, and a splice per "it's" or "e-mail" made a
 * 1 MB text's parse quadratic (0.75-1.1 s of its 1.4-1.7 s in this transform).
 */
export function mergeInnerWordSymbol(parent: Sentence): undefined {
  const siblings = parent.children;
  let kept = 0; // siblings[0, kept) are final; `read` is the next node to look at
  for (let read = 0; read < siblings.length; ) {
    const child = siblings[read]!;
    // Only an inner mark after a word, before a word or another inner mark, can join (most marks
    // after a word are a full stop or comma before a space: no lists are made for them).
    const previous = kept > 0 ? siblings[kept - 1] : undefined;
    const following = siblings[read + 1];
    if (
      !isMark(child) || !isInnerSymbol(child.value) || previous?.type !== 'WordNode' || !following ||
      (following.type !== 'WordNode' && !(isMark(following) && isInnerSymbol(following.value)))
    ) {
      siblings[kept++] = siblings[read++]!;
      continue;
    }
    let position = read - 1;
    const tokens: Word['children'] = [];
    let queue: Word['children'] = [];
    for (let sibling = siblings[++position]; sibling; sibling = siblings[++position]) {
      if (sibling.type === 'WordNode') {
        append(tokens, queue);
        append(tokens, sibling.children);
        queue = [];
      } else if (isMark(sibling) && isInnerSymbol(sibling.value)) queue.push(sibling);
      else break;
    }
    if (tokens.length === 0) {
      siblings[kept++] = siblings[read++]!;
      continue;
    }
    append(previous.children, tokens);
    const last = tokens[tokens.length - 1]!;
    if (previous.position && last.position) previous.position.end = last.position.end;
    read = position - queue.length; // the marks after the last word stay, looked at next
  }
  siblings.length = kept;
  return undefined;
}

/**
 * `mergeInnerWordSlash`: a slash between words of under three letters joins them ("w/o", "km/h").
 * Compacted in one pass, as {@link mergeInnerWordSymbol} is: a splice per join made a long text
 * with many such slashes quadratic (300,000 characters of "a/": 15 s to parse).
 */
export function mergeInnerWordSlash(parent: Sentence): undefined {
  const siblings = parent.children;
  let kept = 0;
  for (let read = 0; read < siblings.length; ) {
    const child = siblings[read]!;
    const previous = kept > 0 ? siblings[kept - 1] : undefined;
    if (previous?.type === 'WordNode' && isMark(child) && child.value === '/') {
      const next = siblings[read + 1];
      const tail = next?.type === 'WordNode' ? next : child;
      if (wordText(previous).length < 3 && (tail === child || wordText(next as Word).length < 3)) {
        previous.children.push(child);
        if (tail !== child) append(previous.children, (tail as Word).children);
        if (previous.position && tail.position) previous.position.end = tail.position.end;
        read += tail === child ? 1 : 2; // the node after them is looked at next, after the longer word
        continue;
      }
    }
    siblings[kept++] = siblings[read++]!;
  }
  siblings.length = kept;
  return undefined;
}

/** The number of line breaks in white space (CRLF counts once, as in `split(/\r\n|\r|\n/)`). */
function lineBreaks(space: string): number {
  let n = 0;
  for (let i = 0; i < space.length; i++) {
    const c = space.charCodeAt(i);
    if (c === 13) {
      n++;
      if (space.charCodeAt(i + 1) === 10) i++;
    } else if (c === 10) n++;
  }
  return n;
}

/**
 * `breakImplicitSentences`: a sentence is split at white space holding a blank line (two or more
 * line breaks), the white space going between the two; the rest is looked at in its turn. Each
 * sentence is cut at all its breaks in one pass, and the paragraph's list is built anew when one
 * breaks: parse-latin slices the rest of the sentence again at each break and splices the paragraph
 * (which is the whole document), and a long text of short lines between blank lines took minutes.
 */
export function breakImplicitSentences(paragraph: Paragraph): undefined {
  const siblings = paragraph.children;
  let out: Paragraph['children'] | undefined;
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]!;
    const pieces = child.type === 'SentenceNode' ? breakSentence(child) : undefined;
    if (pieces) append((out ??= siblings.slice(0, index)), pieces);
    else out?.push(child);
  }
  if (out) replaceChildren(siblings, out);
  return undefined;
}

/**
 * `sentence` cut at each white space holding a blank line (not its first or last child, nor the
 * first of what follows a cut): the sentence, then each such white space and the sentence made of
 * what follows it, with positions as parse-latin sets them cut by cut. `undefined` when none.
 */
function breakSentence(sentence: Sentence): Array<Sentence | WhiteSpace> | undefined {
  const children = sentence.children;
  let pieces: Array<Sentence | WhiteSpace> | undefined;
  let current = sentence;
  let start = 0;
  for (let position = 1; position < children.length - 1; position++) {
    const node = children[position]!;
    // (One character cannot hold two line breaks: most white space is a single space.)
    if (position === start || node.type !== 'WhiteSpaceNode' || node.value.length < 2 || lineBreaks(node.value) < 2) continue;
    current.children = children.slice(start, position);
    const insertion: Sentence = { type: 'SentenceNode', children: [] };
    const tail = children[position - 1]!;
    const head = children[position + 1]!;
    if (current.position && tail.position && head.position) {
      const end = current.position.end;
      current.position.end = tail.position.end;
      insertion.position = { start: head.position.start, end };
    }
    (pieces ??= [sentence]).push(node, insertion);
    current = insertion;
    start = position + 1;
  }
  if (pieces) current.children = children.slice(start);
  return pieces;
}

/**
 * `patchPosition`: a node without a start (end) takes its first (last) child's, as parse-latin's
 * visitor does when it reaches that child.
 */
export function patchPosition(node: Root | Paragraph | Sentence): undefined {
  const children = node?.children as SentenceContent[] | undefined;
  if (!children) throw new Error('Missing children in `parent` for `visit`');
  const first = children[0];
  const last = children[children.length - 1];
  if (first?.position && !node.position?.start) (node.position ??= {} as NonNullable<Sentence['position']>).start = first.position.start;
  if (last?.position && !node.position?.end) (node.position ??= {} as NonNullable<Sentence['position']>).end = last.position.end;
  return undefined;
}

/**
 * A yes/no question about a short text (a word or a mark), answered by running `ask`, which asks a
 * stock transform, once per distinct text and remembered ({@link wordMemo}): where a transform tests
 * a word against one of its package's generated expressions, the answer is the package's own, and
 * no list is copied.
 */
export const probe = (ask: (text: string) => boolean): ((text: string) => boolean) => wordMemo(ask, 20_000);

/** Nodes for probes (no positions: the transforms only update positions that exist). */
export const word = (value: string): Word => ({ type: 'WordNode', children: [{ type: 'TextNode', value }] });
export const sentence = (...children: SentenceContent[]): Sentence => ({ type: 'SentenceNode', children });
const space = (): SentenceContent => ({ type: 'WhiteSpaceNode', value: ' ' });
const punctuation = (value: string): Punctuation => ({ type: 'PunctuationNode', value });

const isApostrophe = (value: string) => value === "'" || value === '’';

/**
 * parse-english's `mergeEnglishElisionExceptions`: "w/" is one word; an apostrophe joins the word
 * before it ("o' clock") or after it ("'tis", "'em", "'90s"), or both around an "n" ("rock 'n'
 * roll"). Visited as parse-english visits (the index goes on after a removal).
 */
export function mergeElision(stock: (sentence: Sentence) => unknown): (sentence: Sentence) => undefined {
  // Whether the stock transform joins an apostrophe to this (lower-case) word before or after it.
  const prefix = probe((value) => {
    const s = sentence(word('x'), space(), word(value), punctuation("'"), space(), word('y'));
    stock(s);
    return s.children.length === 5;
  });
  const affix = probe((value) => {
    const s = sentence(punctuation("'"), word(value));
    stock(s);
    return s.children.length === 1;
  });
  // Compacted in one pass, as mergeInnerWordSymbol is (a splice per "'em" made a long text's
  // parse quadratic: 2 MB of them did not finish in 300 s). Where parse-english's loop goes on past
  // the node that slides into a removed mark's place, that node is kept without being looked at.
  return (parent) => {
    const siblings = parent.children;
    const n = siblings.length;
    let kept = 0;
    for (let read = 0; read < n; ) {
      const child = siblings[read]!;
      if (!isMark(child)) {
        siblings[kept++] = siblings[read++]!;
        continue;
      }
      const value = child.value;
      const before = kept > 0 ? siblings[kept - 1] : undefined;
      if (value === '/') {
        if (before?.type !== 'WordNode' || wordText(before).toLowerCase() !== 'w') {
          siblings[kept++] = siblings[read++]!;
          continue;
        }
        before.children.push(child);
        if (before.position && child.position) before.position.end = child.position.end;
        read++;
        if (read < n) siblings[kept++] = siblings[read++]!;
        continue;
      }
      if (!isApostrophe(value)) {
        siblings[kept++] = siblings[read++]!;
        continue;
      }
      const after = siblings[read + 1];
      if (kept > 2 && read < n - 1 && before?.type === 'WordNode' && siblings[kept - 2]!.type === 'WhiteSpaceNode' && after!.type === 'WhiteSpaceNode' && prefix(wordText(before).toLowerCase())) {
        before.children.push(child);
        if (before.position && child.position) before.position.end = child.position.end;
        read++;
        siblings[kept++] = siblings[read++]!;
        continue;
      }
      if (read === n - 1 || after?.type !== 'WordNode' || (kept !== 0 && before?.type === 'WordNode')) {
        siblings[kept++] = siblings[read++]!;
        continue;
      }
      const lower = wordText(after).toLowerCase();
      const other = siblings[read + 2];
      if (affix(lower)) {
        after.children.unshift(child);
        if (after.position && child.position) after.position.start = child.position.start;
        siblings[kept++] = after;
        read += 2;
      } else if (lower === 'n' && other?.type === 'PunctuationNode' && isApostrophe(other.value)) {
        after.children.unshift(child);
        after.children.push(other);
        if (after.position) {
          if (child.position) after.position.start = child.position.start;
          if (other.position) after.position.end = other.position.end;
        }
        siblings[kept++] = after;
        read += 3;
      } else siblings[kept++] = siblings[read++]!;
    }
    siblings.length = kept;
    return undefined;
  };
}

/**
 * parse-latin's `mergeInitialisms`: a full stop after a word of single characters joined by full
 * stops ("U.S", "e.g"), not all of them digits ("1.2"), ends that word. Compacted in one pass, as
 * {@link mergeInnerWordSymbol} is (a splice per initialism made a long text's parse quadratic),
 * from the first place it can act: a full stop after a word of three or more parts (an odd number:
 * characters and the stops between them).
 */
export function mergeInitialisms(stock: (sentence: Sentence) => unknown): (sentence: Sentence) => undefined {
  // Whether the stock transform reads a character as a digit (its expression of digits in all scripts).
  const digit = probe((value) => {
    const s = sentence({ type: 'WordNode', children: [{ type: 'TextNode', value }, punctuation('.'), { type: 'TextNode', value }] }, punctuation('.'));
    stock(s);
    return s.children.length === 2;
  });
  /** Whether the stock transform moves a full stop after `word` into it. */
  const initialism = (word: Word) => {
    const parts = word.children;
    let allDigits = true;
    for (let position = parts.length - 1; position >= 0; position--) {
      const value = parts[position]!.value;
      if (position % 2 === 0) {
        if (value.length > 1) return false;
        if (value === '' || !digit(value)) allDigits = false;
      } else if (value !== '.') {
        if (position < parts.length - 2) break;
        return false;
      }
    }
    return !allDigits;
  };
  return (parent) => {
    const children = parent.children;
    let kept = 1;
    while (kept < children.length && !candidate(children[kept]!, children[kept - 1]!)) kept++;
    for (let read = kept; read < children.length; read++) {
      const child = children[read]!;
      const previous = children[kept - 1]!;
      if (candidate(child, previous) && initialism(previous as Word)) {
        previous.children.push(child as Punctuation);
        if (previous.position && child.position) previous.position.end = child.position.end;
      } else children[kept++] = child;
    }
    if (kept < children.length) children.length = kept;
    return undefined;
  };
}

/** A full stop after a word of three or more parts, an odd number. */
function candidate(child: SentenceContent, previous: SentenceContent): previous is Word {
  return child.type === 'PunctuationNode' && child.value === '.' && previous.type === 'WordNode' && previous.children.length !== 1 && previous.children.length % 2 !== 0;
}
