import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import rule from '../../rules/untranslated.js';
import { testRule } from '../../src/testing/rule-tester.js';
import { englishWordShare, isEnglishWord } from '../../src/text/english-words.js';

// The rule must never load compromise (0.4–0.8 s at start-up): every case below fails if it tries.
vi.mock('../../src/nlp/compromise.js', () => ({
  getNlp: () => {
    throw new Error('untranslated must not load compromise');
  },
}));

/**
 * Short English sentences with few function words (headlines, names, numbers, a loanword): franc's
 * trigrams call some of them Portuguese, French or Indonesian; their words are English.
 */
const ENGLISH_HEADLINES = [
  "Beijing raises minimum wages in Shanghai, Guangzhou, Shenzhen.",
  "Police arrest two men after armed robbery in central Lagos.",
  "Xi Jinping, Li Qiang, Wang Yi and Zhao Leji attend Beijing summit.",
  "Oil prices rise 3.5% as OPEC cuts output by 2 million barrels.",
  "Huawei unveils Mate 60 Pro smartphone with Kirin 9000S chip.",
  "Toyota, Honda, Nissan report record profits for fiscal 2023.",
  "Portugal’s prime minister resigns amid lithium mining probe.",
  "Brazil’s Lula vows to end deforestation in Amazon by 2030.",
  "Indonesia bans exports of nickel ore to boost local smelting.",
  "Rescue teams search for survivors after quake hits central Turkey.",
  "Critics call the new policy a fait accompli imposed on parliament.",
  "Marseille mayor Benoît Payan meets Lyon counterpart Grégory Doucet.",
  "Real Madrid beat Barcelona 3-1 at Santiago Bernabéu on Sunday.",
  "Sales of electric vehicles jumped 40 percent in Europe last quarter.",
  "Angela Merkel, Emmanuel Macron and Mario Draghi discuss energy prices.",
  "Hong Kong stocks close lower on property sector worries.",
  "São Paulo governor Tarcísio de Freitas visits Rio de Janeiro port.",
  "Vietnam’s Vinfast files for Nasdaq listing, eyes US expansion.",
  "Taliban bar Afghan women from working for United Nations agencies.",
  "Bundesbank warns of German recession as exports slump further.",
  "Pope Francis celebrates Mass in Lisbon before one million pilgrims.",
  "Guangdong province reports 1,200 new dengue fever cases in August.",
  "Heavy rain floods roads, homes across Jakarta, Bekasi, Tangerang.",
  "Siemens Energy shares plunge 35% on wind turbine quality problems.",
  "Kenya’s tea farmers protest low prices outside parliament in Nairobi.",
  "Ghana’s cocoa output falls to lowest level in two decades.",
  "Pakistan’s central bank holds key rate at 22 percent again.",
  "Peru’s president dissolves congress hours before impeachment vote.",
  "Chile’s lithium plan gives state control over mining contracts.",
  "Nigeria’s naira hits record low against dollar on parallel market.",
  "Mexico’s peso gains after central bank surprises markets.",
  "Spain’s Sánchez wins second term after amnesty deal with Catalan parties.",
  "Argentina’s Milei promises to dollarise economy, close central bank.",
  "Canada’s wildfire season breaks records as smoke blankets New York.",
  "India’s monsoon rains arrive late, threaten rice and sugar crops.",
  "Japan’s yen slides past 150 per dollar, prompting intervention warnings.",
  "Italy’s Meloni pushes migration pact during Tunisia visit.",
  "Egypt’s inflation rises to record 38 percent in September.",
  "Poland’s new government promises judicial reform, media overhaul.",
  "Greek ferry strike strands thousands of tourists on islands.",
  "Philippine coast guard accuses Chinese vessels of ramming supply boat.",
  "Bangladesh garment workers demand higher minimum wage amid protests.",
  "Saudi Aramco profit drops 23% on lower crude prices.",
  "Dutch farmers’ party wins provincial elections by landslide.",
  "Mali junta expels French ambassador, orders troops out.",
  "Thai baht weakens ahead of central bank rate decision.",
  "Ukraine’s grain corridor reopens despite Russian missile strikes.",
  "Colombia’s Petro proposes total peace talks with armed groups.",
  "Sri Lanka secures IMF bailout after months of negotiations.",
  "Morocco quake death toll rises above 2,900, rescuers say.",
  "Fed signals rates could stay higher for longer, minutes show.",
  "Tesla cuts Model Y prices in China for second time.",
  "Dalai Lama celebrates 88th birthday in Dharamsala exile.",
  "Samsung profit plunges 95% as memory chip glut persists.",
];

