/**
 * Part-of-speech tags for one sentence, computed with compromise on demand and cached on
 * the document, so rules that tag the same sentence share the work.
 * @packageDocumentation
 */
import type { Doc } from '../types.js';
import { getNlp } from './compromise.js';

/** One tagged term, with document offsets. */
export interface TaggedTerm {
  text: string;
  /** Start offset in the document. */
  start: number;
  /** End offset (exclusive) in the document. */
  end: number;
  /** Punctuation after the term (e.g. `, `). */
  post: string;
  /** Punctuation before the term (e.g. `“`). */
  pre: string;
  tags: ReadonlySet<string>;
}

/**
 * Tag the text in `[start, end)` of `doc` with compromise (loaded lazily) and cache the result
 * under the range. Call only for sentences a cheap pre-check has selected.
 */
export function tagRange(doc: Doc, start: number, end: number): TaggedTerm[] {
  return doc.memo(`nlp:terms:${start}:${end}`, () => {
    const out: TaggedTerm[] = [];
    // The view's own term list, with offsets summed from each term's pre/text/post: the same
    // offsets `.json({ offset: true })` gives (checked on the dev sets), at a third of the cost.
    const sentences = getNlp()(doc.text.slice(start, end)).document as Array<Array<{ text: string; pre: string; post: string; tags: Set<string> }>>;
    let pos = start;
    for (const sentence of sentences) {
      for (const t of sentence) {
        const s = pos + t.pre.length;
        pos = s + t.text.length + t.post.length;
        // Implicit terms (the "is" of "it's") have no text of their own.
        if (t.text) out.push({ text: t.text, start: s, end: s + t.text.length, pre: t.pre, post: t.post, tags: t.tags });
      }
    }
    return out;
  });
}
