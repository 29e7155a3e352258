/**
 * Evaluate the garbled-sentence rule signal by signal: lint a directory once with all
 * signals and once with each signal alone, and write one JSON report per run for score.mjs.
 * Usage: npx tsx scripts/garbled-eval.ts DIR --out-dir OUT [--threshold N]
 * Writes OUT/all.json and OUT/<signal>.json.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../src/engine/lint.js';
import { resolveOptions } from '../src/config/options.js';
import rule from '../rules/garbled-sentence.js';
import { SIGNALS } from '../src/nlp/garbled-signals.js';

const args = process.argv.slice(2);
const dir = args[0];
const outDir = args.includes('--out-dir') ? args[args.indexOf('--out-dir') + 1]! : undefined;
if (!dir || !outDir) throw new Error('usage: tsx scripts/garbled-eval.ts DIR --out-dir OUT [--threshold N]');
const threshold = args.includes('--threshold') ? Number(args[args.indexOf('--threshold') + 1]) : undefined;
mkdirSync(outDir, { recursive: true });
const inputs = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ path: join(dir, f), value: readFileSync(join(dir, f), 'utf8') }));
const runs: Array<[string, Record<string, unknown>]> = [
  ['all', { ...(threshold === undefined ? {} : { threshold }) }],
  ...SIGNALS.map((s): [string, Record<string, unknown>] => [s, { signals: [s], threshold: 0 }]),
];
for (const [name, options] of runs) {
  const results = await lint(inputs, { rules: [{ rule, severity: 2, options: resolveOptions(rule, options) }] });
  writeFileSync(join(outDir, `${name}.json`), JSON.stringify(results));
  const n = results.reduce((sum, r) => sum + r.messages.length, 0);
  process.stderr.write(`${name}: ${n} findings -> ${join(outDir, `${name}.json`)}\n`);
}
