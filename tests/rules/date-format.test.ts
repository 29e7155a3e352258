import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import rule from '../../rules/date-format.js';
import { testRule } from '../../src/testing/rule-tester.js';
import { runFixture } from '../../src/testing/fixtures.js';

testRule(rule, {
  valid: [
    { text: 'On Saturday, 1 January 2022, and on Sunday, 2 January 2022.' },
    { text: 'The summit on Friday, 13 January 2023 went ahead.' },
    { text: 'The meeting on Feb. 11 followed the Jan. 3 vote and the March 5 election.' },
    { text: 'Polls close at 8 p.m. on November 8; results by November 9, 2022.' },
    { text: 'The May 12:30 slot and the March 5% rise are not dates.' },
    { text: 'It happened in January 2021 and again on 3 February 2022.', note: 'A month with a year only has no day order.' },
    // A page's date stamp keeps its own style.
    { text: 'Monday, January 13, 2025\n\nThe governor signed the order on Jan. 13. It takes effect on Feb. 1.' },
    { text: 'Updated: 14 January 2025 10:30 GMT\n\nThe order, signed on Jan. 13, takes effect on Feb. 1.' },
    { text: 'Margaret Hollis\nJune 14, 1938 – February 21, 2025\n\nMargaret Hollis, 86, died on Friday, Feb. 21, 2025, at her home.' },
    { text: 'The order, signed on Jan. 13, takes effect on Feb. 1.\nThe rules follow on March 3 and March 4.\nUpdated: Tuesday, 14 January 2025', note: 'A stamp on the last line, after lines of dates in prose.' },
    { text: 'Threats rose after the Jan. 6, 2021, attack. Lawmakers wrote: "Every warning the January 6 committee issued about January 2021 has come true."', note: 'A quotation keeps its speaker’s style.' },
  ],
  invalid: [
    {
      text: 'On 12th of January 2022 and on March 3, 2022 and on April 4, 2022.',
      errors: ['12th of January 2022'],
      output: 'On January 12th, 2022 and on March 3, 2022 and on April 4, 2022.',
    },
    {
      text: 'On 12 January 2022 and on March 3, 2022 and on 4 April 2022.',
      errors: ['March 3, 2022'],
      output: 'On 12 January 2022 and on 3 March 2022 and on 4 April 2022.',
    },
    { text: 'On January 3 and on 4 January.', errors: ['4 January'], output: 'On January 3 and on January 4.', note: 'A tie goes to the form used first.' },
    { text: 'Signed on Feb. 3, in force from Oct. 1, ratified on September 9.', errors: ['September'], output: 'Signed on Feb. 3, in force from Oct. 1, ratified on Sept. 9.' },
    { text: 'The summit on Thursday, 13 January 2023 was moved.', errors: ['Thursday'] },
    // A stamp's weekday is still checked; a date inside a sentence is prose.
    { text: 'Tuesday, January 13, 2025\n\nThe order was signed on Jan. 13.', errors: ['Tuesday'] },
    { text: 'Signed: January 13, 2025, at the White House, after the Jan. 10 and Feb. 2 drafts.', errors: ['January'], output: 'Signed: Jan. 13, 2025, at the White House, after the Jan. 10 and Feb. 2 drafts.' },
  ],
});

describe('date-format fixture', () => {
  it('flags exactly the marked lines and fixes them to the majority form', async () => {
    const source = readFileSync(new URL('../fixtures/date-format.txt', import.meta.url), 'utf8');
    const { expected, found, fixed } = await runFixture(source, [rule]);
    expect(found).toEqual(expected);
    expect(fixed).toContain('in Vienna on January 13.');
    expect(fixed).toContain('The report of January 3');
  });
});
