import { describe, it, expect, vi } from 'vitest';
import { lintDocument } from '../../src/engine/lint.js';
import { parse } from '../../src/engine/doc.js';
import { resolveOptions } from '../../src/config/options.js';
import { wordRule } from '../helpers/rules.js';

// A text the parser cannot take stands for any failure of the parse (the real parser takes every
// text in these tests): the marker below makes the mocked document factory throw.
const UNPARSABLE = '\u0000unparsable\u0000';
vi.mock('../../src/engine/doc.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/engine/doc.js')>();
  return {
    ...real,
    createDoc: (...args: Parameters<typeof real.createDoc>) => {
      if (args[1].includes(UNPARSABLE)) throw new Error('the parser gave up');
      return real.createDoc(...args);
    },
  };
});

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 100}`).join(' ');
const countWords = (node: { type: string; children?: unknown[] }): number =>
  node.type === 'WordNode' ? 1 : (node.children ?? []).reduce((n: number, c) => n + countWords(c as never), 0);

describe('long texts', () => {
  it('parses a sentence of 200,000 words that merges into the one before it (no stack overflow)', () => {
    // "e.g." ends a sentence that the lower-case word after it merges back: the merge moves the
    // whole long sentence, as does a sentence after "Mr.".
    for (const text of [`He said this. e.g. ${words(200_000)}\n`, `Mr. ${words(200_000)}\n`]) {
      const tree = parse(text);
      expect(countWords(tree)).toBe(text.startsWith('He') ? 200_004 : 200_001);
    }
  });

  it('keeps every finding of a rule that reports 150,000 on one text', async () => {
    const rule = { rule: wordRule, severity: 2 as const, options: resolveOptions(wordRule as never, undefined) };
    const { result } = await lintDocument({ path: 'a.txt', value: 'A foo. '.repeat(150_000) }, { rules: [rule] });
    expect(result.messages).toHaveLength(150_000);
    expect(result.messages.every((m) => m.ruleId === 'test-word' && !m.fatal)).toBe(true);
  });

  it('a text the parser cannot take is a fatal finding on that file, not a failed run', async () => {
    const rule = { rule: wordRule, severity: 2 as const, options: resolveOptions(wordRule as never, undefined) };
    const { result, facts } = await lintDocument({ path: 'bad.txt', value: `foo ${UNPARSABLE}` }, { rules: [rule] });
    expect(result.messages).toEqual([expect.objectContaining({ fatal: true, severity: 2, message: 'The text could not be parsed: the parser gave up', line: 1, column: 1 })]);
    expect(result.fatalErrorCount).toBe(1);
    expect(facts).toBeUndefined();
  });
});
