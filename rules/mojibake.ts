import { defineRule } from '../src/rule.js';
import { findMojibake } from '../src/text/mojibake.js';

/**
 * Encoding damage: UTF-8 text decoded as Windows-1252 (`â€™`, `Ã©`), the replacement
 * character U+FFFD, and Cyrillic/Greek look-alikes inside a Latin word. Fixes only
 * where the repair is certain (a sequence that decodes to one character; a word
 * whose foreign letters all have a Latin twin).
 */
export default defineRule({
  meta: {
    id: 'mojibake',
    description: 'Finds encoding damage: mis-decoded UTF-8, replacement characters and look-alike foreign letters inside words.',
    category: 'Fluency/Character encoding',
    severity: 'error',
    fixable: true,
    messages: {
      mojibake: 'Unexpected encoding damage “{text}”; expected “{repair}” (UTF-8 text that was read as Windows-1252).',
      mojibakeUnknown: 'Unexpected encoding damage “{text}” (UTF-8 text read as Windows-1252, with a byte lost); restore the character from the source.',
      replacement: 'Unexpected replacement character “{text}”: a character was lost in an encoding conversion; restore it from the source.',
      homoglyph: 'Unexpected look-alike letter {detail} inside the Latin word “{text}”; expected “{repair}”.',
      homoglyphUnknown: 'Unexpected mix of scripts in the word “{text}” (look-alike letter {detail}); expected one script.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    examples: {
      valid: [
        { text: 'Café owners in São Paulo and Zürich met in Kraków.', note: 'Accented letters are not damage.' },
        { text: 'President Зеленський spoke in Kyiv; the μg dose was small.', note: 'A whole Cyrillic word, or a Greek letter with no Latin twin.' },
      ],
      invalid: [
        { text: 'The minister’s office said itâ€™s ready.', errors: ['â€™'], output: 'The minister’s office said it’s ready.' },
        { text: 'A rÃ©sumÃ© arrived.', errors: ['Ã©', 'Ã©'], output: 'A résumé arrived.' },
        { text: 'Talks in Mоscow ended.', errors: ['Mоscow'], output: 'Talks in Moscow ended.', note: 'The “о” is Cyrillic.' },
        { text: 'The city of Dnipro\uFFFDs mayor spoke.', errors: ['\uFFFD'] },
      ],
    },
  },
  create(context) {
    const { text } = context.doc;
    for (const hit of findMojibake(text)) {
      const found = text.slice(...hit.range);
      const fix = hit.repair !== undefined ? { range: hit.range, text: hit.repair } : undefined;
      const messageId =
        hit.kind === 'replacement-char' ? 'replacement' : hit.kind === 'mojibake' ? (fix ? 'mojibake' : 'mojibakeUnknown') : fix ? 'homoglyph' : 'homoglyphUnknown';
      context.report({
        messageId,
        data: { text: found, repair: hit.repair ?? '', detail: hit.detail ?? '' },
        range: hit.range,
        fix,
        actual: found,
        expected: hit.repair !== undefined ? [hit.repair] : undefined,
      });
    }
  },
});
