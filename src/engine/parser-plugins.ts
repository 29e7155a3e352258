/**
 * Equivalents of parse-latin's costliest tree transforms, for src/engine/parser.ts. Each does
 * what parse-latin 7's plugin of the same name does, in a plain loop: parse-latin runs each
 * transform through `unist-util-modify-children` and `array-iterate`, a few generic calls per
 * node of the document per transform, and re-serialises nodes (`nlcst-to-string`) to read a
 * punctuation mark's value. The trees are the same node for node (tests/engine/parser.test.ts).
 * @packageDocumentation
 */
import type { Paragraph, Punctuation, Sentence, SentenceContent, Symbol as SymbolNode, Word } from 'nlcst';

type Modifier<P> = (child: P extends { children: Array<infer C> } ? C : never, index: number, parent: P) => number | undefined;

/**
 * `unist-util-modify-children`: call `modifier` on each child in turn; a number it returns is the
 * index to go on from (the list may have changed under it); a negative one skips to 0.
 */
function modifyChildren<P extends { children: unknown[] }>(modifier: Modifier<P>): (parent: P) => undefined {
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

const isMark = (node: SentenceContent | undefined): node is Punctuation | SymbolNode =>
  !!node && (node.type === 'PunctuationNode' || node.type === 'SymbolNode');

/** A word's text (what `nlcst-to-string` gives). */
function wordText(word: Word): string {
  let text = '';
  for (const part of word.children) text += part.value;
  return text;
}

/** `mergeInitialWordSymbol`: an ampersand before a word, not after one, opens it ("&c"). */
export const mergeInitialWordSymbol = modifyChildren<Sentence>((child, index, parent) => {
  if (!isMark(child) || child.value !== '&') return undefined;
  const children = parent.children;
  const next = children[index + 1];
  if ((index > 0 && children[index - 1]!.type === 'WordNode') || next?.type !== 'WordNode') return undefined;
  children.splice(index, 1);
  next.children.unshift(child);
  if (next.position && child.position) next.position.start = child.position.start;
  return index - 1;
});

/** `mergeFinalWordSymbol`: a hyphen after a word and not before another ends it ("pre- and post-war"). */
export const mergeFinalWordSymbol = modifyChildren<Sentence>((child, index, parent) => {
  if (index === 0 || !isMark(child) || child.value !== '-') return undefined;
  const children = parent.children;
  const previous = children[index - 1];
  const next = children[index + 1];
  if (next?.type === 'WordNode' || previous?.type !== 'WordNode') return undefined;
  children.splice(index, 1);
  previous.children.push(child);
  if (previous.position && child.position) previous.position.end = child.position.end;
  return index;
});

/** Marks that join two words into one ("e-mail", "AT&T", "rock'n'roll", "snake_case"). */
const WORD_SYMBOL_INNER = /^(?:[&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/;

/** `mergeInnerWordSymbol`: words joined by such marks are one word. */
export const mergeInnerWordSymbol = modifyChildren<Sentence>((child, index, parent) => {
  if (index === 0 || !isMark(child)) return undefined;
  const siblings = parent.children;
  const previous = siblings[index - 1];
  if (previous?.type !== 'WordNode') return undefined;
  let position = index - 1;
  const tokens: Word['children'] = [];
  let queue: Word['children'] = [];
  for (let sibling = siblings[++position]; sibling; sibling = siblings[++position]) {
    if (sibling.type === 'WordNode') {
      tokens.push(...queue, ...sibling.children);
      queue = [];
    } else if (isMark(sibling) && WORD_SYMBOL_INNER.test(sibling.value)) queue.push(sibling);
    else break;
  }
  if (tokens.length === 0) return undefined;
  position -= queue.length;
  siblings.splice(index, position - index);
  previous.children.push(...tokens);
  const last = tokens[tokens.length - 1]!;
  if (previous.position && last.position) previous.position.end = last.position.end;
  return index;
});

/** `mergeInnerWordSlash`: a slash between words of under three letters joins them ("w/o", "km/h"). */
export const mergeInnerWordSlash = modifyChildren<Sentence>((child, index, parent) => {
  const siblings = parent.children;
  const previous = siblings[index - 1];
  if (previous?.type !== 'WordNode' || !isMark(child) || child.value !== '/') return undefined;
  const queue: Word['children'] = [child];
  let tail: SentenceContent = child;
  let nextValue = '';
  const next = siblings[index + 1];
  if (next?.type === 'WordNode') {
    nextValue = wordText(next);
    tail = next;
    queue.push(...next.children);
  }
  if (wordText(previous).length >= 3 || nextValue.length >= 3) return undefined;
  previous.children.push(...queue);
  siblings.splice(index, tail === child ? 1 : 2);
  if (previous.position && tail.position) previous.position.end = tail.position.end;
  return index;
});

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
 * line breaks), the white space going between the two; the rest is looked at in its turn.
 */
export const breakImplicitSentences = modifyChildren<Paragraph>((sentence, index, paragraph) => {
  if (sentence.type !== 'SentenceNode') return undefined;
  const children = sentence.children;
  for (let position = 1; position < children.length - 1; position++) {
    const node = children[position]!;
    if (node.type !== 'WhiteSpaceNode' || lineBreaks(node.value) < 2) continue;
    sentence.children = children.slice(0, position);
    const insertion: Sentence = { type: 'SentenceNode', children: children.slice(position + 1) };
    const tail = children[position - 1]!;
    const head = children[position + 1]!;
    paragraph.children.splice(index + 1, 0, node, insertion);
    if (sentence.position && tail.position && head.position) {
      const end = sentence.position.end;
      sentence.position.end = tail.position.end;
      insertion.position = { start: head.position.start, end };
    }
    return index + 1;
  }
  return undefined;
});

/**
 * `patchPosition`: a node without a start (end) takes its first (last) child's, as parse-latin's
 * visitor does when it reaches that child.
 */
export function patchPosition(node: Paragraph | Sentence): undefined {
  const children = node?.children as SentenceContent[] | undefined;
  if (!children) throw new Error('Missing children in `parent` for `visit`');
  const first = children[0];
  const last = children[children.length - 1];
  if (first?.position && !node.position?.start) (node.position ??= {} as NonNullable<Sentence['position']>).start = first.position.start;
  if (last?.position && !node.position?.end) (node.position ??= {} as NonNullable<Sentence['position']>).end = last.position.end;
  return undefined;
}

/**
 * A stock transform run on a sentence only when one of its children is a mark it can act on:
 * otherwise it changes nothing, and the pass over every child is saved.
 */
function gated(stock: (sentence: Sentence) => unknown, acts: (mark: string, index: number, children: SentenceContent[]) => boolean): (sentence: Sentence) => undefined {
  return (sentence) => {
    const children = sentence?.children;
    if (children) {
      let i = 0;
      while (i < children.length && !(isMark(children[i]) && acts((children[i] as Punctuation).value, i, children))) i++;
      if (i === children.length) return undefined;
    }
    stock(sentence);
    return undefined;
  };
}

/** parse-english's elision transform acts on a slash or an apostrophe only. */
export const gateElision = (stock: (sentence: Sentence) => unknown) => gated(stock, (mark) => mark === '/' || mark === "'" || mark === '’');

/**
 * parse-latin's `mergeInitialisms` acts on a full stop after a word of three or more parts
 * (an odd number: letters and the stops between them).
 */
export const gateInitialisms = (stock: (sentence: Sentence) => unknown) =>
  gated(stock, (mark, index, children) => {
    const previous = children[index - 1];
    return mark === '.' && index > 0 && children[index]!.type === 'PunctuationNode' && previous?.type === 'WordNode' && previous.children.length !== 1 && previous.children.length % 2 !== 0;
  });
