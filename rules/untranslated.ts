import { defineRule } from '../src/rule.js';
import { foreignLanguageByTrigrams, hasEnglishFunctionWords, nonLatinRuns } from '../src/text/foreign.js';
import { GLOSS_BEFORE, untranslatedPinyin } from '../src/text/pinyin.js';
import { getKnowledge } from '../src/knowledge/index.js';
import { englishWordShare } from '../src/text/english-words.js';

/** Latin-script runs shorter than this (characters / words) are too short for language identification. */
const MIN_CHARS = 50;
const MIN_WORDS = 8;
/**
 * A passage whose words are this English or more is English, whatever its trigrams say (short
 * headlines such as “China’s hukou system ties welfare to a birthplace.” look Portuguese to them).
 * English news sentences score 0.80 or more, sentences in French, Spanish, German … 0.60 or less.
 */
const MAX_ENGLISH_SHARE = 0.7;
/** Sentences are checked in pieces between commas, semicolons, colons, brackets, quotation marks and dashes. */
const PIECE_BREAK = /[,;:()“”"«»—]/g;
const CAPITALISED = /^\p{Lu}/u;

/** Words that present a non-Latin run as the writing of a word: "is written نوروز", "the characters 福". */
const SHOWN_AS_WRITING = /\b(?:written|spelled|spelt|reads|characters?|script|sign)\s+(?:as\s+)?["“‘']?$/i;

export default defineRule<{ pinyinWords: boolean }>({
  meta: {
    id: 'untranslated',
    description:
      'Finds text left in the source language: runs of a non-Latin script (Chinese, Cyrillic, Arabic …), pinyin left as it is (runs of words, and single words such as “hukou” in a text about China), and Latin-script sentences in another language.',
    category: 'Accuracy/Source language fragment',
    severity: 'warn',
    fixable: false,
    version: 2,
    messages: {
      script: 'Untranslated {label} text “{text}”; translate it, or keep it only as a gloss in brackets after the translation.',
      pinyin: '“{text}” looks like pinyin left untranslated; translate it, or gloss it (“{text}” (…)).',
      pinyinWord: '“{text}” looks like a Chinese word left in pinyin; translate it, or gloss it at its first use (“{text}” (…)).',
      language: 'This passage looks like {label}, not English; translate it.',
    },
    schema: {
      type: 'object',
      properties: {
        pinyinWords: {
          type: 'boolean',
          default: true,
          description:
            'Also flag single pinyin words (“the hukou system”) in a text about China: lower case, spelled as pinyin spells a word, not an English word, not a name the knowledge pack knows, not quoted and not glossed at any use; the first use only. When false, only runs of two or more pinyin words are flagged.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { pinyinWords: true },
    examples: {
      valid: [
        { text: 'In China, dibao recipients must report their income every month.', options: { pinyinWords: false }, note: 'Single pinyin words off.' },
        { text: 'President Xi Jinping (习近平) spoke in Beijing.', note: 'A gloss in brackets after the name.' },
        { text: 'The beta (β) variant and the “Zhongyuan” product were named after Tongxin Lingdong.', note: 'Names and Greek symbols.' },
        { text: 'Young people call it “tang ping” (lying flat).' },
        { text: 'Jean-Pierre Dupont from Saint-Étienne met François Hollande and Zhang Wei in Nanjing.' },
        { text: 'China’s hukou (household registration) system ties welfare to a birthplace.', note: 'A pinyin word glossed at its first use.' },
      ],
      invalid: [
        { text: 'The ministry said 我们将继续努力 in a statement.', errors: ['我们将继续努力'] },
        { text: 'The forum focused on gongtong fuyu and rural reform.', errors: ['gongtong fuyu'] },
        { text: 'In China, dibao recipients must report their income every month.', errors: ['dibao'] },
        { text: 'The minister added: El presidente dijo que la economía crecerá este año según el banco central.', errors: ['El presidente dijo que la economía crecerá este año según el banco central.'] },
      ],
    },
  },
  create(context) {
    const { doc } = context;
    const text = doc.text;
    for (const run of nonLatinRuns(text)) {
      const before = text.slice(Math.max(0, run.start - 20), run.start);
      const after = text.slice(run.end, run.end + 12);
      // A gloss: in brackets after the English, shown as the writing of a word ("is written نوروز"),
      // or followed by its transliteration or translation in brackets ("שנה טובה (shanah tovah)"; an
      // acronym alone in the brackets glosses nothing: "中国人民银行 (PBOC)").
      if (GLOSS_BEFORE.test(before) && /^\s*[)）\]]/.test(after)) continue;
      if (SHOWN_AS_WRITING.test(before) || /^\s*[(（]\s*["“‘']?(?!\p{Lu}{2,}\b)\p{Script=Latin}/u.test(after)) continue;
      context.report({ messageId: 'script', data: { label: run.label, text: text.slice(run.start, run.end) }, range: [run.start, run.end] });
    }
    // Latin-script passages in another language. The filters are ordered cheapest first.
    const passages: Array<[number, number]> = [];
    const breaks: number[] = [];
    PIECE_BREAK.lastIndex = 0;
    while (PIECE_BREAK.test(text)) breaks.push(PIECE_BREAK.lastIndex - 1);
    let k = 0; // the first break at or after the sentence's start
    for (const sentence of doc.sentences()) {
      const [s, e] = doc.rangeOf(sentence);
      if (e - s < MIN_CHARS) continue; // no piece of it can be long enough
      while (k > 0 && breaks[k - 1]! >= s) k--; // (sentences come in order; this only guards)
      while (k < breaks.length && breaks[k]! < s) k++;
      // The pieces: the runs between breaks inside the sentence.
      for (let a = s, j = k; a < e; j++) {
        const at = a;
        const b = j < breaks.length && breaks[j]! < e ? breaks[j]! : e;
        a = b + 1;
        if (b - at < MIN_CHARS) continue;
        const piece = text.slice(at, b);
        const chunk = piece.trim();
        if (chunk.length < MIN_CHARS || hasEnglishFunctionWords(chunk)) continue;
        const words = chunk.split(/\s+/);
        if (words.length < MIN_WORDS) continue;
        let capitalised = 0;
        for (const w of words) if (CAPITALISED.test(w)) capitalised++;
        if (capitalised * 2 > words.length) continue; // a title or a list of names
        // Most chunks that get this far are English: the word-list test is cheaper than the trigrams.
        if (englishWordShare(chunk) >= MAX_ENGLISH_SHARE) continue;
        const label = foreignLanguageByTrigrams(chunk, 0.2);
        if (!label) continue;
        const start = at + piece.indexOf(chunk);
        passages.push([start, start + chunk.length]);
        context.report({ messageId: 'language', data: { label }, range: [start, start + chunk.length] });
      }
    }
    // Pinyin: runs of two or more lower-case pinyin words, and single pinyin words, not English and not glossed.
    const kb = () => getKnowledge(context.knowledge);
    const isName = (word: string) =>
      kb().placesByName(word).length > 0 || kb().organization(word) !== undefined || kb().peopleBySurname(word).length > 0 || kb().peopleByName(word).length > 0;
    for (const span of untranslatedPinyin(doc, isName, context.options.pinyinWords !== false)) {
      // Inside a passage already reported as another language, pinyin-looking words are that language's.
      if (passages.some(([a, b]) => span.start >= a && span.end <= b)) continue;
      const found = text.slice(span.start, span.end);
      context.report({ messageId: span.words > 1 ? 'pinyin' : 'pinyinWord', data: { text: found }, range: [span.start, span.end] });
    }
  },
});
