/**
 * markdownlint-style fixtures: each line that should be flagged ends with
 * ` {rule-id}` (several markers allowed). The harness strips the markers, lints the
 * text, and compares the (line, rule) pairs found with the marked ones.
 */
import type { Diagnostic, Rule } from '../types.js';
import { lint } from '../engine/lint.js';
import { resolveOptions } from '../config/options.js';
import { applyFixes } from '../engine/fix.js';

const MARKER = /(?:\s\{([a-z0-9-]+)\})+\s*$/;

/** Split fixture source into the text to lint and the expected `line:rule` pairs. */
export function parseFixture(source: string): { text: string; expected: string[] } {
  const expected: string[] = [];
  const lines = source.split('\n').map((line, i) => {
    const m = MARKER.exec(line);
    if (!m) return line;
    for (const id of m[0].matchAll(/\{([a-z0-9-]+)\}/g)) expected.push(`${i + 1}:${id[1]}`);
    return line.slice(0, m.index);
  });
  return { text: lines.join('\n'), expected: expected.sort() };
}

/**
 * Lint a fixture with the given rules; returns the expected and found `line:rule` pairs
 * (one per line and rule, sorted), the diagnostics, the text after fixes, and the fixable findings
 * left when the fixed text is linted again (expected: none).
 */
export async function runFixture(source: string, rules: ReadonlyArray<Rule<any, any>>, path = 'fixture.txt') {
  const { text, expected } = parseFixture(source);
  const config = { rules: rules.map((rule) => ({ rule, severity: 2 as const, options: resolveOptions(rule, undefined) })) };
  const [result] = await lint([{ path, value: text }], config);
  const messages: Diagnostic[] = result!.messages;
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(fatal.message);
  const found = [...new Set(messages.map((m) => `${m.line}:${m.ruleId}`))].sort();
  const fixed = applyFixes(text, messages).output;
  // Re-lint the fixed text (as markdownlint's harness does): what a fix leaves behind must not be
  // something the rules would fix again.
  const [again] = fixed === text ? [result!] : await lint([{ path, value: fixed }], config);
  const refixable = again!.messages.filter((m) => m.fix).map((m) => `${m.line}:${m.ruleId}`);
  return { text, expected: [...new Set(expected)].sort(), found, messages, fixed, refixable };
}
