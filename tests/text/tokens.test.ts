import { describe, expect, it } from 'vitest';
import { lowerCase } from '../../src/text/tokens.js';
import { projectTexts } from '../helpers/texts.js';

describe('lowerCase', () => {
  it('gives what toLowerCase gives: ASCII capitals, letters beyond ASCII, digits and marks', () => {
    for (const word of ['the', 'The', 'NATO', 'McDonald', 'U.S.', '2024', 'Kuleba’s', 'ÉTAT', 'Ünal', 'straße', 'ΣΟΦΙΑ', 'İstanbul', 'naïve', '', 'x-Ray'])
      expect(lowerCase(word)).toBe(word.toLowerCase());
  });

  it('returns a word with nothing to lower-case as it is, and agrees with toLowerCase on every word of the project’s texts', () => {
    const plain = 'minister';
    expect(lowerCase(plain)).toBe(plain);
    let words = 0;
    for (const { text } of projectTexts())
      for (const [word] of text.matchAll(/\S+/g)) {
        words++;
        expect(lowerCase(word)).toBe(word.toLowerCase());
      }
    expect(words).toBeGreaterThan(1000);
  });
});
