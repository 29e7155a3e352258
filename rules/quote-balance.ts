import { defineRule } from '../src/rule.js';
import { FIRST_PERSON, docQuoteScans, narratorFirstPerson, paragraphRanges } from '../src/text/narration.js';
import speech from './data/speech-verbs.json' with { type: 'json' };
import { allMatches } from '../src/text/regex.js';

const SPEECH = new RegExp(`\\b(?:${speech.verbs.map((v) => v.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
/** Narration first-person words allowed elsewhere in the text before it counts as a first-person text. */
const MAX_NARRATOR_FIRST_PERSON = 1;

/** Whether a UTF-16 unit is . ! or ?. */
const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63;

/**
 * The pairs that sit inside another pair of the list (opened after it, closed before it), in one
 * sweep in order of opening: an enclosing pair is one opened earlier that closes later.
 */
function nestedPairs<P extends { open: { pos: number }; close: { pos: number } }>(pairs: readonly P[]): Set<P> {
  const inner = new Set<P>();
  let latestClose = -1;
  for (const p of [...pairs].sort((a, b) => a.open.pos - b.open.pos)) {
    if (latestClose > p.close.pos) inner.add(p);
    latestClose = Math.max(latestClose, p.close.pos);
  }
  return inner;
}

export default defineRule({
  meta: {
    id: 'quote-balance',
    description:
      'Finds unpaired or mismatched quotation marks and brackets within a paragraph, and a closing quotation mark placed too early: the narration after it goes on in the quoted speaker’s first person.',
    category: 'Fluency/Punctuation',
    severity: 'warn',
    fixable: false,
    version: 2,
    messages: {
      unclosed: 'Opening “{mark}” is never closed in this paragraph; expected a matching “{expected}”.',
      unopened: 'Closing “{mark}” has no matching opening mark in this paragraph.',
      early:
        'The quotation closes here, but the next sentence goes on in the speaker’s first person (“{word}”) with no new attribution; the closing mark probably belongs after that sentence.',
    },
    examples: {
      valid: [
        { text: 'He said: “They told me ‘never again’ (twice [at least]) and left.”' },
        { text: 'Mr O’Brien’s rock ’n’ roll band of the ’90s was talkin’ loud.' },
        { text: '“We will stay,” she said. “Our people need us.\n“We are not leaving.”', note: 'A quote continued into the next paragraph has no closing mark on the first.' },
        { text: '“We do not pay attention to the troops,” Blinken said. He added that I was wrong.\nI wrote this column.', note: 'First-person narration (a column, a talk) is not a misplaced quote.' },
      ],
      invalid: [
        { text: 'He said “we will go home.', errors: ['“'] },
        { text: 'The plan (which was approved] was dropped.', errors: ['(', ']'] },
        {
          text: 'Blinken said on Sunday: “We do not pay attention to the level of troops.” Conversely, if Russia attacks, I think NATO will respond.',
          errors: ['”'],
          note: 'The quote goes on past its closing mark.',
        },
      ],
    },
  },
  create(context) {
    const { doc } = context;
    const text = doc.text;
    const paras = paragraphRanges(doc);
    docQuoteScans(doc).forEach((scan, index) => {
      const [start, end] = paras[index]!;
      for (const p of scan.problems) {
        context.report({
          messageId: p.problem === 'unopened' ? 'unopened' : 'unclosed',
          data: { mark: p.mark.char, expected: p.expected ?? '' },
          range: [p.mark.pos, p.mark.pos + 1],
        });
      }
      const inner = nestedPairs(scan.pairs);
      for (const pair of scan.pairs) {
        const { open, close } = pair;
        if (open.kind !== 'double') continue;
        // A quotation inside another (“'He told me, "Score against them." I think he was right!'”)
        // closes inside the speaker's own words, which go on.
        if (inner.has(pair)) continue;
        // The quote ends a sentence of speech …
        if (!/[.!?]$/.test(text.slice(close.pos - 1, close.pos))) continue;
        // … that is attributed before it (within its sentence): from the last . ! or ? before it,
        // looked for back from the quote (a search of the paragraph's whole lead for each mark, or
        // for /[^.!?]*$/ from every character, made a long paragraph's quotes quadratic).
        let k = open.pos - 1;
        while (k >= start && !isSentenceEnd(text.charCodeAt(k))) k--;
        const leadSentence = text.slice(k + 1, open.pos);
        if (!SPEECH.test(leadSentence)) continue;
        // … and the next sentence goes on in the first person, unquoted and unattributed.
        const rest = text.slice(close.pos + 1, end);
        const m = /^\s+([^“”"‘«»]*?[.!?])(?=\s|$)/u.exec(rest) ?? /^\s+([^“”"‘«»]+)$/u.exec(rest);
        if (!m || /[“”"«»]/.test(rest.slice(0, m[0].length + 1))) continue;
        const sentence = m[1]!;
        if (SPEECH.test(sentence)) continue;
        const first = allMatches(FIRST_PERSON, sentence).find((w) => !/^(?:o|O)ur/.test(w[0])); // “our reporter” is the outlet’s voice
        if (!first) continue;
        const sStart = close.pos + 1 + m[0].length - sentence.length;
        // Looked up only here: most texts never get this far.
        const elsewhere = narratorFirstPerson(doc).filter((i) => i < sStart || i >= sStart + sentence.length).length;
        if (elsewhere > MAX_NARRATOR_FIRST_PERSON) continue;
        context.report({ messageId: 'early', data: { word: first[0] }, range: [close.pos, close.pos + 1] });
      }
    });
  },
});
