import { afterEach, describe, expect, it } from 'vitest';
import { poolMinChars } from '../../src/cli/lint-files.js';

describe('when worker threads start', () => {
  const saved = process.env.SEEDLINT_POOL_MIN_CHARS;
  afterEach(() => {
    if (saved === undefined) delete process.env.SEEDLINT_POOL_MIN_CHARS;
    else process.env.SEEDLINT_POOL_MIN_CHARS = saved;
  });

  it('needs about 3 MB of text to lint for two threads, and less for each further thread', () => {
    delete process.env.SEEDLINT_POOL_MIN_CHARS;
    expect(poolMinChars(2)).toBe(3 * 1024 * 1024);
    expect(poolMinChars(4)).toBe(1024 * 1024);
    expect(poolMinChars(8)).toBeLessThan(poolMinChars(4));
  });

  it('takes the threshold from SEEDLINT_POOL_MIN_CHARS when it is a whole number (tests force the pool with 0)', () => {
    process.env.SEEDLINT_POOL_MIN_CHARS = '0';
    expect(poolMinChars(2)).toBe(0);
    process.env.SEEDLINT_POOL_MIN_CHARS = 'many';
    expect(poolMinChars(2)).toBe(3 * 1024 * 1024);
  });
});
