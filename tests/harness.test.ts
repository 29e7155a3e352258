/** The test harness itself: its guardrails must fail where ESLint's rule tester fails. */
import { describe, it, expect } from 'vitest';
import { checkCase } from '../src/testing/rule-tester.js';
import { parseFixture, runFixture } from '../src/testing/fixtures.js';
import { wordRule } from './helpers/rules.js';
import { defineRule } from '../src/rule.js';

describe('rule tester guardrails', () => {
  it('an invalid case that reports nothing fails', async () => {
    await expect(checkCase(wordRule, { text: 'Nothing here.', errors: ['foo'] }, 'invalid')).rejects.toThrow(/reported nothing/);
  });

  it('an invalid case without expected errors fails', async () => {
    await expect(checkCase(wordRule, { text: 'A foo.', output: 'A bar.' }, 'invalid')).rejects.toThrow(/no expected errors/);
  });

  it('a fixable finding without expected output fails', async () => {
    await expect(checkCase(wordRule, { text: 'A foo.', errors: ['foo'] }, 'invalid')).rejects.toThrow(/without expected "output"/);
  });

  it('an expected output for a rule that offered no fix fails', async () => {
    const noFix = defineRule({ ...wordRule, meta: { ...wordRule.meta, id: 'test-nofix', fixable: false } });
    await expect(checkCase(noFix, { text: 'A foo.', errors: ['foo'], output: 'A bar.' }, 'invalid')).rejects.toThrow(/offered no fix/);
  });

  it('a wrong flagged span or a wrong fix output fails', async () => {
    await expect(checkCase(wordRule, { text: 'A foo.', errors: ['A foo'], output: 'A bar.' }, 'invalid')).rejects.toThrow();
    await expect(checkCase(wordRule, { text: 'A foo.', errors: ['foo'], output: 'A baz.' }, 'invalid')).rejects.toThrow();
  });

  it('a valid case that is flagged fails', async () => {
    await expect(checkCase(wordRule, { text: 'A foo.' }, 'valid')).rejects.toThrow(/must not be flagged/);
  });

  it('message ids are checked when given', async () => {
    await expect(checkCase(wordRule, { text: 'A foo.', errors: [{ text: 'foo', messageId: 'other' }], output: 'A bar.' }, 'invalid')).rejects.toThrow();
    await checkCase(wordRule, { text: 'A foo.', errors: [{ text: 'foo', messageId: 'found' }], output: 'A bar.' }, 'invalid');
  });
});

describe('fixtures with end-of-line markers', () => {
  it('strips markers and records line:rule pairs', () => {
    expect(parseFixture('clean line\nbad foo here {test-word}\nboth {a} {b}\n')).toEqual({
      text: 'clean line\nbad foo here\nboth\n',
      expected: ['2:test-word', '3:a', '3:b'],
    });
  });

  it('compares found with expected, and gives the fixed text', async () => {
    const ok = await runFixture('a foo {test-word}\nclean\n', [wordRule]);
    expect(ok.found).toEqual(ok.expected);
    expect(ok.fixed).toBe('a bar\nclean\n');
    const missed = await runFixture('a foo\nclean {test-word}\n', [wordRule]);
    expect(missed.found).not.toEqual(missed.expected);
  });
});
