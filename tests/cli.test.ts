import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { cli } from './helpers/cli.js';
import { tmpTree } from './helpers/tmp.js';
import { wordRule, corpusRule } from './helpers/rules.js';
import { HELP } from '../src/cli/args.js';
import { childPath, isNormalAbsolute } from '../src/cli/files.js';
import { VERSION } from '../src/version.js';

const rules = [wordRule, corpusRule];
const root = tmpTree({
  'a.txt': 'One foo here.\n',
  'b.txt': 'Clean text.\n',
  'notes.md': 'Another foo.\n',
  'skip.log': 'foo\n',
  'sub/c.txt': 'Deep foo.\n',
  'drafts/d.txt': 'Draft foo.\n',
});

/** A directory beside the working directories of these tests. */
const outside = tmpTree({ 'e.txt': 'Outside foo.\n' });
const outsideName = relative(join(root, '..'), outside);

describe('files and globs', () => {
  it('walks directories for .txt and .md, sorted, with line:column', async () => {
    const r = await cli(['--format', 'unix', '.'], { cwd: root, rules });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'a.txt:1:5: Unexpected “foo”, expected “bar” [test-word]',
        'drafts/d.txt:1:7: Unexpected “foo”, expected “bar” [test-word]',
        'notes.md:1:9: Unexpected “foo”, expected “bar” [test-word]',
        'sub/c.txt:1:6: Unexpected “foo”, expected “bar” [test-word]',
        '',
      ].join('\n'),
    );
  });

  it('names files under the working directory by their relative path, and others by their absolute one', async () => {
    // The file outside, named absolutely and relatively: one file, named by its absolute path.
    const r = await cli(['--format', 'unix', '.', join(outside, 'e.txt'), `../../${outsideName}/e.txt`], { cwd: join(root, 'sub'), rules });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n').map((l) => l.split(':')[0]).sort()).toEqual([join(outside, 'e.txt'), 'c.txt'].sort());
    const fromRoot = await cli(['--format', 'unix', 'sub/', join(root, 'drafts')], { cwd: root, rules });
    expect(fromRoot.stdout.trim().split('\n').map((l) => l.split(':')[0])).toEqual(['drafts/d.txt', 'sub/c.txt']);
  });

  it.skipIf(sep !== '/')('builds and checks per-file paths as node:path would (the fast paths of a large run)', () => {
    const paths = ['/', '/a', '/a/b', '/a/b/', '/a//b', '//a', '/a/./b', '/a/../b', '/a/.', '/a/..', '/.hidden/x', '/a/.b/c..d', '/a/..b', '/a/b.', 'rel/x', ''];
    expect(paths.filter(isNormalAbsolute)).toEqual(['/', '/a', '/a/b', '/.hidden/x', '/a/.b/c..d', '/a/..b', '/a/b.']);
    for (const p of paths.filter(isNormalAbsolute)) expect(resolve(p)).toBe(p);
    for (const dir of ['/', '/a', '/a/.b']) for (const name of ['x.txt', '.y', '..z', 'a b']) expect(childPath(dir, name)).toBe(join(dir, name));
  });

  it('expands globs and lints explicitly named files whatever their extension', async () => {
    const r = await cli(['--format', 'unix', '**/c.txt', 'skip.log'], { cwd: root, rules });
    expect(r.stdout.trim().split('\n').map((l) => l.split(':')[0])).toEqual(['skip.log', 'sub/c.txt']);
  });

  it('honours .lintignore and --no-ignore', async () => {
    const dir = tmpTree({ '.lintignore': 'drafts/\n', 'x.txt': 'foo\n', 'drafts/y.txt': 'foo\n' });
    expect((await cli(['-f', 'unix', '.'], { cwd: dir, rules })).stdout).not.toContain('drafts');
    expect((await cli(['-f', 'unix', '--no-ignore', '.'], { cwd: dir, rules })).stdout).toContain('drafts/y.txt');
  });

  it('a .lintignore pattern ending in "/" ignores directories only, as in .gitignore', async () => {
    const dir = tmpTree({ '.lintignore': 'notes.txt/\n', 'notes.txt': 'foo\n', 'sub/notes.txt/z.txt': 'foo\n' });
    const out = (await cli(['-f', 'unix', '.'], { cwd: dir, rules })).stdout;
    expect(out).toContain('notes.txt:1');
    expect(out).not.toContain('z.txt');
  });

  it('a .lintignore of comments and blank lines ignores nothing; patterns after comments, and negations, still count', async () => {
    const files = { 'x.txt': 'foo\n', 'drafts/y.txt': 'foo\n', 'keep/z.txt': 'foo\n' };
    const listed = async (ignoreText: string) =>
      (await cli(['-f', 'unix', '.'], { cwd: tmpTree({ ...files, '.lintignore': ignoreText }), rules })).stdout.trim().split('\n').map((l) => l.split(':')[0]).sort();
    expect(await listed('# drafts/\n\n   \n')).toEqual(['drafts/y.txt', 'keep/z.txt', 'x.txt']);
    expect(await listed('# old notes\n\ndrafts/\n')).toEqual(['keep/z.txt', 'x.txt']);
    expect(await listed('*/*.txt\n!keep/z.txt\n')).toEqual(['keep/z.txt', 'x.txt']);
  });

  it('--ext chooses the extensions walked', async () => {
    const r = await cli(['-f', 'unix', '--ext', '.log', '.'], { cwd: root, rules });
    expect(r.stdout.trim()).toBe('skip.log:1:1: Unexpected “foo”, expected “bar” [test-word]');
  });
});

