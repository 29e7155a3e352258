/**
 * Time parse-only and each rule's own cost over a directory of .txt files, in process.
 *
 *   npx tsx scripts/profile-rules.ts DIR [--rules a,b] [--runs 3] [--wall]
 *
 * Parse-only is retext-english over every file. A rule's own cost is the time of `rule.create`
 * on a fresh document view (empty memo) over the already parsed trees, so analysis a rule shares
 * with others through `doc.memo` is counted in full for each rule alone; "all rules" runs every
 * chosen rule on one document view, as the engine does. Each figure is the median of `--runs`
 * warm runs, after one warm-up run whose time (start-up: lazy loads, knowledge indexes) is shown
 * apart. Times are the process's CPU time (steadier than wall time when other processes load
 * the machine); `--wall` measures elapsed time instead. Add `--cpu-prof` to node (`npx tsx --cpu-prof …`) to find the hot spots.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc, parse } from '../src/engine/doc.js';
import { whenTaggedNow } from '../src/nlp/tag-sentence.js';
import { resolveOptions } from '../src/config/options.js';
import { rules } from '../rules/index.js';
import type { Rule } from '../src/types.js';

const args = process.argv.slice(2);
const dir = args[0];
if (!dir) throw new Error('usage: tsx scripts/profile-rules.ts DIR [--rules a,b] [--runs 3]');
const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = flag('--rules')?.split(',');
const runs = Number(flag('--runs') ?? 3);
const chosen = rules.filter((r) => (only ? only.includes(r.meta.id) : r.meta.recommended !== false));
const inputs = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ path: join(dir, f), value: readFileSync(join(dir, f), 'utf8') }));
const bytes = inputs.reduce((n, i) => n + Buffer.byteLength(i.value), 0);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** CPU time of the process in ms (user + system): steadier than wall time on a loaded machine. */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const clock = args.includes('--wall') ? () => performance.now() : cpu;
/** First (cold) time and the median of `runs` further (warm) times, in ms. */
function measure(fn: () => void): { cold: number; warm: number } {
  const time = () => {
    const t0 = clock();
    fn();
    return clock() - t0;
  };
  const cold = time();
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) warm.push(time());
  return { cold, warm: median(warm) };
}

const parsed = measure(() => {
  for (const input of inputs) parse(input.value);
});
const trees = inputs.map((input) => parse(input.value));
const options = new Map(chosen.map((rule) => [rule, resolveOptions(rule, undefined)]));

/** Run `ruleSet` over every file, each file with one fresh document view. */
function runRules(ruleSet: ReadonlyArray<Rule<any, any>>) {
  inputs.forEach((input, i) => {
    const doc = createDoc(input.path, input.value, trees[i]!);
    const whenTagged = whenTaggedNow(doc);
    for (const rule of ruleSet) {
      rule.create({ id: rule.meta.id, options: options.get(rule)!, doc, knowledge: [], report: () => {}, whenTagged });
    }
  });
}

const rows: Array<[string, { cold: number; warm: number }]> = [];
for (const rule of chosen) rows.push([rule.meta.id, measure(() => runRules([rule]))]);
rows.sort((a, b) => b[1].warm - a[1].warm);
const all = measure(() => runRules(chosen));

const ms = (x: number) => x.toFixed(0).padStart(7);
const pct = (x: number) => `${((100 * x) / parsed.warm).toFixed(0).padStart(5)}%`;
const out = [
  `${inputs.length} files, ${(bytes / 1e3).toFixed(0)} KB; median of ${runs} warm runs (${clock === cpu ? 'CPU' : 'wall'} ms); % of parse-only`,
  `${'what'.padEnd(22)} ${'warm'.padStart(7)} ${'vs parse'.padStart(8)} ${'1st run'.padStart(7)}`,
  `${'parse-only'.padEnd(22)} ${ms(parsed.warm)} ${pct(parsed.warm)}   ${ms(parsed.cold)}`,
  ...rows.map(([id, t]) => `${id.padEnd(22)} ${ms(t.warm)} ${pct(t.warm)}   ${ms(t.cold)}`),
  `${`all ${chosen.length} rules`.padEnd(22)} ${ms(all.warm)} ${pct(all.warm)}   ${ms(all.cold)}`,
  `throughput with parse: ${((100 * parsed.warm) / (parsed.warm + all.warm)).toFixed(0)}% of parse-only`,
];
process.stdout.write(out.join('\n') + '\n');
