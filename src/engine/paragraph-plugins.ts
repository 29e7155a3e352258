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
import { append, isMark, modifyChildren, prepend, probe, replaceChildren, sentence, word, wordText } from './parser-plugins.js';

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
  return (parent) => {
    const siblings = parent.children;
    let kept = 0; // siblings[0, kept) are final; `read` is the next node to look at
    for (let read = 0; read < siblings.length; read++) {
      const child = siblings[read]!;
      siblings[kept++] = child;
      if (child.type !== 'SentenceNode') continue;
      const children = child.children;
      // Each sentence merged in is looked at again for its own abbreviation and full stop.
      for (;;) {
        const period = children[children.length - 1];
        const last = children[children.length - 2];
        if (!isMark(period) || period.value !== '.' || last?.type !== 'WordNode' || !abbreviation(wordText(last))) break;
        last.children.push(period);
        children.pop();
        if (period.position && last.position) last.position.end = period.position.end;
        const next = siblings[read + 1];
        if (next?.type !== 'SentenceNode') break;
        append(children, next.children);
        read++;
        if (next.position && child.position) child.position.end = next.position.end;
      }
    }
    siblings.length = kept;
    return undefined;
  };
}

/**
 * `unist-util-modify-children` for a transform whose modifier only ever merges the child it is
 * given into another node and removes it: the list is compacted in one pass (nodes kept are moved
 * down over those merged) instead of spliced at each merge. These transforms run over a whole
 * document as one paragraph, and a splice per merged sentence made a long text's parse quadratic.
 * `merge` gets the child, the node kept before it (the stock modifier's `children[index - 1]`) and
 * the node after it, and says what became of the child: kept, merged, or merged into the next
 * node, which is then kept without being looked at (where the stock loop steps past it).
 */
function compactMerges<P extends Parent>(merge: (child: P['children'][number], previous: P['children'][number] | undefined, next: P['children'][number] | undefined) => Merge): (parent: P) => undefined {
  return (parent) => {
    const siblings = parent.children as Array<P['children'][number]>;
    let kept = 0;
    for (let read = 0; read < siblings.length; ) {
      const child = siblings[read]!;
      const outcome = merge(child, kept > 0 ? siblings[kept - 1] : undefined, siblings[read + 1]);
      if (outcome === KEPT) siblings[kept++] = child;
      else if (outcome === INTO_NEXT) siblings[kept++] = siblings[++read]!;
      read++;
    }
    siblings.length = kept;
    return undefined;
  };
}
const KEPT = 0;
const MERGED = 1;
const INTO_NEXT = 2;
type Merge = typeof KEPT | typeof MERGED | typeof INTO_NEXT;

