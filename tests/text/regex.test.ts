import { describe, expect, it } from 'vitest';
import { allMatches, escapeRegExp, matchesNotAfter, phraseTrie } from '../../src/text/regex.js';

describe('escapeRegExp', () => {
  it('matches the text literally', () => {
    const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    expect(new RegExp(`^${escapeRegExp(text)}$`, 'u').test(text)).toBe(true);
    expect(new RegExp(`^${escapeRegExp('U.S.')}$`, 'u').test('UxSx')).toBe(false);
  });
});

/** A small deterministic generator (tests must not depend on Math.random). */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const spans = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
/** Atoms as the role-title regex makes them: lower case (the regex ignores case), a space or hyphen as either. */
const atoms = (p: string) => [...p].map((c) => (c === ' ' || c === '-' ? '[- ]' : escapeRegExp(c.toLowerCase())));

describe('phraseTrie', () => {
  it('matches what a flat alternation sorted longest first matches', () => {
    const next = random(7);
    const pick = (chars: string, n: number) => Array.from({ length: n }, () => chars[Math.floor(next() * chars.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const phrases = Array.from({ length: 1 + Math.floor(next() * 6) }, () => pick('abAB -.', 1 + Math.floor(next() * 5)));
      const text = pick('abAB -.x', 60);
      const flat = [...phrases].sort((a, b) => b.length - a.length).map((p) => atoms(p).join(''));
      const expected = spans(new RegExp(`(?:${flat.join('|')})(?![a-z-])`, 'giu'), text);
      expect(spans(new RegExp(`${phraseTrie(phrases, atoms)}(?![a-z-])`, 'giu'), text), `${JSON.stringify(phrases)} in ${JSON.stringify(text)}`).toEqual(expected);
    }
  });

  it('shares the start of phrases and prefers the longer phrase', () => {
    const source = phraseTrie(['Secretary', 'Secretary of State', 'Senator'], atoms);
    expect(source).toBe('se(?:cretary(?:[- ]of[- ]state)?|nator)');
    const re = new RegExp(`${source}(?![\\p{L}-])`, 'giu');
    expect(spans(re, 'Secretary of State Blinken met the senator and the secretary-of-state.')).toEqual(['0:Secretary of State', '35:senator', '51:secretary-of-state']);
  });

  it('never matches without phrases, and skips an empty phrase', () => {
    expect(spans(new RegExp(phraseTrie([], atoms), 'g'), 'anything')).toEqual([]);
    expect(spans(new RegExp(phraseTrie(['', 'ab'], atoms), 'gi'), 'xab ab')).toEqual(['1:ab', '4:ab']);
  });
});

describe('matchesNotAfter', () => {
  it('gives what a leading one-character lookbehind gives, astral letters included', () => {
    const texts = ['ab-ab ab xab 𝐀ab ab𝐀ab 😀ab', 'ab', '-ab', 'abab ab', '𝐀𝐀 𝐀'];
    for (const phrase of ['ab', '𝐀']) {
      const lookbehind = new RegExp(`(?<![\\p{L}-])${phrase}`, 'gu');
      const checked = new RegExp(phrase, 'gu');
      for (const text of texts) {
        expect([...matchesNotAfter(checked, text, /[\p{L}-]/u)].map((m) => `${m.index}:${m[0]}`), text).toEqual(spans(lookbehind, text));
      }
    }
  });

  it('restarts from the start of the text each time', () => {
    const re = /ab/g;
    expect([...matchesNotAfter(re, 'ab ab', /x/)].length).toBe(2);
    expect([...matchesNotAfter(re, 'ab ab', /x/)].length).toBe(2);
  });
});

describe('allMatches', () => {
  /** Each match as matchAll gives it: index, groups and all. */
  const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => ({ index: m.index, all: [...m], groups: m.groups }));

  it('gives what matchAll gives, empty matches and astral characters included', () => {
    const texts = ['', 'a', 'ab ab-ab', '𝐀b😀 a', 'x\ny\r\nz', 'aaa'];
    const patterns = [/a/g, /(?<w>\p{L}+)|(\d)/gu, /x*/g, /x*/gu, /(?:)/gu, /\b/g, /$/gm, /a(?=a)/g, /[\s\S]/gu, /./gy];
    for (const re of patterns) for (const text of texts) expect(shape(allMatches(re, text)), `${re} on ${JSON.stringify(text)}`).toEqual(shape(text.matchAll(re)));
  });

  it('starts at the regex’s lastIndex, as matchAll does, and leaves it as it was', () => {
    const re = /\d/g;
    re.lastIndex = 3;
    expect(allMatches(re, '1 2 3 4').map((m) => m.index)).toEqual([...'1 2 3 4'.matchAll(re)].map((m) => m.index));
    expect(allMatches(re, '1 2 3 4').map((m) => m.index)).toEqual([4, 6]);
    expect(re.lastIndex).toBe(3);
  });

  it('lets the caller use the regex again while it goes through the matches', () => {
    const re = /\w+/g;
    const seen: string[] = [];
    for (const m of allMatches(re, 'one two')) seen.push(`${m[0]}:${allMatches(re, m[0]).length}`);
    expect(seen).toEqual(['one:1', 'two:1']);
  });

  it('refuses a regex without the g flag, as matchAll does', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
    expect(() => 'a'.matchAll(/a/)).toThrow(TypeError);
  });
});
