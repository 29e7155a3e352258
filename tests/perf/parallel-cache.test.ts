/**
 * Output is identical whether the document phase runs in process (--jobs 1) or in worker threads
 * (--jobs 2), and with or without the cache (cold, warm, corrupt). Worker threads need the compiled
 * worker, so these tests run the built CLI (`npm test` builds first).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { tmpTree } from '../helpers/tmp.js';
import { ENGINE_REVISION } from '../../src/engine/lint.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'seedlint.js');
const WORKER = join(ROOT, 'dist', 'src', 'cli', 'worker.js');

/** Project texts (seed and rule fixtures), repeated to 30 files. */
function corpus(): Record<string, string> {
  const dirs = [join(ROOT, 'seeds'), join(ROOT, 'tests', 'fixtures')];
  const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8')));
  const files: Record<string, string> = {};
  for (let i = 0; Object.keys(files).length < 30; i++) {
    // Vary each copy a little so documents differ, and keep them short so the run stays quick.
    files[`doc-${String(i).padStart(3, '0')}.txt`] = `${texts[i % texts.length]!.slice(0, 2500)}\nCopy ${i}.\n`;
  }
  files['empty.txt'] = '';
  return files;
}

/** The cache file's lines: its entries and corpus findings, each entry's result, then the corpus facts by hash. */
function readCache(path: string): { entries: Record<string, { facts?: string }>; corpus: Record<string, unknown>; key: string; facts: Record<string, string>; results: string[] } {
  const [head, ...results] = readFileSync(path, 'utf8').split('\n');
  expect(results.pop()).toBe('');
  const facts = results.pop();
  const parsed = JSON.parse(head!);
  // The entries are kept a column a field: rebuilt here as an object a path.
  const files = parsed.files as { path: string[]; facts: Array<string | null> };
  const entries = Object.fromEntries(files.path.map((path, k) => [path, { facts: files.facts[k] ?? undefined }]));
  expect(results).toHaveLength(files.path.length);
  for (const r of results) expect(JSON.parse(r)).toHaveProperty('filePath');
  return { ...parsed, entries, facts: JSON.parse(facts!), results };
}

