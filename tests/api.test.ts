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

describe('runtime dependencies', () => {
  it('declares every package the built code imports as a dependency, not a devDependency', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { builtinModules } = await import('node:module');
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
      );
    const used = new Set<string>();
    // dist/src/cli-bundle is generated from these same modules (with the packages inlined).
    for (const file of [...files('dist/src'), ...files('dist/rules')].filter((f) => !f.includes('cli-bundle'))) {
      const text = readFileSync(file, 'utf8');
      // static and dynamic imports, require calls and createRequire(…)('name')
      for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|require\(\s*|\)\(\s*|^import\s+)['"]([^'"./][^'"]*)['"]/gm)) {
        const spec = m[1]!;
        if (spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]!)) continue;
        used.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((name) => !(name in pkg.dependencies)).sort()).toEqual([]);
  });
});

describe('built data', () => {
  it('dist/ holds every file of rules/data, as it is (rules read some of them at run time)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join, relative } = await import('node:path');
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    const files = walk('rules/data').map((f) => relative('rules/data', f));
    expect(files).toContain(join('knowledge', 'prepared', 'people.json'));
    const differ = files.filter((f) => !readFileSync(join('dist/rules/data', f)).equals(readFileSync(join('rules/data', f))));
    expect(differ).toEqual([]);
  });
});
