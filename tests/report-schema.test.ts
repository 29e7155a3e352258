/** Real output validated against the shipped JSON Schema and against SARIF 2.1.0. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import { cli } from './helpers/cli.js';
import { tmpTree } from './helpers/tmp.js';
import { wordRule } from './helpers/rules.js';
import { lintrcSchema } from '../src/config/schema.js';
import { rules as builtin } from '../rules/index.js';

// The SARIF 2.1.0 schema as shipped by @microsoft/jest-sarif (a draft-04 schema).
const sarifSchema = JSON.parse(readFileSync('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', 'utf8'));
const validateSarif = new (AjvDraft04 as unknown as typeof AjvDraft04.default)({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false, logger: false }).compile(sarifSchema);
const Ajv = AjvModule as unknown as typeof AjvModule.default;
const reportSchema = JSON.parse(readFileSync('schema/report.schema.json', 'utf8'));
const dir = tmpTree({
  'a.txt': 'A foo.\r\nAnd foo again.\n',
  'bin.txt': new Uint8Array([0, 1, 2]),
  'empty.txt': '',
});

describe('JSON report', () => {
  it('validates against schema/report.schema.json (test rules, fatal and info entries)', async () => {
    const r = await cli(['-f', 'json', '--fix-dry-run', '.'], { cwd: dir, rules: [wordRule] });
    const report = JSON.parse(r.stdout);
    const validate = new Ajv({ allErrors: true }).compile(reportSchema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.map((f: { filePath: string }) => f.filePath)).toEqual(['a.txt', 'bin.txt', 'empty.txt']);
  });

  it('validates for the built-in rules on the seeds', async () => {
    const r = await cli(['-f', 'json', 'seeds'], { cwd: process.cwd() });
    const validate = new Ajv({ allErrors: true }).compile(reportSchema);
    expect(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('an invalid report is rejected (the schema can fail)', () => {
    const validate = new Ajv().compile(reportSchema);
    expect(validate([{ filePath: 'x', messages: [{ ruleId: 'x', severity: 5 }], errorCount: 0, warningCount: 0, infoCount: 0 }])).toBe(false);
  });
});

describe('SARIF', () => {
  it('is a valid SARIF 2.1.0 log with rules, regions with offsets, and fixes', async () => {
    const r = await cli(['-f', 'sarif', '.'], { cwd: dir, rules: [wordRule] });
    const log = JSON.parse(r.stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules[0]).toMatchObject({ id: 'test-word', helpUri: expect.stringMatching(/test-word\.md$/) });
    expect(run.results[0].locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 3, endLine: 1, endColumn: 6, charOffset: 2, charLength: 3 });
    expect(run.results[0].fixes[0].artifactChanges[0].replacements[0]).toEqual({ deletedRegion: { charOffset: 2, charLength: 3 }, insertedContent: { text: 'bar' } });
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toMatch(/binary file/);
  });

  it('a broken log is rejected by the SARIF schema (the check can fail)', () => {
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: {} }] })).toBe(false);
  });
});

describe('config schema', () => {
  it('the shipped .lintrc.json schema accepts this project’s config and rejects a bad one', () => {
    const validate = new Ajv({ strict: false }).compile(lintrcSchema(builtin));
    expect(validate(JSON.parse(readFileSync('.lintrc.json', 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ rules: { 'no-such-rule': 'error' } })).toBe(false);
    expect(validate({ rulez: {} })).toBe(false);
  });
});
