import { describe, it, expect } from 'vitest';
import retextRepeatedWords from 'retext-repeated-words';
import { lint, lintDocument } from '../src/engine/lint.js';
import { applyFixes } from '../src/engine/fix.js';
import { LineIndex } from '../src/engine/position.js';
import { defineRule } from '../src/rule.js';
import { resolveOptions } from '../src/config/options.js';
import { wordRule, corpusRule, crashingRule } from './helpers/rules.js';

const enable = (rule: typeof wordRule | typeof corpusRule | typeof crashingRule, options?: Record<string, unknown>) => ({
  rule,
  severity: 2 as const,
  options: resolveOptions(rule as never, options),
});

describe('positions', () => {
  it('maps offsets to 1-based line/column with LF, CRLF and CR', () => {
    const idx = new LineIndex('ab\r\ncd\ref\ngh');
    expect(idx.positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(idx.positionAt(4)).toEqual({ line: 2, column: 1 });
    expect(idx.positionAt(7)).toEqual({ line: 3, column: 1 });
    expect(idx.positionAt(10)).toEqual({ line: 4, column: 1 });
    expect(idx.offsetAt({ line: 3, column: 2 })).toBe(8);
  });

  it('reports range, line/column and loc that agree, on CRLF text', async () => {
    const text = 'First line.\r\nA foo here.\r\n';
    const [r] = await lint([{ path: 'a.txt', value: text }], { rules: [enable(wordRule)] });
    const m = r!.messages[0]!;
    expect(text.slice(m.range[0], m.range[1])).toBe('foo');
    expect([m.line, m.column, m.endLine, m.endColumn]).toEqual([2, 3, 2, 6]);
    expect(m.loc).toEqual({ start: { line: 2, column: 3 }, end: { line: 2, column: 6 } });
    expect(m.url).toMatch(/docs\/rules\/test-word\.md$/);
    expect(m.category).toBe('Fluency/Spelling');
  });
});

describe('document phase', () => {
  it('sorts diagnostics by position and counts them', async () => {
    const [r] = await lint([{ path: 'a.txt', value: 'foo bar foo' }], { rules: [enable(wordRule), enable(wordRule, { word: 'bar', replacement: 'baz' })] });
    expect(r!.messages.map((m) => m.range[0])).toEqual([0, 4, 8]);
    expect(r!.errorCount).toBe(3);
    expect(r!.fixableErrorCount).toBe(3);
  });

  it('turns a crashing rule into a fatal diagnostic and still runs the others', async () => {
    const [r] = await lint([{ path: 'a.txt', value: 'a foo' }], { rules: [enable(crashingRule), enable(wordRule)] });
    expect(r!.messages.map((m) => m.ruleId)).toEqual(['test-crash', 'test-word']);
    expect(r!.messages[0]!.message).toMatch(/failed on this file: boom/);
    expect(r!.fatalErrorCount).toBe(1);
  });

  it('refuses a fix outside the reported range', async () => {
    const bad = defineRule({
      meta: { ...wordRule.meta, id: 'test-bad-fix', messages: { m: 'm' }, schema: undefined, defaultOptions: undefined },
      create(context) {
        context.report({ messageId: 'm', range: [0, 1], fix: { range: [0, 3], text: '' } });
      },
    });
    const [r] = await lint([{ path: 'a.txt', value: 'abcdef' }], { rules: [{ rule: bad, severity: 2, options: {} }] });
    expect(r!.messages[0]!.message).toMatch(/outside its range/);
  });

  it('runs a retext plugin named in config and reports its messages like ours', async () => {
    const [r] = await lint([{ path: 'a.txt', value: 'It was the the best.' }], {
      rules: [],
      plugins: [{ name: 'retext-repeated-words', attacher: retextRepeatedWords, severity: 1 }],
    });
    expect(r!.messages).toHaveLength(1);
    const m = r!.messages[0]!;
    expect(m.ruleId).toMatch(/retext-repeated-words/);
    expect('It was the the best.'.slice(m.range[0], m.range[1])).toBe('the the');
    expect(m.severity).toBe(1);
  });
});

describe('corpus phase', () => {
  it('sees the facts of every file and reports on the right file with positions', async () => {
    const inputs = [
      { path: 'a.txt', value: 'Kuleba met.' },
      { path: 'b.txt', value: 'Then Kuleba spoke.' },
      { path: 'c.txt', value: 'And\nKulebe left.' },
    ];
    const results = await lint(inputs, { rules: [enable(corpusRule as never)] });
    expect(results.map((r) => r.messages.length)).toEqual([0, 0, 1]);
    const m = results[2]!.messages[0]!;
    expect(m.message).toBe('Unexpected “Kulebe”, the other files write “Kuleba”');
    expect([m.line, m.column]).toEqual([2, 1]);
  });

  it('returns compact facts only when a corpus rule has some for the file', async () => {
    expect((await lintDocument({ path: 'a', value: 'Xa' }, { rules: [enable(wordRule)] })).facts).toBeUndefined();
    expect((await lintDocument({ path: 'a', value: 'Xa\ny' }, { rules: [enable(corpusRule as never)] })).facts?.lineStarts).toEqual([0, 3]);
    // No capitalised word: nothing for the corpus phase, so no facts (and no line starts) are kept.
    expect((await lintDocument({ path: 'a', value: 'x\ny' }, { rules: [enable(corpusRule as never)] })).facts).toBeUndefined();
  });
});

describe('fixes', () => {
  it('applies non-overlapping fixes in order and skips overlaps', () => {
    const d = (s: number, e: number, text: string) => ({ fix: { range: [s, e] as [number, number], text } }) as never;
    expect(applyFixes('abcdef', [d(4, 5, 'E'), d(0, 2, 'AB'), d(1, 3, 'x')]).output).toBe('ABcdEf');
  });

  it('returns output only when fixing changed the text', async () => {
    const [fixed] = await lint([{ path: 'a', value: 'a foo' }], { rules: [enable(wordRule)], fix: true });
    expect(fixed!.output).toBe('a bar');
    const [clean] = await lint([{ path: 'a', value: 'a baz' }], { rules: [enable(wordRule)], fix: true });
    expect(clean!.output).toBeUndefined();
  });
});

describe('severity cap', () => {
  it('a report can lower, never raise, the configured severity', async () => {
    const capped = defineRule({
      meta: { ...wordRule.meta, id: 'test-cap', fixable: false, messages: { m: 'm' }, schema: undefined, defaultOptions: undefined },
      create(context) {
        context.report({ messageId: 'm', range: [0, 1], maxSeverity: 'warn' });
        context.report({ messageId: 'm', range: [1, 2], maxSeverity: 'info' });
      },
    });
    const sev = async (severity: 1 | 2 | 3) =>
      (await lint([{ path: 'a', value: 'abc' }], { rules: [{ rule: capped, severity, options: {} }] }))[0]!.messages.map((m) => m.severity);
    expect(await sev(2)).toEqual([1, 3]);
    expect(await sev(1)).toEqual([1, 3]);
    expect(await sev(3)).toEqual([3, 3]);
  });
});

describe('LineIndex', () => {
  it('finds line starts after LF, CRLF and lone CR, and maps offsets both ways', () => {
    expect(new LineIndex('a\nbc\n\nd').starts).toEqual([0, 2, 5, 6]);
    expect(new LineIndex('a\r\nbc\r\rd\n').starts).toEqual([0, 3, 6, 7, 9]);
    const index = new LineIndex('ab\ncd');
    expect(index.positionAt(4)).toEqual({ line: 2, column: 2 });
    expect(index.offsetAt({ line: 2, column: 2 })).toBe(4);
  });
});
