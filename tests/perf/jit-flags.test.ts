import { describe, expect, it } from 'vitest';
import { JIT_FLAGS, jitFlagsToSet } from '../../src/cli/jit.js';

describe('CLI V8 flags', () => {
  it('sets its flags when node was given none of them', () => {
    expect(JIT_FLAGS.length).toBeGreaterThan(0);
    expect(jitFlagsToSet([])).toEqual([...JIT_FLAGS]);
    expect(jitFlagsToSet(['--enable-source-maps', '--max-old-space-size=4096'])).toEqual([...JIT_FLAGS]);
  });

  it("leaves a flag the user gave node alone, in either spelling", () => {
    expect(jitFlagsToSet(['--interrupt-budget=1000'], ['--interrupt-budget=540672'])).toEqual([]);
    expect(jitFlagsToSet(['--interrupt_budget=1000'], ['--interrupt-budget=540672'])).toEqual([]);
    expect(jitFlagsToSet(['--interrupt-budget=1000'], ['--interrupt-budget=540672', '--no-turbo-inlining'])).toEqual(['--no-turbo-inlining']);
  });

  it('leaves a boolean flag the user turned on or off alone', () => {
    expect(jitFlagsToSet(['--parallel-scavenge'], ['--no-parallel-scavenge'])).toEqual([]);
    expect(jitFlagsToSet(['--no-parallel_scavenge'], ['--no-parallel-scavenge'])).toEqual([]);
    expect(jitFlagsToSet(['--parallel-marking'], ['--no-parallel-scavenge'])).toEqual(['--no-parallel-scavenge']);
  });

  it('sets only well-formed V8 flags', () => {
    for (const flag of JIT_FLAGS) expect(flag).toMatch(/^--[a-z-]+(=\d+)?$/);
  });
});
