import { describe, expect, it } from 'vitest';
import { WordFilter, letterRunCounts } from '../../src/text/word-filter.js';
import { lowerCase } from '../../src/text/tokens.js';
import { projectTexts } from '../helpers/texts.js';
import lists from '../../rules/data/garbled-sentence.json' with { type: 'json' };

/** The reference: every match of `/\p{L}+/gu`, and those the set has in lower case. */
function reference(text: string, set: ReadonlySet<string>) {
  const runs = text.match(/\p{L}+/gu) ?? [];
  return { runs: runs.length, inSet: runs.filter((w) => set.has(lowerCase(w))).length };
}

const texts = projectTexts().map((t) => t.text);
/** Edge cases: letters that lower-case to ASCII or to two characters, astral letters, lone surrogates, marks. */
const edges = [
  '', 'we', 'We WE wE', 'I, me and my-self', '\u212Aelvin \u0130stanbul \u0130', 'na\u00EFve caf\u00E9 Our',
  '\u{1D400}\u{1D401} you\u{1D402} \u{1F600}we', '\uD800we \uDC00you \uDBFF', 'e\u0301we you\u0308', 'Ünited OURS ourselves yourselves',
  '中文 we 中文you', 'x'.repeat(40) + ' us',
];

describe('WordFilter', () => {
  it('answers as the set does, for every word of the project texts and edge cases', () => {
    const words = new Set([...texts, ...edges].flatMap((t) => t.split(/[^\p{L}\p{N}'’.-]+/u)).flatMap((w) => [w, lowerCase(w)]));
    for (const list of [lists.finiteAux, lists.speakerPronouns, lists.prepositions, ['', 'Ab', '1st', 'é', 'a b']]) {
      const set = new Set(list);
      const filter = new WordFilter(set);
      for (const w of [...words, ...list]) expect(filter.has(w), `${JSON.stringify(w)} in ${list.slice(0, 3).join(',')}…`).toBe(set.has(w));
    }
  });

  it('rules words out without the set: longer than every member, or a first letter no member of that length has', () => {
    const filter = new WordFilter(new Set(['was', 'has', 'will']));
    expect(filter.mayHave('because'.length, 'b'.charCodeAt(0))).toBe(false);
    expect(filter.mayHave(3, 't'.charCodeAt(0))).toBe(false);
    expect(filter.mayHave(3, 'w'.charCodeAt(0))).toBe(true);
    expect(filter.mayHave(3, 'É'.charCodeAt(0))).toBe(true);
  });
});

describe('letterRunCounts', () => {
  it('counts the runs /\\p{L}+/gu matches and those the set has, on the project texts and edge cases', () => {
    const set = new Set(lists.speakerPronouns);
    let runs = 0;
    for (const text of [...texts, ...edges]) {
      const counts = letterRunCounts(text, set);
      expect(counts, text.slice(0, 60)).toEqual(reference(text, set));
      runs += counts.runs;
    }
    expect(runs).toBeGreaterThan(2_000);
    expect(letterRunCounts('We said: you and I.', set)).toEqual({ runs: 5, inSet: 3 });
  });
});
