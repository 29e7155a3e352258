import type { Rule } from '../types.js';
import { optionsSchema } from './options.js';

const severity = { enum: ['off', 'warn', 'error', 'info', 0, 1, 2] };

/** The JSON Schema of `.lintrc.json`, generated from the rules' option schemas. */
export function lintrcSchema(rules: ReadonlyArray<Rule<any, any>>): Record<string, unknown> {
  const ruleProps: Record<string, unknown> = {};
  for (const r of [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    ruleProps[r.meta.id] = {
      description: `${r.meta.description} (default: ${r.meta.recommended === false ? 'off' : r.meta.severity})`,
      anyOf: [
        severity,
        { type: 'array', prefixItems: [severity, optionsSchema(r)], items: [severity, optionsSchema(r)], minItems: 1, maxItems: 2 },
      ],
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/seedlint/seedlint/schema/lintrc.schema.json',
    title: 'seedlint configuration (.lintrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', description: 'Accepted for compatibility; the nearest config always wins.' },
      extends: {
        description: 'Presets ("seedlint:recommended", "seedlint:all") or paths of configs to build on. Default: "seedlint:recommended"; [] starts from no rules.',
        anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      },
      rules: { type: 'object', description: 'Rule settings: a severity, or [severity, options].', properties: ruleProps, additionalProperties: false },
      knowledge: { type: 'array', items: { type: 'string' }, description: 'Knowledge packs (.json, .csv, .tbx) relative to this file.' },
      plugins: {
        type: 'array',
        description: 'unified/retext plugins by package name, or [name, options]; their messages are reported as warnings.',
        items: { anyOf: [{ type: 'string' }, { type: 'array', items: [{ type: 'string' }, {}], minItems: 1, maxItems: 2 }] },
      },
      ignore: { type: 'array', items: { type: 'string' }, description: 'gitignore-style patterns, relative to this file, of files not to lint.' },
    },
  };
}
