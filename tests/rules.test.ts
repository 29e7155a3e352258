/** Contract checks for every built-in rule, and its documented examples run as tests. */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { rules } from '../rules/index.js';
import { testRule } from '../src/testing/rule-tester.js';
import { generatedFiles } from '../scripts/generated.js';
import AjvModule from 'ajv';
import { optionsSchema } from '../src/config/options.js';

const Ajv = AjvModule as unknown as typeof AjvModule.default;

const files = readdirSync('rules').filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
const generated = generatedFiles(rules, readFileSync('README.md', 'utf8'));

describe('rule registry', () => {
  it('registers every rule file, sorted by id', () => {
    expect(rules.map((r) => r.meta.id)).toEqual([...files].sort());
  });
});

for (const rule of rules) {
  const m = rule.meta;
  describe(`${m.id}: metadata`, () => {
    it('has complete metadata', () => {
      expect(m.description.length).toBeGreaterThan(10);
      expect(m.category).toMatch(/^(Accuracy|Fluency|Terminology|Style|Locale convention|Design|Non-translation|Other)(\/.+)?$/);
      expect(['error', 'warn', 'info']).toContain(m.severity);
      expect(typeof m.fixable).toBe('boolean');
      expect(Object.keys(m.messages).length).toBeGreaterThan(0);
    });
    it('documents at least one flagged and one not-flagged example', () => {
      expect(m.examples.invalid.length).toBeGreaterThan(0);
      expect(m.examples.valid.length).toBeGreaterThan(0);
    });
    it('documents every option with a description and a default', () => {
      const props = (m.schema?.properties ?? {}) as Record<string, { description?: string }>;
      for (const [name, p] of Object.entries(props)) {
        expect(p.description, `${m.id}.${name} has no description`).toBeTruthy();
        expect(m.defaultOptions && name in m.defaultOptions, `${m.id}.${name} has no default`).toBe(true);
      }
    });
    it('its default options are valid against its schema (the CLI does not re-check them)', () => {
      const validate = new Ajv({ strict: false }).compile(optionsSchema(rule));
      expect(validate({ ...(m.defaultOptions ?? {}) }), JSON.stringify(validate.errors)).toBe(true);
    });
    it('has an up-to-date docs page (npm run gen)', () => {
      expect(readFileSync(`docs/rules/${m.id}.md`, 'utf8')).toBe(generated.get(`docs/rules/${m.id}.md`));
    });
  });
  testRule(rule);
}

describe('generated files', () => {
  it('README rule table and config schema are up to date (npm run gen)', () => {
    expect(readFileSync('README.md', 'utf8')).toBe(generated.get('README.md'));
    expect(readFileSync('schema/lintrc.schema.json', 'utf8')).toBe(generated.get('schema/lintrc.schema.json'));
  });
});
