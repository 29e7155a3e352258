import type { Diagnostic, FileResult, Fix, ReportDescriptor, Rule, Severity } from '../types.js';
import { docsUrl, formatMessage } from '../rule.js';
import type { LineIndex } from './position.js';

/** Order diagnostics by position, then rule id, so output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.range[0] - b.range[0] || a.range[1] - b.range[1] || String(a.ruleId).localeCompare(String(b.ruleId));
}

/** Build a diagnostic whose range, line/column and `loc` agree. */
export function makeDiagnostic(
  fields: Omit<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn' | 'loc' | 'range'>,
  range: [number, number],
  index: LineIndex,
): Diagnostic {
  const start = index.positionAt(range[0]);
  const end = index.positionAt(range[1]);
  const out: Diagnostic = {
    ruleId: fields.ruleId,
    severity: fields.severity,
    message: fields.message,
    ...(fields.messageId ? { messageId: fields.messageId } : {}),
    category: fields.category,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    range: [range[0], range[1]],
    loc: { start, end },
  };
  for (const key of ['fix', 'suggestions', 'url', 'fatal', 'actual', 'expected'] as const) {
    if (fields[key] !== undefined) (out as unknown as Record<string, unknown>)[key] = fields[key];
  }
  return out;
}

function inside(fix: Fix, range: [number, number]): boolean {
  return fix.range[0] >= range[0] && fix.range[1] <= range[1] && fix.range[0] <= fix.range[1];
}

const RANK: Record<Severity, number> = { 3: 0, 1: 1, 2: 2 };
const CAP = { warn: 1, info: 3 } as const;

/**
 * Turn a rule's report into a diagnostic. A fix outside the flagged range is a rule bug:
 * it is thrown, so tests catch it, and `--fix` can never touch unflagged text.
 */
export function fromReport(rule: Rule<any, any>, severity: Severity, d: ReportDescriptor, index: LineIndex): Diagnostic {
  const template = rule.meta.messages[d.messageId];
  if (template === undefined) throw new Error(`Rule "${rule.meta.id}" reported unknown messageId "${d.messageId}"`);
  const [s, e] = d.range;
  if (!(Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e >= s && e <= index.length)) {
    throw new Error(`Rule "${rule.meta.id}" reported an invalid range [${s}, ${e}]`);
  }
  for (const fix of [d.fix, ...(d.suggestions ?? []).map((x) => x.fix)]) {
    if (fix && !inside(fix, d.range)) {
      throw new Error(`Rule "${rule.meta.id}" offered a fix [${fix.range}] outside its range [${d.range}]`);
    }
  }
  return makeDiagnostic(
    {
      ruleId: rule.meta.id,
      severity: d.maxSeverity && RANK[CAP[d.maxSeverity]] < RANK[severity] ? CAP[d.maxSeverity] : severity,
      message: formatMessage(template, d.data),
      messageId: d.messageId,
      category: rule.meta.category,
      fix: d.fix && rule.meta.fixable ? d.fix : undefined,
      suggestions: d.suggestions?.length ? d.suggestions : undefined,
      url: docsUrl(rule.meta.id),
      actual: d.actual,
      expected: d.expected,
    },
    d.range,
    index,
  );
}

/** Count a file's diagnostics by kind and wrap them as a result. */
export function toFileResult(filePath: string, messages: Diagnostic[], output?: string): FileResult {
  messages.sort(compareDiagnostics);
  const result: FileResult = {
    filePath,
    messages,
    errorCount: 0,
    warningCount: 0,
    infoCount: 0,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
  for (const m of messages) {
    if (m.fatal) result.fatalErrorCount++;
    if (m.severity === 2) {
      result.errorCount++;
      if (m.fix) result.fixableErrorCount++;
    } else if (m.severity === 1) {
      result.warningCount++;
      if (m.fix) result.fixableWarningCount++;
    } else result.infoCount++;
  }
  if (output !== undefined) result.output = output;
  return result;
}

/** The counts {@link toFileResult} ends a result with, as `JSON.stringify` writes them (no fixed text after them). */
const COUNTS_AT_END = /"errorCount":(\d+),"warningCount":(\d+),"infoCount":\d+,"fatalErrorCount":(\d+),"fixableErrorCount":\d+,"fixableWarningCount":\d+\}$/;
/** Longest the counts at the end of a result's JSON text can be (six keys, numbers of up to 16 digits). */
const COUNTS_MAX_CHARS = 220;

/** Decodes the ASCII counts at the end of a result's UTF-8 bytes (a character cut at the window's start cannot match). */
const latin1 = new TextDecoder('latin1');

/**
 * A result's error, warning and fatal counts read from its JSON text, or the text's UTF-8 bytes:
 * from the counts it ends with (a message's text cannot hold them unescaped), else by parsing it.
 */
export function countsOfJson(json: string | Uint8Array): Pick<FileResult, 'errorCount' | 'warningCount' | 'fatalErrorCount'> {
  const tail = typeof json === 'string' ? (json.length > COUNTS_MAX_CHARS ? json.slice(-COUNTS_MAX_CHARS) : json) : latin1.decode(json.subarray(Math.max(0, json.length - COUNTS_MAX_CHARS)));
  const m = COUNTS_AT_END.exec(tail);
  if (m) return { errorCount: Number(m[1]), warningCount: Number(m[2]), fatalErrorCount: Number(m[3]) };
  const { errorCount, warningCount, fatalErrorCount } = JSON.parse(typeof json === 'string' ? json : new TextDecoder().decode(json)) as FileResult;
  return { errorCount, warningCount, fatalErrorCount };
}

/** A fatal diagnostic for a file that could not be linted at all. */
export function fatalResult(filePath: string, message: string): FileResult {
  const at = { line: 1, column: 1 };
  return toFileResult(filePath, [
    {
      ruleId: null,
      severity: 2,
      fatal: true,
      message,
      category: 'Other',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      range: [0, 0],
      loc: { start: at, end: at },
    },
  ]);
}
