/** The package's public entry point (built by `pretest`), as users import it. */
import { describe, it, expect } from 'vitest';

describe('public API (package exports)', () => {
  it('lints a text in process with the built-in rules and formats the result', async () => {
    const api = await import('seedlint');
    const rules = api.rules.filter((r) => r.meta.id === 'stray-fragment');
    const results = await api.lint([{ path: 'a.txt', value: 'The minister spoke to reporters on Monday. Be.\n' }], {
      rules: rules.map((rule) => ({ rule, severity: 2, options: api.resolveOptions(rule, undefined) })),
    });
    expect(results[0]!.messages.map((m) => m.ruleId)).toEqual(['stray-fragment']);
    expect(api.reporters.unix!(results)).toMatch(/^a\.txt:1:44: .*\[stray-fragment\]\n$/);
  });

  it('exposes only the public entry points', async () => {
    const pkg = (await import('seedlint/package.json', { with: { type: 'json' } })).default as { exports: Record<string, unknown> };
    expect(Object.keys(pkg.exports)).toEqual(['.', './schema/*', './package.json']);
  });
});
