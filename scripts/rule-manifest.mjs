/**
 * Write `dist/rules/meta.json`, the built-in rules' metadata (src/cli/builtin-rules.ts), from the
 * built rules, after `tsc` has built `dist/` (run by `npm run build`). The CLI's main thread reads
 * it instead of loading the rules' code, which it needs only to lint a text itself.
 *
 *   node scripts/rule-manifest.mjs
 */
import { writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const { rules } = await import(new URL('rules/index.js', dist).href);
const { manifestOf } = await import(new URL('src/cli/builtin-rules.js', dist).href);
writeFileSync(new URL('rules/meta.json', dist), `${JSON.stringify(manifestOf(rules))}\n`);
