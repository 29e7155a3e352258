import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import rule from '../../rules/boilerplate-line.js';
import tail from '../../rules/boilerplate-tail.js';
import { testRule } from '../../src/testing/rule-tester.js';
import { runFixture } from '../../src/testing/fixtures.js';

testRule(rule, {
  valid: [
    // Typographic separators: a section break, a rule, a press release's end mark.
    { text: 'The first part ends here.\n\n* * *\n\nThe second part begins.\n\n#\n\nThe third part.\n\n___\n\nAssociated Press writer Jane Doe contributed.\n\n###' },
    { text: 'The first part ends here.\n---\nThe second part begins.\n= = =\nThe third part.\n———\nThe end.' },
    { text: 'A review of the festival opener.\n\n★★★★☆\n\nSomewhere in the middle of the film, the director finds her rhythm.' },
    { text: 'He said: “Share the burden.”\nThey agreed.' },
    { text: 'Follow the money, investigators said.\nThey agreed.' },
    { text: 'The report was released on Tuesday.\nRelated talks are planned in Geneva next week, officials said.' },
    { text: 'Copyright holders sued the platform.\nThe case continues.' },
    { text: 'Thank you.\n\n(Applause)\n\nNext question.' },
    { text: 'He spoke for an hour.\nEnd of message / p\nYou can edit this post', note: 'the tail is boilerplate-tail’s' },
    { text: 'In 2023 — the year of the vote — turnout rose.\n...\nIt fell later.', note: 'an ellipsis line marks an elision in quoted text' },
    { text: 'ASTANA.KAZINFORM - The games opened on Friday.\nThe Prime Minister attended.' },
    { text: 'Intro.\n\nFacebook and Twitter\n\nBoth platforms changed their rules.', note: 'two network names may be a subheading' },
    { text: 'She was born in 1980.\nEmail: press@example.org is the contact, the agency said.' },
  ],
  invalid: [
    { text: 'The games opened.\nFacebook Twitter WhatsApp\nThe Prime Minister attended.', errors: ['Facebook Twitter WhatsApp\n'], output: 'The games opened.\nThe Prime Minister attended.' },
    { text: 'The games opened.\nShare on Facebook Twitter WhatsApp\nThe Prime Minister attended.', errors: ['Share on Facebook Twitter WhatsApp\n'], output: 'The games opened.\nThe Prime Minister attended.' },
    { text: 'The games opened.\n\nAdvertisement\n\nThe Prime Minister attended.', errors: ['Advertisement\n\n'], output: 'The games opened.\n\nThe Prime Minister attended.' },
    { text: 'The games opened.\n;\nThe Prime Minister attended.', errors: [';\n'], output: 'The games opened.\nThe Prime Minister attended.' },
    { text: 'The games opened.\n-->\nThe Prime Minister attended.', errors: ['-->\n'], output: 'The games opened.\nThe Prime Minister attended.' },
    { text: 'The games opened.\nCopyright 2023 Kazinform. All rights reserved.\nThe Prime Minister attended.', errors: ['Copyright 2023 Kazinform. All rights reserved.\n'], output: 'The games opened.\nThe Prime Minister attended.' },
    { text: 'The games opened.\nRelated News\nThe Prime Minister attended.', errors: ['Related News\n'], output: 'The games opened.\nThe Prime Minister attended.' },
    { text: 'The games opened.\nPrint this article\nThe Prime Minister attended.', errors: ['Print this article\n'], output: 'The games opened.\nThe Prime Minister attended.' },
  ],
});

describe('boilerplate-line', () => {
  it('does not report the tail that boilerplate-tail claims', async () => {
    const text = 'He spoke.\nRead more\nThe crowd left.\nShare this article\n.';
    const { messages } = await runFixture(text, [rule, tail]);
    expect(messages.map((m) => [m.ruleId, text.slice(...m.range)])).toEqual([
      ['boilerplate-line', 'Read more\n'],
      ['boilerplate-tail', 'Share this article\n.'],
    ]);
  });
  it('flags the fixture lines', async () => {
    const source = readFileSync(new URL('../fixtures/boilerplate-line.txt', import.meta.url), 'utf8');
    const { expected, found } = await runFixture(source, [rule]);
    expect(found).toEqual(expected);
  });
});
