/**
 * A worker's heap is limited (WORKER_HEAP_MB): a document too large for it fails that task with
 * WorkerOutOfMemory, the worker is replaced, and the pool goes on; the CLI then lints the text in
 * the main thread, and texts over WORKER_MAX_CHARS never go to a worker. Runs the built worker
 * (`npm test` builds first).
 */
import { describe, expect, it } from 'vitest';
import { execFile, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { tmpTree } from '../helpers/tmp.js';
import { BATCH, LintPool, WORKER_MAX_CHARS, WorkerOutOfMemory } from '../../src/cli/pool.js';
import { resolveOptions } from '../../src/config/options.js';
import { ruleById } from '../../rules/index.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const WORKER = pathToFileURL(join(ROOT, 'dist', 'src', 'cli', 'worker.js'));
const BIN = join(ROOT, 'bin', 'seedlint.js');

/** Project prose (seed and fixtures) repeated to about `chars` characters. */
function prose(chars: number): string {
  const dirs = [join(ROOT, 'seeds'), join(ROOT, 'tests', 'fixtures')];
  const all = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8'))).join('\n\n');
  return all.repeat(Math.ceil(chars / all.length)).slice(0, chars);
}

const garbled = ruleById.get('garbled-sentence')!;
const config = { rules: { 'garbled-sentence': { severity: 1 as const, options: resolveOptions(garbled, undefined) } }, plugins: [], knowledge: [], ignore: [], files: [] };

describe('worker memory limit', () => {
  it('fails only the task that ran out of memory, replaces the worker, and lints the next task', { timeout: 120_000 }, async () => {
    const pool = new LintPool(WORKER, 1, { configs: [config], fix: false });
    try {
      const huge = pool.run({ id: 1, path: 'huge.txt', text: prose(16 * WORKER_MAX_CHARS), config: 0 });
      await expect(huge).rejects.toBeInstanceOf(WorkerOutOfMemory);
      const small = await pool.run({ id: 2, path: 'small.txt', text: 'The ministry said that the plan would be discussed with the.', config: 0 });
      expect(JSON.parse(small.result).messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['garbled-sentence']);
    } finally {
      await pool.close();
    }
  });

  it('lints a text over the worker size limit in the main thread, with the same findings as alone', { timeout: 120_000 }, async () => {
    const big = prose(WORKER_MAX_CHARS + 50_000);
    const files: Record<string, string> = { 'big.txt': big };
    for (let i = 0; i < 26; i++) files[`doc-${i}.txt`] = prose(2000 + i);
    const dir = tmpTree(files);
    const lint = async (...args: string[]) => {
      try {
        return (await promisify(execFile)(process.execPath, [BIN, '-f', 'json', '--no-progress', ...args], { cwd: dir, maxBuffer: 64 << 20, env: { ...process.env, SEEDLINT_POOL_MIN_CHARS: '0' } })).stdout;
      } catch (error) {
        return (error as { stdout: string }).stdout;
      }
    };
    const pooled = JSON.parse(await lint('--jobs', '2', '.'));
    const alone = JSON.parse(await lint('--jobs', '1', 'big.txt'));
    const bigResult = pooled.find((r: { filePath: string }) => r.filePath === 'big.txt');
    expect(bigResult.messages.length).toBeGreaterThan(0);
    expect(bigResult).toEqual(alone[0]);
  });
});

describe('texts too large for the main thread', () => {
  // With a 128 MB old generation (a 176 MB heap), texts over ownWorkerMinChars (~290 K characters)
  // go to a worker of their own with that heap: one that fits is linted there, one that does not
  // is a fatal finding on its file, and the run goes on with the others.
  const heap = '--max-old-space-size=128';
  const cli = async (node: string[], ...args: string[]) => {
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [...node, BIN, '-f', 'json', '--no-progress', ...args], { cwd: dir, maxBuffer: 64 << 20 });
      return { code: 0, stdout };
    } catch (error) {
      return error as { code: number; stdout: string; stderr: string };
    }
  };
  let dir = '';

  it('lints a large text in a worker of its own, as the main thread would, and makes one too large for memory a fatal finding on its file', { timeout: 180_000 }, async () => {
    dir = tmpTree({ 'huge.txt': prose(4_000_000), 'large.txt': prose(400_000), 'small.txt': 'The ministry said that the plan would be discussed with the.\n' });
    const limited = await cli([heap], '.');
    expect(limited.code).toBe(2);
    const results = JSON.parse(limited.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; fatal?: boolean; message: string }> }>;
    const byPath = Object.fromEntries(results.map((r) => [r.filePath, r]));
    expect(byPath['huge.txt']!.messages).toEqual([expect.objectContaining({ fatal: true, ruleId: null, message: expect.stringMatching(/^text of 4\.0 million characters needs more memory than the \d+ MB heap allows; not linted/) })]);
    expect(byPath['small.txt']!.messages.map((m) => m.ruleId)).toEqual(['garbled-sentence']);
    // The large text, linted in its own worker under the limit, has the findings it has when
    // linted in the main thread with node's default heap.
    const alone = JSON.parse((await cli([], 'large.txt')).stdout);
    expect(byPath['large.txt']!.messages.length).toBeGreaterThan(10);
    expect(byPath['large.txt']).toEqual(alone[0]);
  });

  it('does the same for a text read from standard input', { timeout: 120_000 }, () => {
    const run = spawnSync(process.execPath, [heap, BIN, '--stdin', '-f', 'json', '--no-progress'], { input: prose(4_000_000), maxBuffer: 64 << 20, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)[0].messages).toEqual([expect.objectContaining({ fatal: true, message: expect.stringMatching(/^text of 4\.0 million characters needs more memory/) })]);
  });
});

