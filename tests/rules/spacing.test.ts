import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import rule from '../../rules/spacing.js';
import { testRule } from '../../src/testing/rule-tester.js';
import { runFixture } from '../../src/testing/fixtures.js';

testRule(rule, {
  valid: [
    { text: 'The U.S. economy grew 3.5% in Q3.' },
    // Emoticons after a space.
    { text: 'The message read: "Great presentation today ;) maybe drinks after?" and "See you :)".' },
    // A temperature written as one unit symbol, with or without a space after the number.
    { text: 'Temperatures reached 40°C in Seville and 38 °C in Madrid; the Kelvin reading was 313 K.' },
    { text: 'The arc spans 90° clockwise; at 45° Celsius-equivalent heat the rails buckle.' },
    { text: 'J.R.R. Tolkien and C.S. Lewis met at 10:30 on 5.6.2023.' },
    { text: 'See https://example.com/News.Today?id=3 and Node.js docs.' },
    { text: 'Write to jane.Doe@example.org today.' },
    { text: 'Yahoo! News and Jeopardy! aired.' },
    { text: 'Wait... What? He left.' },
    { text: 'He said: "Go." Then he left.' },
    { text: 'Smile :) or :-( as you like.' },
    { text: 'Il a répondu : « Pourquoi pas ? »' },
    { text: 'Sales rose 1,000 units, or 2.5%, to 41,000.' },
    { text: 'Revenue was $1.2bn; profit fell.' },
    { text: 'Name      Age      City', note: 'column-aligned text' },
    { text: 'The .NET framework and .com domains.' },
    { text: 'Indent\n    code block line' },
    { text: 'He paused . . . and went on.' },
    { text: 'She said, " I agree. "', note: 'straight quotes are off by default' },
    { text: 'The ’90s were loud.' },
    { text: 'e.g.The list; i.e.This one.', note: 'abbreviations with one letter before the stop' },
    // Colons: times, ratios, verses, URLs, a capital before the colon (Q:A), a lower-case word after it.
    { text: 'At 13:09:10 the score was 3:1; read John 3:16 or https://Example.org/News and Q:What.' },
    { text: 'See mailto:Press@example.org or the note:here.' },
    { text: 'AWS re:Invent opens today.', note: 'a colon inside a name after a short word' },
    // Ellipses written with spaces, and a full stop after an abbreviation's.
    { text: 'He paused. . . and went on. She waited . . . and left.' },
    // Brackets: a call's argument list, nested and empty brackets, an optional argument, an emoticon, list markers.
    { text: 'Use fn( x ) and arr[ 0 ] in code; tick [ ] or [x]; through2([ options, ] [, flush ]).' },
    { text: 'She replied (with a grin ;) ) and left.', note: 'an emoticon before the closing bracket' },
    { text: 'Points: (a) costs, (b) dates and [1] sources (see p. 4).' },
    { text: "O'Brien (the Irish one) said [sic] it was fine." },
  ],
  invalid: [
    { text: 'Prices rose ; sales fell : a bad year !', errors: [' ;', ' :', ' !'], output: 'Prices rose; sales fell: a bad year!' },
    { text: 'Where is he ?', errors: [' ?'], output: 'Where is he?' },
    { text: 'The risk level is Level 2 .', errors: [' .'], output: 'The risk level is Level 2.' },
    { text: 'He came,saw and left.', errors: [','], output: 'He came, saw and left.' },
    { text: 'They left quickly.Then rain fell!Nobody stayed?Really.', errors: ['.', '!', '?'], output: 'They left quickly. Then rain fell! Nobody stayed? Really.' },
    { text: 'He said "done"  and left.', errors: ['  '], output: 'He said "done" and left.' },
    { text: 'Note:Talks resume today. Source:Reuters', errors: [':', ':'], output: 'Note: Talks resume today. Source: Reuters' },
    { text: 'They left. .\n\nAnother day came.', errors: [' .'], output: 'They left.\n\nAnother day came.' },
    { text: 'He works for Acme Inc. . That is all.', errors: [' .'], output: 'He works for Acme Inc. That is all.', note: "an abbreviation's stop doubled" },
    { text: 'The report ( released on Monday ) and the ruling [ see below ] differ.', errors: [' ', ' ', ' ', ' '], output: 'The report (released on Monday) and the ruling [see below] differ.' },
    { text: '“The aid ( food and water ) arrived,” he said.', errors: [' ', ' '], output: '“The aid (food and water) arrived,” he said.', note: 'brackets inside quotes' },
    { text: 'It rose (to 5% ).', errors: [' '], output: 'It rose (to 5%).', note: 'one side only' },
  ],
});

describe('spacing fixture', () => {
  it('flags exactly the marked lines and fixes them', async () => {
    const source = readFileSync(new URL('../fixtures/spacing.txt', import.meta.url), 'utf8');
    const { expected, found, fixed } = await runFixture(source, [rule]);
    expect(found).toEqual(expected);
    expect(fixed).toContain('The talks ended. Both sides');
  });
});
