import { defineRule } from '../src/rule.js';
import { classifiedLines, repeatedSlugs, tailBlock } from '../src/text/boilerplate.js';

/** How each lexicon kind is named in messages. */
const KIND_LABEL: Record<string, string> = {
  'end-marker': 'an end-of-text marker',
  'cms-action': 'a CMS control',
  navigation: 'a navigation link',
  newsletter: 'a newsletter or follow prompt',
  copyright: 'a copyright notice',
  tags: 'a tag list',
  widget: 'a share or font-size widget',
  metadata: 'CMS metadata',
  punctuation: 'a line of bare punctuation',
};

/**
 * Boilerplate lines anywhere in a text (share and print widgets, "Read more", copyright
 * lines, CMS metadata, bare punctuation) and agency datelines repeated inside the body.
 * The end-of-text block is left to `boilerplate-tail`, which shares the classifier.
 */
export default defineRule({
  meta: {
    id: 'boilerplate-line',
    description: 'Finds page boilerplate lines inside a scraped text and agency datelines repeated in the body.',
    category: 'Design/Markup',
    severity: 'warn',
    fixable: true,
    version: 2,
    messages: {
      line: 'Unexpected page boilerplate, {kind}: “{text}”; expected article prose only. Remove the line.',
      slug: 'Unexpected agency dateline “{text}” inside the body; a story carries its dateline once, at its start. Remove it.',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    examples: {
      valid: [
        { text: 'Share prices rose on Monday.\nThe company said it would print more copies.', note: 'The words alone are not boilerplate; the whole line must be.' },
        { text: 'BEIJING, Feb. 11 (Xinhua) -- The forum opened on Saturday.\nIt closes on Monday.', note: 'The story’s own dateline.' },
        { text: 'Part one.\n\n* * *\n\nPart two.', note: 'A section break (dinkus) is typography, not residue.' },
      ],
      invalid: [
        {
          text: 'The forum opened on Saturday.\nRead more: Xi meets delegates\nIt closes on Monday.',
          errors: ['Read more: Xi meets delegates\n'],
          output: 'The forum opened on Saturday.\nIt closes on Monday.',
        },
        {
          text: 'Title\n\n2023-02-11 13:09:10 [Source: Xinhua] [Editor: Li Wei] Font: [Large Medium Small]\n\nThe team arrived.',
          errors: ['2023-02-11 13:09:10 [Source: Xinhua] [Editor: Li Wei] Font: [Large Medium Small]\n\n'],
          output: 'Title\n\nThe team arrived.',
        },
        {
          text: 'BEIJING, Feb. 11 (Xinhua) -- The forum opened.\n\nIt closes on Monday.\n\nBEIJING, Feb. 12 (Xinhua) -- Delegates left.',
          errors: ['BEIJING, Feb. 12 (Xinhua) -- '],
          output: 'BEIJING, Feb. 11 (Xinhua) -- The forum opened.\n\nIt closes on Monday.\n\nDelegates left.',
        },
      ],
    },
  },
  create(context) {
    const { doc } = context;
    const tail = tailBlock(doc);
    const lines = classifiedLines(doc);
    lines.forEach((l, i) => {
      if (l.cls !== 'boilerplate' || (tail && l.start >= tail.range[0])) return;
      let next = i + 1; // the next line that is not blank (scanned, not sliced: a dump can hold thousands of these lines)
      while (next < lines.length && lines[next]!.cls === 'blank') next++;
      const range: [number, number] = [l.start, next < lines.length ? lines[next]!.start : doc.text.length];
      const text = l.text.trim();
      context.report({
        messageId: 'line',
        data: { kind: KIND_LABEL[l.kind ?? ''] ?? 'page boilerplate', text: text.length > 60 ? text.slice(0, 60) + '…' : text },
        range,
        fix: { range, text: '' },
        actual: l.text,
      });
    });
    for (const [s, e] of repeatedSlugs(doc)) {
      let end = e;
      while (doc.text[end] === ' ' || doc.text[end] === '\t') end++;
      context.report({ messageId: 'slug', data: { text: doc.text.slice(s, e) }, range: [s, end], fix: { range: [s, end], text: '' }, actual: doc.text.slice(s, e) });
    }
  },
});
