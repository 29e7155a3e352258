import { it } from 'vitest';
import rule from '../../rules/quote-balance.js';
import { testRule } from '../../src/testing/rule-tester.js';

testRule(rule, {
  valid: [
    { text: "'I just closed my eyes and hit it,' grinned Yildirim. 'My dad was in the stand. He told me this morning, \"Score against them and you never have to buy dinner again.\" I think he was right!'", note: 'A quotation inside another closes inside the speaker’s words.' },
    { text: '“He called it ‘a “very” good deal’,” she said.' },
    { text: 'The law (section 5 [b] (ii)) applies.' },
    { text: 'Sean O’Brien and D’Angelo met in the ’80s; rock ’n’ roll is ’cause of them.' },
    { text: "Sean O'Brien said 'yes' to the plan of the '90s." },
    { text: 'The countries’ leaders were talkin’ and singin’ all night.' },
    { text: '„Wir schaffen das“, sagte Merkel.' },
    { text: 'Le président a dit « non » hier.' },
    { text: '"We will win," he said. "Nothing can stop us."' },
    { text: 'Darwin said, " I guess something co-evolved with it. "' },
    { text: 'The options are: 1) wait, 2) act.' },
    { text: 'Mr Wang said: “The economy is strong.” He added that I should note the data.\nI think so.\nI agree.' },
    { text: '“I came, I saw,” Caesar said. “I conquered.”' },
    { text: 'The leader said: “We will rebuild.” Our correspondent in Kyiv reports that the city is calm.\nWe visited the market.' },
    { text: 'Zhang said the data “shows recovery.” The central bank agreed.' },
    { text: '"Great attention is placed on sports, she wrote.\n\nIt is a great achievement," the letter reads.' },
  ],
  invalid: [
    { text: 'He said “yes and left.', errors: ['“'] },
    { text: 'He said yes” and left.', errors: ['”'] },
    { text: 'She said (quietly and left.', errors: ['('] },
    { text: 'The vote [held on Monday) failed.', errors: ['[', ')'] },
    { text: 'He said "We go." "Then we stay.', errors: ['"'] },
    { text: 'The "Indo-Pacific Economic Framework"" was launched.', errors: ['"'] },
    { text: 'He told reporters: “We will not pay.” If they attack, my answer is clear.', errors: ['”'] },
    { text: 'The CBN said: "We are alarmed." We also wish to restate that printing goes on.', errors: ['"'] },
  ],
});
