import { defineRule } from '../src/rule.js';
import { getKnowledge, type Knowledge, type Term } from '../src/knowledge/index.js';
import { escapeRegExp, matchesNotAfter } from '../src/text/regex.js';

interface Options {
  historical: boolean;
  ignore: string[];
}

const matchers = new WeakMap<Knowledge, RegExp>();

/** No term starts right after a letter or digit (checked by {@link matchesNotAfter}, so the regex opens with the terms). */
const NOT_AFTER = /[\p{L}\p{N}]/u;

/** One regex over every term: capitalised terms match case-sensitively, lower-case ones in any case. */
function matcher(kb: Knowledge): RegExp {
  let re = matchers.get(kb);
  if (!re) {
    const alts = [...new Set(kb.terms.map((t) => t.term))]
      .sort((a, b) => b.length - a.length)
      .map((t) => (/\p{Lu}/u.test(t) ? escapeRegExp(t) : [...t].map((c) => (/\p{L}/u.test(c) ? `[${c}${c.toUpperCase()}]` : escapeRegExp(c))).join('')));
    re = new RegExp(`(?:${alts.join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'gu');
    matchers.set(kb, re);
  }
  return re;
}

/** Whether an exception phrase of `term` covers [start, end) in `text`. */
function excepted(text: string, start: number, end: number, term: Term): boolean {
  for (const phrase of term.exceptions) {
    const lower = phrase.toLowerCase();
    const from = Math.max(0, end - lower.length);
    const window = text.slice(from, start + lower.length).toLowerCase();
    for (let i = window.indexOf(lower); i >= 0; i = window.indexOf(lower, i + 1)) {
      if (from + i <= start && from + i + lower.length >= end) return true;
    }
  }
  return false;
}

/**
 * Whether the term names one of a list of places that share, in the plural, the head noun of one
 * of its exceptions: "Kharkiv, Dnipropetrovsk and Zaporizhzhia regions" (exception: "Dnipropetrovsk region").
 */
function exceptedInList(text: string, start: number, end: number, term: Term): boolean {
  const written = text.slice(start, end).toLowerCase();
  const heads = term.exceptions.map((p) => p.toLowerCase()).filter((p) => p.startsWith(`${written} `)).map((p) => p.slice(written.length + 1));
  if (!heads.length) return false;
  const m = /^(?:,?\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*)*\s+(\p{L}+)/u.exec(text.slice(end, end + 160));
  return !!m && heads.some((h) => m[1]!.toLowerCase() === `${h}s`);
}

/**
 * What stands between a preferred name and a deprecated one that names the latter as a name rather
 * than uses it: a bracket, or a word of contrast or renaming ("Kyiv, not Kiev", "Kiev (now Kyiv)",
 * "Mumbai, formerly Bombay", "Kyiv, also spelled Kiev").
 */
const MENTION = /^[\s,;:–—-]*(\()?\s*(?:\b(not|nor|formerly|previously|once|then|now|or|rather than|instead of|also(?: spelled| spelt| written| known as| called)?|spelled|spelt|written|known as|called)\b)?[\s,"“”‘’']*$/i;

/** Whether the deprecated form at [start, end) is mentioned beside its preferred form, within a few words. */
function mentionedBeside(text: string, start: number, end: number, preferred: string): boolean {
  const isMention = (between: string) => {
    const m = MENTION.exec(between);
    return !!m && (m[1] !== undefined || m[2] !== undefined);
  };
  const before = text.slice(Math.max(0, start - 40), start);
  const i = before.lastIndexOf(preferred);
  if (i >= 0 && isMention(before.slice(i + preferred.length))) return true;
  const after = text.slice(end, end + 40);
  const j = after.indexOf(preferred);
  return j >= 0 && isMention(after.slice(0, j));
}

/** Keep the capitalisation of the written form on the first letter. */
const matchCase = (written: string, preferred: string) =>
  /^\p{Lu}/u.test(written) && !/^\p{Lu}/u.test(preferred) ? preferred[0]!.toUpperCase() + preferred.slice(1) : preferred;

export default defineRule<Options>({
  meta: {
    id: 'preferred-term',
    description:
      'Finds deprecated spellings (Kiev, Kharkov, Bombay …) from the knowledge pack and user term lists, and offers the preferred form; established phrases (Chicken Kiev, Peking University) are exceptions.',
    category: 'Terminology/Inconsistent',
    severity: 'warn',
    fixable: true,
    version: 3,
    messages: {
      deprecated: 'Unexpected “{actual}”, expected “{expected}” ({note}).',
    },
    schema: {
      type: 'object',
      properties: {
        historical: {
          type: 'boolean',
          description:
            'Also report former names that are right when a text speaks of the past (Leningrad, Stalingrad, Constantinople, Salisbury …). Default false.',
          default: false,
        },
        ignore: {
          type: 'array',
          items: { type: 'string' },
          description: 'Deprecated spellings not to report (as written in the pack, e.g. "Odessa"). Default [].',
          default: [],
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { historical: false, ignore: [] },
    examples: {
      valid: [
        { text: 'The office in Kharkiv reopened.' },
        { text: 'He ordered chicken Kiev, then read about Kievan Rus and the Kyiv-Pechersk Lavra.', note: 'Established phrases keep the old spelling.' },
        { text: 'She studied at Peking University before moving to Mumbai.', note: 'An official name that keeps the old romanisation.' },
        { text: 'The Siege of Leningrad lasted 872 days.', note: 'Former names are reported only with `historical: true`.' },
        { text: 'Dynamo Kiev won the cup.', note: 'A club name.' },
        { text: 'The capital is Kyiv, not Kiev, in the paper’s style; Mumbai (formerly Bombay) followed.', note: 'An old name mentioned beside the new one, as a name.' },
      ],
      invalid: [
        {
          text: 'Fighting continued near Kharkov and Lugansk on Sunday.',
          errors: ['Kharkov', 'Lugansk'],
          output: 'Fighting continued near Kharkiv and Luhansk on Sunday.',
        },
        {
          text: 'Kyiv officials said Kiev would respond.',
          errors: ['Kiev'],
          output: 'Kyiv officials said Kyiv would respond.',
          note: 'Both forms in one sentence, the old one used: a translation inconsistency.',
        },
        {
          text: 'Flights from Bombay to Calcutta were cancelled.',
          errors: ['Bombay', 'Calcutta'],
          output: 'Flights from Mumbai to Kolkata were cancelled.',
        },
        {
          text: 'The Siege of Leningrad lasted 872 days.',
          options: { historical: true },
          errors: ['Leningrad'],
          output: 'The Siege of Saint Petersburg lasted 872 days.',
        },
      ],
    },
  },
  create(context) {
    const kb = getKnowledge(context.knowledge);
    const { text } = context.doc;
    const ignore = new Set(context.options.ignore);
    for (const m of matchesNotAfter(matcher(kb), text, NOT_AFTER)) {
      const start = m.index;
      const end = start + m[0].length;
      const candidates = kb.termFor(m[0]).filter((t) => (context.options.historical || !t.historical) && !ignore.has(t.term));
      // a user term list overrides the built-in entry for the same term
      const term = candidates.find((t) => t.source !== 'built-in') ?? candidates[0];
      if (!term || excepted(text, start, end, term) || exceptedInList(text, start, end, term) || mentionedBeside(text, start, end, term.preferred)) continue;
      const expected = matchCase(m[0], term.preferred);
      if (expected === m[0]) continue;
      context.report({
        messageId: 'deprecated',
        data: { actual: m[0], expected, note: term.note ?? `preferred in ${term.source === 'built-in' ? 'the knowledge pack' : term.source}` },
        range: [start, end],
        fix: { range: [start, end], text: expected },
        actual: m[0],
        expected: [expected],
      });
    }
  },
});
