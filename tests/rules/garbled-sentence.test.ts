import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import rule from '../../rules/garbled-sentence.js';
import { testRule, lintWithRule } from '../../src/testing/rule-tester.js';
import { runFixture } from '../../src/testing/fixtures.js';
import { SIGNALS } from '../../src/nlp/garbled-signals.js';

/** The signals on before orphan-predicate became opt-in: the valid cases run with these too, so they stay its must-not-flag cases. */
const WITH_ORPHAN = { signals: SIGNALS.filter((s) => s !== 'verbless') };

const valid = [
  // Headlines and title case.
  { text: 'US Escalates Chip War Against The World’s Biggest Producers' },
  { text: 'Stoltenberg: We will never compromise on NATO’s open door membership policy' },
  // Quotations that start mid-sentence.
  { text: 'He called it “The best deal we have ever made” before leaving.' },
  { text: 'The minister said the plan "will not work" and left.' },
  // "the US", acronyms, "It" after a colon.
  { text: 'The US will not compromise on the policy.' },
  { text: 'The message was clear: It will not happen again.' },
  // Lists.
  { text: 'The plan has three parts: trade, security and climate.' },
  { text: 'Measures include: higher tariffs; export controls; and new checks.' },
  // Abbreviations.
  { text: 'Troops from the U.S. and Britain arrived on Monday.' },
  { text: 'Gen. Milley met officials at No. 10 on Tuesday.' },
  { text: 'The firm, Acme Co. Ltd. in Shanghai, was fined.' },
  // Legitimate multiple verbs.
  { text: 'Those of you who are from Brazil should know this plant.' },
  { text: 'The agreement signed with Brunei is one of two highlights.' },
  { text: 'When he arrived at the hotel the staff were waiting.' },
  { text: 'We agreed on the day the talks would start.' },
  { text: 'By the city\'s own figures, about 46% of the water it buys from Rand Water is lost to leaks.' },
  { text: 'Founded in 1990, the company employs 300 people.' },
  { text: 'Look at this flower.' },
  // Names and reduplicated words.
  { text: 'The pianist Lang Lang played in Beijing.' },
  { text: 'The perfume contains ylang ylang oil.' },
  { text: 'He said that that was not true.' },
  // Sentences from the human reference translations of the MQM dev set
  // (WMT21 TED talk.5/talk.6, ref-A and ref-B; google/wmt-mqm-human-evaluation, Apache-2.0).
  { text: 'Through my artwork, I attempt to clarify that humans are not separated from nature, but everything is connected to each other.' },
  { text: 'The iceberg beside me surfaced almost 200 feet above the water. I could only find it strange that this is a sheet of snowflakes covering another sheet of snowflakes, formed years after years.' },
  { text: 'When you see an iceberg, it is easy to think that they are all isolated, that they are independent, solitary, more like we as humans sometimes view ourselves.' },
  { text: 'I first went to Antarctica almost 10 years ago, where I saw my first icebergs.' },
  { text: 'And Darwin said, looking at this flower, "I guess something has coevolved with this."' },
  { text: 'Here we see ylang ylang, the component of many perfumes.' },
  // self-coordination: reduplicating idioms are English.
  { text: 'More and more students are learning the language.' },
  { text: 'The team will grow stronger and stronger.' },
  { text: 'Because you have to chuck out masses and masses of it, the process is slow.' },
  { text: 'He bonks it on the head lots and lots of times.' },
  { text: 'The talks went on and on, again and again, for years and years.' },
  { text: 'The ties between Vietnam and Vietnam’s neighbours are growing.' },
  { text: 'It was a question of health, and health alone.' },
  { text: 'The minister may or may not attend the summit, officials said.' },
  { text: 'The only question is whether we shape it or it shapes us.' },
  { text: '"We buried our children and waited and waited," said the mother, whose sons were taken in 2019.' },
  { text: 'She sang and sang, even after the doctors told her to rest.' },
  { text: 'The race stayed neck and neck until the final towns had voted.' },
  { text: 'What is the most important thing in the world? It is people, it is people, it is people.', note: 'A figure of speech: three times.' },
  { text: 'A festival said on Sunday that a staged reading of Of Mice and Men had sold out.' },
  { text: 'The bulk of the shipments were carried between Russian ports and ports in China, he noted.' },
  { text: 'The rice has been sold at low prices since May. Under the system, stockpiled rice is sold to retailers.' },
  { text: 'For many of us, the loss would be anything but.' },
  { text: 'Whether the company will or will not pay is unclear, and the rebels did or did not agree.' },
  // A plural noun subject that compromise tags as a verb (WMT21 TED output).
  { text: "Plants also harvested, and Tian'e spread the pollen to other places." },
  { text: "Plants also harvest, and Tian'e spreads pollen elsewhere." },
  // Negated auxiliaries: imperatives and questions without a question mark.
  { text: "Don't touch the flower." },
  { text: "Isn't it strange." },
  { text: "Wasn't there a better way." },
  { text: 'It doesn’t own starch, which is plant food.' },
  // narrative-imperative: talks, quotations, calls to action, non-verbs.
  { text: 'I love this flower. Look at the colours. You can see them under ultraviolet light.' },
  { text: 'The minister said: “Continue the work.”' },
  { text: 'The storm hit the coast on Monday. Click the link to read more.' },
  { text: 'The storm hit the coast on Monday. Under the new rules, flights were cancelled.' },
  { text: 'The storm hit the coast on Monday. Despite the warnings, residents stayed.' },
  { text: 'The storm hit the coast on Monday. Both the airport and the port closed.' },
  // … nor instructions: two or more commands in one paragraph (a recipe, public guidance).
  { text: 'The chef shared her recipe with readers.\n\nHeat the oil in a large pan. Add the onions and cook for five minutes. Serve the pasta with the sauce.' },
  { text: 'The storm is expected to reach the coast on Monday, officials said.\n\n- Keep the windows closed.\n- Avoid the roads near the river.' },
  // subjectless-start: an -ed or -s form that modifies the subject (a bare noun phrase, then its verb).
  { text: 'Unconfirmed reports said the minister had resigned on Monday.' },
  { text: 'Detained protesters were released after two days in custody.' },
  { text: 'Displaced families returned home after the floods receded last week.' },
  { text: 'Confirmed cases have fallen for a third week in a row.' },
  { text: 'Elected officials met on Monday to discuss the budget.' },
  { text: 'Unpaid public sector workers remain on strike in the capital.' },
  { text: 'Tech groups say the law will stifle innovation. Rights groups say it does not go far enough.' },
  { text: 'Arms sales rose by a fifth last year.' },
  { text: 'Inflation slowed in April. Accumulated inflation for the first four months of the year reached 10.8 percent.' },
  // An editorial credit or note.
  { text: 'The interview took place in Koudougou, west of Ouagadougou.\n\nInterview by Julien Sawadogo. Translated from French and edited for length and clarity.' },
  // Formulae of thanks and greeting.
  { text: 'The vote passed by 412 to 231. Thanks for following along.' },
  { text: 'Congratulations poured in from around the world.' },
  // dangling-end: stranded prepositions and complete two-word endings.
  { text: 'Police said the claims would be looked into.' },
  { text: 'It is an incident the authorities are now looking into.' },
  { text: 'It is nothing to be ashamed of.' },
  { text: 'He is the elected president and should be treated as such.' },
  { text: 'They sold vegetables, bread and such.' },
];

