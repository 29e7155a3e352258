import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFs, writeAtomic, writePieces, type FileSystem } from '../src/cli/io.js';
import { tmpTree } from './helpers/tmp.js';

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
