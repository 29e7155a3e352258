/** The cache keeps no copies of what the run lints: it reads results and facts back from the run's stores when it is saved. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LintCache } from '../../src/cli/cache.js';
import { nodeFs, type FileSystem } from '../../src/cli/io.js';
import { tmpTree } from '../helpers/tmp.js';
import type { EngineConfig } from '../../src/types.js';

const config = { rules: [] } as EngineConfig;
const result = (name: string) => `{"filePath":"${name}","messages":[],"note":"“${name}”"}`;
/** A hit's result as text (the cache gives the bytes the file holds, placed by byte: the curly quotes take 3 each). */
const text = (r: string | Uint8Array | undefined) => (r === undefined || typeof r === 'string' ? r : new TextDecoder().decode(r));

describe('LintCache.save', () => {
  it('writes each linted file\'s result and facts as the run\'s stores give them back, and a new run reads them', async () => {
    const location = join(tmpTree({}), 'c.cache');
    const cache = new LintCache(nodeFs, location);
    await cache.load();
    const facts = ['{"a":1}', undefined, '{"c":3}'];
    const hashes = ['a', 'b', 'c'].map((name, job) => cache.set(`/x/${name}.txt`, `hash-${name}`, config, `${name}.txt`, job, { result: result(name), facts: facts[job] }, `stamp-${name}`));
    const asked: string[] = [];
    await cache.save({
      result: (job) => (asked.push(`result ${job}`), result(['a', 'b', 'c'][job]!)),
      facts: (job) => (asked.push(`facts ${job}`), facts[job]),
    });
    expect(asked.sort()).toEqual(['facts 0', 'facts 2', 'result 0', 'result 1', 'result 2']);

    const next = new LintCache(nodeFs, location);
    await next.load();
    for (const [job, name] of ['a', 'b', 'c'].entries()) {
      const hit = next.byStamp(`/x/${name}.txt`, `stamp-${name}`, config, `${name}.txt`);
      expect(text(hit?.result)).toBe(result(name));
      expect(hit?.factsHash).toBe(hashes[job]);
      expect(hit?.loadFacts?.()).toBe(facts[job]);
    }
    // Saved again with nothing linted this time: the entries it read are written back the same.
    next.setCorpusFindings('k', new Map());
    await next.save({ result: () => undefined, facts: () => undefined });
    const third = new LintCache(nodeFs, location);
    await third.load();
    expect(text(third.get('/x/c.txt', 'hash-c', config, 'c.txt')?.result)).toBe(result('c'));
    // Asked for under another path, the result names it.
    expect(text(third.get('/x/c.txt', 'hash-c', config, 'renamed.txt')?.result)).toBe(result('c').replace('"c"', '"renamed.txt"'));
  });

  it('keeps each entry\'s reported path, whether or not the read path ends with it, and its config apart from the others\'', async () => {
    const location = join(tmpTree({}), 'c.cache');
    const cache = new LintCache(nodeFs, location);
    await cache.load();
    const other = { rules: [], knowledge: [{ name: 'other' }] } as unknown as EngineConfig;
    const files: Array<[readPath: string, filePath: string, config: EngineConfig]> = [
      ['/x/news/a.txt', 'news/a.txt', config],
      ['/x/b.txt', '/x/b.txt', config],
      ['/x/c.txt', 'elsewhere/c.txt', other],
    ];
    files.forEach(([readPath, filePath, c], job) => cache.set(readPath, `hash-${job}`, c, filePath, job, { result: result(filePath) }, `stamp-${job}`));
    await cache.save({ result: (job) => result(files[job]![1]), facts: () => undefined });

    const next = new LintCache(nodeFs, location);
    await next.load();
    files.forEach(([readPath, filePath, c], job) => {
      // Under its own path and config the result is the bytes saved (not renamed); under the other config, no hit.
      const hit = next.byStamp(readPath, `stamp-${job}`, c, filePath);
      expect(hit?.result).toBeInstanceOf(Uint8Array); // the bytes as held: a renamed result would be text
      expect(text(hit?.result)).toBe(result(filePath));
      expect(next.byStamp(readPath, `stamp-${job}`, c === config ? other : config, filePath)).toBeUndefined();
    });
  });

  it('reads the head and the results when it loads, and the facts line only when facts are asked for', async () => {
    const location = join(tmpTree({}), 'c.cache');
    const cache = new LintCache(nodeFs, location);
    await cache.load();
    // A head longer than the first part read for it (64 KB), and results after it, so that the reads can be told apart.
    const long = (job: number) => result(`${job}`.padEnd(1000, '.'));
    const dir = `/x/${'d'.repeat(200)}`;
    for (let job = 0; job < 400; job++) cache.set(`${dir}/${job}.txt`, `hash-${job}`, config, `${job}.txt`, job, { result: long(job), facts: `{"f":${job}}` }, `stamp-${job}`);
    await cache.save({ result: long, facts: (job) => `{"f":${job}}` });
    const bytes = readFileSync(location);
    const size = bytes.length;
    const factsAt = bytes.lastIndexOf(10, size - 2) + 1;
    expect(bytes.indexOf(10)).toBeGreaterThan(1 << 16);
    const reads: Array<[number, number]> = [];
    const spying: FileSystem = {
      ...nodeFs,
      openRead: async (path) => {
        const file = await nodeFs.openRead!(path);
        return { ...file, read: (position, length) => (reads.push([position, length]), file.read(position, length)) };
      },
    };
    const next = new LintCache(spying, location);
    await next.load();
    const hit = next.byStamp(`${dir}/7.txt`, 'stamp-7', config, '7.txt');
    expect(text(hit?.result)).toBe(long(7));
    expect(reads.map(([position, length]) => position + Math.min(length, size - position)).filter((end) => end > factsAt)).toEqual([]);
    expect(reads.some(([position, length]) => position + length === factsAt)).toBe(true); // the results, up to the facts
    expect(hit?.loadFacts?.()).toBe('{"f":7}');
    expect(reads.some(([position]) => position === factsAt)).toBe(true);
  });
});
