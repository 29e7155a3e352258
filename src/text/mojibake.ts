/**
 * Encoding damage: UTF-8 read as Windows-1252 ("â€™" for "’", "Ã©" for "é"), the
 * replacement character U+FFFD, and look-alike Cyrillic or Greek letters inside a
 * Latin word. Repairs are offered only when they are certain.
 * @packageDocumentation
 */
import data from '../../rules/data/mojibake.json' with { type: 'json' };
import { allMatches } from './regex.js';

/** One piece of encoding damage. */
export interface MojibakeHit {
  kind: 'mojibake' | 'replacement-char' | 'homoglyph';
  range: [number, number];
  /** The certain repair, when there is one. */
  repair?: string;
  /** For homoglyphs: the foreign letters and their script. */
  detail?: string;
}

const toByte = new Map<string, number>(Object.entries(data.cp1252 as Record<string, number>));
const twins = data.latinTwins as Record<string, string>;
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Latin letters that have a look-alike in Cyrillic, and in Greek. */
const twinned = {
  cyrillic: new Set(Object.entries(twins).filter(([c]) => CYRILLIC.test(c)).map(([, l]) => l)),
  greek: new Set(Object.entries(twins).filter(([c]) => !CYRILLIC.test(c)).map(([, l]) => l)),
};
const decoder = new TextDecoder('utf-8', { fatal: true });
const CONT = '\\u0080-\\u00BF' + [...toByte.keys()].join('');
/** A UTF-8 lead byte read as Latin-1 (Â..ô) followed by continuation bytes read as cp1252. */
const SEQ = new RegExp(`[\\u00C2-\\u00F4][${CONT}]{1,3}`, 'g');
const FFFD = /\uFFFD+/g;
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const FOREIGN = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

const byteOf = (ch: string): number | undefined => {
  const code = ch.charCodeAt(0);
  return code < 0x100 ? code : toByte.get(ch);
};

/** Decode a mojibake sequence back to the character it was, or `undefined` if it is not one. */
export function repairSequence(seq: string): { length: number; repair: string } | undefined {
  const lead = seq.charCodeAt(0);
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (seq.length < length) return undefined;
  const bytes = [...seq.slice(0, length)].map(byteOf);
  if (bytes.some((b) => b === undefined)) return undefined;
  try {
    const repair = decoder.decode(new Uint8Array(bytes as number[]));
    const code = repair.codePointAt(0)!;
    // A C1 control character is not what anybody wrote: then it was not mojibake.
    return [...repair].length === 1 && code >= 0xa0 ? { length, repair } : undefined;
  } catch {
    return undefined;
  }
}

/** Find encoding damage in `text`, in order of position. */
export function findMojibake(text: string): MojibakeHit[] {
  const hits: MojibakeHit[] = [];
  for (const m of allMatches(SEQ, text)) {
    // Runs of damage ("â€œâ€") are matched greedily; walk them one character at a time.
    let i = 0;
    while (i < m[0].length) {
      const r = repairSequence(m[0].slice(i));
      if (r) {
        hits.push({ kind: 'mojibake', range: [m.index + i, m.index + i + r.length], repair: r.repair });
        i += r.length;
      } else if (m[0].startsWith('â€', i)) {
        // The third byte of a punctuation mark was lost (often 0x9D, which cp1252 leaves undefined).
        hits.push({ kind: 'mojibake', range: [m.index + i, m.index + i + 2] });
        i += 2;
      } else i++;
    }
  }
  for (const m of allMatches(FFFD, text)) hits.push({ kind: 'replacement-char', range: [m.index, m.index + m[0].length] });
  // A homoglyph word holds a Cyrillic or Greek letter: without one in the text, no word needs a look.
  for (const m of FOREIGN.test(text) ? allMatches(WORD, text) : []) {
    const word = m[0];
    if (!LATIN.test(word) || !FOREIGN.test(word)) continue;
    const chars = [...word];
    const foreign = chars.filter((c) => FOREIGN.test(c));
    if (!foreign.some((c) => c in twins)) continue;
    const latin = chars.filter((c) => LATIN.test(c)).length;
    // Certain when every foreign letter has a Latin twin and the word is Latin by majority,
    // or it holds a Latin letter that no foreign letter imitates ("NАТО" with a Latin N).
    const imitated = foreign.some((c) => CYRILLIC.test(c)) ? twinned.cyrillic : twinned.greek;
    const anchored = chars.some((c) => LATIN.test(c) && !imitated.has(c));
    const certain = foreign.every((c) => c in twins) && (latin > foreign.length || anchored);
    hits.push({
      kind: 'homoglyph',
      range: [m.index, m.index + word.length],
      repair: certain ? chars.map((c) => twins[c] ?? c).join('') : undefined,
      detail: [...new Set(foreign)].map((c) => `“${c}” (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', '),
    });
  }
  return hits.sort((a, b) => a.range[0] - b.range[0]);
}
