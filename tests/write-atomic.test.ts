import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFs, writeAtomic, type FileSystem } from '../src/cli/io.js';
import { tmpTree } from './helpers/tmp.js';

describe('writeAtomic', () => {
  it('writes a sequence of pieces, in chunks, exactly: multi-byte characters across chunk bounds too', async () => {
    const dir = tmpTree({});
    const pieces = Array.from({ length: 500 }, (_, i) => `{"i":${i},"m":"“Kulba” ${'ж'.repeat(i % 7)} 😀"}\n`);
    await writeAtomic(nodeFs, join(dir, 'report.json'), pieces, 1000);
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(pieces.join(''));
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('replaces a file only once the new text is whole: a failure leaves the old file and no temporary one', async () => {
    const dir = tmpTree({});
    const target = join(dir, 'report.json');
    writeFileSync(target, 'old');
    function* failing() {
      yield 'new text, ';
      throw new Error('the reporter failed');
    }
    await expect(writeAtomic(nodeFs, target, failing(), 1)).rejects.toThrow('the reporter failed');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['report.json']);
    // Through a file system that cannot rename: the temporary file goes too.
    const noRename: FileSystem = { ...nodeFs, rename: () => Promise.reject(Object.assign(new Error('EXDEV'), { code: 'EXDEV' })) };
    await expect(writeAtomic(noRename, target, ['a', 'b'])).rejects.toThrow('EXDEV');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
});
