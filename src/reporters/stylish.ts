import type { Diagnostic } from '../types.js';
import { collect, type StreamingReporter } from './types.js';

const paint = (on: boolean | undefined, code: string, s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
const LABEL = { 1: 'warning', 2: 'error', 3: 'info' } as const;
const COLOR = { 1: '33', 2: '31', 3: '34' } as const;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Human-readable report in the style of vfile-reporter / ESLint's stylish: a block per file with findings, then totals. */
export const stylishStream: StreamingReporter = function* (results, options = {}) {
  const c = options.color;
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const r of results) {
    if (r.messages.length === 0) continue;
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
    fixable += r.fixableErrorCount + r.fixableWarningCount;
    const out = [paint(c, '4', r.filePath)];
    const rows = r.messages.map((m: Diagnostic) => [
      m.fatal ? `${m.line}:${m.column}` : `${m.line}:${m.column}-${m.endLine}:${m.endColumn}`,
      LABEL[m.severity],
      m.message.replace(/\s*\n\s*/g, ' '),
      m.ruleId ?? '',
    ]);
    // (Folded, not spread: a file with ~120,000 findings overflowed the stack.)
    const w0 = rows.reduce((w, x) => Math.max(w, x[0]!.length), 0);
    const w1 = rows.reduce((w, x) => Math.max(w, x[1]!.length), 0);
    r.messages.forEach((m, i) => {
      const [place, label, text, id] = rows[i]!;
      out.push(`  ${place!.padEnd(w0)}  ${paint(c, COLOR[m.severity], label!.padEnd(w1))}  ${text}  ${paint(c, '2', id!)}`.trimEnd());
    });
    yield out.join('\n') + '\n\n';
  }
  const total = errors + warnings + infos;
  if (total === 0) return;
  const out: string[] = [];
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (infos) parts.push(plural(infos, 'info'));
  out.push(paint(c, errors ? '31;1' : '33;1', `✖ ${plural(total, 'problem')} (${parts.join(', ')})`));
  if (fixable) out.push(`  ${plural(fixable, 'problem')} can be fixed with --fix`);
  yield out.join('\n') + '\n';
};

export const stylish = collect(stylishStream);