/** `mergeNonWordSentences`: a sentence without a word joins the one before it, or else the one after. */
export const mergeNonWordSentences = compactMerges<Paragraph>((child, previous, next) => {
  if (child.type !== 'SentenceNode') return KEPT;
  for (const node of child.children) if (node.type === 'WordNode') return KEPT;
  if (previous?.type === 'SentenceNode') {
    append(previous.children, child.children);
    if (previous.position && child.position) previous.position.end = child.position.end;
    return MERGED;
  }
  if (next?.type === 'SentenceNode') {
    prepend(next.children, child.children);
    if (next.position && child.position) next.position.start = child.position.start;
    return INTO_NEXT;
  }
  return KEPT;
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
  return compactMerges<Paragraph>((child, previous) => {
    if (child.type !== 'SentenceNode' || previous?.type !== 'SentenceNode' || child.children.length === 0) return KEPT;
    for (const node of child.children) {
      if (node.type === 'WordNode') {
        const text = wordText(node);
        if (text === '' || !lowerInitial(String.fromCodePoint(text.codePointAt(0)!))) return KEPT;
        append(previous.children, child.children);
        if (previous.position && child.position) previous.position.end = child.position.end;
        return MERGED;
      }
      if (isMark(node)) return KEPT;
    }
    return KEPT;
  });
}

/** `mergeInitialDigitSentences`: a sentence that opens with a word starting in an ASCII digit goes on the one before. */
export const mergeInitialDigitSentences = compactMerges<Paragraph>((child, previous) => {
  if (previous?.type !== 'SentenceNode' || child.type !== 'SentenceNode') return KEPT;
  const head = child.children[0];
  if (head?.type !== 'WordNode') return KEPT;
  const c = wordText(head).charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return KEPT;
  append(previous.children, child.children);
  if (previous.position && child.position) previous.position.end = child.position.end;
  return MERGED;
});

/** `mergeAffixExceptions`: a sentence whose first mark, before any word, is a comma or semicolon goes on the one before. */
export const mergeAffixExceptions = compactMerges<Paragraph>((child, previous) => {
  if (!previous || !('children' in previous) || child.type !== 'SentenceNode' || child.children.length === 0) return KEPT;
  for (const node of child.children) {
    if (node.type === 'WordNode') return KEPT;
    if (!isMark(node)) continue;
    if (node.value !== ',' && node.value !== ';') return KEPT;
    append(previous.children, child.children);
    if (previous.position && child.position) previous.position.end = child.position.end;
    return MERGED;
  }
  return KEPT;
});

/**
 * `mergeRemainingFullStops`: from each sentence's end, past its last terminal mark (or its last
 * word), a lone full stop that is not before a space and another full stop joins the word before
 * it, or else the word after it.
 */
export function mergeRemainingFullStops(parent: Paragraph): undefined {
  for (const child of parent.children) {
    if (child.type !== 'SentenceNode') continue;
    // Compacted from the end in one pass (a splice per full stop made a long sentence quadratic:
    // lower-case continuations merge a whole text into one): children[kept, n) are final.
    const children = child.children;
    const n = children.length;
    let kept = n;
    let found = false;
    for (let position = n - 1; position >= 0; position--) {
      const node = children[position]!;
      if (!isMark(node)) {
        if (node.type === 'WordNode') found = true;
      } else if (isTerminalMarker(node.value)) {
        if (!found) found = true;
        else if (node.value === '.') {
          const previous = children[position - 1];
          const next = kept < n ? children[kept] : undefined;
          if (previous?.type === 'WordNode') {
            const nextNext = kept + 1 < n ? children[kept + 1] : undefined;
            if (!(next?.type === 'WhiteSpaceNode' && nextNext && textOf(nextNext) === '.')) {
              previous.children.push(node);
              if (node.position && previous.position) previous.position.end = node.position.end;
              children[--kept] = previous; // and not looked at: the loop goes on before it
              position--;
              continue;
            }
          } else if (next?.type === 'WordNode') {
            next.children.unshift(node);
            if (node.position && next.position) next.position.start = node.position.start;
            continue;
          }
        }
      }
      children[--kept] = node;
    }
    if (kept > 0) {
      children.copyWithin(0, kept);
      children.length = n - kept;
    }
  }
  return undefined;
}

/** A sentence child's text (`nlcst-to-string`). */
const textOf = (node: SentenceContent): string => (node.type === 'WordNode' ? wordText(node) : node.value);

/**
 * `makeInitialWhiteSpaceSiblings`: white space opening a sentence (paragraph) moves out before it.
 * The list is built anew from the first move, not spliced at each (the paragraph is the whole
 * document, and nearly every sentence after its first opens with a space).
 */
export function makeInitialWhiteSpaceSiblings(parent: Parent): undefined {
  const siblings = parent.children as ParentChild[];
  let out: ParentChild[] | undefined;
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]!;
    if ('children' in child) {
      for (let head = child.children[0]; head?.type === 'WhiteSpaceNode'; head = child.children[0]) {
        child.children.shift();
        (out ??= siblings.slice(0, index)).push(head);
        const next = child.children[0];
        if (next?.position && child.position) child.position.start = next.position.start;
      }
    }
    out?.push(child);
  }
  if (out) replaceChildren(siblings, out);
  return undefined;
}

/** `makeFinalWhiteSpaceSiblings`: white space closing a sentence (paragraph) moves out after it, in its order (the list built anew, as above). */
export function makeFinalWhiteSpaceSiblings(parent: Parent): undefined {
  const siblings = parent.children as ParentChild[];
  let out: ParentChild[] | undefined;
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]!;
    out?.push(child);
    if (!('children' in child)) continue;
    const children = child.children;
    let tail = children.length;
    while (tail > 0 && children[tail - 1]!.type === 'WhiteSpaceNode') tail--;
    if (tail === children.length) continue;
    // (The stock loop sets the end after each move, from the child then last: none is left after
    // the last move when every child was white space.)
    const previous = tail > 0 ? children[tail - 1] : children.length > 1 ? children[0] : undefined;
    out ??= siblings.slice(0, index + 1);
    for (let k = tail; k < children.length; k++) out.push(children[k]!);
    children.length = tail;
    if (previous?.position && child.position) child.position.end = previous.position.end;
  }
  if (out) replaceChildren(siblings, out);
  return undefined;
}

/** `removeEmptyNodes`: sentences (paragraphs) left without children go. */
export const removeEmptyNodes = compactMerges<Parent>((child) => ('children' in child && child.children.length === 0 ? MERGED : KEPT));
