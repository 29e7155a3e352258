import { defineRule } from '../src/rule.js';
import { findSpacing } from '../src/text/spacing.js';

/**
 * Spacing mistakes: doubled spaces, a space before , . ; : ! ?, a full stop repeated after a
 * space, a missing space after sentence punctuation, a comma or a colon, a space just inside
 * quotation marks or brackets. Fixable.
 */
export default defineRule<{ straightQuotes: boolean }>({
  meta: {
    id: 'spacing',
    description: 'Finds doubled spaces, spaces before punctuation, a full stop repeated after a space, missing spaces after punctuation, spaces inside quotation marks and brackets, and a space inside a temperature unit (“° C”).',
    category: 'Fluency/Punctuation',
    severity: 'warn',
    fixable: true,
    version: 3,
    messages: {
      double: 'Unexpected run of {count} spaces, expected one.',
      before: 'Unexpected space before “{mark}”, expected the mark right after the word.',
      repeated: 'Unexpected second “{mark}” after a space, expected the sentence to end with one.',
      after: 'Missing space after “{mark}”, expected one space before the next word.',
      'inside-quote': 'Unexpected space inside the quotation mark {mark}, expected the quote to touch the quoted words.',
      'inside-bracket': 'Unexpected space inside the bracket {mark}, expected the bracket to touch the words it encloses.',
      unit: 'Unexpected space inside the unit “{mark}”, expected “{expected}”.',
    },
    schema: {
      type: 'object',
      properties: {
        straightQuotes: {
          type: 'boolean',
          default: false,
          description: 'Also flag a space just inside "straight" double quotes. They are paired in order within a line, which goes wrong when a quote spans lines, so this is off by default.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { straightQuotes: false },
    examples: {
      valid: [
        { text: 'Growth was 3.5% at 10:30 a.m. in the U.S., J.R.R. Tolkien wrote. Visit www.example.com or mail info@example.org.', note: 'Decimals, times, abbreviations, initials, URLs and addresses.' },
        { text: 'He paused ... then went on. Yahoo! reported it.', note: 'A spaced ellipsis and a brand name.' },
        { text: 'Il a dit « Non ! » et il est parti.', note: 'French spacing inside guillemets.' },
        { text: 'Call append( text ) or tick [ ] in the form; the sign read “Open: Monday” (see below).', note: 'The argument list of a call, an empty box, a colon before a space.' },
      ],
      invalid: [
        { text: 'The talks  ended.', errors: ['  '], output: 'The talks ended.' },
        { text: 'He left , and she stayed .', errors: [' ,', ' .'], output: 'He left, and she stayed.' },
        { text: 'It was clever.It worked.', errors: ['.'], output: 'It was clever. It worked.' },
        { text: '13:09 [Source:Xinhua] [Editor:Li Shufeng]', errors: [':', ':'], output: '13:09 [Source: Xinhua] [Editor: Li Shufeng]', note: 'A colon glued to the capitalised word after it (times are fine).' },
        { text: 'It was stained with pollen. .', errors: [' .'], output: 'It was stained with pollen.', note: 'A full stop repeated after a space (a spaced ellipsis ". . ." is fine).' },
        { text: 'Updated [ source: Xinhua News Agency ] ( edited by Li Feng )', errors: [' ', ' ', ' ', ' '], output: 'Updated [source: Xinhua News Agency] (edited by Li Feng)' },
        { text: 'She said “ yes ” and left.', errors: [' ', ' '], output: 'She said “yes” and left.' },
        { text: 'It heats up to 155 ° F, or 43 to 44 ° C.', errors: ['° F', '° C'], output: 'It heats up to 155 °F, or 43 to 44 °C.' },
        { text: 'He said, " I agree. "', options: { straightQuotes: true }, errors: [' ', ' '], output: 'He said, "I agree."' },
      ],
    },
  },
  create(context) {
    for (const hit of findSpacing(context.doc.text, context.options)) {
      context.report({
        messageId: hit.kind,
        data: { mark: hit.mark ?? '', count: hit.range[1] - hit.range[0], expected: hit.replacement },
        range: hit.range,
        fix: { range: hit.range, text: hit.replacement },
      });
    }
  },
});