testRule(rule, {
  valid: [...valid, ...valid.map((c) => ({ ...c, options: WITH_ORPHAN }))],
  invalid: [
    { text: 'Plants would spread it if no botanist came to take it If it is glued to a card.', errors: ['it If'] },
    { text: 'The fly could not help but.', errors: ['but.'] },
    { text: 'The ministry said it would be a success for the.', errors: ['the.'] },
    { text: 'He said the decision was made such.', errors: ['such.'] },
    { text: 'Officials said they would meet the the delegation on Monday.', errors: ['the the'] },
    // orphan-predicate (opt-in).
    { text: 'He insisted on the plan was good for the region.', options: WITH_ORPHAN, errors: ['was'] },
    { text: 'In Brussels he insisted on the plan was good for the region.', options: WITH_ORPHAN, errors: ['was'] },
    // self-coordination (WMT23 news outputs, google/wmt-mqm-human-evaluation, Apache-2.0, and invented).
    { text: 'The team will benefit the local people with benevolence and benevolence.', errors: ['benevolence and benevolence'] },
    { text: 'The two leaders discussed the partnership between Vietnam and Vietnam in Hanoi.', errors: ['Vietnam and Vietnam'] },
    { text: 'The ministry promotes trade or trade with its neighbours.', errors: ['trade or trade'] },
    // narrative-imperative in third-person narration.
    { text: 'Rescuers searched the ruins on Monday. Introduce the current rescue environment to the visiting team.', errors: ['Introduce'] },
    { text: 'The team arrived on Tuesday. Continue to operate the standby system and strengthen security.', errors: ['Continue'] },
    // One command alone in its paragraph, in a report (WMT23 news output).
    {
      text: 'Rescuers from Hong Kong arrived at the site on Monday.\n\nIntroduce the current rescue environment to the Hong Kong rescue team.\n\nMaintain the system of shift and sentry duty in the camp.',
      errors: ['Introduce', 'Maintain'],
    },
    // subjectless-start: a negated auxiliary with no subject (WMT21 TED output).
    { text: 'Doesn’t own starch, this is plant food.', errors: ['Doesn’t'] },
    // … but a determiner after the -ed form leaves it a predicate with no subject.
    { text: 'Expressed concern over the attack and called for calm.', errors: ['Expressed'] },
    { text: 'Expressed concern that the attack was a violation of the truce.', errors: ['Expressed'] },
    { text: "Didn't stop the vote, and the bill passed.", errors: ["Didn't"] },
    // A one-word loop.
    { text: 'The meeting was held in Bern, Bern, Bern, Bern last week.', errors: ['Bern, Bern, Bern, Bern'] },
  ],
});

