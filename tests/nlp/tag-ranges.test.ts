import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/engine/doc.js';
import { tagRange, tagRanges, tagRangesOf } from '../../src/nlp/tag-sentence.js';
import { countCalls } from '../helpers/compromise.js';
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
      let left = 0;
      for (const [s, e] of ranges) {
        const got = await countCalls(() => tagRange(together, s, e));
        if (got.calls === 0) batched++;
        else left++;
        expect(got.value).toEqual(tagRange(alone, s, e));
      }
      // One call, and one more after each range left to be tagged alone.
      expect(calls.calls).toBeLessThanOrEqual(1 + left);
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

  it('leaves a range holding a line break to be tagged alone, and tags the others together', async () => {
    const text = 'The talks went on.\nThey ended. Both sides left.';
    const doc = createDoc('a', text);
    const later = text.indexOf('Both');
    const ranges: Array<[number, number]> = [[0, 18], [0, later - 1], [later, text.length]];
    expect((await countCalls(() => tagRanges(doc, ranges))).calls).toBe(1);
    expect((await countCalls(() => tagRange(doc, 0, 18))).calls).toBe(0);
    expect((await countCalls(() => tagRange(doc, later, text.length))).calls).toBe(0);
    expect((await countCalls(() => tagRange(doc, 0, later - 1))).calls).toBe(1);
  });
});

describe('tagRangesOf', () => {
  it('tags the ranges of several documents together, each as it is tagged alone', async () => {
    const docs = texts.slice(0, 12).map((text, i) => createDoc(`d${i}.txt`, text));
    const requests = docs.map((doc) => ({ doc, ranges: rangesOf(doc) }));
    const { calls } = await countCalls(() => tagRangesOf(requests));
    let batched = 0;
    let left = 0;
    for (const { doc, ranges } of requests) {
      const alone = createDoc('alone.txt', doc.text);
      for (const [s, e] of ranges) {
        const got = await countCalls(() => tagRange(doc, s, e));
        if (got.calls === 0) batched++;
        else left++;
        expect(got.value).toEqual(tagRange(alone, s, e));
      }
    }
    // A range compromise joins to its neighbour ("End of message /", a lone ".") is left to be
    // tagged alone, and the ranges after it go in the next call: not every document on its own.
    expect(batched).toBeGreaterThan(300);
    expect(left).toBeLessThan(batched / 20);
    expect(calls).toBeLessThanOrEqual(1 + left);
  });

  it('tags nothing for one range alone: the caller tags it when it asks', async () => {
    const doc = createDoc('a', 'The talks went on.');
    expect((await countCalls(() => tagRangesOf([{ doc, ranges: [[0, 18]] }]))).calls).toBe(0);
    expect((await countCalls(() => tagRange(doc, 0, 18))).calls).toBe(1);
  });
});
