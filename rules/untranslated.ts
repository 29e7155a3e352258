import { defineRule } from '../src/rule.js';
import { foreignLanguage, isEnglishPinyinShaped, nonLatinRuns, pinyinSyllables } from '../src/text/foreign.js';

/** Latin-script runs shorter than this (characters / words) are too short for language identification. */
const MIN_CHARS = 50;
const MIN_WORDS = 8;
const GLOSS_BEFORE = /(?:[(（\[]\s*|\b(?:called|known as|term|word|phrase|dubbed|means?)\s+["“‘']?)$/i;
const GLOSS_AFTER = /^["”’']?\s*[(（\[]/;

export default defineRule({
  meta: {
    id: 'untranslated',
    description:
      'Finds text left in the source language: runs of a non-Latin script (Chinese, Cyrillic, Arabic …), pinyin left as it is, and Latin-script sentences in another language.',
    category: 'Accuracy/Source language fragment',
    severity: 'warn',
    fixable: false,
    messages: {
      script: 'Untranslated {label} text “{text}”; translate it, or keep it only as a gloss in brackets after the translation.',
      pinyin: '“{text}” looks like pinyin left untranslated; translate it, or gloss it (“{text}” (…)).',
      language: 'This passage looks like {label}, not English; translate it.',
    },
    examples: {
      valid: [
        { text: 'President Xi Jinping (习近平) spoke in Beijing.', note: 'A gloss in brackets after the name.' },
        { text: 'The beta (β) variant and the “Zhongyuan” product were named after Tongxin Lingdong.', note: 'Names and Greek symbols.' },
        { text: 'Young people call it “tang ping” (lying flat).' },
        { text: 'Jean-Pierre Dupont from Saint-Étienne met François Hollande and Zhang Wei in Nanjing.' },
      ],
      invalid: [
        { text: 'The ministry said 我们将继续努力 in a statement.', errors: ['我们将继续努力'] },
        { text: 'The forum focused on gongtong fuyu and rural reform.', errors: ['gongtong fuyu'] },
        { text: 'The minister added: El presidente dijo que la economía crecerá este año según el banco central.', errors: ['El presidente dijo que la economía crecerá este año según el banco central.'] },
      ],
    },
  },
  create(context) {
    const { doc } = context;
    const text = doc.text;
    for (const run of nonLatinRuns(text)) {
      if (GLOSS_BEFORE.test(text.slice(Math.max(0, run.start - 20), run.start)) && /^\s*[)）\]]/.test(text.slice(run.end, run.end + 3))) continue;
      context.report({ messageId: 'script', data: { label: run.label, text: text.slice(run.start, run.end) }, range: [run.start, run.end] });
    }
    // Pinyin: two or more lower-case words in a row that split into pinyin syllables and are not English.
    for (const m of text.matchAll(/\b[a-z]{4,}(?:[ -][a-z]{4,})+\b/g)) {
      // The match is lower-case words joined by single spaces or hyphens: split it, keeping offsets.
      const words: Array<{ word: string; index: number }> = [];
      let at = 0;
      for (const word of m[0].split(/[ -]/)) {
        words.push({ word, index: at });
        at += word.length + 1;
      }
      let i = 0;
      while (i < words.length) {
        let j = i;
        while (j < words.length && pinyinSyllables(words[j]!.word) >= 2) j++;
        if (j - i >= 2) {
          const run = words.slice(i, j);
          if (run.every((w) => !isEnglishPinyinShaped(w.word))) {
            const start = m.index! + run[0]!.index;
            const last = run[run.length - 1]!;
            const end = m.index! + last.index + last.word.length;
            if (!(GLOSS_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || GLOSS_AFTER.test(text.slice(end, end + 4)))) {
              context.report({ messageId: 'pinyin', data: { text: text.slice(start, end) }, range: [start, end] });
            }
          }
        }
        i = Math.max(j, i + 1);
      }
    }
    // Latin-script passages in another language.
    for (const sentence of doc.sentences()) {
      const [s, e] = doc.rangeOf(sentence);
      for (const piece of text.slice(s, e).matchAll(/[^,;:()“”"«»—]+[.!?]?/g)) {
        const chunk = piece[0].trim();
        if (chunk.length < MIN_CHARS) continue;
        const words = chunk.split(/\s+/);
        if (words.length < MIN_WORDS) continue;
        if (words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > words.length) continue; // a title or a list of names
        const label = foreignLanguage(chunk, 0.2);
        if (!label) continue;
        const start = s + piece.index! + piece[0].indexOf(chunk);
        context.report({ messageId: 'language', data: { label }, range: [start, start + chunk.length] });
      }
    }
  },
});
