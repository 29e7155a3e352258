import type { Diagnostic, Fix } from '../types.js';

/**
 * Apply the fixes of `diagnostics` to `text`, ESLint-style: in order of position,
 * skipping any fix that overlaps one already applied. Pure.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): { output: string; applied: Diagnostic[] } {
  const withFix = diagnostics.filter((d): d is Diagnostic & { fix: Fix } => Boolean(d.fix));
  withFix.sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1]);
  let out = '';
  let last = 0;
  const applied: Diagnostic[] = [];
  for (const d of withFix) {
    const [s, e] = d.fix.range;
    if (s < last) continue;
    out += text.slice(last, s) + d.fix.text;
    last = e;
    applied.push(d);
  }
  return { output: out + text.slice(last), applied };
}
