import { collect, type StreamingReporter } from './types.js';

/**
 * The JSON report from each result's JSON text (what {@link jsonStream} prints for the results those
 * texts hold): a caller that keeps results as JSON prints them without parsing and re-serialising them.
 */
export function* jsonTextStream<T extends string | Uint8Array>(texts: Iterable<T>): Iterable<string | T> {
  let first = true;
  for (const text of texts) {
    yield first ? '[' : ',';
    yield text;
    first = false;
  }
  yield first ? '[]\n' : ']\n';
}

/** The JSON report: an array with one entry per file, in the textlint/ESLint shape. */
export const jsonStream: StreamingReporter = (results) =>
  jsonTextStream(
    (function* () {
      for (const r of results) yield JSON.stringify(r);
    })(),
  );

/** One line per finding: `file:line:col: message [rule]`, as compilers print. */
export const unixStream: StreamingReporter = function* (results) {
  for (const r of results) {
    for (const m of r.messages) {
      yield `${r.filePath}:${m.line}:${m.column}: ${m.message.replace(/\s*\n\s*/g, ' ')} [${m.ruleId ?? 'fatal'}]\n`;
    }
  }
};

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands, shown as annotations on the pull request. */
export const githubStream: StreamingReporter = function* (results) {
  for (const r of results) {
    for (const m of r.messages) {
      const level = m.severity === 2 ? 'error' : m.severity === 1 ? 'warning' : 'notice';
      const props = [
        `file=${escapeProperty(r.filePath)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(m.ruleId ?? 'seedlint')}`,
      ];
      yield `::${level} ${props.join(',')}::${escapeData(m.message)}\n`;
    }
  }
};

export const json = collect(jsonStream);
export const unix = collect(unixStream);
export const github = collect(githubStream);
