/**
 * Test helpers for rule authors, with ESLint's guardrails: an invalid case must
 * report, cases must be unique, and a fixable finding needs its expected output.
 */
import { describe, it, expect } from 'vitest';
import type { Diagnostic, Rule, RuleExample } from '../types.js';
import { lint } from '../engine/lint.js';
import { applyFixes } from '../engine/fix.js';
import { resolveOptions } from '../config/options.js';

/** Lint `text` with one rule (its defaults merged with `options`). */
export async function lintWithRule(rule: Rule<any, any>, text: string, options?: Record<string, unknown>, path = 'test.txt'): Promise<Diagnostic[]> {
  const [result] = await lint([{ path, value: text }], {
    rules: [{ rule, severity: 2, options: resolveOptions(rule, options) }],
  });
  return result!.messages;
}

/** The flagged text of each diagnostic. */
export const flagged = (text: string, diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => text.slice(d.range[0], d.range[1]));

function key(c: RuleExample): string {
  return JSON.stringify([c.text, c.options ?? null]);
}

/** Check one case; throws with a clear message when it does not hold. */
export async function checkCase(rule: Rule<any, any>, c: RuleExample, kind: 'valid' | 'invalid'): Promise<void> {
  const found = await lintWithRule(rule, c.text, c.options);
  const failures = found.filter((d) => d.fatal);
  if (failures.length) throw new Error(failures[0]!.message);
  if (kind === 'valid') {
    expect(flagged(c.text, found), `valid case must not be flagged: ${JSON.stringify(c.text)}`).toEqual([]);
    return;
  }
  if (!c.errors?.length) throw new Error(`invalid case has no expected errors: ${JSON.stringify(c.text)}`);
  expect(found.length, `invalid case reported nothing: ${JSON.stringify(c.text)}`).toBeGreaterThan(0);
  const withIds = c.errors.some((e) => typeof e !== 'string');
  const actual = found.map((d) => {
    const t = c.text.slice(d.range[0], d.range[1]);
    return withIds ? { text: t, messageId: d.messageId } : t;
  });
  const expected = c.errors.map((e) =>
    !withIds ? e : typeof e === 'string' ? { text: e, messageId: expect.any(String) } : { text: e.text, messageId: e.messageId ?? expect.any(String) },
  );
  expect(actual, `findings of ${JSON.stringify(c.text)}`).toEqual(expected);
  const fixable = found.some((d) => d.fix);
  if (fixable && c.output === undefined) throw new Error(`fixable finding without expected "output": ${JSON.stringify(c.text)}`);
  if (c.output !== undefined) {
    if (!fixable) throw new Error(`case has "output" but the rule offered no fix: ${JSON.stringify(c.text)}`);
    expect(applyFixes(c.text, found).output).toBe(c.output);
  }
}

/**
 * Register vitest tests for a rule: its documented examples and extra cases.
 * Fails on duplicate cases, invalid cases without errors and fixes without output.
 */
export function testRule(rule: Rule<any, any>, extra: { valid?: RuleExample[]; invalid?: RuleExample[] } = {}): void {
  const valid = [...rule.meta.examples.valid, ...(extra.valid ?? [])];
  const invalid = [...rule.meta.examples.invalid, ...(extra.invalid ?? [])];
  describe(rule.meta.id, () => {
    it('has no duplicate cases', () => {
      const seen = new Set<string>();
      for (const c of [...valid, ...invalid]) {
        const k = key(c);
        if (seen.has(k)) throw new Error(`duplicate case: ${c.text}`);
        seen.add(k);
      }
    });
    for (const c of valid) it(`valid: ${c.text.slice(0, 60)}`, () => checkCase(rule, c, 'valid'));
    for (const c of invalid) it(`invalid: ${c.text.slice(0, 60)}`, () => checkCase(rule, c, 'invalid'));
  });
}
