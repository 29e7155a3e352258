/** Reporters stream: each yields its text while it reads the results, and joins to the string form. */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../src/engine/lint.js';
import { resolveOptions } from '../src/config/options.js';
import { rules } from '../rules/index.js';
import { reporters, streamingReporters } from '../src/reporters/index.js';
import { Results } from '../src/cli/lint-files.js';
import { jsonTextStream } from '../src/reporters/simple.js';
import { countsOfJson, fatalResult, toFileResult } from '../src/engine/diagnostic.js';
import type { FileResult } from '../src/types.js';

const seeds = join(import.meta.dirname, '..', 'seeds');
const seed = readFileSync(join(seeds, readdirSync(seeds).find((f) => f.endsWith('.txt'))!), 'utf8');

async function results(): Promise<FileResult[]> {
  const config = { rules: rules.map((rule) => ({ rule, severity: 2 as const, options: resolveOptions(rule, undefined) })) };
  return lint(
    [
      { path: 'a.txt', value: seed },
      { path: 'clean.txt', value: 'The minister spoke to reporters on Monday.\n' },
      { path: 'b.txt', value: 'Officials said the plan was ready.Be.\n' },
    ],
    config,
  );
}

describe('streaming reporters', () => {
  it('join to exactly the string reporters’ output, for every format', async () => {
    const rs = await results();
    expect(rs.some((r) => r.messages.length > 0)).toBe(true);
    for (const [format, stream] of Object.entries(streamingReporters)) {
      const options = { rules: new Map(), version: '1.2.3' };
      expect([...stream(rs, options)].join(''), format).toBe(reporters[format]!(rs, options));
    }
  });

  it('print a file’s findings before reading the next file (all but SARIF)', async () => {
    const rs = await results();
    for (const format of ['json', 'unix', 'github', 'stylish']) {
      let read = 0;
      const source = (function* () {
        for (const r of rs) {
          read++;
          yield r;
        }
      })();
      const first = streamingReporters[format]!(source)[Symbol.iterator]().next();
      expect(first.done, format).toBe(false);
      expect(read, format).toBe(1);
    }
  });
});

describe('a file with very many findings', () => {
  it('is reported by every format (no argument list as long as its findings)', async () => {
    const [r] = await results();
    const one = r!.messages[0]!;
    const many = toFileResult('many.txt', Array.from({ length: 150_000 }, () => one));
    for (const [format, report] of Object.entries(reporters)) {
      expect(() => report([many], { rules: new Map(), version: '1.2.3' }), format).not.toThrow();
    }
  });
});

describe('Results (packed run results)', () => {
  it('rebuilds each result from its JSON text, a fresh copy each time', async () => {
    const rs = await results();
    const packed = new Results(rs.map((r) => JSON.stringify(r)));
    expect(packed.length).toBe(rs.length);
    expect([...packed]).toEqual(rs);
    const copy = packed.at(0);
    copy.messages.length = 0;
    expect(packed.at(0).messages.length).toBe(rs[0]!.messages.length);
  });
});

describe('the JSON report from result texts (what the CLI prints without rebuilding each result)', () => {
  it('is the JSON report of the results those texts hold', async () => {
    const rs = await results();
    expect([...jsonTextStream(rs.map((r) => JSON.stringify(r)))].join('')).toBe(reporters.json!(rs));
    expect([...jsonTextStream([])].join('')).toBe(reporters.json!([]));
  });

  it('counts read from a result’s text are its counts, whatever its messages say, and with fixed text after them', async () => {
    const rs = await results();
    const finding = (ruleId: string, severity: 1 | 2, message: string) => ({
      ruleId, severity, message, category: 'Fluency/Other', range: [0, 1] as [number, number],
      line: 1, column: 1, endLine: 1, endColumn: 2, loc: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
    });
    const tricky = toFileResult('t.txt', [
      finding('x', 2, 'says "errorCount":9,"warningCount":9,"infoCount":0,"fatalErrorCount":9,"fixableErrorCount":0,"fixableWarningCount":0}'),
      finding('y', 1, 'w'),
    ]);
    const fixed = { ...tricky, output: 'fixed text' };
    const fatal = fatalResult('f.txt', 'cannot read file');
    for (const r of [...rs, tricky, fixed, fatal]) {
      expect(countsOfJson(JSON.stringify(r))).toEqual({ errorCount: r.errorCount, warningCount: r.warningCount, fatalErrorCount: r.fatalErrorCount });
    }
    expect(countsOfJson(JSON.stringify(tricky))).toEqual({ errorCount: 1, warningCount: 1, fatalErrorCount: 0 });
    expect(countsOfJson(JSON.stringify(fatal)).fatalErrorCount).toBe(1);
  });
});
