import rule from '../../rules/untranslated.js';
import { testRule } from '../../src/testing/rule-tester.js';

testRule(rule, {
  valid: [
    { text: 'The newspaper Kommersant (Коммерсантъ) reported it first.' },
    { text: 'Sean O’Brien, Nguyễn Phú Trọng, Recep Tayyip Erdoğan and Søren Kierkegaard were named.', note: 'Non-English names in Latin script.' },
    { text: 'Tongxin Lingdong is a wealth product of the Zhongyuan bank.', note: 'Capitalised pinyin is a name.' },
    { text: 'The alpha (α) and beta (β) coefficients changed.' },
    { text: 'Women change long hang manage season language banquet.', note: 'English words that happen to split into pinyin syllables.' },
    { text: 'Her novel “Cien años de soledad” was on the list of the year’s best books in English.', note: 'A quoted title.' },
    { text: 'Insects do this, which is somewhat smarter because it does not require much pollen.' },
  ],
  invalid: [
    { text: 'Officials called it Россия будет ответственной in the report.', errors: ['Россия будет ответственной'] },
    { text: 'The sign read 입장 금지 at the gate.', errors: ['입장 금지'] },
    { text: 'Die Regierung hat gestern eine neue Rentenreform für alle Bürger angekündigt.', errors: ['Die Regierung hat gestern eine neue Rentenreform für alle Bürger angekündigt.'] },
    { text: 'Farmers were told to follow the xiangcun zhenxing plan.', errors: ['xiangcun zhenxing'] },
  ],
});
