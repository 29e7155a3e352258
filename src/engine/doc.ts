import type { Root, Paragraph, Sentence } from 'nlcst';
import type { Doc, Position } from '../types.js';
import { LineIndex } from './position.js';
import { parseEnglish } from './parser.js';

type Positioned = { position?: { start: { offset?: number }; end: { offset?: number } } };

/** Parse a text as retext-english does (once per document; src/engine/parser.ts). */
export function parse(text: string): Root {
  return parseEnglish(text);
}

/**
 * Memo keys kept when a document lets go of its tree: the tags (src/nlp/tag-sentence.ts), which
 * hold no nodes. Memos of primitive values are kept too; other objects may hold nodes.
 */
export const KEPT_MEMO_PREFIX = 'nlp:';

/** A document view as the engine holds it: with its line index, and a way to let go of its tree. */
export type EngineDoc = Doc & {
  index: LineIndex;
  /**
   * Let go of the tree and of the memos that may hold nodes (objects other than the tags), so
   * that a document waiting for its tags keeps its text and little else: `tree` is then
   * `undefined`, and `sentences()` and `paragraphs()` throw.
   */
  release(): void;
};

/** Build the shared document view that every rule of a run receives. */
export function createDoc(path: string, text: string, tree: Root = parse(text)): EngineDoc {
  const rootOf = (): Root => {
    const root = (view as { tree: Root | undefined }).tree;
    if (!root) throw new Error('the document has let go of its tree (a whenTagged callback reads the text and the tags only)');
    return root;
  };
  const memos = new Map<string, unknown>();
  const index = new LineIndex(text);
  const memo = <T>(key: string, compute: () => T): T => {
    if (!memos.has(key)) memos.set(key, compute());
    return memos.get(key) as T;
  };
  const rangeOf = (node: Positioned): [number, number] => [
    node.position?.start.offset ?? 0,
    node.position?.end.offset ?? 0,
  ];
  // (`tree` is a plain property, not a getter: a getter made by each call gave every document an
  // object shape of its own, and young collections took six times as long.)
  const view: EngineDoc = {
    path,
    text,
    tree,
    index,
    memo,
    rangeOf,
    textOf: (node) => {
      const [s, e] = rangeOf(node);
      return text.slice(s, e);
    },
    positionAt: (offset: number): Position => index.positionAt(offset),
    paragraphs: () =>
      memo('seedlint:paragraphs', () => rootOf().children.filter((n): n is Paragraph => n.type === 'ParagraphNode')),
    sentences: () =>
      memo('seedlint:sentences', () => {
        const out: Sentence[] = [];
        for (const p of rootOf().children) {
          if (p.type !== 'ParagraphNode') continue;
          for (const s of p.children) if (s.type === 'SentenceNode') out.push(s);
        }
        return out;
      }),
    lines: () =>
      memo('seedlint:lines', () =>
        index.starts.map((start, i) => {
          let end = i + 1 < index.starts.length ? index.starts[i + 1]! : text.length;
          while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
          return { text: text.slice(start, end), start };
        }),
      ),
    release() {
      (view as { tree: Root | undefined }).tree = undefined;
      for (const [key, value] of [...memos]) {
        if (!key.startsWith(KEPT_MEMO_PREFIX) && typeof value === 'object' && value !== null) memos.delete(key);
      }
    },
  };
  return view;
}