/** Sentences in other Latin-script languages (written for these tests), flagged whole or in their long piece. */
const FOREIGN_SENTENCES = [
  // French
  { text: "Le gouvernement a annoncé hier soir une nouvelle réforme des retraites pour tous.", errors: ["Le gouvernement a annoncé hier soir une nouvelle réforme des retraites pour tous."] },
  { text: "Nous ne pouvons pas accepter cette décision sans un vrai débat au Parlement.", errors: ["Nous ne pouvons pas accepter cette décision sans un vrai débat au Parlement."] },
  { text: "Selon le ministre, la croissance restera faible jusqu'à la fin de l'année prochaine.", errors: ["la croissance restera faible jusqu'à la fin de l'année prochaine."] },
  { text: "Les habitants du quartier ont manifesté contre la fermeture de leur école primaire.", errors: ["Les habitants du quartier ont manifesté contre la fermeture de leur école primaire."] },
  { text: "Il faut agir maintenant, sinon nos enfants paieront le prix de notre inaction.", errors: ["sinon nos enfants paieront le prix de notre inaction."] },
  // Spanish
  { text: "No vamos a permitir que nadie ponga en riesgo la seguridad de nuestro país.", errors: ["No vamos a permitir que nadie ponga en riesgo la seguridad de nuestro país."] },
  { text: "Los vecinos denunciaron que el agua potable llegó contaminada durante toda la semana.", errors: ["Los vecinos denunciaron que el agua potable llegó contaminada durante toda la semana."] },
  { text: "La policía detuvo a tres personas acusadas de robar un camión con medicinas.", errors: ["La policía detuvo a tres personas acusadas de robar un camión con medicinas."] },
  { text: "Queremos un acuerdo justo para los trabajadores y para las empresas pequeñas.", errors: ["Queremos un acuerdo justo para los trabajadores y para las empresas pequeñas."] },
  // German
  { text: "Nach Angaben der Polizei wurden bei dem Unfall drei Menschen schwer verletzt.", errors: ["Nach Angaben der Polizei wurden bei dem Unfall drei Menschen schwer verletzt."] },
  { text: "Die Preise für Strom und Gas sind im letzten Monat deutlich gestiegen.", errors: ["Die Preise für Strom und Gas sind im letzten Monat deutlich gestiegen."] },
  { text: "Das Wetter bleibt bis zum Wochenende kalt und in den Bergen fällt Schnee.", errors: ["Das Wetter bleibt bis zum Wochenende kalt und in den Bergen fällt Schnee."] },
  // Italian
  { text: "Il governo ha approvato ieri sera la nuova legge sul lavoro e sulle pensioni.", errors: ["Il governo ha approvato ieri sera la nuova legge sul lavoro e sulle pensioni."] },
  { text: "Non possiamo permettere che la crisi colpisca ancora una volta le famiglie più povere.", errors: ["Non possiamo permettere che la crisi colpisca ancora una volta le famiglie più povere."] },
  { text: "Secondo la polizia, i due uomini sono fuggiti a bordo di una macchina rubata.", errors: ["i due uomini sono fuggiti a bordo di una macchina rubata."] },
  { text: "La squadra ha vinto la partita grazie a un gol nei minuti finali.", errors: ["La squadra ha vinto la partita grazie a un gol nei minuti finali."] },
  { text: "Gli studenti chiedono più fondi per le scuole e per le università pubbliche.", errors: ["Gli studenti chiedono più fondi per le scuole e per le università pubbliche."] },
  // Portuguese
  { text: "O governo anunciou ontem um novo plano para reduzir o preço dos alimentos.", errors: ["O governo anunciou ontem um novo plano para reduzir o preço dos alimentos."] },
  { text: "Não vamos aceitar que os trabalhadores paguem sozinhos pela crise econômica do país.", errors: ["Não vamos aceitar que os trabalhadores paguem sozinhos pela crise econômica do país."] },
  { text: "Segundo a polícia, o suspeito fugiu depois de assaltar uma farmácia no centro.", errors: ["o suspeito fugiu depois de assaltar uma farmácia no centro."] },
  { text: "A seleção brasileira venceu a partida com dois gols no segundo tempo.", errors: ["A seleção brasileira venceu a partida com dois gols no segundo tempo."] },
  { text: "Os moradores reclamam que a água chega suja às suas casas há semanas.", errors: ["Os moradores reclamam que a água chega suja às suas casas há semanas."] },
  // Dutch
  { text: "De regering heeft gisteren een nieuw plan voor betaalbare woningen gepresenteerd.", errors: ["De regering heeft gisteren een nieuw plan voor betaalbare woningen gepresenteerd."] },
  { text: "Wij kunnen dit besluit niet accepteren zonder een eerlijk debat in de Kamer.", errors: ["Wij kunnen dit besluit niet accepteren zonder een eerlijk debat in de Kamer."] },
  { text: "Volgens de politie raakten bij het ongeluk drie mensen zwaar gewond.", errors: ["Volgens de politie raakten bij het ongeluk drie mensen zwaar gewond."] },
  { text: "De prijzen van gas en stroom zijn vorige maand flink gestegen.", errors: ["De prijzen van gas en stroom zijn vorige maand flink gestegen."] },
  { text: "Het blijft tot het weekend koud en in het noorden valt sneeuw.", errors: ["Het blijft tot het weekend koud en in het noorden valt sneeuw."] },
  // Indonesian
  { text: "Pemerintah mengumumkan rencana baru untuk menurunkan harga bahan pokok bulan depan.", errors: ["Pemerintah mengumumkan rencana baru untuk menurunkan harga bahan pokok bulan depan."], note: 'Pinyin-shaped words inside the passage are not reported again.' },
  { text: "Kami tidak akan menerima keputusan ini tanpa pembahasan yang terbuka dan jujur.", errors: ["Kami tidak akan menerima keputusan ini tanpa pembahasan yang terbuka dan jujur."], note: 'Pinyin-shaped words inside the passage are not reported again.' },
  { text: "Menurut polisi, tiga orang terluka parah dalam kecelakaan di jalan tol kemarin.", errors: ["tiga orang terluka parah dalam kecelakaan di jalan tol kemarin."] },
  { text: "Warga mengeluhkan air bersih yang tidak mengalir selama satu minggu penuh.", errors: ["Warga mengeluhkan air bersih yang tidak mengalir selama satu minggu penuh."], note: 'Pinyin-shaped words inside the passage are not reported again.' },
  { text: "Presiden meminta semua menteri untuk bekerja lebih keras demi kepentingan rakyat.", errors: ["Presiden meminta semua menteri untuk bekerja lebih keras demi kepentingan rakyat."], note: 'Pinyin-shaped words inside the passage are not reported again.' },
  // Vietnamese without diacritics
  { text: "Chinh phu da cong bo ke hoach moi nham giam gia luong thuc trong nam nay.", errors: ["Chinh phu da cong bo ke hoach moi nham giam gia luong thuc trong nam nay."] },
  { text: "Chung toi se khong chap nhan quyet dinh nay neu khong co cuoc tranh luan cong khai.", errors: ["Chung toi se khong chap nhan quyet dinh nay neu khong co cuoc tranh luan cong khai."] },
  { text: "Theo canh sat, ba nguoi bi thuong nang trong vu tai nan giao thong hom qua.", errors: ["ba nguoi bi thuong nang trong vu tai nan giao thong hom qua."] },
  { text: "Nguoi dan phan nan rang nuoc sach khong den nha ho suot mot tuan.", errors: ["Nguoi dan phan nan rang nuoc sach khong den nha ho suot mot tuan."] },
  { text: "Doi tuyen quoc gia da gianh chien thang nho ban thang o phut cuoi cung.", errors: ["Doi tuyen quoc gia da gianh chien thang nho ban thang o phut cuoi cung."] },
  // Turkish
  { text: "Hükümet dün akşam herkes için yeni bir emeklilik reformu açıkladı.", errors: ["Hükümet dün akşam herkes için yeni bir emeklilik reformu açıkladı."] },
  { text: "Bu kararı açık bir tartışma olmadan asla kabul etmeyeceğiz.", errors: ["Bu kararı açık bir tartışma olmadan asla kabul etmeyeceğiz."] },
  { text: "Polisin açıklamasına göre kazada üç kişi ağır yaralandı.", errors: ["Polisin açıklamasına göre kazada üç kişi ağır yaralandı."] },
  { text: "Elektrik ve doğalgaz fiyatları geçen ay önemli ölçüde arttı.", errors: ["Elektrik ve doğalgaz fiyatları geçen ay önemli ölçüde arttı."] },
  { text: "Hava hafta sonuna kadar soğuk kalacak ve dağlara kar yağacak.", errors: ["Hava hafta sonuna kadar soğuk kalacak ve dağlara kar yağacak."] },
  // Quotations left untranslated inside English sentences
  { text: "The minister told reporters: « Nous ne laisserons personne derrière nous dans cette crise » before leaving.", errors: ["Nous ne laisserons personne derrière nous dans cette crise"] },
  { text: "Protesters chanted “el pueblo unido jamás será vencido en las calles de Santiago” outside the palace.", errors: ["el pueblo unido jamás será vencido en las calles de Santiago"] },
  { text: "A sign on the door read: Wegen Krankheit bleibt unser Geschäft bis Montag leider geschlossen.", errors: ["Wegen Krankheit bleibt unser Geschäft bis Montag leider geschlossen."] },
  { text: "The coach said “abbiamo giocato male ma la squadra non ha mai smesso di lottare” after the match.", errors: ["abbiamo giocato male ma la squadra non ha mai smesso di lottare"] },
];

