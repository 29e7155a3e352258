/**
 * Golden reports: the JSON report of every text in seeds/ is kept in tests/golden/, so any change in
 * behaviour shows as a reviewable diff. Refresh with `UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts`.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cli } from './helpers/cli.js';

const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort();

describe('golden reports of seeds/', () => {
  it('there is at least one seed', () => expect(seeds.length).toBeGreaterThan(0));
  for (const seed of seeds) {
    it(seed, async () => {
      const r = await cli(['-f', 'json', `seeds/${seed}`], { cwd: process.cwd() });
      const messages = JSON.parse(r.stdout)[0].messages.map((m: Record<string, unknown>) => ({
        rule: m.ruleId,
        at: `${m.line}:${m.column}-${m.endLine}:${m.endColumn}`,
        text: readFileSync(`seeds/${seed}`, 'utf8').slice(...(m.range as [number, number])),
        message: m.message,
        ...(m.fix ? { fix: m.fix } : {}),
      }));
      const golden = `tests/golden/${seed.replace(/\.txt$/, '.json')}`;
      const actual = JSON.stringify(messages, null, 2) + '\n';
      if (process.env.UPDATE_GOLDEN) writeFileSync(golden, actual);
      expect(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts and review it`).toBe(true);
      expect(actual).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
