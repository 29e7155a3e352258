/** Every kind of bad input gets a clear message naming the file, and never a crash. */
import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from './helpers/cli.js';
import { tmpTree } from './helpers/tmp.js';
import { wordRule } from './helpers/rules.js';
import { nodeFs, type FileSystem } from '../src/cli/io.js';

const rules = [wordRule];
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at /);

describe('bad input', () => {
  it('a missing path: message naming it, other files still linted, exit 2', async () => {
    const dir = tmpTree({ 'ok.txt': 'foo\n' });
    const r = await cli(['-f', 'unix', 'missing.txt', 'ok.txt'], { cwd: dir, rules });
    expect(r.stderr).toBe('seedlint: missing.txt: no such file or directory\n');
    expect(r.stdout).toContain('ok.txt:1:1');
    expect(r.code).toBe(2);
  });

  it('a glob that matches nothing is reported', async () => {
    const dir = tmpTree({ 'ok.txt': 'x\n' });
    const r = await cli(['news/**/*.txt'], { cwd: dir, rules });
    expect(r.stderr).toBe('seedlint: news/**/*.txt: no files match this pattern\n');
    expect(r.code).toBe(2);
  });

  it('an empty file is linted and noted as info, exit 0', async () => {
    const dir = tmpTree({ 'empty.txt': '' });
    const r = await cli(['-f', 'json', 'empty.txt'], { cwd: dir, rules });
    const [file] = JSON.parse(r.stdout);
    expect(file.messages).toMatchObject([{ severity: 3, message: 'file is empty; nothing to lint' }]);
    expect(r.code).toBe(0);
  });

  it('a binary file is a fatal problem for that file only', async () => {
    const dir = tmpTree({ 'img.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'ok.txt': 'foo\n' });
    const r = await cli(['-f', 'unix', '.'], { cwd: dir, rules });
    expect(r.stdout).toContain('img.txt:1:1: binary file (contains NUL bytes); not linted [fatal]');
    expect(r.stdout).toContain('ok.txt:1:1: Unexpected “foo”');
    expect(r.code).toBe(2);
  });

  it('invalid UTF-8 names the line and byte', async () => {
    const bytes = new Uint8Array([...Buffer.from('good line\nbad '), 0xff, 0xfe, ...Buffer.from(' end\n')]);
    const dir = tmpTree({ 'latin1.txt': bytes });
    const r = await cli(['-f', 'unix', 'latin1.txt'], { cwd: dir, rules });
    expect(r.stdout).toBe('latin1.txt:1:1: invalid UTF-8 at line 2, byte 5 of the line (offset 14); convert the file to UTF-8 [fatal]\n');
    expect(r.code).toBe(2);
  });

  it('UTF-8 with BOM and CRLF: positions are right', async () => {
    const text = '\uFEFFLine one.\r\nThen foo.\r\n';
    const dir = tmpTree({ 'bom.txt': text });
    const r = await cli(['-f', 'json', 'bom.txt'], { cwd: dir, rules });
    const m = JSON.parse(r.stdout)[0].messages[0];
    expect([m.line, m.column, m.endLine, m.endColumn]).toEqual([2, 6, 2, 9]);
    expect(text.slice(1).slice(m.range[0], m.range[1])).toBe('foo');
  });

  it('a 50 MB file is refused with its size and the limit; others still linted', async () => {
    const dir = tmpTree({ 'ok.txt': 'foo\n' });
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'word '));
    const r = await cli(['-f', 'unix', '.'], { cwd: dir, rules });
    expect(r.stdout).toContain('huge.txt:1:1: file is 50.0 MB, over the 20 MB limit; not linted (raise --max-file-size to lint it) [fatal]');
    expect(r.stdout).toContain('ok.txt:1:1');
    expect(r.code).toBe(2);
  });

  it('a 1 MB line without spaces is linted without trouble', async () => {
    const dir = tmpTree({ 'long.txt': 'x'.repeat(1024 * 1024) + ' foo\n' });
    const r = await cli(['-f', 'json', 'long.txt'], { cwd: dir, rules });
    const m = JSON.parse(r.stdout)[0].messages[0];
    expect([m.line, m.column]).toEqual([1, 1024 * 1024 + 2]);
    expect(r.code).toBe(1);
  });

  it('a directory symlink loop ends, each file linted once', async () => {
    const dir = tmpTree({ 'news/a.txt': 'foo\n' });
    symlinkSync(join(dir, 'news'), join(dir, 'news', 'loop'));
    mkdirSync(join(dir, 'news', 'deeper'));
    symlinkSync(join(dir, 'news'), join(dir, 'news', 'deeper', 'back'));
    const r = await cli(['-f', 'unix', 'news'], { cwd: dir, rules });
    expect(r.stdout).toBe('news/a.txt:1:1: Unexpected “foo”, expected “bar” [test-word]\n');
    expect(r.code).toBe(1);
  });

  it('an unreadable file is a fatal problem naming it; the rest is linted', async () => {
    const dir = tmpTree({ 'secret.txt': 'foo\n', 'ok.txt': 'foo\n' });
    const fs: FileSystem = {
      ...nodeFs,
      readFile: (p) => (p.endsWith('secret.txt') ? Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) : nodeFs.readFile(p)),
    };
    const r = await cli(['-f', 'unix', '.'], { cwd: dir, rules, fs });
    expect(r.stdout).toContain('secret.txt:1:1: cannot read file: permission denied [fatal]');
    expect(r.stdout).toContain('ok.txt:1:1: Unexpected');
    expect(r.code).toBe(2);
  });

  it('invalid JSON in .lintrc.json names the file; exit 2', async () => {
    const dir = tmpTree({ '.lintrc.json': '{"rules": {', 'x.txt': 'foo\n' });
    const r = await cli(['x.txt'], { cwd: dir, rules });
    expect(r.stderr).toMatch(/^seedlint: config error in \.lintrc\.json: invalid JSON: /);
    noStack(r.stderr);
    expect(r.code).toBe(2);
  });

  it('an unknown rule names the file and key, and suggests the near miss', async () => {
    const dir = tmpTree({ '.lintrc.json': JSON.stringify({ rules: { 'test-wrod': 'error' } }), 'x.txt': 'foo\n' });
    const r = await cli(['x.txt'], { cwd: dir, rules });
    expect(r.stderr).toBe('seedlint: config error in .lintrc.json, key "rules.test-wrod": unknown rule "test-wrod" (did you mean "test-word"?)\n');
    expect(r.code).toBe(2);
    const flag = await cli(['--rule', 'nope:error', 'x.txt'], { cwd: dir, rules });
    expect(flag.stderr).toMatch(/unknown rule "nope"/);
    expect(flag.code).toBe(2);
  });

  it('a bad option value names the key', async () => {
    const dir = tmpTree({ '.lintrc.json': JSON.stringify({ rules: { 'test-word': ['error', { word: 3 }] } }), 'x.txt': 'foo\n' });
    const r = await cli(['x.txt'], { cwd: dir, rules });
    expect(r.stderr).toBe('seedlint: config error in .lintrc.json, key "rules.test-word.word": invalid options for rule "test-word": word must be string\n');
    expect(r.code).toBe(2);
    const extra = tmpTree({ '.lintrc.json': JSON.stringify({ rules: { 'test-word': ['error', { wrd: 'x' }] } }), 'x.txt': 'foo\n' });
    expect((await cli(['x.txt'], { cwd: extra, rules })).stderr).toMatch(/key "rules\.test-word\.wrd".*must NOT have additional properties "wrd"/);
  });

  it('a bad severity and an unknown top-level key are config errors too', async () => {
    const sev = tmpTree({ '.lintrc.json': JSON.stringify({ rules: { 'test-word': 'loud' } }), 'x.txt': 'x\n' });
    expect((await cli(['x.txt'], { cwd: sev, rules })).stderr).toMatch(/key "rules\.test-word": invalid severity "loud"/);
    const key = tmpTree({ '.lintrc.json': JSON.stringify({ rulez: {} }), 'x.txt': 'x\n' });
    expect((await cli(['x.txt'], { cwd: key, rules })).stderr).toMatch(/key "rulez": unknown key "rulez"/);
  });

  it('a missing --config file and an extends cycle are reported', async () => {
    const dir = tmpTree({ 'a.json': JSON.stringify({ extends: './b.json' }), 'b.json': JSON.stringify({ extends: './a.json' }), 'x.txt': 'x\n' });
    expect((await cli(['-c', 'nope.json', 'x.txt'], { cwd: dir, rules })).stderr).toMatch(/config error in nope\.json: config file not found/);
    expect((await cli(['-c', 'a.json', 'x.txt'], { cwd: dir, rules })).stderr).toMatch(/"extends" cycle/);
  });
});

