/**
 * How each rule's time grows with the length of one text, on texts of one shape at doubling sizes:
 * news texts run together as paragraphs, as lines, or as one paragraph that lost its line breaks, and
 * generated dumps (a 'Read more' line after each story, one long line of dates, a run-on sentence of
 * event claims, a long list of short lines). A rule whose time grows more than 2.6-fold when the text
 * doubles is flagged: quadratic work, which a long text makes minutes. Runs the built engine
 * (`npm run build` first); the parse is shared by the rules and not counted.
 *
 *   node scripts/scaling.mjs [DIR] [--sizes 2000,4000,8000] [--shapes one,dates]
 *
 * DIR holds the .txt files the news shapes are made of (default: seeds/). Sizes count stories or
 * generated sentences. Each time is one run, and a collection can land in any of them: run a flagged
 * rule again at larger sizes before reading much into one flag.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = args[0] && !args[0].startsWith('--') ? args[0] : join(root, 'seeds');
const load = (p) => import(join(root, 'dist', p));
const { ruleById } = await load('rules/index.js');
const { createDoc, parse } = await load('src/engine/doc.js');
const { whenTaggedNow } = await load('src/nlp/tag-sentence.js');
const { resolveOptions } = await load('src/config/options.js');
const rules = [...ruleById.values()].filter((r) => r.meta.recommended !== false);
const stories = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
if (!stories.length) throw new Error(`no .txt files in ${dir}`);

const repeat = (n, make) => Array.from({ length: n }, (_, i) => make(i)).join('');
const story = (i) => stories[i % stories.length];
const SHAPES = {
  paragraphs: (n) => repeat(n, (i) => story(i) + '\n\n'),
  lines: (n) => repeat(n, (i) => story(i).replace(/\n+/g, '\n') + '\n'),
  one: (n) => repeat(n, (i) => story(i).replace(/\s+/g, ' ') + ' '),
  readMore: (n) => repeat(n, (i) => `The minister said the talks on issue ${i} would continue next week.\nRead more: Delegates meet ${i}\n`),
  dates: (n) => repeat(n, (i) => `On March ${(i % 28) + 1}, 2023 and 3/${(i % 28) + 1}/2023 the ministry met at 10:${String(i % 60).padStart(2, '0')} a.m. `) + '\n',
  claims: (n) => repeat(n, (i) => `NATO leaders met at the Budapest summit in 2008 and the Paris summit ${i}. `) + '\n',
  list: (n) => repeat(n, (i) => `Item ${i}\n`),
};
const sizes = (flag('--sizes') ?? '1000,2000,4000').split(',').map(Number);
const only = flag('--shapes')?.split(',');

for (const [shape, make] of Object.entries(SHAPES)) {
  if (only && !only.includes(shape)) continue;
  const times = new Map(rules.map((r) => [r.meta.id, []]));
  const lengths = [];
  for (const n of sizes) {
    const text = make(n);
    lengths.push(text.length);
    const tree = parse(text);
    for (const rule of rules) {
      const doc = createDoc('scaling.txt', text, tree);
      const start = performance.now();
      rule.create({ id: rule.meta.id, options: resolveOptions(rule, undefined), doc, knowledge: [], report: () => undefined, whenTagged: whenTaggedNow(doc) });
      times.get(rule.meta.id).push(performance.now() - start);
    }
  }
  console.log(`\n${shape}: ${lengths.map((l) => `${(l / 1e6).toFixed(2)} MB`).join(', ')} (ms per rule)`);
  for (const [id, t] of [...times].sort((a, b) => b[1].at(-1) - a[1].at(-1))) {
    const growth = t.at(-1) / Math.max(1, t.at(-2));
    const flagged = growth > 2.6 && t.at(-1) > 50 ? `  grows ${growth.toFixed(1)}x per doubling` : '';
    console.log(`  ${id.padEnd(20)}${t.map((x) => x.toFixed(0).padStart(7)).join('')}${flagged}`);
  }
}
