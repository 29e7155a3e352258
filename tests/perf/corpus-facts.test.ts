/**
 * The corpus phase gives the same findings whether it parses the files' facts once (as they
 * arrive) or on each pass, and when the facts outgrow the budget for objects midway through a run.
 */
import { describe, expect, it } from 'vitest';
import { lintJobs, type Job } from '../../src/cli/lint-files.js';
import { nodeFs } from '../../src/cli/io.js';
import { lintDocument } from '../../src/engine/lint.js';
import { resolveOptions } from '../../src/config/options.js';
import rule from '../../rules/name-consistency.js';

const config = { rules: [{ rule, severity: 1 as const, options: resolveOptions(rule, undefined) }] };
const right = 'The report was written by Ingrid Solvang last year.\nSolvang said more later.';
const texts = [right, right, right, right, 'The report was written by Ingrid Solveng last year.'];
const jobs: Job[] = texts.map((text, i) => ({ filePath: `f${i}.txt`, text, config }));

describe('corpus facts', () => {
  it('parsed once or rebuilt on each pass, the corpus findings are the same', async () => {
    const once = await lintJobs(jobs, nodeFs, { maxBytes: 1 << 20, fix: false });
    const eachPass = await lintJobs(jobs, nodeFs, { maxBytes: 1 << 20, fix: false, factsParsedOnce: 0 });
    const a = [...once.results];
    expect(a[4]!.messages.map((m) => [m.messageId, m.line, m.fix?.text])).toEqual([['inCorpus', 1, 'Solvang']]);
    expect(a.slice(0, 4).every((r) => r.messages.length === 0)).toBe(true);
    expect([...eachPass.results]).toEqual(a);
    // The budget holds the first two files' facts as objects, not the third's: those parsed are let go.
    const one = JSON.stringify((await lintDocument({ path: 'f0.txt', value: right }, config)).facts).length;
    const midway = await lintJobs(jobs, nodeFs, { maxBytes: 1 << 20, fix: false, factsParsedOnce: 2.5 * one });
    expect([...midway.results]).toEqual(a);
  });
});
