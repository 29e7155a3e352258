import { describe, expect, it } from 'vitest';
import { wordMemo } from '../../src/text/word-memo.js';

describe('wordMemo', () => {
  it('computes each word once, an undefined answer too', () => {
    const asked: string[] = [];
    const memo = wordMemo((w: string) => (asked.push(w), w.length > 3 ? w.toUpperCase() : undefined));
    expect([memo('kyiv'), memo('an'), memo('kyiv'), memo('an'), memo('an')]).toEqual(['KYIV', undefined, 'KYIV', undefined, undefined]);
    expect(asked).toEqual(['kyiv', 'an']);
  });

  it('forgets everything once it holds `max` words, and computes again', () => {
    const asked: string[] = [];
    const memo = wordMemo((w: string) => (asked.push(w), w), 2);
    for (const w of ['a', 'b', 'a', 'c', 'a']) memo(w);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
