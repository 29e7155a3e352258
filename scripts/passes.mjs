/**
 * Lint the .txt files of a directory `PASSES` times in one thread, eight documents at a time as a
 * lint worker takes them, through the built engine (`npm run build` first) with the default rules:
 * the workload for counting instructions, which
 * this machine's timings are too noisy to compare (docs/performance.md, "Measuring").
 *
 *   node scripts/passes.mjs DIR PASSES [rule,rule…] [--config FILE]
 *
 * PASSES 0 only loads the modules, the config and the texts. Under cachegrind, with fixed seeds:
 *
 *   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
 *     node --single-threaded --hash-seed=1 --random-seed=1 --interrupt-budget=540672 \
 *     scripts/passes.mjs DIR 8
 *
 * The difference between two pass counts, divided by the passes between, is a warm pass; the
 * first pass minus the load is a worker's first pass. Prints the number of findings (a check
 * that two builds did the same work).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
// `--config FILE`: that config instead of the project's (a rule's options, such as garbled-sentence's signals).
const at = args.indexOf('--config');
const configFile = at >= 0 ? resolve(args.splice(at, 2)[1]) : undefined;
const [dir, passesArg, only] = args;
if (!dir || passesArg === undefined) throw new Error('usage: node scripts/passes.mjs DIR PASSES [rule,rule…] [--config FILE]');
const root = fileURLToPath(new URL('..', import.meta.url));
const load = (path) => import(join(root, 'dist', path));
const { ruleById } = await load('rules/index.js');
const { lintDocuments, DOCUMENTS_TOGETHER } = await load('src/engine/lint.js');
const { ConfigLoader, toEngineConfig } = await load('src/cli/config-files.js');
const { nodeFs } = await load('src/cli/io.js');
const engine = await toEngineConfig(await new ConfigLoader(nodeFs, ruleById, { cwd: root, configFile }).forFile(join(root, 'x.txt')), ruleById, nodeFs, false);
const ids = only?.split(',');
const config = ids ? { ...engine, rules: engine.rules.filter((r) => ids.includes(r.rule.meta.id)) } : engine;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ path: join(dir, f), value: readFileSync(join(dir, f), 'utf8') }));
let findings = 0;
for (let pass = 0; pass < Number(passesArg); pass++) {
  // In groups, as a lint worker takes them (their tagging is shared).
  for (let i = 0; i < files.length; i += DOCUMENTS_TOGETHER) {
    for (const { result } of await lintDocuments(files.slice(i, i + DOCUMENTS_TOGETHER), config)) findings += result.messages.length;
  }
}
process.stdout.write(`${files.length} files, ${passesArg} passes, ${findings} findings\n`);
