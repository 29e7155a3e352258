/**
 * A cached run does not read a file whose stamp (size, modification and change times, inode) is
 * the one it had when it was read: as git's index does. Any write changes the stamp, so the file is
 * read, hashed and, if its bytes changed, linted again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';
import { wordRule } from '../helpers/rules.js';
import { nodeFs, STAMP_SETTLE_MS, stampOf, type FileSystem } from '../../src/cli/io.js';

const stats = { size: 10, mtimeMs: 1_000_000.5, ctimeMs: 1_000_000.5, ino: 7, dev: 1 };

describe('stampOf', () => {
  it('is the same for the same metadata, and differs with size, either time, inode or device', () => {
    const now = 2_000_000;
    const stamp = stampOf(stats, now);
    expect(stamp).toBeDefined();
    expect(stampOf({ ...stats }, now + 1)).toBe(stamp);
    const changed = [{ size: 11 }, { mtimeMs: 1_000_000.6 }, { ctimeMs: 1_000_001 }, { ino: 8 }, { dev: 2 }].map((c) => stampOf({ ...stats, ...c }, now));
    expect(new Set([stamp, ...changed]).size).toBe(6);
  });

  it('is withheld for a file changed too recently for its times to vouch for its content', () => {
    expect(stampOf(stats, stats.mtimeMs + STAMP_SETTLE_MS - 1)).toBeUndefined();
    expect(stampOf({ ...stats, ctimeMs: stats.mtimeMs + 10 }, stats.mtimeMs + STAMP_SETTLE_MS + 5)).toBeUndefined();
    expect(stampOf(stats, stats.mtimeMs + STAMP_SETTLE_MS)).toBeDefined();
  });
});

describe('a cached run over files left unchanged', () => {
  afterEach(() => vi.useRealTimers());

  /** The file system, counting the files read to be linted (a cached run reads them with their stamps). */
  function counting(): { fs: FileSystem; reads: string[] } {
    const reads: string[] = [];
    const fs: FileSystem = { ...nodeFs, readFileStamped: (p, max) => (reads.push(p), nodeFs.readFileStamped!(p, max)) };
    return { fs, reads };
  }

  it('reads none of them, reads a file written since, and reports its new content', async () => {
    const dir = tmpTree({ 'a.txt': 'One foo here.\n', 'b.txt': 'Clean text.\n' });
    const args = ['--format', 'unix', '--cache', '--cache-location', join(dir, 'c.cache'), 'a.txt', 'b.txt'];
    // The files were written a moment ago: the clock moves on past the settling time.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 2 * STAMP_SETTLE_MS);
    const cold = counting();
    const first = await cli(args, { cwd: dir, rules: [wordRule], fs: cold.fs });
    expect(cold.reads.map((p) => p.slice(dir.length + 1)).sort()).toEqual(['a.txt', 'b.txt']);

    const warm = counting();
    expect(await cli(args, { cwd: dir, rules: [wordRule], fs: warm.fs })).toEqual(first);
    expect(warm.reads).toEqual([]);

    // Same size, same modification time (restored): the change time still moves, and the file is read.
    const a = join(dir, 'a.txt');
    const { atime, mtime } = statSync(a);
    writeFileSync(a, 'One bar here.\n');
    utimesSync(a, atime, mtime);
    vi.setSystemTime(Date.now() + 2 * STAMP_SETTLE_MS);
    const edited = counting();
    const after = await cli(args, { cwd: dir, rules: [wordRule], fs: edited.fs });
    expect(edited.reads).toEqual([a]);
    expect(after.stdout).not.toContain('a.txt');
    expect(readFileSync(a, 'utf8')).toBe('One bar here.\n');
  });

  it('with --cache-strategy content, reads and hashes every file', async () => {
    const dir = tmpTree({ 'a.txt': 'One foo here.\n' });
    const args = ['--format', 'unix', '--cache', '--cache-location', join(dir, 'c.cache'), 'a.txt'];
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 2 * STAMP_SETTLE_MS);
    const first = await cli(args, { cwd: dir, rules: [wordRule] });
    const byStamp = counting();
    expect(await cli(args, { cwd: dir, rules: [wordRule], fs: byStamp.fs })).toEqual(first);
    expect(byStamp.reads).toEqual([]);
    const byContent = counting();
    expect(await cli([...args, '--cache-strategy', 'content'], { cwd: dir, rules: [wordRule], fs: byContent.fs })).toEqual(first);
    expect(byContent.reads).toEqual([join(dir, 'a.txt')]);
    const bad = await cli([...args, '--cache-strategy', 'mtime'], { cwd: dir, rules: [wordRule] });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown --cache-strategy "mtime"/);
  });

  it('reads a file again on the next run when it had changed too recently to keep its stamp', async () => {
    const dir = tmpTree({ 'a.txt': 'One foo here.\n' });
    const args = ['--format', 'unix', '--cache', '--cache-location', join(dir, 'c.cache'), 'a.txt'];
    await cli(args, { cwd: dir, rules: [wordRule] });
    const next = counting();
    await cli(args, { cwd: dir, rules: [wordRule], fs: next.fs });
    expect(next.reads).toEqual([join(dir, 'a.txt')]);
  });
});
