import { defineRule } from '../src/rule.js';
import { tailBlock } from '../src/text/boilerplate.js';

/**
 * CMS residue at the end of a text ("End of message", "You can edit this post", a lone
 * "."), decided from the document's edge inward; one finding for the whole block.
 */
export default defineRule({
  meta: {
    id: 'boilerplate-tail',
    description: 'Finds CMS, share-widget and footer residue left at the end of a scraped text.',
    category: 'Design/Markup',
    severity: 'error',
    fixable: true,
    version: 2,
    messages: {
      tail: 'Unexpected page boilerplate at the end of the text ({count} {lines}, starting “{first}”); expected the article to end with its last paragraph. Remove the block.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    examples: {
      valid: [
        { text: 'The talks resume on Monday.\n\nThe ministry said it would publish the draft.', note: 'A real last paragraph.' },
        { text: 'Oil prices rose 2% on Friday.\n— Reporting by Jane Doe; Editing by John Roe', note: 'An agency sign-off belongs to the article.' },
        { text: 'Thank you.\n\n(Applause)', note: 'A short closing line alone is not boilerplate.' },
        { text: 'The firm denied the claims.\nShare this article\n(Reuters)', note: 'A sign-off at the very end stops the walk; the share line is left to boilerplate-line.' },
      ],
      invalid: [
        {
          text: 'He said NATO would not expand.\nEnd of message / p\nYou can edit this post\nSuggest this for the front page\n.',
          errors: ['End of message / p\nYou can edit this post\nSuggest this for the front page\n.'],
          output: 'He said NATO would not expand.\n',
          note: 'The whole block goes, markup fragment and lone full stop included.',
        },
        {
          text: 'The vote is due in March.\n\nShare on Facebook | Twitter | Email\n\nCopyright © 2023 Example News. All rights reserved.\n',
          errors: ['\nShare on Facebook | Twitter | Email\n\nCopyright © 2023 Example News. All rights reserved.\n'],
          output: 'The vote is due in March.\n',
          note: 'Blank lines before the block go with it, so the text ends with one line break.',
        },
      ],
    },
  },
  create(context) {
    const block = tailBlock(context.doc);
    if (!block) return;
    const first = block.lines[0]!.text.trim();
    context.report({
      messageId: 'tail',
      data: { count: block.lines.length, lines: block.lines.length === 1 ? 'line' : 'lines', first: first.length > 40 ? first.slice(0, 40) + '…' : first },
      range: block.range,
      fix: { range: block.range, text: '' },
      actual: context.doc.text.slice(...block.range),
    });
  },
});