async function seedlint(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, '-f', 'json', '--no-progress', ...args], { cwd, maxBuffer: 64 << 20, env: { ...process.env, SEEDLINT_POOL_MIN_CHARS: '0' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the same output in process, in workers, and from the cache', () => {
  const dir = tmpTree(corpus());
  let base: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    expect(existsSync(WORKER), 'dist/ is missing: run `npm run build` (npm test does it first)').toBe(true);
    base = await seedlint(dir, '--jobs', '1', '.');
  }, 300_000);

  it('--jobs 1 lints and reports every file', () => {
    expect(base.stderr).toBe('');
    const report = JSON.parse(base.stdout) as Array<{ filePath: string }>;
    expect(report.map((r) => r.filePath)).toEqual(Object.keys(corpus()).sort());
  });

  it('--jobs 2 (worker threads) gives byte-identical output and exit code', async () => {
    const r = await seedlint(dir, '--jobs', '2', '.');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(base.code);
    expect(r.stdout).toBe(base.stdout);
  }, 300_000);

  it('a cold and a warm --cache run give the same output as no cache', async () => {
    const cache = join(dir, 'cache', 'seedlint.cache');
    const cold = await seedlint(dir, '--jobs', '2', '--cache', '--cache-location', cache, '.');
    expect(cold.stdout).toBe(base.stdout);
    expect(existsSync(cache)).toBe(true);
    const entries = Object.keys(readCache(cache).entries);
    expect(entries.length).toBe(Object.keys(corpus()).length - 1); // every non-empty file
    const warm = await seedlint(dir, '--jobs', '2', '--cache', '--cache-location', cache, '.');
    expect(warm.code).toBe(base.code);
    expect(warm.stdout).toBe(base.stdout);
    const warmInProcess = await seedlint(dir, '--jobs', '1', '--cache', '--cache-location', cache, '.');
    expect(warmInProcess.stdout).toBe(base.stdout);
  }, 300_000);

  it('a changed file is re-linted; the others come from the cache', async () => {
    const d = tmpTree({ 'a.txt': 'The minister said it.\n', 'b.txt': 'Another text.\n' });
    const cache = join(d, '.seedlintcache');
    await seedlint(d, '--cache', '.');
    expect(existsSync(cache)).toBe(true);
    writeFileSync(join(d, 'a.txt'), 'The minister said it.\n\nRead more: http://example.com\n');
    const fresh = await seedlint(d, '.');
    const cached = await seedlint(d, '--cache', '.');
    expect(cached.stdout).toBe(fresh.stdout);
  }, 300_000);

  it('corpus findings come from the cache for an unchanged corpus, and are found again when a file changes', async () => {
    const right = 'The report was written by Ingrid Solvang last year.\n';
    const d = tmpTree({ 'a.txt': right, 'b.txt': right, 'c.txt': right, 'd.txt': right, 'e.txt': 'The report was written by Ingrid Solveng last year.\n' });
    const cache = join(d, '.seedlintcache');
    const cold = await seedlint(d, '--cache', '.');
    expect(cold.stdout).toContain('Solveng');
    expect(Object.keys(readCache(cache).corpus)).toHaveLength(1);
    expect((await seedlint(d, '--cache', '.')).stdout).toBe(cold.stdout);
    writeFileSync(join(d, 'e.txt'), right);
    const fresh = await seedlint(d, '.');
    const cached = await seedlint(d, '--cache', '.');
    expect(fresh.stdout).not.toContain('Solveng');
    expect(cached.stdout).toBe(fresh.stdout);
  }, 300_000);

  it('keeps each file\'s corpus facts on a line of their own, by hash; a damaged facts line costs a re-lint, never a wrong finding', async () => {
    const right = 'The report was written by Ingrid Solvang last year.\n';
    const files = { 'a.txt': right, 'b.txt': right, 'c.txt': right, 'd.txt': right, 'e.txt': 'The report was written by Ingrid Solveng last year.\n' };
    const d = tmpTree(files);
    const cache = join(d, '.seedlintcache');
    const cold = await seedlint(d, '--cache', '.');
    const saved = readCache(cache);
    const hashes = Object.values(saved.entries).map((e) => e.facts);
    expect(hashes).toHaveLength(5);
    for (const h of hashes) expect(JSON.parse(saved.facts[h!]!).facts['name-consistency']).toBeDefined();
    // An unchanged corpus needs no facts: a warm run over a cache whose facts line is junk still
    // answers from the cache (the corpus findings are keyed by the facts' hashes).
    const text = readFileSync(cache, 'utf8');
    const withJunkFacts = `${text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1)}{"junk`;
    writeFileSync(cache, withJunkFacts);
    expect((await seedlint(d, '--cache', '.')).stdout).toBe(cold.stdout);
    // A changed file makes the corpus phase run: the other files' facts are gone from the cache, so
    // they are linted again for them, and the findings are those of a run without a cache.
    writeFileSync(cache, withJunkFacts);
    writeFileSync(join(d, 'e.txt'), right);
    const cached = await seedlint(d, '--cache', '.');
    expect(cached.stdout).toBe((await seedlint(d, '.')).stdout);
    expect(cached.stdout).not.toContain('Solveng');
    // The rewritten cache has every entry's facts again.
    const mended = readCache(cache);
    expect(Object.keys(mended.entries)).toHaveLength(5);
    expect(Object.values(mended.entries).every((e) => e.facts !== undefined && mended.facts[e.facts] !== undefined)).toBe(true);
    writeFileSync(join(d, 'e.txt'), files['e.txt']);
    expect((await seedlint(d, '--cache', '.')).stdout).toBe(cold.stdout);
  }, 300_000);

  it('a cache written by another engine revision is not used', async () => {
    const cache = join(dir, 'revision.cache');
    await seedlint(dir, '--cache', '--cache-location', cache, '.');
    const saved = readFileSync(cache, 'utf8');
    const key = readCache(cache).key;
    expect(key.split(':')[1]).toBe(String(ENGINE_REVISION));
    // Entries whose findings say STALE (as long a word as the one it replaces: the cache knows where
    // each result is): used under the current key, dropped under another revision's.
    const stale = saved.replaceAll('Unexpected', 'STALE_WORD');
    writeFileSync(cache, stale);
    expect((await seedlint(dir, '--cache', '--cache-location', cache, '.')).stdout).toContain('STALE_WORD');
    const [version, , data] = key.split(':');
    writeFileSync(cache, stale.replace(JSON.stringify(key), JSON.stringify(`${version}:${ENGINE_REVISION - 1}:${data}`)));
    const r = await seedlint(dir, '--cache', '--cache-location', cache, '.');
    expect(r.stdout).not.toContain('STALE_WORD');
    expect(r.stdout).toBe(base.stdout);
  }, 300_000);

  it('a result line cut short or moved is not used: its file is linted again', async () => {
    const cache = join(dir, 'damaged.cache');
    await seedlint(dir, '--cache', '--cache-location', cache, '.');
    const [head, first, ...rest] = readFileSync(cache, 'utf8').split('\n');
    // The first result loses a character (its line no longer ends where the entry says), and the
    // lines after it all move, the facts line too.
    writeFileSync(cache, [head, first!.slice(1), ...rest].join('\n'));
    const r = await seedlint(dir, '--cache', '--cache-location', cache, '.');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(base.stdout);
    expect(readCache(cache).results[0]).toBe(first);
  }, 300_000);

  it('a corrupt cache is ignored and rewritten, never a crash', async () => {
    const cache = join(dir, 'corrupt.cache');
    for (const junk of ['{"format":1,"key":', '[1,2,3]', '{"format":1,"key":"x","entries":{"a":1}}', '\u0000\u0001binary']) {
      writeFileSync(cache, junk);
      const r = await seedlint(dir, '--jobs', '2', '--cache', '--cache-location', cache, '.');
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(base.stdout);
      expect(() => readCache(cache)).not.toThrow();
    }
  }, 600_000);
});

describe('the bundled CLI (bin/seedlint.js)', () => {
  it('reports exactly what the CLI built from source reports, on the seed and every rule fixture', async () => {
    const { cli } = await import('../helpers/cli.js');
    const args = ['-f', 'json', '--no-progress', 'seeds', 'tests/fixtures'];
    const fromSource = await cli(args, { cwd: ROOT });
    const bundled = await seedlint(ROOT, 'seeds', 'tests/fixtures');
    expect(JSON.parse(fromSource.stdout).length).toBeGreaterThan(10);
    expect(bundled.stdout).toBe(fromSource.stdout);
    expect(bundled.code).toBe(fromSource.code);
  }, 120_000);
});
