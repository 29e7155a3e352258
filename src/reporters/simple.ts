import type { Reporter } from './types.js';

/** The JSON report: an array with one entry per file, in the textlint/ESLint shape. */
export const json: Reporter = (results) => JSON.stringify(results) + '\n';

/** One line per finding: `file:line:col: message [rule]`, as compilers print. */
export const unix: Reporter = (results) => {
  const lines: string[] = [];
  for (const r of results) {
    for (const m of r.messages) {
      lines.push(`${r.filePath}:${m.line}:${m.column}: ${m.message.replace(/\s*\n\s*/g, ' ')} [${m.ruleId ?? 'fatal'}]`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands, shown as annotations on the pull request. */
export const github: Reporter = (results) => {
  const lines: string[] = [];
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
      lines.push(`::${level} ${props.join(',')}::${escapeData(m.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
