import type { Sentence } from 'nlcst';
import { defineRule } from '../src/rule.js';
import { sentenceSummary, sentenceTokens, sentenceWordCount, sentenceWords, isAllCaps, type Token } from '../src/text/tokens.js';
import { tagRange } from '../src/nlp/tag-sentence.js';
import { isEnglishWord } from '../src/text/english-words.js';
import lists from './data/stray-fragment.json' with { type: 'json' };
import abbreviationList from './data/abbreviations.json' with { type: 'json' };

/** Options of `stray-fragment`. */
export interface StrayFragmentOptions {
  /** Longest fragment, in words. Default `2`. */
  maxWords: number;
  /** Shortest complete sentence (in words) that must precede the fragment on the same line. Default `4`. */
  minPreviousWords: number;
}

const standalone = new Set(lists.standalone);
const abbreviation = new Set(abbreviationList.abbreviations);
/** Whether a sentence's last word is an abbreviation, whose full stop the splitter took for a sentence end ("my hon. | Friend."). */
const endsInAbbreviation = (words: ReadonlyArray<{ text: string }>) => abbreviation.has(words[words.length - 1]?.text.toLowerCase() ?? '');
/** Tags of words that stand alone in speech (answers, interjections, adverbs, adjectives) or carry a predicate. */
const STANDALONE_TAGS = ['Adverb', 'Expression', 'Negative', 'QuestionWord', 'Adjective', 'Pronoun', 'Value', 'Date', 'Acronym'];
const isFinite = (tags: ReadonlySet<string>) =>
  tags.has('Verb') && (tags.has('PastTense') || tags.has('Modal') || tags.has('Copula') || (tags.has('PresentTense') && !tags.has('Infinitive')));

/**
 * Two words that read as a clause or an elliptical phrase although the tagger finds no verb: a
 * name and a present-tense verb ("Mateo sulks."), or a prepositional phrase ("In theaters.").
 */
const clauseOrPhrase = (firstTags: ReadonlySet<string> | undefined, first: string, second: string) =>
  !!firstTags?.has('Preposition') || (/^\p{Lu}/u.test(first) && /^\p{Ll}+s$/u.test(second));

export default defineRule<StrayFragmentOptions>({
  meta: {
    id: 'stray-fragment',
    description: 'A one- or two-word fragment with no verb left after a complete sentence, such as “Be.”.',
    category: 'Fluency/Grammar',
    severity: 'warn',
    fixable: false,
    version: 2,
    messages: {
      fragment: 'Stray fragment “{text}” after a complete sentence; it has no verb of its own. Expected it removed or joined to a sentence.',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxWords: { type: 'integer', minimum: 1, default: 2, description: 'Longest fragment, in words.' },
        minPreviousWords: { type: 'integer', minimum: 1, default: 4, description: 'Shortest complete sentence, in words, that must precede the fragment on the same line.' },
      },
    },
    defaultOptions: { maxWords: 2, minPreviousWords: 4 },
    examples: {
      valid: [
        { text: 'Did the plan work? Yes. It did.', note: 'An answer.' },
        { text: 'The minister left the room. Thanks.', note: 'An interjection.' },
        { text: 'Be.', note: 'Alone on its line: a heading or caption, not a stray.' },
        { text: 'He moved to the U.S. in 2001.', note: 'Abbreviations do not end a sentence.' },
        { text: 'The meeting is at No. 10 Downing Street.' },
        { text: 'She said the plan was ready. “Never.”', note: 'A quoted interjection.' },
      ],
      invalid: [
        { text: 'The talks would only be effective if the summit revised its decision. Be.', errors: ['Be.'] },
        { text: 'The US wants to get rid of the advanced chip industry. China.', errors: ['China.'] },
      ],
    },
  },
  create(context) {
    const { doc, options } = context;
    const isShort = (s: Sentence | undefined) => {
      const n = s ? sentenceWordCount(s, options.maxWords + 1) : 0;
      return n > 0 && n <= options.maxWords;
    };
    // Candidates that pass the word-level checks wait for their tags (tagged with the other rules' and documents' ranges).
    const candidates: Array<{ start: number; end: number; words: readonly Token[] }> = [];
    for (const paragraph of doc.paragraphs()) {
      const sentences = paragraph.children.filter((c): c is Sentence => c.type === 'SentenceNode');
      for (let i = 1; i < sentences.length; i++) {
        const sentence = sentences[i]!;
        const before = sentences[i - 1]!;
        // The short sentence first (counting stops past maxWords), the one before it only then.
        if (!isShort(sentence)) continue;
        // A run of short ones is a deliberate list ("Weather, supplies received. Births. Deaths.").
        if (isShort(sentences[i + 1])) continue;
        const summary = sentenceSummary(before);
        if (summary.last === undefined || !/^[.!?]$/.test(summary.last) || summary.words < options.minPreviousWords) continue;
        const [start, end] = doc.rangeOf(sentence);
        const tokens = sentenceTokens(sentence);
        const wordTokens = sentenceWords(tokens);
        const last = tokens[tokens.length - 1];
        // Exactly: words and single spaces, ending in one full stop; same line as the sentence before.
        if (!last || last.text !== '.' || tokens.slice(0, -1).some((t) => t.kind !== 'word' && t.text !== ' ')) continue;
        if (/[\n\r]/.test(doc.text.slice(doc.rangeOf(before)[1], start))) continue;
        // Its full stop is an abbreviation's when the text goes on in lower case or with a bracket:
        // "Nvidia Corp. (NVDA) fell 2.8%".
        if (/^[ \t]*[(\[\p{Ll}]/u.test(doc.text.slice(end, end + 8))) continue;
        if (wordTokens.some((w) => /[\d.]/.test(w.text) || isAllCaps(w.text) || w.text.length === 1)) continue;
        if (endsInAbbreviation(wordTokens) || endsInAbbreviation(sentenceWords(sentenceTokens(before)))) continue;
        // A phrase of another language ("Ka pai." in a Māori interview): a translation's stray is English.
        if (wordTokens.some((w) => /^\p{Ll}+$/u.test(w.text) && !isEnglishWord(w.text))) continue;
        const phrase = wordTokens.map((w) => w.text.toLowerCase()).join(' ');
        if (standalone.has(phrase)) continue;
        candidates.push({ start, end, words: wordTokens });
      }
    }
    context.whenTagged(
      candidates.map((c) => [c.start, c.end] as const),
      () => {
        for (const { start, end, words } of candidates) {
          const terms = tagRange(doc, start, end);
          if (terms.some((t) => isFinite(t.tags) || STANDALONE_TAGS.some((g) => t.tags.has(g)))) continue;
          if (words.length === 2 && clauseOrPhrase(terms[0]?.tags, words[0]!.text, words[1]!.text)) continue;
          context.report({ messageId: 'fragment', data: { text: doc.text.slice(start, end) }, range: [start, end] });
        }
      },
    );
  },
});
