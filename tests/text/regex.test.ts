import { describe, expect, it } from 'vitest';
import { anyCase, escapeRegExp } from '../../src/text/regex.js';
import { getKnowledge } from '../../src/knowledge/index.js';

describe('escapeRegExp', () => {
  it('matches the text literally', () => {
    const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    expect(new RegExp(`^${escapeRegExp(text)}$`, 'u').test(text)).toBe(true);
    expect(new RegExp(`^${escapeRegExp('U.S.')}$`, 'u').test('UxSx')).toBe(false);
  });
});

describe('anyCase', () => {
  it('matches exactly the code units the iu flags match, for every ASCII letter', () => {
    const differ: string[] = [];
    for (let code = 65; code <= 122; code++) {
      const letter = String.fromCharCode(code);
      if (!/[A-Za-z]/.test(letter)) continue;
      const ours = new RegExp(`^${anyCase(letter)}$`, 'u');
      const flag = new RegExp(`^${escapeRegExp(letter)}$`, 'iu');
      for (let u = 0; u <= 0xffff; u++) {
        if (u >= 0xd800 && u <= 0xdfff) continue;
        const c = String.fromCharCode(u);
        if (ours.test(c) !== flag.test(c)) differ.push(`${letter} U+${u.toString(16)}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('keeps other characters literal', () => {
    expect(new RegExp(`^${anyCase('U.N. (Geneva)')}$`, 'u').test('u.n. (GENEVA)')).toBe(true);
    expect(new RegExp(`^${anyCase('U.N.')}$`, 'u').test('UxNx')).toBe(false);
  });

  it('gives the matches the iu flags give on the role titles of the knowledge pack', () => {
    const titles = getKnowledge().titles.map((t) => t.title);
    expect(titles.length).toBeGreaterThan(10);
    const ours = new RegExp(`(?:${titles.map(anyCase).join('|')})`, 'gu');
    const flag = new RegExp(`(?:${titles.map(escapeRegExp).join('|')})`, 'giu');
    const text = titles.flatMap((t) => [t, t.toUpperCase(), t.toLowerCase(), t.replace(/s/g, 'ſ'), t.replace(/k/gi, '\u212a'), t.replace(/i/g, 'ı')]).join(' and ');
    expect([...text.matchAll(ours)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(flag)].map((m) => [m.index, m[0]]));
  });
});