describe('config', () => {
  it('finds the nearest .lintrc.json for each file and applies rule options', async () => {
    const dir = tmpTree({
      '.lintrc.json': JSON.stringify({ extends: [], rules: { 'test-word': 'warn' } }),
      'x.txt': 'foo baz\n',
      'inner/.lintrc.json': JSON.stringify({ extends: [], rules: { 'test-word': ['error', { word: 'baz', replacement: 'qux' }] } }),
      'inner/y.txt': 'foo baz\n',
    });
    const r = await cli(['-f', 'json', '.'], { cwd: dir, rules });
    const report = JSON.parse(r.stdout);
    expect(report.map((f: { filePath: string; messages: Array<{ severity: number; message: string }> }) => [f.filePath, f.messages.map((m) => [m.severity, m.message])])).toEqual([
      ['inner/y.txt', [[2, 'Unexpected “baz”, expected “qux”']]],
      ['x.txt', [[1, 'Unexpected “foo”, expected “bar”']]],
    ]);
  });

  it('files under the same config form one corpus, whatever their directories; another config starts another', async () => {
    const files = { 'a/1.txt': 'Kuleba said.\n', 'b/2.txt': 'Kuleba met them.\n', 'c/d/3.txt': 'Kulaba spoke.\n' };
    const flagged = async (tree: Record<string, string>) => {
      const r = await cli(['-f', 'json', '.'], { cwd: tmpTree(tree), rules });
      return (JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; message: string }> }>).flatMap((f) =>
        f.messages.filter((m) => m.ruleId === 'test-corpus').map((m) => `${f.filePath}: ${m.message}`),
      );
    };
    // Three directories without a config: one corpus, where "Kulaba" is the minority spelling.
    expect(await flagged(files)).toEqual(['c/d/3.txt: Unexpected “Kulaba”, the other files write “Kuleba”']);
    // c/ has a config of its own: its files are a corpus apart, with nothing to compare.
    expect(await flagged({ ...files, 'c/.lintrc.json': '{}' })).toEqual([]);
  });

  it('without a config file, the recommended preset applies', async () => {
    const dir = tmpTree({ 'x.txt': 'foo\n' });
    const r = await cli(['--print-config', 'x.txt'], { cwd: dir, rules });
    const config = JSON.parse(r.stdout);
    expect(Object.keys(config.rules)).toEqual(['test-word', 'test-corpus']);
    expect(config.rules['test-word']).toEqual({ severity: 2, options: { word: 'foo', replacement: 'bar' } });
  });

  it('--config overrides discovery; --rule overrides both', async () => {
    const dir = tmpTree({ 'cfg.json': JSON.stringify({ extends: [], rules: { 'test-word': 'error' } }), 'x.txt': 'foo\n' });
    const off = await cli(['-c', 'cfg.json', '--rule', 'test-word:off', 'x.txt'], { cwd: dir, rules });
    expect(off.code).toBe(0);
    const opts = await cli(['-c', 'cfg.json', '-f', 'unix', '--rule', 'test-word:["warn",{"word":"x","replacement":"y"}]', 'x.txt'], { cwd: dir, rules });
    expect(opts.code).toBe(0);
    expect(opts.stdout).toBe('');
  });

  it('extends another config by path and keeps its options when only the severity changes', async () => {
    const dir = tmpTree({
      'base.json': JSON.stringify({ extends: [], rules: { 'test-word': ['error', { word: 'baz', replacement: 'q' }] } }),
      '.lintrc.json': JSON.stringify({ extends: './base.json', rules: { 'test-word': 'warn' } }),
      'x.txt': 'baz\n',
    });
    const r = await cli(['-f', 'json', 'x.txt'], { cwd: dir, rules });
    expect(JSON.parse(r.stdout)[0].messages[0]).toMatchObject({ severity: 1, message: 'Unexpected “baz”, expected “q”' });
  });

  it('applies config "ignore" patterns relative to the config file', async () => {
    const dir = tmpTree({ '.lintrc.json': JSON.stringify({ ignore: ['old/**'] }), 'old/x.txt': 'foo\n', 'y.txt': 'foo\n' });
    const r = await cli(['-f', 'unix', '.'], { cwd: dir, rules });
    expect(r.stdout).not.toContain('old/');
    expect(r.stdout).toContain('y.txt');
  });
});

