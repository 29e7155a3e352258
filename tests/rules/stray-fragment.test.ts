import rule from '../../rules/stray-fragment.js';
import { testRule } from '../../src/testing/rule-tester.js';

testRule(rule, {
  valid: [
    // Dialogue answers and interjections after a full sentence.
    { text: 'Do you think it worked? Right. We all do.' },
    { text: 'Nobody expected the vote to pass. Exactly.' },
    // Two words that are a clause (a name and its verb) or an elliptical phrase (a review's tagline).
    { text: 'Mother and son argue about music and money. Mateo sulks. Long stretches pass in silence.' },
    { text: 'Running time is 1 hour 52 minutes. In theaters.' },
    // A phrase of another language.
    { text: 'KĒPA-WALSH: Ngā mihi nui, Tom, and thank you for having me. Ka pai.' },
    // A run of short ones is a deliberate list.
    { text: 'The entries go back to 1893. Weather, ship sightings, supplies received. Births. Deaths. A long gap during the war.' },
    // A title's abbreviation the splitter took for a sentence end (Hansard).
    { text: 'I would be delighted to meet my hon. Friend. She makes an important point.' },
    { text: 'This is Question Time, not a debate. The hon. Lady has had her supplementary.' },
    // A company's abbreviation, not a sentence end: the text goes on with a bracket or in lower case.
    { text: 'Technology stocks did the most damage. Nvidia Corp. (NVDA) fell 2.8% and Broadcom dropped.' },
    { text: 'The company was founded in Ohio in 1952. Acme Holdings Ltd. also owns the port.' },
    { text: 'We asked whether the plan would work. Sure.' },
    { text: 'Is the bridge safe to cross today? Why?' },
    { text: 'The results were announced this morning. Great!' },
    { text: 'And then the iceberg rolled over completely. Wow.' },
    // Short sentences with a finite verb stand.
    { text: 'The talks collapsed on Friday night. He left.' },
    { text: 'The minister was asked about the deal. She declined.' },
    // Headings, datelines, bylines, captions, list items: alone on their line.
    { text: 'Sanctions.\nThe EU agreed a new package of measures on Monday.' },
    { text: 'The summit ended without a deal. AFP.' },
    { text: 'Turnout was high in the capital. 5.' },
    { text: 'The envoy met Gen. Smith in Kabul.' },
    { text: 'Photo by Jane Doe.\nCaption.' },
    // Human reference translations of the MQM dev set (WMT21 TED, ref-A/ref-B; Apache-2.0).
    { text: 'I was awestruck.' },
    { text: 'Thank you.' },
    { text: 'Insects, no doubt.' },
    { text: 'That\'s philodendron selloum.' },
  ],
  invalid: [
    { text: 'Moscow was ready to hear Washington on missiles. Be. The talks continue.', errors: ['Be.'] },
    { text: 'The ministry announced new export rules on Tuesday. Policy.', errors: ['Policy.'] },
    { text: 'Officials met in Geneva for a second round of talks. Although.', errors: ['Although.'] },
    { text: 'The delegations signed the final agreement in Vienna. Sign the.', errors: ['Sign the.'] },
  ],
});
