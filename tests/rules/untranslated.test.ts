import { vi } from 'vitest';
import rule from '../../rules/untranslated.js';
import { testRule } from '../../src/testing/rule-tester.js';

// The rule must never load compromise (0.4–0.8 s at start-up): every case below fails if it tries.
vi.mock('../../src/nlp/compromise.js', () => ({
  getNlp: () => {
    throw new Error('untranslated must not load compromise');
  },
}));

testRule(rule, {
  valid: [
    { text: 'The newspaper Kommersant (Коммерсантъ) reported it first.' },
    { text: 'Sean O’Brien, Nguyễn Phú Trọng, Recep Tayyip Erdoğan and Søren Kierkegaard were named.', note: 'Non-English names in Latin script.' },
    { text: 'Tongxin Lingdong is a wealth product of the Zhongyuan bank.', note: 'Capitalised pinyin is a name.' },
    { text: 'The alpha (α) and beta (β) coefficients changed.' },
    { text: 'Women change long hang manage season language banquet.', note: 'English words that happen to split into pinyin syllables.' },
    { text: 'Her novel “Cien años de soledad” was on the list of the year’s best books in English.', note: 'A quoted title.' },
    { text: 'Insects do this, which is somewhat smarter because it does not require much pollen.' },
    // Single pinyin words: must not flag.
    { text: 'China will change how men hang the bang of a gene on the tongue of a banana.', note: 'English words, pinyin-shaped or one syllable.' },
    { text: 'Chinese officials praised the women, the manager and the renminbi.', note: 'English words, loanwords included.' },
    { text: 'In China, guanxi still matters.', note: '“guanxi” is in the English word list.' },
    { text: 'Chinese media said that Wutong had grown, and wutong residents agreed.', note: 'Written capitalised inside a sentence elsewhere: a name.' },
    { text: 'Chinese tourists flocked to zhuhai and weifang.', note: 'Cities the knowledge pack knows (a casing problem, not an untranslated word).' },
    { text: 'China’s hukou, or household registration, system ties welfare to a birthplace.', note: 'Glossed after a comma.' },
    { text: 'China’s household registration system (hukou) ties welfare to a birthplace.', note: 'The pinyin is the gloss.' },
    { text: 'In China the so-called hukou decides it.', note: 'Marked as a term.' },
    { text: 'The Chinese ballad “nanhai” topped the charts.', note: 'A quoted title.' },
    { text: 'The hukou (household registration) rules of China changed. Reform of the hukou took years.', note: 'Glossed at its first use, so later uses are fine.' },
    { text: 'The deno runtime and the basename helper were rewritten.', note: 'Not about China, and not spelled as pinyin spells a word.' },
    { text: 'He shouted tada and ran off with the yolo crowd.', note: 'Pinyin-shaped, but the text is not about China.' },
    { text: 'China: see www.dibao.cn/hukou and hukou-based-apps or mail dibao@gov.cn.', note: 'URLs, e-mail addresses and hyphenated compounds.' },
    { text: 'China: the boolean flag is nano-sized.', note: 'A vowel-initial inner syllable (bo-o-le-an) is not how pinyin spells a word.' },
  ],
  invalid: [
    { text: 'Officials called it Россия будет ответственной in the report.', errors: ['Россия будет ответственной'] },
    { text: 'The sign read 입장 금지 at the gate.', errors: ['입장 금지'] },
    { text: 'Die Regierung hat gestern eine neue Rentenreform für alle Bürger angekündigt.', errors: ['Die Regierung hat gestern eine neue Rentenreform für alle Bürger angekündigt.'] },
    { text: 'Farmers were told to follow the xiangcun zhenxing plan.', errors: ['xiangcun zhenxing'] },
    { text: 'The forum focused on gongtong fuyu women.', errors: ['gongtong fuyu'], note: 'An English word ends the run.' },
    // Single pinyin words.
    { text: 'China’s hukou system ties the welfare of a family to its birthplace.', errors: ['hukou'] },
    { text: 'Chinese parents say neijuan starts in kindergarten and the gaokao ends it.', errors: ['neijuan', 'gaokao'] },
    { text: 'Beijing raised the dibao again. Many dibao recipients were pleased.', errors: ['dibao'], note: 'The first use only.' },
    { text: 'The mianzi of the official’s family was at stake in Beijing.', errors: ['mianzi'] },
    { text: 'The Chinese hukou’s reach is wide.', errors: ['hukou'], note: 'A possessive.' },
  ],
});
