/** A warm cached run reads and hashes each file; the cache answers before the text is decoded. */
import { describe, expect, it } from 'vitest';
import { readJob } from '../../src/cli/lint-files.js';
import { createHash } from 'node:crypto';
import { asciiJson, builtinDataFingerprint, DATA_FINGERPRINT_FILE, dataFingerprintOf, hashOf } from '../../src/cli/cache.js';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpTree } from '../helpers/tmp.js';
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

describe('the built-in data fingerprint', () => {
  it('saved by the build next to the data equals the hash of the data as built, and the sources have the same', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const saved = readFileSync(join(root, 'dist', 'rules', DATA_FINGERPRINT_FILE), 'utf8').trim();
    expect(saved).toMatch(/^[0-9a-f]{40}$/);
    expect(dataFingerprintOf(join(root, 'dist', 'rules', 'data'))).toBe(saved);
    // Run from the sources (no saved file), the fingerprint is computed: the same data, the same key.
    expect(builtinDataFingerprint()).toBe(saved);
  });

  it('changes with any data file, its name or its content', () => {
    const dir = tmpTree({ 'a.json': '{"x":1}', 'sub/b.txt': 'word\n' });
    const before = dataFingerprintOf(dir);
    writeFileSync(join(dir, 'sub', 'b.txt'), 'word!\n');
    const edited = dataFingerprintOf(dir);
    renameSync(join(dir, 'a.json'), join(dir, 'c.json'));
    expect(new Set([before, edited, dataFingerprintOf(dir)]).size).toBe(3);
  });
});