describe('output and exit codes', () => {
  it('stylish groups by file and summarises; no colour off a TTY', async () => {
    const r = await cli(['a.txt', 'b.txt'], { cwd: root, rules });
    expect(r.stdout).toBe('a.txt\n  1:5-1:8  error  Unexpected “foo”, expected “bar”  test-word\n\n✖ 1 problem (1 error, 0 warnings)\n  1 problem can be fixed with --fix\n');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('colours only on a TTY, and --no-color / NO_COLOR turn them off', async () => {
    expect((await cli(['a.txt'], { cwd: root, rules, tty: true })).stdout).toContain('\u001b[');
    expect((await cli(['--no-color', 'a.txt'], { cwd: root, rules, tty: true })).stdout).not.toContain('\u001b[');
    expect((await cli(['a.txt'], { cwd: root, rules, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('exit 0 when clean, 1 on errors, and --max-warnings turns warnings into a failure', async () => {
    expect((await cli(['b.txt'], { cwd: root, rules })).code).toBe(0);
    expect((await cli(['a.txt'], { cwd: root, rules })).code).toBe(1);
    expect((await cli(['--rule', 'test-word:warn', 'a.txt'], { cwd: root, rules })).code).toBe(0);
    expect((await cli(['--rule', 'test-word:warn', '--max-warnings', '0', 'a.txt'], { cwd: root, rules })).code).toBe(1);
    expect((await cli(['--rule', 'test-word:warn', '--max-warnings', '1', 'a.txt'], { cwd: root, rules })).code).toBe(0);
  });

  it('--quiet drops warnings', async () => {
    const r = await cli(['--quiet', '--rule', 'test-word:warn', 'a.txt'], { cwd: root, rules });
    expect(r.stdout).toBe('');
  });

  it('--output-file writes the report instead of stdout', async () => {
    const dir = tmpTree({ 'x.txt': 'foo\n' });
    const r = await cli(['-f', 'json', '-o', 'out/report.json', 'x.txt'], { cwd: dir, rules });
    expect(r.stdout).toBe('');
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8'))[0].filePath).toBe('x.txt');
    const blocked = await cli(['-f', 'json', '-o', 'x.txt/report.json', 'x.txt'], { cwd: dir, rules });
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toMatch(/^seedlint: cannot write --output-file x\.txt\/report\.json/);
  });

  it('github annotations escape properties and data', async () => {
    const dir = tmpTree({ 'a,b.txt': 'foo\n' });
    const r = await cli(['-f', 'github', 'a,b.txt'], { cwd: dir, rules });
    expect(r.stdout).toBe('::error file=a%2Cb.txt,line=1,col=1,endLine=1,endColumn=4,title=test-word::Unexpected “foo”, expected “bar”\n');
  });

  it('--stdin with --stdin-filename reports that name', async () => {
    const r = await cli(['--stdin', '--stdin-filename', 'story.txt', '-f', 'unix'], { cwd: root, rules, stdin: 'foo\n' });
    expect(r.stdout).toBe('story.txt:1:1: Unexpected “foo”, expected “bar” [test-word]\n');
    expect(r.code).toBe(1);
  });

  it('--fix-dry-run puts the fixed text in the JSON output; --fix writes it atomically', async () => {
    const dir = tmpTree({ 'x.txt': '\uFEFFa foo\r\nb\r\n' });
    const dry = await cli(['--fix-dry-run', '-f', 'json', 'x.txt'], { cwd: dir, rules });
    expect(JSON.parse(dry.stdout)[0].output).toBe('a bar\r\nb\r\n');
    const fixed = await cli(['--fix', 'x.txt'], { cwd: dir, rules });
    expect(readFileSync(join(dir, 'x.txt'), 'utf8')).toBe('\uFEFFa bar\r\nb\r\n');
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    expect(fixed.code).toBe(1); // the finding is still reported for this run
  });

  it('--help lists every flag and --version prints the version', async () => {
    expect((await cli(['--help'], { cwd: root })).stdout).toBe(HELP);
    for (const flag of ['--stdin-filename', '--print-config', '--max-warnings', '--output-file', '--no-color', '--rule', '--jobs', '--cache', '--cache-location', '--cache-strategy']) expect(HELP).toContain(flag);
    expect((await cli(['--version'], { cwd: root })).stdout).toBe(`${VERSION}\n`);
    expect(JSON.parse(readFileSync('package.json', 'utf8')).version).toBe(VERSION);
  });

  it('a bad flag or value is a usage error with exit 2 and no stack trace', async () => {
    for (const argv of [['--bogus'], ['--format', 'xml'], ['--max-warnings', 'many'], ['--fix', '--stdin']]) {
      const r = await cli(argv, { cwd: root, rules });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^seedlint: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('does not leave files behind on a clean run', () => {
    expect(existsSync(join(root, '.seedlintcache'))).toBe(false);
  });
});

describe('knowledge packs from config', () => {
  it('loads CSV and TBX term lists named in .lintrc.json into the rules', async () => {
    const { default: preferredTerm } = await import('../rules/preferred-term.js');
    const dir = tmpTree({
      '.lintrc.json': JSON.stringify({ extends: [], rules: { 'preferred-term': 'error' }, knowledge: ['terms.csv'] }),
      'terms.csv': 'term,preferred\nweb site,website\n',
      'x.txt': 'Visit the web site today.\n',
    });
    const r = await cli(['-f', 'unix', 'x.txt'], { cwd: dir, rules: [preferredTerm] });
    expect(r.stdout).toMatch(/^x\.txt:1:11: .*“web site”.*“website”.* \[preferred-term\]\n$/);
  });

  it('a missing or malformed pack is a config error naming the file', async () => {
    const { default: preferredTerm } = await import('../rules/preferred-term.js');
    const dir = tmpTree({
      'missing/.lintrc.json': JSON.stringify({ knowledge: ['nope.tbx'] }),
      'missing/x.txt': 'x\n',
      'bad/.lintrc.json': JSON.stringify({ knowledge: ['terms.csv'] }),
      'bad/terms.csv': 'term,preferred\nKiev\n',
      'bad/x.txt': 'x\n',
    });
    const missing = await cli(['missing/x.txt'], { cwd: dir, rules: [preferredTerm] });
    expect(missing.stderr).toMatch(/config error in missing\/\.lintrc\.json, key "knowledge\[0\]": cannot read knowledge pack .*nope\.tbx: no such file or directory/);
    expect(missing.code).toBe(2);
    const bad = await cli(['bad/x.txt'], { cwd: dir, rules: [preferredTerm] });
    expect(bad.stderr).toMatch(/config error in .*terms\.csv: .*"Kiev"/);
    expect(bad.code).toBe(2);
  });
});
