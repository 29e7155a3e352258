/** A warm cached run reads and hashes each file; the cache answers before the text is decoded. */
import { describe, expect, it } from 'vitest';
import { readJob } from '../../src/cli/lint-files.js';
import { createHash } from 'node:crypto';
import { asciiJson, hashOf } from '../../src/cli/cache.js';
import type { FileSystem } from '../../src/cli/io.js';
import type { PackedOutcome } from '../../src/cli/pool.js';

/** Bytes that cannot be decoded (a NUL byte: a binary file), so a decode shows as a fatal result. */
const BINARY = new Uint8Array([0x61, 0x00, 0x62]);
const fs = { readFile: async () => BINARY } as unknown as FileSystem;
const job = { filePath: 'a.txt', readPath: '/x/a.txt' } as Parameters<typeof readJob>[0];
const outcome: PackedOutcome = { result: '{"filePath":"a.txt","messages":[]}' };

describe('readJob with a cache', () => {
  it('returns the cached outcome of the bytes without decoding them', async () => {
    const asked: string[] = [];
    const read = await readJob(job, fs, 1 << 20, { lookup: (_job, hash) => (asked.push(hash), outcome) });
    expect(read).toEqual({ hit: outcome });
    expect(asked).toEqual([hashOf(BINARY)]);
  });

  it('decodes on a miss, and keeps the hash for storing the result', async () => {
    const text = new TextEncoder().encode('Plain text.');
    const read = await readJob(job, { readFile: async () => text } as unknown as FileSystem, 1 << 20, { lookup: () => undefined });
    expect(read).toEqual({ input: { path: 'a.txt', value: 'Plain text.' }, bom: false, hash: hashOf(text) });
  });

  it('decodes (and reports undecodable bytes) without a cache', async () => {
    const read = await readJob(job, fs, 1 << 20);
    expect('filePath' in read && read.messages[0]!.message).toMatch(/binary file/);
  });
});

describe('hashOf', () => {
  it('is the sha1 of the bytes, or of the text as UTF-8, in hex', () => {
    expect(hashOf('')).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hashOf('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hashOf(new TextEncoder().encode('Kyiv — Київ'))).toBe(hashOf('Kyiv — Київ'));
    expect(hashOf(BINARY)).toBe(createHash('sha1').update(BINARY).digest('hex'));
  });
});

describe('asciiJson (how the cache file is written)', () => {
  it('escapes every character past ASCII and reads back as the same value', () => {
    const value = { message: 'Kyiv — “Київ”, 東京 😀', lone: '\ud800x', plain: 'a"b\\c\n', n: [1, null, true] };
    const text = asciiJson(value);
    expect(text).toMatch(/^[\x00-\x7e]*$/);
    expect(JSON.parse(text)).toEqual(value);
    expect(asciiJson({ a: 'plain' })).toBe(JSON.stringify({ a: 'plain' }));
  });
});