describe('garbled-sentence', () => {
  it('explains each signal of the seed sentence', async () => {
    const text = 'NATO had never commented on Its open door membership policy will not compromise.';
    const [d] = await lintWithRule(rule, text, { signals: [...SIGNALS] });
    expect(d!.message).toContain('Capitalised “Its” inside the sentence');
    expect(d!.message).toContain('Second main verb “will not compromise”');
  });
  it('leaves verbless and orphan-predicate off by default (opt-in: unmeasured on the dev sets)', async () => {
    expect(rule.meta.defaultOptions!.signals).toEqual(SIGNALS.filter((s) => s !== 'verbless' && s !== 'orphan-predicate'));
    const text = 'NATO had never commented on Its open door membership policy will not compromise.';
    const found = await lintWithRule(rule, text);
    expect(found.map((d) => text.slice(...d.range))).toEqual(['on Its']);
    expect(found[0]!.message).not.toContain('Second main verb');
  });
  it('runs one signal alone with the signals option', async () => {
    const text = 'NATO had never commented on Its open door membership policy will not compromise.';
    const found = await lintWithRule(rule, text, { signals: ['orphan-predicate'] });
    expect(found.map((d) => text.slice(...d.range))).toEqual(['will not compromise']);
  });
  it('needs two signals in one sentence at threshold 2', async () => {
    const one = await lintWithRule(rule, 'The fly could not help but.', { threshold: 2 });
    const two = await lintWithRule(rule, 'NATO had never commented on Its open door membership policy will not compromise.', { threshold: 2, signals: [...SIGNALS] });
    expect([one.length, two.length]).toEqual([0, 1]);
  });
  it('verbless is opt-in: a long statement with no finite verb, infinitive or gerund', async () => {
    const opt = { signals: ['verbless'] as const };
    const flagged = [
      'The officials met on Monday. The team of experts from the ministry of health and the local hospital in the northern province.',
      'The officials met on Monday. A new road, a new school and a new hospital for the people of the county.',
    ];
    const fine = [
      'The officials met on Monday. The talks between the two sides on the future of the region continue.',
      // First in its paragraph (a headline or a caption), or under eight words.
      'The officials met on Monday.\nThe team of experts from the ministry of health and the local hospital in the northern province.',
      'The officials met on Monday. A new road for the county.',
      // A finite verb the word-level cue sees (auxiliary, -ed form, subject pronoun).
      'The officials met on Monday. The team of experts from the ministry has visited the hospital in the north.',
    ];
    for (const text of flagged) expect((await lintWithRule(rule, text, { ...opt })).map((d) => d.messageId)).toEqual(['verbless']);
    for (const text of fine) expect(await lintWithRule(rule, text, { ...opt })).toEqual([]);
    expect(await lintWithRule(rule, flagged[0]!)).toEqual([]);
  });
  it('flags exactly the marked fixture lines', async () => {
    const source = readFileSync(new URL('../fixtures/garbled-sentence.txt', import.meta.url), 'utf8');
    const { expected, found } = await runFixture(source, [rule]);
    expect(found).toEqual(expected);
  });
  it.skip('subjectless "Stands out from the background." — compromise tags "Stands" as a plural noun', () => {});
  it.skip('comma splice with a subjectless verb: "investment, talent and incentives, has made it possible" — not detected', () => {});
});

describe('garbled-sentence: a sentence looping on one phrase', () => {
  it('is one finding over the loop, each reason named once', async () => {
    // Machine translation's degenerate repetition: one phrase coordinated with itself again and again.
    const loop = Array.from({ length: 300 }, () => 'benevolence and benevolence').join(' and ');
    const text = `The doctors serve the local people with ${loop}.`;
    const found = await lintWithRule(rule, text);
    expect(found).toHaveLength(1);
    const [d] = found;
    expect(text.slice(d!.range[0], d!.range[1])).toMatch(/^benevolence and .* benevolence$/);
    const reasons = d!.message.replace(/^Garbled sentence: /, '').replace(/\.$/, '').split('; ');
    expect(new Set(reasons).size).toBe(reasons.length);
    expect(reasons.length).toBeLessThanOrEqual(6);
    expect(d!.message.length).toBeLessThan(1000);
  });
});
