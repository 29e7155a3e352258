/**
 * `LintPool.end`: once no more tasks will come, each worker stops as soon as it has answered what
 * it holds (its heap's teardown then overlaps the other workers' last batches), and no answer is
 * lost. Runs the built worker (`npm test` builds first).
 */
import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LintPool } from '../../src/cli/pool.js';
import { resolveOptions } from '../../src/config/options.js';
import { ruleById } from '../../rules/index.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const WORKER = pathToFileURL(join(ROOT, 'dist', 'src', 'cli', 'worker.js'));
const spacing = ruleById.get('spacing')!;
const config = { rules: { spacing: { severity: 1 as const, options: resolveOptions(spacing, undefined) } }, plugins: [], knowledge: [], ignore: [], files: [] };

describe('LintPool.end', () => {
  it('answers every task sent before it, then stops each worker as it runs out of tasks', { timeout: 60_000 }, async () => {
    const pool = new LintPool(WORKER, 2, { configs: [config], fix: false });
    try {
      const tasks = Array.from({ length: 40 }, (_, i) => pool.run({ id: i, path: `d${i}.txt`, text: `Text ${i}  has a doubled space.`, config: 0 }));
      expect(pool.live).toBe(2);
      pool.end();
      const outcomes = await Promise.all(tasks);
      for (const [i, o] of outcomes.entries()) {
        const result = JSON.parse(o.result) as { filePath: string; messages: Array<{ ruleId: string }> };
        expect(result.filePath).toBe(`d${i}.txt`);
        expect(result.messages.map((m) => m.ruleId)).toEqual(['spacing']);
      }
      expect(pool.live).toBe(0);
      await expect(pool.run({ id: 99, path: 'late.txt', text: 'Late.', config: 0 })).rejects.toThrow(/after the lint pool was ended/);
    } finally {
      await pool.close();
    }
  });

  it('stops a worker with nothing to do at once, and the run goes on with the other', { timeout: 60_000 }, async () => {
    const pool = new LintPool(WORKER, 2, { configs: [config], fix: false });
    try {
      const one = pool.run({ id: 1, path: 'one.txt', text: 'One  text.', config: 0 });
      pool.end();
      expect(pool.live).toBe(1);
      expect(JSON.parse((await one).result).messages).toHaveLength(1);
      expect(pool.live).toBe(0);
    } finally {
      await pool.close();
    }
  });
});
