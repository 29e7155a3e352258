import { describe, expect, it } from 'vitest';
import { PackedStore } from '../src/cli/packed-store.js';

describe('PackedStore', () => {
  it('keeps texts in memory within its budget and in a temporary file past it, returning each unchanged', () => {
    const store = new PackedStore(100, 1000);
    const text = (i: number) => JSON.stringify({ i, message: `Unexpected “Kulba” ${'é'.repeat(i % 7)}`, pad: 'x'.repeat(i * 3) });
    for (let i = 0; i < 100; i += 2) store.set(i, text(i));
    for (let i = 0; i < 100; i++) expect(store.get(i)).toBe(i % 2 ? undefined : text(i));
    expect(store.has(2)).toBe(true);
    expect(store.has(3)).toBe(false);
    // Replacing texts, in memory and spilled, and removing one.
    store.set(0, 'first');
    store.set(98, 'last');
    store.set(50, undefined);
    expect([store.get(0), store.get(98), store.get(50), store.get(96)]).toEqual(['first', 'last', undefined, text(96)]);
    store.clear();
    expect(store.get(96)).toBeUndefined();
    store.set(96, 'again');
    expect(store.get(96)).toBe('again');
    store.clear();
  });

  it('holds no more than its budget of text in memory', () => {
    const store = new PackedStore(1000, 10_000);
    for (let i = 0; i < 1000; i++) store.set(i, 'y'.repeat(100));
    const inMemory = (store as unknown as { memory: Array<string | undefined> }).memory.filter((t) => t !== undefined).length;
    expect(inMemory).toBe(100);
    expect(store.get(999)).toBe('y'.repeat(100));
    store.clear();
  });

  it('writes and reads its file a chunk at a time, in order and out of order, texts larger than a chunk too', () => {
    // A 64-byte chunk: most texts share one; some span several; multi-byte characters cross chunk bounds.
    const store = new PackedStore(400, 0, 64);
    const text = (i: number) => (i % 37 === 0 ? `«${'long é '.repeat(i % 5 + 10)}»` : `{"i":${i},"m":"“Kulba” ${'ж'.repeat(i % 9)}"}`);
    for (let i = 0; i < 400; i++) {
      store.set(i, text(i));
      // Reading back what is still waiting to be written, and what was written a moment ago.
      if (i % 50 === 0) expect([store.get(i), store.get(Math.max(0, i - 3))]).toEqual([text(i), text(Math.max(0, i - 3))]);
    }
    const inOrder = Array.from({ length: 400 }, (_, i) => store.get(i));
    expect(inOrder).toEqual(Array.from({ length: 400 }, (_, i) => text(i)));
    const order = Array.from({ length: 400 }, (_, i) => (i * 149) % 400);
    expect(order.map((i) => store.get(i))).toEqual(order.map(text));
    // Replaced after reading: the new text, wherever the old one was.
    store.set(3, 'three');
    store.set(74, 'x'.repeat(200));
    expect([store.get(3), store.get(74), store.get(75)]).toEqual(['three', 'x'.repeat(200), text(75)]);
    store.clear();
    store.set(1, 'again');
    expect([store.get(1), store.get(2)]).toEqual(['again', undefined]);
    store.clear();
  });
});
