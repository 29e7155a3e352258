import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/engine/doc.js';
import { tagRange, tagRanges } from '../../src/nlp/tag-sentence.js';
import { getNlp } from '../../src/nlp/compromise.js';
import { flagged, lintWithRule } from '../../src/testing/rule-tester.js';
import garbled from '../../rules/garbled-sentence.js';
import { projectTexts } from '../helpers/texts.js';

/** The seed and the rule fixtures: news prose, MT damage, headlines, quotes. */
const texts = projectTexts({ docs: false }).map((t) => t.text);

/**
 * Each line of each sentence (as garbled-sentence's units), its first four words, and nine words
 * from its third on (the window self-coordination tags around a word).
 */
function rangesOf(doc: ReturnType<typeof createDoc>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const s of doc.sentences()) {
    const [start, end] = doc.rangeOf(s);
    let from = start;
    for (const line of doc.text.slice(start, end).split('\n')) {
      const to = from + line.length;
      if (line.trim() && !/^\s|\s$/.test(line)) {
        out.push([from, to]);
        const opening = /^(\S+\s+){3}\S+/.exec(line);
        if (opening) out.push([from, from + opening[0].length]);
        const words = [...line.matchAll(/\S+/g)];
        if (words.length > 3) {
          const last = words[Math.min(words.length - 1, 10)]!;
          out.push([from + words[2]!.index, from + last.index + last[0].length]);
        }
      }
      from = to + 1;
    }
  }
  return out;
}

describe('tagRanges', () => {
  it('gives each range the same terms, offsets and tags as tagging it alone', async () => {
    let batched = 0;
    for (const text of texts) {
      const ranges = rangesOf(createDoc('a', text));
      const together = createDoc('a', text);
      const calls = await countCalls(() => tagRanges(together, ranges));
      const alone = createDoc('b', text);
      for (const [s, e] of ranges) {
        const got = await countCalls(() => tagRange(together, s, e));
        if (got.calls === 0) batched++;
        expect(got.value).toEqual(tagRange(alone, s, e));
      }
      expect(calls.calls).toBeLessThanOrEqual(1);
    }
    // The batch is used, not only the per-range fallback.
    expect(batched).toBeGreaterThan(200);
  });

  it('is how garbled-sentence tags a document: its verb checks and openings in one call', async () => {
    // "waited and waited" asks whether "waited" is a verb; "Introduced …" asks for its opening.
    const text = 'The crowd waited and waited at the gate for hours. Introduced the current rescue environment to the team.';
    const { value, calls } = await countCalls(() => lintWithRule(garbled, text));
    expect(flagged(text, value)).toEqual(['Introduced']);
    expect(calls).toBe(1);
  });

  it('falls back to tagging alone when a range holds a line break', async () => {
    const doc = createDoc('a', 'The talks went on.\nThey ended.');
    tagRanges(doc, [[0, 18], [0, 30]]);
    expect((await countCalls(() => tagRange(doc, 0, 30))).calls).toBe(1);
  });
});

/** How many times compromise tags a text while `fn` runs (until it settles). */
async function countCalls<T>(fn: () => T | Promise<T>): Promise<{ value: T; calls: number }> {
  const one = getNlp().world().methods.one;
  const original = one.bulkMatch;
  let calls = 0;
  one.bulkMatch = function (this: unknown, ...args: unknown[]) {
    calls++;
    return original.apply(this, args);
  };
  try {
    return { value: await fn(), calls };
  } finally {
    one.bulkMatch = original;
  }
}
