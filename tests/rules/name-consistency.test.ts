import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import rule from '../../rules/name-consistency.js';
import { testRule, lintWithRule, flagged } from '../../src/testing/rule-tester.js';
import { runFixture } from '../../src/testing/fixtures.js';
import { lint } from '../../src/engine/lint.js';
import { createDoc } from '../../src/engine/doc.js';
import { resolveOptions } from '../../src/config/options.js';
import { getKnowledge, nameTokens, nearMiss, surnameKey } from '../../src/knowledge/index.js';
import { surnameBucket } from '../../src/knowledge/name-mentions.js';

testRule(rule, {
  valid: [
    { text: 'Olga Petrenko spoke first. Then Olga Petrenko answered questions.' },
    { text: 'Anna Berger and Thomas Burger both ran.', note: 'Different given names.' },
    {
      text: 'Reform UK captured the seat, while the Liberal Democrats took Hamble Valley from the Conservatives.\n\nLiberal Democrat leader Sir Ed Davey described the win as a stunning result.',
      note: 'A party’s plural and singular are not two spellings.',
    },
    { text: 'The New York Times and the New York Post.', note: 'Places and function words are not names.' },
  ],
  invalid: [
    {
      text: 'Coach Marcus Feldhaus praised the team. Marcus Feldhous said the season was long.',
      errors: ['Feldhous'],
      output: 'Coach Marcus Feldhaus praised the team. Marcus Feldhaus said the season was long.',
    },
  ],
});

/** Pairs of pack people with one given name and near-miss surnames in one phonetic bucket (up to 10). */
function packPairs(): Array<[string, string]> {
  const byKey = new Map<string, string[]>();
  for (const p of getKnowledge().people) {
    const t = nameTokens(p.name);
    const s = surnameKey(p.name);
    if (t.length !== 2 || !s || !/^[A-Za-z ]+$/.test(p.name)) continue;
    const key = `${t[0]}|${surnameBucket(s)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), p.name]);
  }
  return [...byKey.values()]
    .filter((names) => names.length >= 2)
    .map((names) => [names[0]!, names.find((n) => n.split(' ')[1] !== names[0]!.split(' ')[1] && nearMiss(n.split(' ')[1]!, names[0]!.split(' ')[1]!))])
    .filter((p): p is [string, string] => !!p[1])
    .slice(0, 10);
}

describe('different real people are not merged', () => {
  it('keeps two pack people with one given name and similar surnames apart', async () => {
    const pairs = packPairs();
    expect(pairs.length).toBeGreaterThanOrEqual(2);
    for (const [a, b] of pairs) {
      expect(getKnowledge().peopleByName(a)[0]).not.toBe(getKnowledge().peopleByName(b)[0]);
      const text = `Yesterday ${a} met the press. Later ${b} answered.`;
      expect(flagged(text, await lintWithRule(rule, text)), text).toEqual([]);
    }
  });
});

describe('corpus phase', () => {
  const run = (values: string[]) =>
    lint(
      values.map((value, i) => ({ path: `f${i}.txt`, value })),
      { rules: [{ rule, severity: 1, options: resolveOptions(rule, undefined) }] },
    );

  it('reports a minority spelling of a name across files, with the majority as fix', async () => {
    const right = 'The report was written by Ingrid Solvang last year.';
    const results = await run([right, right, right, right, 'The report was written by Ingrid Solveng last year.']);
    expect(results.slice(0, 4).every((r) => r.messages.length === 0)).toBe(true);
    const [d] = results[4]!.messages;
    expect(d?.messageId).toBe('inCorpus');
    expect(d?.fix?.text).toBe('Solvang');
  });

  it('leaves a minority spelling alone when its given name matches none of the majority’s', async () => {
    const right = 'The report was written by Ingrid Solvang last year.';
    const results = await run([right, right, right, 'Ingrid Solvang and Per Solvang spoke.', 'The report was written by Mark Solveng last year.']);
    expect(results.flatMap((r) => r.messages)).toEqual([]);
  });

  it('keeps two pack people apart across files, from the people ids in the facts', async () => {
    const pairs = packPairs();
    expect(pairs.length).toBeGreaterThanOrEqual(2);
    for (const [a, b] of pairs) {
      const results = await run([`${a} spoke.`, `${a} spoke.`, `${a} spoke.`, `${a} spoke.`, `${b} spoke.`]);
      expect(results.flatMap((r) => r.messages), b).toEqual([]);
    }
    // The facts carry the ids of the pack's people with each surname, and nothing for a surname it does not know.
    const [known, unknown] = [pairs[0]![0], 'Ingrid Solvang'];
    const facts = (text: string) => rule.create({ id: rule.meta.id, options: { minFiles: 3 }, doc: createDoc('f.txt', text), knowledge: [], report: () => {}, whenTagged: () => {} }) as Array<{ people?: string[] }>;
    expect(facts(`${known} spoke.`)[0]?.people).toEqual(getKnowledge().peopleBySurname(known.split(' ')[1]!).map((p) => p.id));
    expect(facts(`${unknown} spoke.`)[0]?.people).toBeUndefined();
  });

  it('leaves a minority spelling alone when the pack knows it and not the majority’s', async () => {
    expect(getKnowledge().peopleBySurname('Kuleba').length).toBeGreaterThan(0);
    expect(getKnowledge().peopleBySurname('Kulebba')).toEqual([]);
    const odd = 'Dmytro Kulebba spoke.';
    const results = await run([odd, odd, odd, odd, 'Dmytro Kuleba spoke.']);
    expect(results[4]!.messages).toEqual([]);
    // The other way round, the minority is the odd one.
    const right = 'Dmytro Kuleba spoke.';
    const back = await run([right, right, right, right, odd]);
    expect(back[4]!.messages.map((m) => m.fix?.text)).toEqual(['Kuleba']);
  });

  it('needs a clear majority', async () => {
    const results = await run(['Ingrid Solvang spoke.', 'Ingrid Solvang spoke.', 'Ingrid Solveng spoke.', 'Ingrid Solveng spoke.']);
    expect(results.flatMap((r) => r.messages)).toEqual([]);
  });
});

describe('fixture', () => {
  it('flags the marked lines and fixes them', async () => {
    const { expected, found, fixed } = await runFixture(readFileSync('tests/fixtures/name-consistency.txt', 'utf8'), [rule]);
    expect(found).toEqual(expected);
    expect(fixed).not.toContain('Haverkampf');
  });
});
