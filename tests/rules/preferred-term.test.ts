import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import rule from '../../rules/preferred-term.js';
import { testRule } from '../../src/testing/rule-tester.js';
import { runFixture } from '../../src/testing/fixtures.js';
import { lint } from '../../src/engine/lint.js';
import { resolveOptions } from '../../src/config/options.js';
import { parseKnowledgePack } from '../../src/knowledge/index.js';

testRule(rule, {
  valid: [
    { text: 'The Odessa Steps are a landmark; Odessa, Texas, is an oil town.' },
    { text: 'Peking duck and Peking opera are on the menu tonight.' },
    { text: 'Chernihiv region will receive UAH 340 million and Dnipropetrovsk region UAH 270 million; Kirovohrad Oblast was not included.', note: 'Regions that kept the names their renamed cities lost.' },
    { text: 'Attacks hit the Kharkiv, Sumy, Dnipropetrovsk and Zaporizhzhia oblasts and the Kirovohrad and Poltava regions overnight.' },
    { text: 'Canton, Ohio, hosts the hall of fame.', note: 'Canton is in the historical group (off by default).' },
    { text: 'Kiev', options: { ignore: ['Kiev'] } },
    { text: 'The Bombay High Court ruled on Monday.' },
    { text: 'Kievan and Kievskaya are other words.', note: 'Whole words only.' },
    { text: 'News from LoveKiev.com and the 2Kiev handle.', note: 'Nor the end of a longer word or handle (a letter or digit before it).' },
    { text: 'The style guide says Kyiv, not Kiev.' },
    { text: 'He was born in Kiev (now Kyiv) in 1950 and moved to Mumbai, formerly Bombay.', note: 'An old name glossed with the new one, either way round.' },
    { text: 'Chennai (Madras) and Kyiv, also spelled Kiev, were named.' },
  ],
  invalid: [
    { text: 'The Kiev-based group met in Odessa.', errors: ['Kiev', 'Odessa'], output: 'The Kyiv-based group met in Odesa.' },
    { text: 'Strikes hit Dnipropetrovsk and Kharkiv cities on Monday.', errors: ['Dnipropetrovsk'], output: 'Strikes hit Dnipro and Kharkiv cities on Monday.', note: 'A list of cities is not a list of regions.' },
    { text: 'Kiev’s mayor spoke in Zaporozhye.', errors: ['Kiev', 'Zaporozhye'], output: 'Kyiv’s mayor spoke in Zaporizhzhia.' },
    { text: 'He flew from Rangoon to Peking.', errors: ['Rangoon', 'Peking'], output: 'He flew from Yangon to Beijing.' },
    { text: 'Talks in Kyiv ended; Kiev said it would respond.', errors: ['Kiev'], output: 'Talks in Kyiv ended; Kyiv said it would respond.', note: 'The old name used, not mentioned, beside the new one.' },
    { text: 'Flights between Kyiv and Kiev resumed.', errors: ['Kiev'], output: 'Flights between Kyiv and Kyiv resumed.', note: '"and" joins two uses.' },
  ],
});

describe('user term lists', () => {
  const run = async (text: string, packs: unknown[]) => {
    const [r] = await lint([{ path: 't.txt', value: text }], {
      rules: [{ rule, severity: 1, options: resolveOptions(rule, undefined) }],
      knowledge: packs,
    });
    return r!.messages;
  };

  it('applies a CSV term list with its exceptions and a TBX termbase', async () => {
    const csv = parseKnowledgePack('term,preferred,exceptions\ne-mail,email,e-mail address book\nOdessa,Odessa\n', 'house.csv');
    const tbx = parseKnowledgePack(
      '<martif><text><body><termEntry id="w"><langSet xml:lang="en"><tig><term>web site</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig><tig><term>website</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet></termEntry></body></text></martif>',
      'terms.tbx',
    );
    const text = 'E-mail the web site team from Odessa; the e-mail address book is old.';
    const found = await run(text, [csv, tbx]);
    expect(found.map((d) => [text.slice(...d.range), d.fix?.text])).toEqual([
      ['E-mail', 'Email'],
      ['web site', 'website'],
    ]);
  });
});

describe('fixture', () => {
  it('flags the marked lines and fixes them', async () => {
    const { expected, found, fixed } = await runFixture(readFileSync('tests/fixtures/preferred-term.txt', 'utf8'), [rule]);
    expect(found).toEqual(expected);
    expect(fixed).toContain('Dnipro and Mykolaiv');
  });
});
