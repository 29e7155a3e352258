import type { Rule } from './types.js';

/** Base of the rule documentation; each rule's page is `${DOCS_BASE}/<id>.md`. */
export const DOCS_BASE = 'https://github.com/seedlint/seedlint/blob/main/docs/rules';

/** The documentation URL of a rule. */
export function docsUrl(id: string): string {
  return `${DOCS_BASE}/${id}.md`;
}

/**
 * Define a rule. Returns the rule unchanged, typed; checks the metadata that a
 * rule cannot work without, so a broken rule fails when it is loaded, not when it runs.
 */
export function defineRule<O extends object = Record<string, unknown>, F = unknown>(rule: Rule<O, F>): Rule<O, F> {
  const { meta } = rule;
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(meta.id)) throw new Error(`Rule id "${meta.id}" is not kebab-case`);
  for (const key of ['description', 'category', 'severity'] as const) {
    if (!meta[key]) throw new Error(`Rule "${meta.id}" has no meta.${key}`);
  }
  if (Object.keys(meta.messages).length === 0) throw new Error(`Rule "${meta.id}" has no messages`);
  return rule;
}

/** Fill `{name}` placeholders of a message template. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
