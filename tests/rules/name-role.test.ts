import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import rule from '../../rules/name-role.js';
import { testRule, lintWithRule, flagged } from '../../src/testing/rule-tester.js';
import { runFixture } from '../../src/testing/fixtures.js';
import { getKnowledge, fold } from '../../src/knowledge/index.js';

testRule(rule, {
  valid: [
    { text: 'Former British Prime Minister Tony Blair spoke.', note: 'A holder, with "former".' },
    { text: 'Chinese President Xi Jinping’s visit ended on Friday.', note: 'Possessive after the name.' },
    // A country that ends the sentence before the title does not qualify it.
    { text: 'Trade grew with Armenia, Kazakhstan and Russia.\n\nPresident Masoud Pezeshkian has stressed ties with neighbours.' },
    { text: 'The deal was signed in Russia. President Masoud Pezeshkian welcomed it.' },
    { text: 'The result lifts the club to second place in the Kenya Premier League on 41 points.', note: 'A dictionary word after a title is no name.' },
    { text: 'Antonio Guterres, the UN Secretary-General, said the talks would go on.', note: 'Diacritics dropped (António).' },
    { text: 'Ruritanian Prime Minister Rudolf Rassendyll met French Prime Minister Jean Dupont.', note: 'Unknown names are never corrected.' },
    { text: 'The French President said on Monday that Paris would act.', note: 'No name after the title.' },
    { text: 'Former French Prime Minister Emmanuel Macron', options: { claims: true }, note: '"former": no role claim, the pack only covers 2000 on.' },
    { text: 'French Prime Minister Emmanuel Macron met the press.', options: { claims: false } },
  ],
  invalid: [
    { text: 'U.S. President Joe Bidden met the delegation.', errors: ['Bidden'], output: 'U.S. President Joe Biden met the delegation.' },
    {
      text: 'British Prime Minister Borris Jonson arrived in Brussels.',
      errors: ['Borris Jonson'],
      output: 'British Prime Minister Boris Johnson arrived in Brussels.',
    },
    {
      text: 'Vietnamese Prime Minister Pham Minh Trung opened the forum.',
      errors: ['Trung'],
      output: 'Vietnamese Prime Minister Pham Minh Chinh opened the forum.',
      note: 'Family name first: all tokens but one agree.',
    },
    {
      text: 'French Prime Minister Emmanuel Macron met the press.',
      errors: [{ text: 'Emmanuel Macron', messageId: 'claim' }],
      note: 'A different known person in the role is a claim to check, never "corrected".',
    },
  ],
});

/** Drop the first interior vowel of a surname that has two or more ("Kuleba" → "Kulba"). */
function misspell(surname: string): string | undefined {
  const m = /^(.+?[^aeiou])([aeiou])([^aeiou].*[aeiou].*)$/.exec(surname);
  return m ? m[1]! + m[3]! : undefined;
}

describe('generalisation over the pack', () => {
  const kb = getKnowledge();
  const cases: Array<{ text: string; name: string; wrong: string }> = [];
  for (const role of ['foreign_minister', 'head_of_government', 'defence_minister', 'finance_minister']) {
    const title = kb.titles.find((t) => t.role === role && !t.country && !t.countries && !t.scope)!;
    for (const country of ['DE', 'JP', 'BR', 'IN', 'PL', 'KE', 'AU', 'FR', 'ES', 'CA', 'MX', 'ZA', 'SE', 'NG']) {
      const demonym = kb.country(country)!.demonyms[0]!;
      for (const { person } of kb.holders(role, { country }).slice(0, 2)) {
        const tokens = fold(person.name).split(' ');
        if (tokens.length !== 2 || !/^[A-Za-z]+$/.test(tokens.join(''))) continue;
        const wrong = misspell(tokens[1]!);
        if (!wrong || wrong.length < 5 || kb.peopleBySurname(wrong).length) continue;
        cases.push({ text: `The ${demonym} ${title.title} ${tokens[0]} ${tokens[1]} spoke.`, name: `${tokens[0]} ${tokens[1]}`, wrong: `${tokens[0]} ${wrong}` });
      }
    }
  }

  it('has enough cases', () => expect(cases.length).toBeGreaterThan(15));

  it('finds a misspelled holder of any role, with the canonical surname as fix', async () => {
    const missed: string[] = [];
    for (const c of cases) {
      const text = c.text.replace(c.name, c.wrong);
      const found = await lintWithRule(rule, text);
      const wrongSurname = c.wrong.split(' ')[1]!;
      if (flagged(text, found).join() !== wrongSurname || found[0]!.fix?.text !== c.name.split(' ')[1]) missed.push(text);
    }
    expect(missed).toEqual([]);
  });

  it('does not flag a correctly spelled holder', async () => {
    for (const c of cases) expect(flagged(c.text, await lintWithRule(rule, c.text)), c.text).toEqual([]);
  });
});

describe('fixture', () => {
  it('flags the marked lines and fixes them', async () => {
    const { expected, found, fixed } = await runFixture(readFileSync('tests/fixtures/name-role.txt', 'utf8'), [rule]);
    expect(found).toEqual(expected);
    expect(fixed).toContain('Japanese Foreign Minister Yoshimasa Hayashi');
  });
});
