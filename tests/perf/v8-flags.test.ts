import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { POOL_V8_FLAGS, V8_FLAGS, v8FlagsToSet } from '../../src/cli/v8-flags.js';
import { tmpTree } from '../helpers/tmp.js';

const run = promisify(execFile);
const BIN = join(resolve(import.meta.dirname, '..', '..'), 'bin', 'seedlint.js');

describe('CLI V8 flags', () => {
  it('sets its flags when node was given none of them', () => {
    expect(V8_FLAGS.length).toBeGreaterThan(0);
    expect(v8FlagsToSet([])).toEqual([...V8_FLAGS]);
    expect(v8FlagsToSet(['--enable-source-maps', '--max-old-space-size=4096'])).toEqual([...V8_FLAGS]);
  });

  it("leaves a flag the user gave node alone, in either spelling", () => {
    expect(v8FlagsToSet(['--interrupt-budget=1000'], ['--interrupt-budget=540672'])).toEqual([]);
    expect(v8FlagsToSet(['--interrupt_budget=1000'], ['--interrupt-budget=540672'])).toEqual([]);
    expect(v8FlagsToSet(['--interrupt-budget=1000'], ['--interrupt-budget=540672', '--no-turbo-inlining'])).toEqual(['--no-turbo-inlining']);
  });

  it('leaves a boolean flag the user turned on or off alone', () => {
    expect(v8FlagsToSet(['--parallel-scavenge'], ['--no-parallel-scavenge'])).toEqual([]);
    expect(v8FlagsToSet(['--no-parallel_scavenge'], ['--no-parallel-scavenge'])).toEqual([]);
    expect(v8FlagsToSet(['--parallel-marking'], ['--no-parallel-scavenge'])).toEqual(['--no-parallel-scavenge']);
  });

  it('sets only well-formed V8 flags', () => {
    for (const flag of V8_FLAGS) expect(flag).toMatch(/^--[a-z-]+(=\d+)?$/);
  });
});

describe('V8 flags of a run that starts lint workers', () => {
  /** The flags the built CLI sets, recorded by a preload that wraps `v8.setFlagsFromString`. */
  async function flagsSet(files: number, ...args: string[]): Promise<string[]> {
    const dir = tmpTree(Object.fromEntries(Array.from({ length: files }, (_, i) => [`doc-${i}.txt`, `Talks went on in Geneva on Monday, officials said. Copy ${i}.\n`])));
    const aside = tmpTree({});
    const log = join(aside, 'flags.txt');
    writeFileSync(
      join(aside, 'record.cjs'),
      `const v8 = require('node:v8');\nconst fs = require('node:fs');\nconst set = v8.setFlagsFromString;\nv8.setFlagsFromString = (flag) => { fs.appendFileSync(${JSON.stringify(log)}, flag + '\\n'); set(flag); };\nrequire('node:module').syncBuiltinESMExports();\n`,
    );
    // (Exit code 1, for findings that are errors, is a finished run too.)
    await run(process.execPath, ['-r', join(aside, 'record.cjs'), BIN, '-f', 'json', '--no-progress', ...args, '.'], { cwd: dir, env: { ...process.env, SEEDLINT_POOL_MIN_CHARS: '0' } }).catch((error: { code?: number }) => {
      if (error.code !== 1) throw error;
    });
    return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  }

  it('compiles regexes to machine code at once only where workers start, once a run', { timeout: 60_000 }, async () => {
    const pooled = await flagsSet(30, '--jobs', '2');
    expect(pooled.filter((f) => POOL_V8_FLAGS.includes(f))).toEqual([...POOL_V8_FLAGS]);
    expect(pooled.filter((f) => V8_FLAGS.includes(f))).toEqual([...V8_FLAGS]);
    const inProcess = await flagsSet(30, '--jobs', '1');
    expect(inProcess.filter((f) => POOL_V8_FLAGS.includes(f))).toEqual([]);
    expect(inProcess.filter((f) => V8_FLAGS.includes(f))).toEqual([...V8_FLAGS]);
  });

  it('leaves regex tiering alone when the user set it', () => {
    expect(v8FlagsToSet(['--regexp-tier-up'], POOL_V8_FLAGS)).toEqual([]);
    for (const flag of POOL_V8_FLAGS) expect(flag).toMatch(/^--[a-z-]+(=\d+)?$/);
  });
});
