/**
 * The CLI's main thread loads the document phase (the parser, retext, the rules' code) only to
 * lint a text itself: a re-run its cache answers never loads it, nor the corpus phase's code. A
 * loader hook records every module the process loads. Runs the built CLI (`npm test` builds first).
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { tmpTree } from '../helpers/tmp.js';
import { projectTexts } from '../helpers/texts.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'seedlint.js');

/** Project texts (seed and rule fixtures), repeated to 30 files: enough for the pool. */
function corpus(): Record<string, string> {
  const texts = projectTexts({ docs: false }).map((t) => t.text);
  return Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`doc-${i}.txt`, `${texts[i % texts.length]!.slice(0, 2000)}\nCopy ${i}.\n`]));
}

describe('the main thread of a cached re-run', () => {
  it('loads neither the document phase nor any rule\'s code, and reports as the first run did', { timeout: 120_000 }, async () => {
    const dir = tmpTree(corpus());
    // The hook and its log sit outside the linted directory (a .txt log there would be linted).
    const aside = tmpTree({});
    const log = join(aside, 'loaded.txt');
    writeFileSync(join(aside, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  appendFileSync(${JSON.stringify(log)}, url + '\\n');\n  return next(url, context);\n}\n`);
    writeFileSync(join(aside, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(aside, 'hooks.mjs')).href)});\n`);
    const seedlint = async (...node: string[]) => {
      const args = [...node, BIN, '-f', 'json', '--no-progress', '--cache', '--cache-location', join(dir, 'cache'), '--jobs', '2', '.'];
      try {
        return (await run(process.execPath, args, { cwd: dir, maxBuffer: 64 << 20, env: { ...process.env, SEEDLINT_POOL_MIN_CHARS: '0' } })).stdout;
      } catch (error) {
        return (error as { stdout: string }).stdout;
      }
    };
    const first = await seedlint();
    const warm = await seedlint('--import', pathToFileURL(join(aside, 'register.mjs')).href);
    expect(warm).toBe(first);
    expect(JSON.parse(first).flatMap((r: { messages: unknown[] }) => r.messages).length).toBeGreaterThan(10);
    const bundle = readFileSync(log, 'utf8')
      .split('\n')
      .filter((url) => url.includes('/dist/src/cli-bundle/'))
      .map((url) => readFileSync(fileURLToPath(url), 'utf8'));
    expect(bundle.length).toBeGreaterThan(1);
    // (The bundles keep function names: the parser's, the engine's document phase, a rule's, a corpus phase.)
    for (const code of bundle) for (const name of ['tokenizeParagraph', 'lintDocument', 'findSpacing', 'nameConsistencyCorpus']) expect(code).not.toMatch(new RegExp(`function ${name}\\b`));
  });
});
