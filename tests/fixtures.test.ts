/**
 * Every fixture in tests/fixtures/<rule-id>.txt, linted with its rule: the findings are exactly the
 * lines marked ` {rule-id}`, and the fixed text, linted again, has nothing left to fix.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { runFixture } from '../src/testing/fixtures.js';
import { ruleById } from '../rules/index.js';

const fixtures = readdirSync('tests/fixtures').filter((f) => f.endsWith('.txt')).sort();

describe('fixtures', () => {
  it('every rule has a fixture', () => {
    expect(fixtures.map((f) => f.replace(/\.txt$/, ''))).toEqual([...ruleById.keys()].sort());
  });
  for (const file of fixtures) {
    it(file, async () => {
      const rule = ruleById.get(file.replace(/\.txt$/, ''));
      expect(rule, `no rule for fixture ${file}`).toBeDefined();
      const { expected, found, refixable } = await runFixture(readFileSync(`tests/fixtures/${file}`, 'utf8'), [rule!]);
      expect(found).toEqual(expected);
      expect(refixable, 'fixable findings left after applying the fixes').toEqual([]);
    });
  }
});
