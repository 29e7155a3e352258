import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/engine/doc.js';
import { sentenceLines } from '../../src/nlp/garbled-signals.js';
import { sentenceTokens, type Token } from '../../src/text/tokens.js';
import { projectTexts } from '../helpers/texts.js';

/** The reference: the sentence's tokens split at white space holding a line break, empty lines dropped. */
function expectedLines(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'space' && /[\n\r]/.test(t.text)) parts.push([]);
    else parts[parts.length - 1]!.push(t);
  }
  return parts.filter((p) => p.length > 0);
}

describe('sentenceLines', () => {
  it('splits a sentence retext joined across lines, and lists each line’s words with their index and lower case', () => {
    const text = 'Breaking News\nThe Minister said it.';
    const doc = createDoc('', text);
    const lines = doc.sentences().flatMap((s) => sentenceLines(text, s));
    expect(lines.map((l) => l.tokens.map((t) => t.text).join(''))).toEqual(['Breaking News', 'The Minister said it.']);
    expect(lines[1]!.words.map((w) => [w.text, w.lower, w.index])).toEqual([
      ['The', 'the', 0],
      ['Minister', 'minister', 2],
      ['said', 'said', 4],
      ['it', 'it', 6],
    ]);
    for (const line of lines) for (const w of line.words) expect(line.tokens[w.index]!.text).toBe(w.text);
  });

  it('gives the tokens sentenceTokens gives, split at line breaks, on every sentence of the seeds, fixtures and rule docs', () => {
    const files = projectTexts();
    let sentences = 0;
    let multiLine = 0;
    for (const { file, text } of files) {
      const doc = createDoc(file, text);
      for (const sentence of doc.sentences()) {
        const lines = sentenceLines(text, sentence);
        const expected = expectedLines(sentenceTokens(sentence));
        // A word is the same object in the tokens and the words: compare the token fields.
        expect(lines.map((l) => l.tokens.map(({ kind, text, start, end }) => ({ kind, text, start, end })))).toEqual(expected);
        for (const line of lines) {
          expect(line.words.map((w) => w.index)).toEqual(line.tokens.flatMap((t, i) => (t.kind === 'word' ? [i] : [])));
          expect(line.words.every((w) => line.tokens[w.index] === w)).toBe(true);
          expect(line.words.every((w) => w.lower === w.text.toLowerCase())).toBe(true);
        }
        sentences++;
        if (expected.length > 1) multiLine++;
      }
    }
    expect(sentences).toBeGreaterThan(200);
    expect(multiLine).toBeGreaterThan(0);
  });
});