describe('bad input with the built-in rules', () => {
  it('a 1 MB run-on line of words with no sentence punctuation is linted, not hung on', async () => {
    const words = 'the of and to in a is that for it as was with be by on not he this are or his from at which but have'.split(' ');
    let x = 7;
    const text = Array.from({ length: 200_000 }, () => words[(x = (x * 1103515245 + 12345) % 2147483648) % words.length]).join(' ') + '\n';
    const dir = tmpTree({ 'runon.txt': text, 'nospace.txt': 'x'.repeat(1024 * 1024) + '\n' });
    const r = await cli(['-f', 'json', '.'], { cwd: dir });
    const report = JSON.parse(r.stdout);
    expect(report.map((f: { filePath: string; fatalErrorCount: number }) => [f.filePath, f.fatalErrorCount])).toEqual([
      ['nospace.txt', 0],
      ['runon.txt', 0],
    ]);
  });
});

describe('a reader that stops early', () => {
  const BIN = join(import.meta.dirname, '..', 'bin', 'seedlint.js');
  /** Run the built CLI; with `closeAfter`, its stdout is closed once that many bytes have been read (as `| head -c N` does). */
  const spawnCli = (cwd: string, closeAfter?: number) =>
    new Promise<{ code: number | null; read: number; stderr: string }>((done, fail) => {
      const child = spawn(process.execPath, [BIN, '-f', 'json', '--no-progress', '.'], { cwd });
      let read = 0;
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (closeAfter !== undefined && read >= closeAfter) child.stdout.destroy();
      });
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
      child.on('error', fail);
      child.on('close', (code) => done({ code, read, stderr }));
    });

  it('(`seedlint … | head`) ends the output quietly, with the run’s exit code', async () => {
    // Far more report than a pipe holds (64 KB here), so the CLI is still writing when the reader goes.
    const line = 'Kyiv officials said Kiev would respond, and "the talks went on.\n';
    const dir = tmpTree(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${i}.txt`, line.repeat(200)])));
    const full = await spawnCli(dir);
    expect(full.read).toBeGreaterThan(1 << 20);
    const cut = await spawnCli(dir, 1024);
    expect(cut.read).toBeLessThan(full.read);
    expect(cut.stderr).toBe('');
    expect(cut.code).toBe(full.code);
  }, 60_000);
});
