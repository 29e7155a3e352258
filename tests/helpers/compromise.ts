/** Counting compromise's tagging calls in tests. */
import { getNlp } from '../../src/nlp/compromise.js';

/** How many times compromise tags a text while `fn` runs (until it settles). */
export async function countCalls<T>(fn: () => T | Promise<T>): Promise<{ value: T; calls: number }> {
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
