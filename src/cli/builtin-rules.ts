/**
 * The built-in rules as the CLI's main thread holds them: their metadata from a manifest the build
 * writes from the rules themselves (`dist/rules/meta.json`), their code imported only when this
 * thread runs it. The rules' code, with the document phase that runs it (src/cli/in-process.ts:
 * the rules, the NLP and knowledge code behind them, the parser: ~550 KB of the bundle, 60–85 ms
 * to load) is needed here only to lint a text in process. Validating configs, keying the cache,
 * starting the workers and reporting need only metadata, so a re-run the cache answers, or the
 * start of a run the workers lint, does without it. The corpus phase needs only the rules' corpus
 * functions, which load apart (rules/corpus/).
 *
 * Without a manifest (running from the sources) the rules are the rule modules themselves.
 */
import { readFileSync } from 'node:fs';
import type { EngineConfig, Rule, RuleMeta } from '../types.js';

/** Where the build writes the manifest: beside the built rules, two directories above this module. */
const MANIFEST = new URL('../../rules/meta.json', import.meta.url);

/** One rule in the manifest: its metadata without the documented examples, and whether it has a corpus phase. */
export interface ManifestEntry {
  meta: Omit<RuleMeta<any>, 'examples'>;
  corpus: boolean;
}

/** The manifest of `rules`, as the build writes it. */
export function manifestOf(rules: ReadonlyArray<Rule<any, any>>): ManifestEntry[] {
  return rules.map(({ meta: { examples: _examples, ...meta }, corpus }) => ({ meta, corpus: corpus !== undefined }));
}

let code: Promise<typeof import('./in-process.js')> | undefined;
/** The rules' code, with the document phase that runs it (src/cli/in-process.ts). */
export const importCode = () => (code ??= import('./in-process.js'));
let corpusCode: Promise<typeof import('../../rules/corpus/index.js')> | undefined;
const importCorpusCode = () => (corpusCode ??= import('../../rules/corpus/index.js'));

/** Rules whose code is loaded on first need, each with the function that loads it. */
const loaders = new WeakMap<Rule<any, any>, () => Promise<void>>();
/** The same rules' corpus phases, loaded apart from the rest of their code (rules/corpus/). */
const corpusLoaders = new WeakMap<Rule<any, any>, () => Promise<void>>();

/**
 * A rule with `entry`'s metadata whose phases, once {@link loadRuleCode} has loaded the built-in
 * rule's code, are that rule's own functions (no call in between: the engine calls them per document).
 */
function lazyRule(entry: ManifestEntry, from: URL): Rule<any, any> {
  const { id } = entry.meta;
  const notLoaded = () => {
    throw new Error(`internal: the code of rule "${id}" was not loaded`);
  };
  // The examples are documentation; nothing in the CLI reads them.
  const rule: Rule<any, any> = { meta: entry.meta as RuleMeta<any>, create: notLoaded, ...(entry.corpus && { corpus: notLoaded }) };
  let loading: Promise<void> | undefined;
  loaders.set(rule, () =>
    (loading ??= importCode().then(({ ruleById }) => {
      const found = ruleById.get(id);
      // A manifest from another build would describe other rules (the messages this thread formats,
      // the versions the cache keys on): say so rather than lint with them.
      if (!found || JSON.stringify(manifestOf([found])[0]) !== JSON.stringify(entry)) {
        throw new Error(`internal: ${from.pathname} does not match the built rule "${id}"; rebuild (npm run build)`);
      }
      rule.create = found.create;
      if (found.corpus) rule.corpus = found.corpus;
    })),
  );
  if (entry.corpus) {
    let loadingCorpus: Promise<void> | undefined;
    corpusLoaders.set(rule, () =>
      (loadingCorpus ??= importCorpusCode().then(({ corpusPhases }) => {
        const phase = corpusPhases.get(id);
        if (!phase) throw new Error(`internal: ${from.pathname} gives rule "${id}" a corpus phase the build does not have; rebuild (npm run build)`);
        rule.corpus = phase;
      })),
    );
  }
  return rule;
}

/** The built-in rules: from the manifest (`from`) when the build wrote one, otherwise the rule modules. */
export async function builtinRules(from: URL = MANIFEST): Promise<ReadonlyArray<Rule<any, any>>> {
  let manifest: ManifestEntry[];
  try {
    manifest = JSON.parse(readFileSync(from, 'utf8')) as ManifestEntry[];
  } catch {
    return (await importCode()).rules;
  }
  return manifest.map((entry) => lazyRule(entry, from));
}

/** Whether `rule` is a built-in rule held by its metadata (so a worker, which loads the rules, can run it). */
export const isLazyBuiltin = (rule: Rule<any, any>): boolean => loaders.has(rule);

/** Load the code of the rules of `config` that are held by their metadata, before this thread runs them. */
export async function loadRuleCode(config: EngineConfig): Promise<void> {
  await Promise.all(config.rules.map((r) => loaders.get(r.rule)?.()));
}

/**
 * Load the corpus phases of the rules of `config` that are held by their metadata, and nothing
 * else of their code: the end of a run the workers linted needs only these (~0.1 s less than all
 * the rules' code, with one core idle).
 */
export async function loadCorpusCode(config: EngineConfig): Promise<void> {
  await Promise.all(config.rules.map((r) => corpusLoaders.get(r.rule)?.()));
}
