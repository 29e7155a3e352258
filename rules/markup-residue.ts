import { defineRule } from '../src/rule.js';
import { findMarkup, type MarkupKind } from '../src/text/markup.js';

const WHAT: Record<MarkupKind, string> = {
  tag: 'HTML tag',
  'tag-fragment': 'broken HTML tag',
  entity: 'HTML character entity',
  'wiki-marker': 'wiki marker',
  template: 'wiki template',
  nbsp: 'run of no-break spaces',
  credit: 'photo credit glued to the text',
};

/**
 * Markup that scraping left in prose: tags and broken tag fragments ("/ p" from
 * `</p>`), entities (`&nbsp;`, `&amp;`), `[edit]`, `{{…}}`, no-break space runs and
 * photo credits glued to a sentence. The fix removes the residue (or decodes an entity).
 */
export default defineRule({
  meta: {
    id: 'markup-residue',
    description: 'Finds HTML tags, broken tag fragments, entities, wiki markup and glued photo credits left in prose.',
    category: 'Design/Markup',
    severity: 'error',
    fixable: true,
    messages: {
      residue: 'Unexpected {what} “{text}” in the prose; expected plain text. {action}',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    examples: {
      valid: [
        { text: 'Use the drug and/or the placebo; the limit is 120 km/h, 24/7.', note: 'A slash inside a word pair is not a tag.' },
        { text: 'AT&T and P&G reported results; R&D spending rose.', note: 'A bare ampersand is not an entity.' },
        { text: 'The ratio of input / output fell.', note: 'Tag names that are English words do not count mid-line.' },
        { text: 'Picture from Vietnam News Agency', note: 'A credit on its own line is a caption, not glued residue.' },
      ],
      invalid: [
        { text: 'End of message / p', errors: [' / p'], output: 'End of message', note: 'A broken </p>, recognised by shape; the space before it goes too.' },
        { text: 'The talks ended.<br>Both sides left.', errors: ['<br>'], output: 'The talks ended. Both sides left.' },
        { text: 'Profits&nbsp;rose at AT&amp;T.', errors: ['&nbsp;', '&amp;'], output: 'Profits rose at AT&T.' },
        { text: 'History [edit] of the town {{citation}} began in 1820.', errors: ['[edit] ', '{{citation}} '], output: 'History of the town began in 1820.' },
        { text: 'The bridge reopened.Photo: Xinhua', errors: ['Photo: Xinhua'], output: 'The bridge reopened.' },
      ],
    },
  },
  create(context) {
    const { text } = context.doc;
    for (const hit of findMarkup(text)) {
      const found = text.slice(...hit.range);
      const range: [number, number] = [Math.min(hit.range[0], hit.fixRange[0]), Math.max(hit.range[1], hit.fixRange[1])];
      context.report({
        messageId: 'residue',
        data: {
          what: WHAT[hit.kind],
          text: found.replace(/\u00a0/g, '⍽'),
          action: hit.replacement.trim() ? `Replace it with “${hit.replacement}”.` : hit.replacement ? 'Replace it with one space.' : 'Remove it.',
        },
        // The range takes along the whitespace the removal eats, so the fix stays inside it.
        range,
        fix: { range: hit.fixRange, text: hit.replacement },
        actual: found,
      });
    }
  },
});
