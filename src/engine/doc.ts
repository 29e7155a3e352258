import type { Root, Paragraph, Sentence } from 'nlcst';
import type { Doc, Position } from '../types.js';
import { LineIndex } from './position.js';
import { parseEnglish } from './parser.js';

type Positioned = { position?: { start: { offset?: number }; end: { offset?: number } } };

/** Parse a text as retext-english does (once per document; src/engine/parser.ts). */
export function parse(text: string): Root {
  return parseEnglish(text);
}

/** Build the shared document view that every rule of a run receives. */
export function createDoc(path: string, text: string, tree: Root = parse(text)): Doc & { index: LineIndex } {
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
  return {
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
      memo('seedlint:paragraphs', () => tree.children.filter((n): n is Paragraph => n.type === 'ParagraphNode')),
    sentences: () =>
      memo('seedlint:sentences', () => {
        const out: Sentence[] = [];
        for (const p of tree.children) {
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
  };
}
