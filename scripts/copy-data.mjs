/**
 * Copy `rules/data/` (lexicons, word lists, gazetteer, knowledge pack and its prepared indexes)
 * to `dist/rules/data/`, after `tsc` has built `dist/` (run by `npm run build`). Rules read some
 * of these files at run time, on first use, instead of importing them, so `tsc` would not copy
 * them; the whole directory is data, so it is copied as it is. Its fingerprint (the cache's key
 * for the built-in data, src/cli/cache.ts) is saved next to it, so a run need not hash it again.
 *
 *   node scripts/copy-data.mjs
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}dist/rules/data`, { recursive: true, force: true });
cpSync(`${root}rules/data`, `${root}dist/rules/data`, { recursive: true });

const { DATA_FINGERPRINT_FILE, dataFingerprintOf } = await import(new URL('../dist/src/cli/cache.js', import.meta.url).href);
writeFileSync(`${root}dist/rules/${DATA_FINGERPRINT_FILE}`, `${dataFingerprintOf(`${root}dist/rules/data`)}\n`);
