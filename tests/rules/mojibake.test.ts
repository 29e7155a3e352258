import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import rule from '../../rules/mojibake.js';
import { testRule } from '../../src/testing/rule-tester.js';
import { runFixture } from '../../src/testing/fixtures.js';

testRule(rule, {
  valid: [
    { text: 'SÃO PAULO is written with a tilde; Ã is a letter in Portuguese.' },
    { text: 'Prices: £5, ¥300, €20 — “quoted” and ‘single’.' },
    { text: 'The Greek letter π and the Cyrillic word Москва appear here.' },
    { text: 'Ångström, naïve, coöperate, Øresund, Æsir, Œuvre.' },
    { text: 'He wrote “Â” in the margin.', note: 'a lead byte alone is not a sequence' },
    { text: 'Σ-delta modulation and β-blockers.' },
  ],
  invalid: [
    { text: 'He said â€œyesâ€\u009d.', errors: ['â€œ', 'â€\u009d'], output: 'He said “yes”.' },
    { text: 'He said â€œyesâ€ and left.', errors: ['â€œ', 'â€'], output: 'He said “yesâ€ and left.' },
    { text: 'The costâ€”high.', errors: ['â€”'], output: 'The cost—high.' },
    { text: 'In MÃ¼nchen.', errors: ['Ã¼'], output: 'In München.' },
    { text: 'Ukrainе and Russia.', errors: ['Ukrainе'], output: 'Ukraine and Russia.' },
    { text: 'The NАТО summit.', errors: ['NАТО'], output: 'The NATO summit.' },
    { text: 'Кyiv is the capital.', errors: ['Кyiv'], output: 'Kyiv is the capital.' },
    { text: 'The word Москва with a Latin о: Москвa.', errors: ['Москвa'] },
  ],
});

describe('mojibake fixture', () => {
  it('flags exactly the marked lines', async () => {
    const source = readFileSync(new URL('../fixtures/mojibake.txt', import.meta.url), 'utf8');
    const { expected, found, fixed } = await runFixture(source, [rule]);
    expect(found).toEqual(expected);
    expect(fixed).toContain('NATO’s');
  });
});