describe('worker batches', () => {
  it('answers every task of a batch with its own outcome, in batches of up to BATCH', { timeout: 120_000 }, async () => {
    const pool = new LintPool(WORKER, 2, { configs: [config], fix: false });
    try {
      const n = 3 * BATCH + 3;
      // Every third text has the finding, so a reply given to the wrong task shows.
      const text = (i: number) => (i % 3 === 0 ? `Report ${i}: the ministry said that the plan would be discussed with the.` : `Report ${i}: the ministry said the plan was ready.`);
      const outcomes = await Promise.all(Array.from({ length: n }, (_, i) => pool.run({ id: i, path: `doc-${i}.txt`, text: text(i), config: 0 })));
      outcomes.forEach((o, i) => {
        const result = JSON.parse(o.result) as { filePath: string; messages: Array<{ ruleId: string }> };
        expect(result.filePath).toBe(`doc-${i}.txt`);
        expect(result.messages.map((m) => m.ruleId)).toEqual(i % 3 === 0 ? ['garbled-sentence'] : []);
      });
    } finally {
      await pool.close();
    }
  });

  it('fails every task of the batch of a worker that ran out of memory with WorkerOutOfMemory (the CLI lints them in process)', { timeout: 120_000 }, async () => {
    const pool = new LintPool(WORKER, 1, { configs: [config], fix: false });
    try {
      // The first task goes alone to the idle worker; the next BATCH wait and go together.
      const first = pool.run({ id: 0, path: 'first.txt', text: 'The plan was ready.', config: 0 });
      const batch = [pool.run({ id: 1, path: 'huge.txt', text: prose(16 * WORKER_MAX_CHARS), config: 0 })];
      for (let i = 2; i <= BATCH; i++) batch.push(pool.run({ id: i, path: `small-${i}.txt`, text: 'The plan was ready.', config: 0 }));
      expect(JSON.parse((await first).result).filePath).toBe('first.txt');
      for (const task of batch) await expect(task).rejects.toBeInstanceOf(WorkerOutOfMemory);
      const after = await pool.run({ id: 99, path: 'after.txt', text: 'The ministry said that the plan would be discussed with the.', config: 0 });
      expect(JSON.parse(after.result).messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['garbled-sentence']);
    } finally {
      await pool.close();
    }
  });
});
