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
    const nlp = getNlp();
    const out: TaggedTerm[] = [];
    const json = nlp(doc.text.slice(start, end)).json({ offset: true, terms: { offset: true } }) as Array<{
      terms: Array<{ text: string; pre: string; post: string; tags: string[]; offset?: { start: number; length: number } }>;
    }>;
    for (const sentence of json) {
      for (const t of sentence.terms) {
        if (!t.offset || !t.text) continue;
        const s = start + t.offset.start;
        out.push({ text: t.text, start: s, end: s + t.offset.length, pre: t.pre ?? '', post: t.post ?? '', tags: new Set(t.tags) });
      }
    }
    return out;
  });
}
