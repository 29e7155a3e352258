/**
 * Copy `rules/data/` (lexicons, word lists, gazetteer, knowledge pack and its prepared indexes)
 * to `dist/rules/data/`, after `tsc` has built `dist/` (run by `npm run build`). Rules read some
 * of these files at run time, on first use, instead of importing them, so `tsc` would not copy
 * them; the whole directory is data, so it is copied as it is.
 *
 *   node scripts/copy-data.mjs
 */
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}dist/rules/data`, { recursive: true, force: true });
cpSync(`${root}rules/data`, `${root}dist/rules/data`, { recursive: true });
