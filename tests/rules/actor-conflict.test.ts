import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import rule from '../../rules/actor-conflict.js';
import { testRule, lintWithRule } from '../../src/testing/rule-tester.js';
import { runFixture } from '../../src/testing/fixtures.js';
import { actionTriples } from '../../src/nlp/action-triples.js';

testRule(rule, {
  valid: [
    { text: 'The US invaded Iraq in 2003. Washington’s invasion of Iraq was opposed by France.', note: 'capital = country' },
    { text: 'Iraq invaded Kuwait in 1990. Iran invaded Iraq in 1980.', note: 'different targets' },
    { text: 'Taipei says Beijing is preparing to invade Taiwan. China has long threatened to invade Taiwan.', note: 'Beijing = China' },
    { text: 'Kuwait, which Iraq invaded in 1990, was liberated in 1991. Iran never invaded Kuwait.', note: 'a relative clause is not read as an agent, so there is one triple only' },
    { text: 'Syria attacked Israel in October 1973. Egypt attacked Israel on the same day.', note: 'attack is a shared action: off by default' },
    { text: 'Russia and Belarus invaded Ukraine from the north. Belarus denied it had invaded Ukraine.', note: 'Belarus is one of the joined agents' },
    { text: 'Protesters carried anti-Iraq banners. Iraq invaded Kuwait in 1990 and Syria sent troops to defend Kuwait.', note: 'no second agent for the same action' },
  ],
  invalid: [
    {
      text: 'Iraq annexed Kuwait in August 1990. Analysts say Iran was planning to annex Kuwait.',
      errors: ['Iran'],
    },
    {
      text: 'Kuwait was invaded by Iraq in 1990. The Iraqi invasion of Kuwait lasted seven months. Later, Saudi Arabia’s invasion of Kuwait was still discussed.',
      errors: ['Saudi Arabia'],
      note: 'passive and nominal forms; the minority agent is reported',
    },
    {
      text: 'Germany occupied Denmark in April 1940. Britain occupied Denmark in April 1940, the text wrongly said.',
      errors: ['Britain'],
      note: 'tie: the later agent is reported',
    },
    {
      text: 'Syria attacked Israel in October. Egypt attacked Israel in October, the report said.',
      options: { sharedActions: true },
      errors: ['Egypt'],
    },
    {
      text: 'Poland invaded Ukraine, a columnist wrote. Later the Russian invasion of Ukraine was described in detail.',
      errors: ['Poland'],
      note: 'tie broken by the knowledge pack: its event “Russian full-scale invasion of Ukraine” names the invader',
    },
  ],
});

describe('actor-conflict', () => {
  it('takes known facts from user knowledge packs too, not only from the built-in pack', async () => {
    const { lint } = await import('../../src/engine/lint.js');
    const { resolveOptions } = await import('../../src/config/options.js');
    const text = 'Germany occupied Denmark in April 1940. Britain occupied Denmark in April 1940, the text wrongly said.';
    const run = async (knowledge: unknown[]) => {
      const [r] = await lint([{ path: 'a.txt', value: text }], { rules: [{ rule, severity: 2, options: resolveOptions(rule, undefined) }], knowledge });
      return r!.messages.map((d) => text.slice(d.range[0], d.range[1]));
    };
    // Without a fact the tie goes against the later agent; a pack saying Britain occupied Denmark reverses it.
    expect(await run([])).toEqual(['Britain']);
    const pack = { source: 'user.json', people: [], countries: [], cities: [], organizations: [], terms: [],
      events: [{ id: 'e1', type: 'occupation', name: 'British occupation of Denmark' }] };
    expect(await run([pack])).toEqual(['Germany']);
  });
  it('names the other agent and its position in the message', async () => {
    const text = 'Iraq annexed Kuwait in 1990.\nIran annexed Kuwait.';
    const [d] = await lintWithRule(rule, text);
    expect(d!.message).toContain('Iraq');
    expect(d!.message).toContain('1:1');
  });
  it('extracts agents through control verbs, possessives and pronouns', () => {
    const t = (s: string) => actionTriples(s).map((x) => `${x.agents.join('+')} ${x.lemma} ${x.target}`);
    expect(t('Pyongyang was reportedly preparing to invade South Korea.')).toEqual(['KP invade KR']);
    expect(t('Critics of France’s stance on its decision to occupy Algeria spoke out.')).toEqual(['FR occupy DZ']);
    expect(t('Serbia was occupied by Germany.')).toEqual(['DE occupy RS']);
    expect(t('The invasion of Poland by Germany began the war.')).toEqual(['DE invade PL']);
    expect(t('The invasion of Poland began the war.')).toEqual([]);
  });
  it('fixture', async () => {
    const source = readFileSync(new URL('../fixtures/actor-conflict.txt', import.meta.url), 'utf8');
    const { expected, found } = await runFixture(source, [rule]);
    expect(found).toEqual(expected);
  });
});
