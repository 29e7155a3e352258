/**
 * Content words of a claim and of a sentence, reduced to light stems, and an
 * order-aware measure of how much of a claim a sentence says (rules such as
 * `headline-support`). No tagging: a stop-word list, a negation list, a small
 * irregular-form map and suffix stripping.
 * @packageDocumentation
 */
import lists from '../../rules/data/claim-words.json' with { type: 'json' };
import { wordMemo } from './word-memo.js';
import { allMatches } from './regex.js';

const STOP = new Set(lists.stopwords);
const NEG = new Set(lists.negations);
const IRREGULAR = lists.irregular as Record<string, string>;

/** The token every negation word becomes, so "not", "never" and "n't" match each other. */
export const NOT = '¬';

/** One word of a text. */
export interface ClaimWord {
  /** Light stem (`compromised` → `compromis`), or {@link NOT} for a negation. */
  stem: string;
  /** Offsets in the text the words were read from (plus the offset given). */
  start: number;
  end: number;
  /** False for stop words. Negations are content words. */
  content: boolean;
}

/** A light, deterministic stem of one lower-case word: plural, past and -ing forms meet their base (remembered by word). */
export const stem: (word: string) => string = wordMemo((word) => stemOf(word));

/** {@link stem}, computed. */
function stemOf(word: string): string {
  let w = word.toLowerCase();
  if (w.includes("'") || w.includes('’')) w = w.replace(/[’']s$/, '').replace(/[’']/g, '');
  if (IRREGULAR[w]) return IRREGULAR[w]!;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') || w.endsWith('ied')) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (/(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  // A doubled final consonant other than ll, ss, zz (the last two characters, without a back-reference regex).
  const last = w[w.length - 1];
  if (last !== undefined && last === w[w.length - 2] && DOUBLED.test(last)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** Consonants whose doubling at the end of a stem is undone (not l, s, z: "call", "pass", "buzz"). */
const DOUBLED = /^[b-df-hj-kmnp-rtv-y]$/;

const WORD = /[\p{L}\p{N}]+(?:[’'][\p{L}]+)*/gu;

/** The words of `text` (offsets shifted by `offset`), with contractions such as "doesn't" split into verb + NOT. */
export function claimWords(text: string, offset = 0): ClaimWord[] {
  const out: ClaimWord[] = [];
  for (const m of allMatches(WORD, text)) {
    const start = offset + m.index!;
    const end = start + m[0].length;
    let lower = m[0].toLowerCase();
    const apostrophe = lower.includes('’') || lower.includes("'");
    if (apostrophe) lower = lower.replace(/’/g, "'");
    if (apostrophe && lower.endsWith("n't")) {
      const base = lower === "won't" ? 'will' : lower === "can't" ? 'can' : lower.slice(0, -3);
      out.push({ stem: stem(base), start, end, content: !STOP.has(base) });
      out.push({ stem: NOT, start, end, content: true });
      continue;
    }
    if (NEG.has(lower)) {
      out.push({ stem: NOT, start, end, content: true });
      continue;
    }
    const s = stem(lower);
    out.push({ stem: s, start, end, content: !STOP.has(apostrophe && lower.endsWith("'s") ? lower.slice(0, -2) : lower) && !STOP.has(s) });
  }
  return out;
}

/** Length of the longest common subsequence of two stem lists. */
export function lcs(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++) row[j + 1] = x === b[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, row[j]!);
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Share (0–1) of the claim's content words that `sentence` says in the same order.
 * With an `anchor` (index into the claim's content words, normally its main verb), the
 * sentence must contain that word with the same polarity (a negation among the three
 * words before it exactly when the claim has one), and words count only on the same
 * side of the anchor as in the claim: "we will never compromise on the policy" is not
 * said by "the policy will not compromise".
 */
export function coverage(claim: readonly ClaimWord[], sentence: readonly ClaimWord[], anchor?: number): number {
  const c = claim.filter((w) => w.content).map((w) => w.stem);
  if (!c.length) return 1;
  const content = sentence.filter((w) => w.content).map((w) => w.stem);
  if (anchor === undefined) {
    if (c.includes(NOT) && !content.includes(NOT)) return 0;
    return lcs(c, content) / c.length;
  }
  const negated = c.slice(Math.max(0, anchor - 2), anchor).includes(NOT);
  let best = 0;
  let ci = -1;
  for (let i = 0; i < sentence.length; i++) {
    if (!sentence[i]!.content) continue;
    ci++;
    if (content[ci] !== c[anchor]) continue;
    const before = sentence.slice(Math.max(0, i - 3), i).some((w) => w.stem === NOT);
    if (before !== negated) continue;
    const score = lcs(c.slice(0, anchor), content.slice(0, ci)) + 1 + lcs(c.slice(anchor + 1), content.slice(ci + 1));
    best = Math.max(best, score / c.length);
  }
  return best;
}
