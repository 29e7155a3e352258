/**
 * The CLI's main thread holds the built-in rules by the metadata the build writes
 * (`dist/rules/meta.json`) and loads their code only to run it: the manifest must say what the
 * rules say, and rules held by it must lint as the rules themselves do.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rules } from '../rules/index.js';
import { corpusPhases } from '../rules/corpus/index.js';
import { builtinRules, isLazyBuiltin, loadCorpusCode, loadRuleCode, manifestOf } from '../src/cli/builtin-rules.js';
import { resolveOptions } from '../src/config/options.js';
import { cli } from './helpers/cli.js';
import { tmpTree } from './helpers/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');
const BUILT = pathToFileURL(join(ROOT, 'dist', 'rules', 'meta.json'));

describe('the built-in rules held by their metadata', () => {
  it('the manifest keeps every rule\'s metadata but its examples, through JSON unchanged', () => {
    const manifest = manifestOf(rules);
    expect(manifest.map((e) => e.meta.id)).toEqual(rules.map((r) => r.meta.id));
    for (const [k, rule] of rules.entries()) {
      const { examples, ...meta } = rule.meta;
      expect(examples.valid.length + examples.invalid.length).toBeGreaterThan(0);
      expect(manifest[k]!.meta).toStrictEqual(meta);
      expect(manifest[k]!.corpus).toBe(rule.corpus !== undefined);
    }
    expect(JSON.parse(JSON.stringify(manifest))).toStrictEqual(manifest);
    expect(manifest.filter((e) => e.corpus).map((e) => e.meta.id)).toContain('name-consistency');
  });

  it('the build wrote the manifest of these rules', () => {
    expect(JSON.parse(readFileSync(BUILT, 'utf8'))).toStrictEqual(JSON.parse(JSON.stringify(manifestOf(rules))));
  });

  it('rules held by the manifest run the rules\' code once it is loaded, and only then', async () => {
    const lazy = await builtinRules(BUILT);
    expect(lazy.every(isLazyBuiltin)).toBe(true);
    expect(rules.some(isLazyBuiltin)).toBe(false);
    const rule = lazy.find((r) => r.meta.id === 'name-consistency')!;
    expect(rule.corpus).toBeTypeOf('function');
    expect(lazy.find((r) => r.meta.id === 'spacing')!.corpus).toBeUndefined();
    const config = { rules: [{ rule, severity: 1 as const, options: resolveOptions(rule, undefined) }] };
    expect(() => rule.create({} as never)).toThrow(/code of rule "name-consistency" was not loaded/);
    await loadRuleCode(config);
    await expect(loadRuleCode(config)).resolves.toBeUndefined();
  });

  it('every corpus phase is in the registry the main thread loads, as the rule\'s own function', () => {
    const withCorpus = rules.filter((r) => r.corpus);
    expect([...corpusPhases.keys()].sort()).toEqual(withCorpus.map((r) => r.meta.id).sort());
    for (const rule of withCorpus) expect(corpusPhases.get(rule.meta.id)).toBe(rule.corpus);
  });

  it('a rule held by the manifest gets its corpus phase without the rest of its code', async () => {
    const rule = (await builtinRules(BUILT)).find((r) => r.meta.id === 'name-consistency')!;
    const config = { rules: [{ rule, severity: 1 as const, options: resolveOptions(rule, undefined) }] };
    await loadCorpusCode(config);
    expect(rule.corpus).toBe(corpusPhases.get('name-consistency'));
    expect(() => rule.create({} as never)).toThrow(/code of rule "name-consistency" was not loaded/);
    // The phase runs: two spellings of one name, the majority's in three files.
    const facts = (surname: string) => [{ bucket: 'KLB', surname, given: [''], ranges: [[0, surname.length]] as Array<[number, number]>, reported: false }];
    const files = ['Kuleba', 'Kuleba', 'Kuleba', 'Kuleba', 'Kulba'].map((surname, i) => ({ filePath: `f${i}.txt`, facts: facts(surname) }));
    const reported: Array<[string, unknown]> = [];
    rule.corpus!(files, { id: 'name-consistency', options: { minFiles: 3 }, knowledge: [], report: (path, d) => reported.push([path, d.data]) });
    expect(reported).toEqual([['f4.txt', { actual: 'Kulba', expected: 'Kuleba', count: 4 }]]);
  });

  it('a manifest that gives a rule a corpus phase the build does not have is refused', async () => {
    const manifest = JSON.parse(readFileSync(BUILT, 'utf8')) as ReturnType<typeof manifestOf>;
    manifest.find((e) => e.meta.id === 'spacing')!.corpus = true;
    const dir = tmpTree({ 'meta.json': JSON.stringify(manifest) });
    const rule = (await builtinRules(pathToFileURL(join(dir, 'meta.json')))).find((r) => r.meta.id === 'spacing')!;
    await expect(loadCorpusCode({ rules: [{ rule, severity: 1, options: {} }] })).rejects.toThrow(/corpus phase the build does not have; rebuild/);
  });

  it('the CLI gives the same report with the rules held by the manifest as with the rule modules', async () => {
    const fixtures = join(ROOT, 'tests', 'fixtures');
    const files = Object.fromEntries(['name-consistency.txt', 'garbled-sentence.txt', 'spacing.txt'].map((f) => [f, readFileSync(join(fixtures, f), 'utf8')]));
    const dir = tmpTree(files);
    const lazy = await cli(['-f', 'json', '.'], { cwd: dir, rules: await builtinRules(BUILT) });
    const modules = await cli(['-f', 'json', '.'], { cwd: dir, rules });
    expect(lazy.stderr).toBe('');
    expect(JSON.parse(lazy.stdout).flatMap((r: { messages: unknown[] }) => r.messages).length).toBeGreaterThan(3);
    expect(lazy).toEqual(modules);
  });

  it('a manifest from another build is refused when the code loads', async () => {
    const manifest = JSON.parse(readFileSync(BUILT, 'utf8')) as ReturnType<typeof manifestOf>;
    manifest.find((e) => e.meta.id === 'spacing')!.meta.messages = { other: 'A message of another build.' };
    const dir = tmpTree({ 'meta.json': JSON.stringify(manifest) });
    const rule = (await builtinRules(pathToFileURL(join(dir, 'meta.json')))).find((r) => r.meta.id === 'spacing')!;
    await expect(loadRuleCode({ rules: [{ rule, severity: 1, options: {} }] })).rejects.toThrow(/does not match the built rule "spacing"; rebuild/);
  });

  it('without a manifest (running from the sources), the rules are the rule modules', async () => {
    const dir = tmpTree({});
    expect(await builtinRules(pathToFileURL(join(dir, 'meta.json')))).toBe(rules);
  });
});
