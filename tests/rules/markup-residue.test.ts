import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import rule from '../../rules/markup-residue.js';
import { testRule } from '../../src/testing/rule-tester.js';
import { runFixture } from '../../src/testing/fixtures.js';

testRule(rule, {
  valid: [
    { text: 'Speeds reached 300 km / h on the test track.' },
    { text: 'He / she must sign the form.' },
    { text: 'Results for 1 / 2 of the sample.' },
    { text: 'The A / B test ran for a week.' },
    { text: 'Open 24 / 7, the shop never closes.' },
    { text: 'The score was 3 < 5 > 2 in the table.' },
    { text: 'Smith & Wesson; Marks & Spencer; Q&A.' },
    { text: 'Heading\n\n* * *\n\nMore text.' },
    { text: 'Rates: 5\u00a0per cent, 10\u00a0km away.', note: 'single no-break spaces are good typography' },
    { text: 'Photo: Xinhua', note: 'a credit line on its own' },
    { text: 'The prize {for the best photo} went to Ann.' },
    { text: 'She said [sic] the edit was final.' },
    { text: 'They ran the p / e ratio screen.' },
    { text: 'If a<b and c>d, the test fails.' },
    { text: 'Photo: McDonald’s first restaurant in Moscow.' },
    { text: 'Photo: YouTube' },
    { text: 'Rescuers search the rubble (Photo: Xinhua)', note: 'a caption with its credit' },
    { text: 'Photo: DPA is the credit on this line.' },
    { text: 'Facebook and Twitter\n\nBoth platforms changed rules.' },
  ],
  invalid: [
    { text: '</p> The minister said.', errors: ['</p> '], output: 'The minister said.' },
    { text: 'The minister said. &lt;/p&gt;', errors: [' &lt;/p&gt;'], output: 'The minister said.' },
    { text: 'First line / br\nSecond', errors: [' / br'], output: 'First line\nSecond' },
    { text: 'They met <span class="x">today</span>.', errors: ['<span class="x">', '</span>'], output: 'They met today.' },
    { text: 'The ministers&#39; meeting ended.', errors: ['&#39;'], output: "The ministers' meeting ended." },
    { text: 'Prices rose &mdash; sharply.', errors: ['&mdash;'], output: 'Prices rose — sharply.' },
    { text: 'The price&nbsp was high.', errors: ['&nbsp'], output: 'The price was high.' },
    { text: 'The town\u00a0\u00a0\u00a0was quiet.', errors: ['\u00a0\u00a0\u00a0'], output: 'The town was quiet.' },
    { text: 'Photo: ReutersThe bridge reopened on Monday.', errors: ['Photo: Reuters'], output: 'The bridge reopened on Monday.' },
    { text: 'Photo: AFPPolice said two died.', errors: ['Photo: AFP'], output: 'Police said two died.' },
    { text: 'The visit ended.(Photo: Xinhua)', errors: ['(Photo: Xinhua)'], output: 'The visit ended.' },
    { text: 'The history of the town [citation needed] is short.', errors: ['[citation needed] '], output: 'The history of the town is short.' },
  ],
});

describe('markup-residue fixture', () => {
  it('flags exactly the marked lines', async () => {
    const source = readFileSync(new URL('../fixtures/markup-residue.txt', import.meta.url), 'utf8');
    const { expected, found, fixed } = await runFixture(source, [rule]);
    expect(found).toEqual(expected);
    expect(fixed).not.toMatch(/&nbsp;|<br>|\/ p$/m);
  });
});