testRule(rule, {
  valid: [
    ...ENGLISH_HEADLINES.map((text) => ({ text, note: 'An English headline: most of its words are English.' })),
    { text: 'The newspaper Kommersant (Коммерсантъ) reported it first.' },
    // The script shown as the writing of a word, or followed by its transliteration or translation.
    { text: 'Nowruz, which means "new day" in Persian and is written نوروز, has been celebrated for 3,000 years.' },
    { text: 'Shop windows displayed the greeting שנה טובה (shanah tovah), meaning "a good year."' },
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
    { text: '"Mtoto wangu alikuwa na homa kali usiku wote," the mother said. My child had a high fever all night.', note: 'A quotation in Swahili, pinyin-shaped.' },
    { text: 'He put the sick child on a boda boda to the clinic.', note: 'A reduplicated loanword, pinyin-shaped.' },
    { text: 'China: see www.dibao.cn/hukou and hukou-based-apps or mail dibao@gov.cn.', note: 'URLs, e-mail addresses and hyphenated compounds.' },
    { text: 'China: the boolean flag is nano-sized.', note: 'A vowel-initial inner syllable (bo-o-le-an) is not how pinyin spells a word.' },
  ],
  invalid: [
    { text: 'The central bank, 中国人民银行 (PBOC), cut rates on Monday.', errors: ['中国人民银行'] },
    ...FOREIGN_SENTENCES,
    { text: 'China’s hukou system ties welfare to a birthplace.', errors: ['hukou'], note: 'Only the pinyin word: the passage’s trigrams look Portuguese, but its words are English.' },
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

it.skip('flags a foreign sentence whose pieces between commas are all shorter than 50 characters (pieces are checked one by one)', () => {
  // 'Wir werden diese Entscheidung nicht akzeptieren, solange es keine offene Debatte gibt.'
});

it.skip('flags a Portuguese quotation of 49 characters (passages shorter than MIN_CHARS = 50 are not checked)', () => {
  // 'Her last post said “eu nunca vou esquecer o que vocês fizeram por mim” in Portuguese.'
});

describe('englishWordShare', () => {
  it('counts English words, strips ’s and n’t, and leaves out names, long unknown words and words glued to digits', () => {
    expect(englishWordShare('China’s hukou system ties welfare to a birthplace.')).toBeCloseTo(6 / 7);
    expect(englishWordShare('They doesn’t can’t won’t')).toBe(1);
    expect(englishWordShare('Dalai Lama celebrates 88th birthday in Dharamsala exile.')).toBe(1);
    expect(englishWordShare('Xi Jinping Zhongnanhai')).toBe(1); // nothing counts
  });
  it('counts accented words and French elisions as not English', () => {
    expect(englishWordShare('l’économie jusqu’à')).toBe(0);
    expect(englishWordShare('Die Preise für Strom und Gas sind im letzten Monat deutlich gestiegen.')).toBeLessThan(0.7);
  });
});

describe('rules/data/english-words.json', () => {
  const source = (createRequire(import.meta.url)('an-array-of-english-words') as string[]).filter((w) => /^[a-z]{1,8}$/.test(w));
  it('knows every a–z word of 8 letters or fewer of an-array-of-english-words (npx tsx scripts/build-english-word-list.ts)', () => {
    expect(source.filter((w) => !isEnglishWord(w))).toEqual([]);
  });
});
