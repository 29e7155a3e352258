import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnglish, parseEnglishReference } from '../../src/engine/parser.js';

/** The seed, the rule fixtures and the docs: news prose, MT damage, markup, many scripts. */
function texts(): string[] {
  const dir = (d: string, ext: string) => readdirSync(d).filter((f) => f.endsWith(ext)).map((f) => join(d, f));
  return [...dir('seeds', '.txt'), ...dir('tests/fixtures', '.txt'), ...dir('docs/rules', '.md'), ...dir('docs', '.md'), 'README.md'].map((f) => readFileSync(f, 'utf8'));
}

const EDGE_CASES = [
  '',
  ' ',
  'a',
  '.',
  'Line one\r\nline two\rline three\n\r\nend.',
  'Emoji 👍🏽 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 letters, a lone \uD83D half and \uDE00 other half.',
  'Combining: cafe\u0301, nai\u0308ve; NBSP:\u00A0here\u2009thin\u3000ideographic.',
  'Mixed scripts: Київ (Kyiv), 北京 (Beijing), طهران, Αθήνα — “quoted” ‘single’ «guillemets».',
  '!!!??? ... —— -- ** ## $$ 100% 3.14 U.S. e.g. O’Brien’s rock-’n’-roll http://x.y/z?a=1&b=2',
  '\t\tIndented\n\n\n  spaced   out  \n',
  // Elision (straight and curly apostrophes, "w/") and initialisms, each mark in a sentence of its own.
  "At five o' clock, 'tis 'cause the dogs' bowl.",
  'At five o’ clock, ’twas ’em.',
  'Come w/ friends, W/ them, coffee w/o sugar.',
  // A mark right after a merged one: parse-english's loop steps past it unexamined.
  "Come w/'em, w/’tis and W/'n' roll; o' 'em o' 'n' x.",
  'The U.S.A. and 1.2.3. and a.b. went.',
  '\u2028line separator\u2029paragraph separator\u0085next line',
  'A headline without a stop\n\nsecond part\r\n\r\nthird part\r\rfourth\n \nfifth\r\nsixth, one sentence.',
  // Paragraph transforms: abbreviations (both packages' lists, either case), lower-case and digit
  // continuations, closing marks after a stop, comma/semicolon openings, stray full stops,
  // sentences without words, white space at either end.
  'Mr. Smith and Messrs. Jones met in Northants. on Tue. at 3 p.m. with Dr. Who, etc. and ca. 1900 ibid. The end.',
  'He left. and then came back. 3 more arrived. ébauche followed. Ωmega too. 𐐨x last.',
  'She said "no." Then (see above.) and [sic.] »done.» ”fine.” Next.',
  'First. , second; ; third. ... !!! ??? . .. a . . b.c. {.} .',
  '  Leading space. Trailing space.   \n  \n  ',
  // Sentence transforms gated on their marks: "&", a hyphen at a word's end, "/", apostrophes.
  'AT&T and &c. & co; pre- and post-war, e-mail, x-, -y, - z; w/o, km/h, and/or; rock ’n’ roll, rock \'n\' roll, \'90s, ’em.',
  // Slashes joined in a row, and where a join stops: a word of three letters, a slash without a word after it.
  'a/b/c, km/h/s, ab/cd/ef, abc/d, ab/, x/ /y, a//b, 1/2/3 and w/o/ok.',
  'No marks at all here',
];

/** Short texts built from pieces that exercise every transform, in many orders (a fixed pseudo-random sequence). */
function generated(count: number): string[] {
  const pieces = ['Mr', 'etc', 'ca', 'Northants', 'inc', 'U.S', 'e.g', 'a', 'B', '3', 'n', 'o', 'w', 'tis', '90s', 'émile', 'Ωmega', '𐐨x', '.', '.', '!', '?', '…', '"', '”', '’', "'", ')', ']', '»', ',', ';', '-', '&', '/', ' ', ' ', '  ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '(', '“', '_', '@', '..', '...'];
  let seed = 20261128;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
  return Array.from({ length: count }, () => Array.from({ length: 1 + next(24) }, () => pieces[next(pieces.length)]).join(''));
}

/**
 * Where the two parsers' trees (as JSON: every node, value and position, in order) first differ,
 * with some context; empty when they are the same.
 */
function difference(text: string): string {
  const [a, b] = [JSON.stringify(parseEnglish(text)), JSON.stringify(parseEnglishReference(text))];
  if (a === b) return '';
  let i = 0;
  while (a[i] === b[i]) i++;
  return `fast: …${a.slice(Math.max(0, i - 120), i + 80)}\nreference: …${b.slice(Math.max(0, i - 120), i + 80)}`;
}

describe('parser', () => {
  it('builds the same tree as parse-english on the seed, fixtures, docs and edge cases', () => {
    const inputs = [...texts(), ...EDGE_CASES];
    expect(inputs.length).toBeGreaterThan(40);
    for (const text of inputs) expect(difference(text), text.slice(0, 60)).toBe('');
  });

  it('builds the same tree on generated texts that put the transforms’ marks in many orders', () => {
    for (const text of generated(3000)) expect(difference(text), JSON.stringify(text)).toBe('');
  });

  it('builds the same tree on long texts where each transform acts many times over one paragraph', () => {
    // The paragraph and sentence transforms see a whole document as one paragraph (one sentence);
    // these texts make each act hundreds of times there, next to each other and far apart.
    const pieces = generated(4000);
    const separators = [' ', '', '. ', '\n', '\n\n', ' U.S. ', ' Mr. ', ' e.g. ', '.\n\n', ' ... ', ' x. y ', ' pre- ', " 'em ", ' a\n\nb ', ' &amp; ', ' & c '];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let t = 0; t < 20; t++) {
      const text = pieces.slice(t * 200, t * 200 + 200).map((p) => p + separators[next(separators.length)]).join('');
      expect(difference(text), JSON.stringify(text.slice(0, 80))).toBe('');
    }
  });

  it('builds the same tree on every code unit of the Basic Multilingual Plane, alone and in runs', () => {
    const units: string[] = [];
    for (let code = 0; code < 0x10000; code += 7) units.push(String.fromCharCode(code));
    const text = units.join('') + units.join(' ') + units.map((u) => `${u}${u}a`).join('') + units.map((u) => ` a${u}b ab${u}c abc${u}d ${u}e f${u} `).join('');
    expect(difference(text)).toBe('');
  });

  it('shares a word’s start point with its text node, as parse-english does', () => {
    const word = parseEnglish('Kyiv.').children[0];
    const sentence = word?.type === 'ParagraphNode' ? word.children[0] : undefined;
    const first = sentence?.type === 'SentenceNode' ? sentence.children[0] : undefined;
    expect(first?.type).toBe('WordNode');
    if (first?.type === 'WordNode') expect(first.children[0]!.position!.start).toBe(first.position!.start);
  });
});
