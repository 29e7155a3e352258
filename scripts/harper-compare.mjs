/**
 * Run harper.js (offline: its WebAssembly ships inlined in the package) over the .txt files of
 * a directory and write a report in seedlint's JSON shape, so score.mjs scores it like ours.
 *
 * Usage: node scripts/harper-compare.mjs DIR [--out report.json] [--dialect American|British]
 *
 * ruleId is `harper:<rule>` (the rule name from organizedLints), `kind` holds the LintKind.
 * Harper counts offsets in characters (Unicode scalar values) internally; each span is checked
 * against the lint's problem text and converted from code points to UTF-16 offsets when needed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalLinter, Dialect } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';

const args = process.argv.slice(2);
const dir = args[0];
if (!dir) {
  process.stderr.write('usage: node scripts/harper-compare.mjs DIR [--out FILE] [--dialect American|British]\n');
  process.exit(2);
}
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
const dialect = args.includes('--dialect') ? args[args.indexOf('--dialect') + 1] : 'American';

/** UTF-16 offset of each code-point index of `text` (plus the end). */
function codePointOffsets(text) {
  const offsets = [];
  let i = 0;
  for (const ch of text) {
    offsets.push(i);
    i += ch.length;
  }
  offsets.push(i);
  return offsets;
}

/** Line starts of `text`, for 1-based line/column. */
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}
function position(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

const linter = new LocalLinter({ binary: binaryInlined, dialect: Dialect[dialect] ?? Dialect.American });
await linter.setup();
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const report = [];
const counts = {};
let converted = 0;
for (const name of files) {
  const filePath = join(dir, name);
  const text = readFileSync(filePath, 'utf8');
  const starts = lineStarts(text);
  let cp;
  const organized = await linter.organizedLints(text, { language: 'plaintext' });
  const messages = [];
  for (const [rule, lints] of Object.entries(organized)) {
    for (const lint of lints) {
      const span = lint.span();
      const problem = lint.get_problem_text();
      let start = span.start;
      let end = span.end;
      if (text.slice(start, end) !== problem) {
        cp ??= codePointOffsets(text);
        const s = cp[Math.min(start, cp.length - 1)];
        const e = cp[Math.min(end, cp.length - 1)];
        if (text.slice(s, e) === problem || start >= text.length) {
          start = s;
          end = e;
          converted++;
        }
      }
      const ruleId = `harper:${rule}`;
      counts[ruleId] = (counts[ruleId] ?? 0) + 1;
      const a = position(starts, start);
      const b = position(starts, end);
      messages.push({
        ruleId,
        kind: lint.lint_kind(),
        severity: 1,
        message: lint.message(),
        category: `harper/${lint.lint_kind()}`,
        line: a.line,
        column: a.column,
        endLine: b.line,
        endColumn: b.column,
        range: [start, end],
        loc: { start: a, end: b },
      });
    }
  }
  messages.sort((x, y) => x.range[0] - y.range[0] || x.range[1] - y.range[1]);
  report.push({ filePath, messages, errorCount: 0, warningCount: messages.length, infoCount: 0 });
}
const json = JSON.stringify(report, null, 1);
if (out) writeFileSync(out, json);
else process.stdout.write(json + '\n');
const total = Object.values(counts).reduce((a, b) => a + b, 0);
process.stderr.write(`${files.length} files; ${total} harper lints (${converted} spans converted from code points); by rule: ${JSON.stringify(counts)}\n`);
