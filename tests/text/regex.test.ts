import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/text/regex.js';

describe('escapeRegExp', () => {
  it('matches the text literally', () => {
    const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    expect(new RegExp(`^${escapeRegExp(text)}$`, 'u').test(text)).toBe(true);
    expect(new RegExp(`^${escapeRegExp('U.S.')}$`, 'u').test('UxSx')).toBe(false);
  });
});

