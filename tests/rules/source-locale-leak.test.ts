import { it } from 'vitest';
import rule from '../../rules/source-locale-leak.js';
import { testRule } from '../../src/testing/rule-tester.js';

testRule(rule, {
  valid: [
    { text: 'Iranian officials said the deal was signed on Sunday evening, Tehran time.', note: 'A demonym ties the clock to the story.' },
    { text: 'The launch in Florida is set for 6 p.m. Washington time.', note: 'Same country.' },
    { text: 'Russian troops moved at dawn, Moscow time, toward the border.' },
    { text: 'The quake hit Japan at 3 a.m. local time in Tokyo.' },
    { text: 'The New York Times and the Financial Times reported it at the same time.' },
    { text: 'Broadcast at 8 p.m. Eastern Time, in prime time.' },
    { text: 'Once upon a time, Paris was a village.' },
    { text: 'I grew up here. I think our country must change. I believe we can. I know my city. I hope so.', note: 'A first-person text (a talk, a column) speaks in its own voice.' },
    { text: 'Day 3 of the Tehran conference; Muharram is a month; Ramadan began on March 23, 2023.' },
    { text: 'Ali Mehr, 14, and Dr Azar met on 31 January.' },
    { text: 'The firm earned 1,250 million euros, or $1.3 billion, and 2,500 yuan per worker.' },
    { text: 'Xi Jinping and Emmanuel Macron met in Beijing at 10 a.m. Beijing time.' },
  ],
  invalid: [
    { text: 'The ceasefire in Gaza began at 7 a.m. Beijing time on Friday.', errors: ['Beijing time'] },
    { text: 'Talks in Vienna resume at 10 a.m. local time in Tehran.', errors: ['local time in Tehran'] },
    { text: 'Medical aid is part of our country’s foreign aid work.', errors: ['our country'] },
    { text: 'Leaders of our province visited the plant.', errors: ['our province'] },
    { text: 'Prices rose on 15 Ramadan 1443 in the capital.', errors: ['15 Ramadan 1443'] },
    { text: 'The decree of 3 Dey 1400 is in force.', errors: ['3 Dey 1400'] },
    { text: 'The report is dated 1401 SH.', errors: ['1401 SH'] },
    { text: 'The ceremony was held on April 31.', errors: ['April 31'] },
    { text: 'The fund has 2,5 million euros.', errors: ['2,5 million euros'] },
    { text: 'He paid 1.500.000 euros for it.', errors: ['1.500.000 euros'] },
    { text: 'A ticket costs 100 € in Paris.', errors: ['100 €'] },
  ],
});
