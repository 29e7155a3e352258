import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/engine/doc.js';
import { compromiseSource, getNlp, type Nlp } from '../../src/nlp/compromise.js';
import { installFastSweep } from '../../src/nlp/fast-sweep.js';
import { decodeSnapshot, encodeSnapshot } from '../../src/nlp/snapshot.js';
import { projectTexts } from '../helpers/texts.js';

const roundTrip = (value: unknown) => decodeSnapshot(encodeSnapshot(value));

describe('snapshot codec', () => {
  it('restores regexes, sets, dropped values and nested structure', () => {
    const value = {
      re: /^(?<x>ab)+$/giu,
      list: [1, 'two', null, true, [new Set(['a', 'b', 3])]],
      odd: { u: undefined, nan: NaN, inf: Infinity, ninf: -Infinity, zero: 0 },
      '3': 'numeric key',
    };
    const back = roundTrip(value) as typeof value;
    expect(back).toEqual(value);
    expect(back.re).toBeInstanceOf(RegExp);
    expect([back.re.source, back.re.flags]).toEqual([value.re.source, value.re.flags]);
    expect(back.list[4]).toEqual([new Set(['a', 'b', 3])]);
    expect('u' in back.odd).toBe(true);
    expect(Object.keys(back)).toEqual(Object.keys(value));
  });

  it('keeps an object reached by two paths as one object, regexes and sets included', () => {
    const shared = { tag: 'Verb', set: new Set(['x']) };
    const re = /a/;
    const value = { a: [shared, re], b: { again: shared, re }, c: shared.set };
    const back = roundTrip(value) as any;
    expect(back.b.again).toBe(back.a[0]);
    expect(back.b.re).toBe(back.a[1]);
    expect(back.c).toBe(back.a[0].set);
    back.a[0].tag = 'Noun';
    expect(back.b.again.tag).toBe('Noun');
  });

  it('restores a bare regex or set as the root', () => {
    expect(roundTrip(/x/y)).toEqual(/x/y);
    expect(roundTrip(new Set([1]))).toEqual(new Set([1]));
    expect(roundTrip('text')).toBe('text');
  });

  it('refuses what it cannot restore exactly', () => {
    expect(() => encodeSnapshot({ f: () => 1 })).toThrow(/function at f/);
    expect(() => encodeSnapshot({ m: new Map() })).toThrow(/Map object at m/);
    expect(() => encodeSnapshot({ d: new Date(0) })).toThrow(/Date/);
    expect(() => encodeSnapshot({ n: Object.create(null) })).toThrow(/null-prototype/);
    expect(() => encodeSnapshot({ s: new Set([{}]) })).toThrow(/set of non-primitives/);
    // eslint-disable-next-line no-sparse-arrays
    expect(() => encodeSnapshot([1, , 3])).toThrow(/sparse/);
    expect(() => decodeSnapshot('{"root": 1}')).toThrow(/not a seedlint snapshot/);
  });
});

/** Each sentence's terms with everything compromise tells about them but their random ids. */
const analysis = (nlp: Nlp, text: string) => JSON.stringify(nlp(text).json({ offset: true, terms: { tags: true, normal: true } }), (k, v) => (k === 'id' ? undefined : v));

describe('compromise from the build’s snapshot', () => {
  it('is what seedlint loads after `npm run build`', () => {
    expect(existsSync('rules/data/compromise/model.json'), 'run `npm run build` (scripts/build-compromise.mjs)').toBe(true);
    getNlp();
    expect(compromiseSource()).toBe('snapshot');
  });

  it('tags as compromise loaded from its package does, sentence by sentence and for whole texts', () => {
    const stock = installFastSweep(createRequire(import.meta.url)('compromise/two') as Nlp);
    expect(stock).not.toBe(getNlp());
    const files = projectTexts().map((t) => t.text);
    const sentences = files.flatMap((text) => {
      const doc = createDoc('', text);
      return doc.sentences().map((s) => doc.textOf(s));
    });
    expect(sentences.length).toBeGreaterThan(500);
    for (const input of [...sentences, ...files]) expect(analysis(getNlp(), input), input.slice(0, 80)).toBe(analysis(stock, input));
  });
});
