/**
 * A file's outcome is kept as JSON text (src/cli/pool.ts, packOutcome). A degenerate text can make
 * more findings than one string holds (~537 M characters: ~1.2 M findings); its report is then
 * cut, with a note, instead of failing the run. JSON.stringify is made to fail here as V8 does past
 * its limit, since a real result that long needs gigabytes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { packOutcome } from '../src/cli/pool.js';
import { toFileResult } from '../src/engine/diagnostic.js';
import type { Diagnostic } from '../src/types.js';

const finding = (i: number): Diagnostic => ({
  ruleId: 'quote-balance', severity: 2, message: `Unmatched quotation mark ${i}.`, category: 'Fluency/Punctuation',
  line: 1, column: 10 * i + 1, endLine: 1, endColumn: 10 * i + 2, range: [10 * i, 10 * i + 1],
  loc: { start: { line: 1, column: 10 * i + 1 }, end: { line: 1, column: 10 * i + 2 } },
});

/** JSON.stringify that fails, as V8's does past its longest string, on a result of more than `max` findings or on facts. */
function stringLimit(max: number, factsToo = false) {
  const real = JSON.stringify;
  vi.spyOn(JSON, 'stringify').mockImplementation(((value: unknown, ...rest: unknown[]) => {
    const v = value as { messages?: unknown[]; lineStarts?: unknown };
    if ((v?.messages && v.messages.length > max) || (factsToo && v?.lineStarts)) throw new RangeError('Invalid string length');
    return real(value, ...(rest as []));
  }) as typeof JSON.stringify);
}

afterEach(() => vi.restoreAllMocks());

describe('packOutcome', () => {
  it('keeps a result that fits as it is', () => {
    const result = toFileResult('a.txt', [finding(0), finding(1)]);
    expect(JSON.parse(packOutcome({ result }).result)).toEqual(result);
  });

  it('keeps the first findings and notes how many more there were, when the result is too long for a string', () => {
    stringLimit(50);
    const result = toFileResult('a.txt', Array.from({ length: 120 }, (_, i) => finding(i)));
    const packed = JSON.parse(packOutcome({ result }, 40).result) as ReturnType<typeof toFileResult>;
    expect(packed.messages).toHaveLength(41);
    expect(packed.messages.slice(0, 40)).toEqual(result.messages.slice(0, 40));
    const note = packed.messages[40]!;
    expect(note).toMatchObject({ ruleId: null, severity: 1, line: 1, column: 401, range: [400, 400] });
    expect(note.message).toBe("80 more findings from here on are not reported: this file's report would be longer than the longest string JavaScript can hold (its first 40 findings are).");
    expect(packed.errorCount).toBe(40);
    expect(packed.warningCount).toBe(1);
  });

  it('drops facts too long for a string, with a note, and keeps the findings', () => {
    stringLimit(1000, true);
    const result = toFileResult('a.txt', [finding(3)]);
    const packed = packOutcome({ result, facts: { filePath: 'a.txt', lineStarts: [0], length: 40, facts: { 'name-consistency': [] } } });
    expect(packed.facts).toBeUndefined();
    const messages = (JSON.parse(packed.result) as { messages: Diagnostic[] }).messages;
    expect(messages.map((m) => m.ruleId)).toEqual([null, 'quote-balance']);
    expect(messages[0]!.message).toMatch(/^The corpus rules skip this file/);
  });
});
