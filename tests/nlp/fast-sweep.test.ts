import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/engine/doc.js';
import { getNlp } from '../../src/nlp/compromise.js';
import { withOriginalSweep } from '../../src/nlp/fast-sweep.js';
import { projectTexts } from '../helpers/texts.js';


/** Each term's text and tags, in compromise's order. */
const tagged = (text: string) =>
  (getNlp()(text).document as Array<Array<{ text: string; tags: Set<string> }>>).map((s) => s.map((t) => `${t.text}/${[...t.tags].join(',')}`));

describe('fast-sweep', () => {
  it('replaces compromise’s bulkMatch, and the original can be put back', () => {
    const nlp = getNlp();
    const fast = nlp.world().methods.one.bulkMatch;
    const original = withOriginalSweep(nlp, () => nlp.world().methods.one.bulkMatch);
    expect(original).not.toBe(fast);
    expect(nlp.world().methods.one.bulkMatch).toBe(fast);
  });

  it('gives the same tags as compromise’s own sweep, sentence by sentence and for whole short texts', () => {
    const files = projectTexts().map((t) => t.text);
    const sentences = files.flatMap((text) => {
      const doc = createDoc('', text);
      return doc.sentences().map((s) => doc.textOf(s)).filter((s) => s.length <= 300);
    });
    expect(sentences.length).toBeGreaterThan(500);
    const inputs = [...sentences, ...files.filter((text) => text.length < 5000)];
    const fast = inputs.map(tagged);
    const original = withOriginalSweep(getNlp(), () => inputs.map(tagged));
    expect(fast).toEqual(original);
  });
});
