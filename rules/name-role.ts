import { defineRule } from '../src/rule.js';
import { getKnowledge } from '../src/knowledge/index.js';
import { findRoleMentions } from '../src/knowledge/mentions.js';
import { checkRoleMention, describeHolders } from '../src/knowledge/role-check.js';

interface Options {
  claims: boolean;
}

export default defineRule<Options>({
  meta: {
    id: 'name-role',
    description:
      'Checks the name after a country or organisation title ("Ukrainian Foreign Minister …", "NATO Secretary-General …") against who held that role: a near miss of a holder’s name is a misspelling.',
    category: 'Accuracy/Mistranslation',
    severity: 'error',
    fixable: true,
    version: 2,
    messages: {
      misspelled: 'Unexpected “{actual}” for the {title}, expected “{expected}” ({canonical}, {years}).',
      claim: '{name} is not known to have been {title}; the knowledge pack lists {holders}. Check the name or the title.',
    },
    schema: {
      type: 'object',
      properties: {
        claims: {
          type: 'boolean',
          description:
            'Also report a different known person named in a role the pack says they did not hold (a claim to check, no fix). Default true.',
          default: true,
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { claims: true },
    examples: {
      valid: [
        { text: 'French Prime Minister Jean Castex met the unions on Tuesday.', note: 'A holder of the role, spelled right.' },
        { text: 'Russian Foreign Minister Sergey Lavrov and NATO Secretary-General Jens Stoltenberg spoke.', note: 'Transliteration variants of a holder’s name (Sergey/Sergei) are not errors.' },
        { text: 'Ruritanian Foreign Minister Rudolf Rassendyll arrived.', note: 'A country or name the pack does not know is never corrected.' },
        { text: 'Italian Foreign Minister Marco Zanetti arrived.', note: 'An unknown name that resembles no holder of the role is left alone.' },
      ],
      invalid: [
        {
          text: 'German Chancellor Angela Merkle said on Monday that talks would continue.',
          errors: ['Merkle'],
          output: 'German Chancellor Angela Merkel said on Monday that talks would continue.',
          note: 'A near miss of the holder’s surname, pinned down by the title.',
        },
        {
          text: 'The talks were led by Emanuel Macron, the French President, in Paris.',
          errors: ['Emanuel'],
          output: 'The talks were led by Emmanuel Macron, the French President, in Paris.',
          note: 'The title may follow the name.',
        },
      ],
    },
  },
  create(context) {
    const kb = getKnowledge(context.knowledge);
    const { text } = context.doc;
    for (const mention of findRoleMentions(kb, text)) {
      const verdict = checkRoleMention(kb, mention);
      const title = mention.where.country
        ? `${mention.title.title} (${kb.country(mention.where.country)?.name ?? mention.where.country})`
        : `${mention.where.org} ${mention.title.title}`;
      if (verdict.kind === 'misspelling') {
        const actual = text.slice(verdict.range[0], verdict.range[1]);
        const years = describeHolders(kb.holders(mention.title.role, mention.where).filter((h) => h.person === verdict.person)).replace(/^.*\((.*)\)$/, '$1');
        context.report({
          messageId: 'misspelled',
          data: { actual, expected: verdict.fix, title, canonical: verdict.canonical, years },
          range: verdict.range,
          fix: { range: verdict.range, text: verdict.fix },
          actual,
          expected: [verdict.fix],
        });
      } else if (verdict.kind === 'claim' && context.options.claims) {
        context.report({
          messageId: 'claim',
          data: { name: mention.name.text, title, holders: describeHolders(verdict.holders) },
          range: [mention.name.start, mention.name.end],
          actual: mention.name.text,
          maxSeverity: 'warn',
        });
      }
    }
  },
});
