import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import rule from '../../rules/boilerplate-tail.js';
import { testRule } from '../../src/testing/rule-tester.js';
import { runFixture } from '../../src/testing/fixtures.js';

testRule(rule, {
  valid: [
    { text: 'The minister left on Tuesday.\n\n(Reuters)' },
    { text: 'Prices fell.\nAdditional reporting by Ann Lee in Paris' },
    { text: 'The plant reopened in May.\nImage courtesy of Vietnam News Agency.' },
    { text: 'The plant reopened in May.\nPicture from Vietnam News Agency' },
    { text: 'Share prices fell sharply on Monday after the report.' },
    { text: 'He said he would edit the post later.\nThe party was over by midnight.' },
    { text: 'The museum is open daily.\n\nRelated coverage of the exhibition appears in our weekend edition, which goes on sale Saturday.' },
    { text: 'Copyright law was changed in 2019.' },
    { text: 'The end of the message was clear: leave now.' },
    { text: 'Intro.\n\n* * *\n\nThe second part.' },
    { text: 'He praised the deal.\n— Writing by Tom Smith; editing by Alex Richardson' },
    { text: 'Last paragraph of the story.\n' },
    { text: '' },
  ],
  invalid: [
    {
      text: 'The session closed.\nRead more:\nRelated news\nPrint',
      errors: ['Read more:\nRelated news\nPrint'],
      output: 'The session closed.\n',
    },
    {
      text: 'The session closed.\n(END)',
      errors: ['(END)'],
      output: 'The session closed.\n',
    },
    {
      text: 'The session closed.\nFollow us on Twitter\nMore stories\n',
      errors: ['Follow us on Twitter\nMore stories\n'],
      output: 'The session closed.\n',
    },
    {
      text: 'The session closed.\nFont size: [Large Medium Small]\n-',
      errors: ['Font size: [Large Medium Small]\n-'],
      output: 'The session closed.\n',
    },
    {
      text: 'Aid arrived on Friday.\nTags: Turkey, earthquake, rescue\nLeave a comment',
      errors: ['Tags: Turkey, earthquake, rescue\nLeave a comment'],
      output: 'Aid arrived on Friday.\n',
    },
  ],
});

describe('boilerplate-tail fixture', () => {
  it('flags exactly the marked lines and removes the block', async () => {
    const source = readFileSync(new URL('../fixtures/boilerplate-tail.txt', import.meta.url), 'utf8');
    const { expected, found, fixed } = await runFixture(source, [rule]);
    expect(found).toEqual(expected);
    expect(fixed.endsWith('warmer weeks ahead.\n')).toBe(true);
  });
});
