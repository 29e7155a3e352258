/**
 * Lint a directory with the built-in rules in process and write a JSON report for the
 * MQM scorer. Usage: npx tsx scripts/eval.ts DIR [--rules a,b] [--out report.json]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../src/engine/lint.js';
import { resolveOptions } from '../src/config/options.js';
import { rules } from '../rules/index.js';

const args = process.argv.slice(2);
const dir = args[0];
if (!dir) throw new Error('usage: tsx scripts/eval.ts DIR [--rules a,b] [--out FILE]');
const only = args.includes('--rules') ? args[args.indexOf('--rules') + 1]!.split(',') : undefined;
const out = args.includes('--out') ? args[args.indexOf('--out') + 1]! : undefined;
const chosen = rules.filter((r) => (only ? only.includes(r.meta.id) : r.meta.recommended !== false));
const inputs = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ path: join(dir, f), value: readFileSync(join(dir, f), 'utf8') }));
const results = await lint(inputs, {
  rules: chosen.map((rule) => ({ rule, severity: 2 as const, options: resolveOptions(rule, undefined) })),
});
const json = JSON.stringify(results, null, 1);
if (out) writeFileSync(out, json);
else process.stdout.write(json + '\n');
const counts: Record<string, number> = {};
for (const r of results) for (const m of r.messages) counts[m.ruleId ?? 'fatal'] = (counts[m.ruleId ?? 'fatal'] ?? 0) + 1;
process.stderr.write(`${inputs.length} files; findings by rule: ${JSON.stringify(counts)}\n`);
