import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFs, utf8Chunks, writeAtomic, writePieces, type FileSystem } from '../src/cli/io.js';
import { tmpTree } from './helpers/tmp.js';

describe('utf8Chunks', () => {
  it('gives the UTF-8 of the pieces in chunks of at most the size (a larger piece alone), each kept intact after the next', () => {
    const pieces = ['“Kulba”', ' ', 'ж'.repeat(40), '😀', '', 'plain text '.repeat(3)];
    // Collected first and joined after: no chunk was written over by a later one.
    const chunks = [...utf8Chunks(pieces, 32)];
    expect(Buffer.concat(chunks)).toEqual(Buffer.from(pieces.join('')));
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.every((c) => c.length <= 32 || pieces.some((p) => Buffer.from(p).equals(c)))).toBe(true);
  });

  it('copies pieces that are bytes already (cached results) as they are, among text pieces', () => {
    const bytes = (t: string) => new Uint8Array(Buffer.from(t));
    const pieces = ['[', bytes('{"m":"“Kulba”"}'), ',', bytes('ж'.repeat(40)), 'é'.repeat(9), bytes(''), bytes('plain '.repeat(3)), ']'];
    const chunks = [...utf8Chunks(pieces, 32)];
    expect(Buffer.concat(chunks).toString()).toBe(pieces.map((p) => (typeof p === 'string' ? p : new TextDecoder().decode(p))).join(''));
    expect(chunks.every((c) => c.length <= 32 || pieces.some((p) => p === c))).toBe(true);
  });
});

describe('writeAtomic', () => {
  it('writes a sequence of pieces exactly', async () => {
    const dir = tmpTree({});
    const pieces = Array.from({ length: 500 }, (_, i) => `{"i":${i},"m":"“Kulba” ${'ж'.repeat(i % 7)} 😀"}\n`);
    await writeAtomic(nodeFs, join(dir, 'report.json'), pieces);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(pieces.join(''));
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('encodes pieces through a buffer exactly: multi-byte characters at its bounds, pieces larger than it, a lone surrogate', async () => {
    const dir = tmpTree({});
    const pieces = [...Array.from({ length: 300 }, (_, i) => `“Kulba” ${'ж'.repeat(i % 9)} 😀 ${i}\n`), 'x'.repeat(500), 'é'.repeat(200), '\ud800', ''];
    for (const size of [64, 100, 1 << 12]) {
      await writePieces(join(dir, `out-${size}`), pieces, size);
      expect(readFileSync(join(dir, `out-${size}`))).toEqual(Buffer.from(pieces.join('')));
    }
  });

  it('replaces a file only once the new text is whole: a failure leaves the old file and no temporary one', async () => {
    const dir = tmpTree({});
    const target = join(dir, 'report.json');
    writeFileSync(target, 'old');
    function* failing() {
      yield 'new text, ';
      throw new Error('the reporter failed');
    }
    await expect(writeAtomic(nodeFs, target, failing())).rejects.toThrow('the reporter failed');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['report.json']);
    // Through a file system that cannot rename: the temporary file goes too.
    const noRename: FileSystem = { ...nodeFs, rename: () => Promise.reject(Object.assign(new Error('EXDEV'), { code: 'EXDEV' })) };
    await expect(writeAtomic(noRename, target, ['a', 'b'])).rejects.toThrow('EXDEV');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
});
