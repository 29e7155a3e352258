/**
 * The narrator's voice: first-person words outside quotations. News narration is in the
 * third person; first-person words in it are either the text's own voice (a talk, an
 * op-ed) or quoted speech that lost its quotation marks.
 * @packageDocumentation
 */
import type { Doc } from '../types.js';
import { insideSpansOf, scanDocument, spansOfScans, type QuoteScan } from './quotes.js';
import { allMatches } from './regex.js';

/** First-person pronouns (case-sensitive: `I`, but `us`, not `US`). */
export const FIRST_PERSON = /(?<![\p{L}’'-])(?:I|I['’](?:m|ve|d|ll)|me|my|myself|mine|we|We|us|our|Our|ours|ourselves)(?![\p{L}’'-])/gu;

/** Paragraph ranges of a document. */
export function paragraphRanges(doc: Doc): Array<[number, number]> {
  return doc.memo('text:paragraph-ranges', () => doc.paragraphs().map((p) => doc.rangeOf(p)));
}

/** The quotation-mark scan of every paragraph of a document (memoised; callers must not change it). */
export function docQuoteScans(doc: Doc): QuoteScan[] {
  return doc.memo('text:quote-scans', () => scanDocument(doc.text, paragraphRanges(doc)));
}

/** Quoted spans of a document (memoised). */
export function docQuotedSpans(doc: Doc): Array<[number, number]> {
  return doc.memo('text:quoted-spans', () => spansOfScans(docQuoteScans(doc), paragraphRanges(doc)));
}

/** Offsets of first-person words outside quotations, “our” excepted (“our reporter” is the outlet’s voice); memoised. */
export function narratorFirstPerson(doc: Doc): number[] {
  return doc.memo('text:narrator-first-person', () => {
    const quoted = insideSpansOf(docQuotedSpans(doc));
    return allMatches(FIRST_PERSON, doc.text)
      .filter((m) => !/^[Oo]ur$/.test(m[0]))
      .map((m) => m.index!)
      .filter((i) => !quoted(i));
  });
}
