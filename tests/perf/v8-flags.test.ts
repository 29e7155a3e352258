import { describe, expect, it } from 'vitest';
import { V8_FLAGS, v8FlagsToSet } from '../../src/cli/v8-flags.js';

describe('CLI V8 flags', () => {
  it('sets its flags when node was given none of them', () => {
    expect(V8_FLAGS.length).toBeGreaterThan(0);
    expect(v8FlagsToSet([])).toEqual([...V8_FLAGS]);
    expect(v8FlagsToSet(['--enable-source-maps', '--max-old-space-size=4096'])).toEqual([...V8_FLAGS]);
  });

  it("leaves a flag the user gave node alone, in either spelling", () => {
    expect(v8FlagsToSet(['--interrupt-budget=1000'], ['--interrupt-budget=540672'])).toEqual([]);
    expect(v8FlagsToSet(['--interrupt_budget=1000'], ['--interrupt-budget=540672'])).toEqual([]);
    expect(v8FlagsToSet(['--interrupt-budget=1000'], ['--interrupt-budget=540672', '--no-turbo-inlining'])).toEqual(['--no-turbo-inlining']);
  });

  it('leaves a boolean flag the user turned on or off alone', () => {
    expect(v8FlagsToSet(['--parallel-scavenge'], ['--no-parallel-scavenge'])).toEqual([]);
    expect(v8FlagsToSet(['--no-parallel_scavenge'], ['--no-parallel-scavenge'])).toEqual([]);
    expect(v8FlagsToSet(['--parallel-marking'], ['--no-parallel-scavenge'])).toEqual(['--no-parallel-scavenge']);
  });

  it('sets only well-formed V8 flags', () => {
    for (const flag of V8_FLAGS) expect(flag).toMatch(/^--[a-z-]+(=\d+)?$/);
  });
});
