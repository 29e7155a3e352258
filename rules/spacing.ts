import { defineRule } from '../src/rule.js';
import { findSpacing } from '../src/text/spacing.js';

/**
 * Spacing mistakes: doubled spaces, a space before , . ; : ! ?, a missing space after
 * sentence punctuation or a comma, a space just inside quotation marks. Fixable.
 */
export default defineRule<{ straightQuotes: boolean }>({
  meta: {
    id: 'spacing',
    description: 'Finds doubled spaces, spaces before punctuation, missing spaces after it, spaces inside quotation marks, and a space inside a temperature unit (“° C”).',
    category: 'Fluency/Punctuation',
    severity: 'warn',
    fixable: true,
    version: 2,
    messages: {
      double: 'Unexpected run of {count} spaces, expected one.',
      before: 'Unexpected space before “{mark}”, expected the mark right after the word.',
      after: 'Missing space after “{mark}”, expected one space before the next word.',
      'inside-quote': 'Unexpected space inside the quotation mark {mark}, expected the quote to touch the quoted words.',
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
      ],
      invalid: [
        { text: 'The talks  ended.', errors: ['  '], output: 'The talks ended.' },
        { text: 'He left , and she stayed .', errors: [' ,', ' .'], output: 'He left, and she stayed.' },
        { text: 'It was clever.It worked.', errors: ['.'], output: 'It was clever. It worked.' },
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
